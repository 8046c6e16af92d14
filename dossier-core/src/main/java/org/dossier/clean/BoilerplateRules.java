package org.dossier.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.text.LowerCaseWords;
import org.dossier.text.RegexWords;
import org.dossier.text.Words;

/** The data behind boilerplate removal: furniture patterns ({@code boilerplate.tsv}) and function words. */
final class BoilerplateRules {
  enum Category { NAVIGATION, SHARE, SIGNUP, CONSENT, CAPTION, CREDIT, META, RELATED }

  /**
   * A furniture pattern, written in lower case and matched against the lower-cased block. A pattern of
   * the form {@code .*X.*} is searched for as {@code X}, which is the same test without the backtracking,
   * and only in a block holding one of the letter sequences every match of X holds, when there are such
   * ({@link RegexWords#substrings}): a search at every character of the block had been most of the cleaner's time.
   */
  record Rule(Category category, int maxLength, Pattern pattern, boolean anywhere, List<String> needs) {
    static Rule of(Category category, int maxLength, String regex) {
      boolean anywhere = regex.startsWith(".*") && regex.endsWith(".*") && !regex.endsWith("\\.*") && regex.length() > 4;
      String core = anywhere ? regex.substring(2, regex.length() - 2) : regex;
      Set<String> needs = anywhere ? RegexWords.substrings(core) : null;
      return new Rule(category, maxLength, Pattern.compile(core), anywhere, needs == null ? null : List.copyOf(needs));
    }

    boolean test(String lowerCased) {
      if (needs != null && !holdsAny(lowerCased)) return false;
      var m = pattern.matcher(lowerCased);
      return anywhere ? m.find() : m.matches();
    }

    private boolean holdsAny(String text) {
      for (String w : needs) {
        if (text.contains(w)) return true;
      }
      return false;
    }
  }

  private final List<Rule> rules;
  private final LowerCaseWords stopwords;
  private final java.util.Map<String, String> agencies;
  private final Pattern agencyPattern;

  private BoilerplateRules(List<Rule> rules, Set<String> stopwords, java.util.Map<String, String> agencies) {
    this.rules = rules;
    this.stopwords = LowerCaseWords.of(stopwords);
    this.agencies = agencies;
    this.agencyPattern = Pattern.compile("(?iu)\\b(" + String.join("|",
        agencies.keySet().stream().sorted(java.util.Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote).toList()) + ")\\b");
  }

  /** Matches any news agency's name or abbreviation. */
  Pattern agencyPattern() {
    return agencyPattern;
  }

  /** The usual spelling of an agency matched by {@link #agencyPattern()}. */
  String agencyName(String raw) {
    return agencies.getOrDefault(raw.toLowerCase(Locale.ROOT), raw);
  }

  static BoilerplateRules load() {
    List<Rule> rules = new ArrayList<>();
    for (String line : lines("boilerplate.tsv")) {
      String[] cols = line.split("\t", 3);
      if (cols.length != 3) {
        throw new IllegalStateException("boilerplate.tsv: expected category, max_length, regex in: " + line);
      }
      String regex = cols[2].strip();
      String literal = regex.replaceAll("\\\\p\\{\\w+\\}|\\\\[a-zA-Z]|a-z", "");
      if (!literal.equals(literal.toLowerCase(Locale.ROOT))) {
        throw new IllegalStateException("boilerplate.tsv: patterns are matched against lower-cased text, write them in lower case: " + line);
      }
      rules.add(Rule.of(Category.valueOf(cols[0].strip()), Integer.parseInt(cols[1].strip()), regex));
    }
    Set<String> stop = new HashSet<>();
    for (String line : lines("stopwords.txt")) {
      for (String w : line.split("\\s+")) {
        if (!w.isEmpty()) {
          stop.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    java.util.Map<String, String> agencies = new java.util.HashMap<>();
    for (String line : lines("agencies.tsv")) {
      String[] cols = line.split("\t");
      agencies.put(cols[0].strip().toLowerCase(Locale.ROOT), cols[1].strip());
    }
    return new BoilerplateRules(List.copyOf(rules), Set.copyOf(stop), java.util.Map.copyOf(agencies));
  }

  /** The furniture category of a block, or null when no rule says it is furniture. */
  Category categorise(String text) {
    String lower = null;
    for (Rule rule : rules) {
      if (text.length() <= rule.maxLength()) {
        if (lower == null) lower = text.toLowerCase(Locale.ROOT);
        if (rule.test(lower)) return rule.category();
      }
    }
    return null;
  }

  /** Share of the block's words that are function words: high for prose, low for menus and lists. */
  double stopwordDensity(String text) {
    int[] counts = {0, 0}; // words, function words
    Words.each(text, (start, end) -> {
      counts[0]++;
      if (stopwords.contains(text, start, end)) counts[1]++;
    });
    return counts[0] == 0 ? 0 : counts[1] / (double) counts[0];
  }

  private static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = BoilerplateRules.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
