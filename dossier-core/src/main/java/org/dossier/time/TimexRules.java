package org.dossier.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The temporal grammar of one language, read from {@code <lang>.rules} (format in that file's header):
 * lexicons that map words to normalised values, macros, rules (pattern, type, value template), reject
 * patterns for numbers that are not dates, and tense cues. Compiled once; immutable afterwards.
 */
final class TimexRules {
  /** One rule: a pattern over a sentence and the TIMEX3 type and value template of its matches. */
  record Rule(String name, TimexType type, String value, Pattern pattern, Map<String, String> groupClasses,
      Map<String, Integer> groups, long triggers, boolean needsDigit) {}

  /** A lexicon entry: its normalised value. Surfaces are matched without regard to case unless marked. */
  record Lexicon(String name, Map<String, String> values, java.util.Set<String> exact) {}

  private static final Pattern CLASS_REF = Pattern.compile("%([a-z]+)(?::([a-z][a-z0-9]*))?");
  private static final Pattern TEMPLATE_GROUP = Pattern.compile("\\{([^}]+)\\}");
  private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
  private static final Pattern MACRO_REF = Pattern.compile("@([A-Z][A-Z0-9_]*)");
  private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
  private static final String AFTER = "(?![\\p{L}\\p{N}])";

  final String language;
  final List<Rule> rules;
  final List<Pattern> rejects;
  final Pattern pastCues;
  final Pattern futureCues;
  final Map<String, Lexicon> lexicons;
  /** Lower-cased first word of every lexicon surface → bit set of the lexicons holding it. */
  final Map<String, Long> triggerWords;
  private final Map<String, Integer> lexiconBits;

  private TimexRules(String language, List<Rule> rules, List<Pattern> rejects, Pattern past, Pattern future,
      Map<String, Lexicon> lexicons, Map<String, Long> triggerWords, Map<String, Integer> lexiconBits) {
    this.language = language;
    this.rules = List.copyOf(rules);
    this.rejects = List.copyOf(rejects);
    this.pastCues = past;
    this.futureCues = future;
    this.lexicons = Map.copyOf(lexicons);
    this.triggerWords = Map.copyOf(triggerWords);
    this.lexiconBits = Map.copyOf(lexiconBits);
  }

  /** The normalised value of a word of a lexicon, or null. */
  String lookup(String lexicon, String surface) {
    Lexicon lex = lexicons.get(lexicon);
    if (lex == null) return null;
    String key = surface.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    String v = lex.values().get(key);
    if (v == null && key.endsWith(".")) v = lex.values().get(key.substring(0, key.length() - 1));
    return v;
  }

  static TimexRules load(String language) {
    String resource = language + ".rules";
    InputStream in = TimexRules.class.getResourceAsStream(resource);
    if (in == null) return null;
    try (in) {
      return parse(language, resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TimexRules parse(String language, String source, BufferedReader reader) throws IOException {
    Map<String, Map<String, String>> lexValues = new LinkedHashMap<>();
    Map<String, java.util.Set<String>> exactSurfaces = new HashMap<>();
    Map<String, String> macros = new LinkedHashMap<>();
    List<String[]> ruleLines = new ArrayList<>();
    List<Integer> ruleLineNumbers = new ArrayList<>();
    List<String> rejectLines = new ArrayList<>();
    List<String> past = new ArrayList<>();
    List<String> future = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] cols = line.split("\t+");
      String where = source + ":" + number;
      switch (cols[0]) {
        case "lexicon" -> {
          // lexicon <name> <value> <surface>|<surface>...   (a surface starting with = keeps its case)
          need(cols, 4, where, "lexicon NAME VALUE SURFACES");
          Map<String, String> values = lexValues.computeIfAbsent(cols[1], k -> new LinkedHashMap<>());
          for (String s : cols[3].split("\\|")) {
            String surface = s.strip();
            if (surface.isEmpty()) continue;
            if (surface.startsWith("=")) {
              surface = surface.substring(1);
              exactSurfaces.computeIfAbsent(cols[1], k -> new java.util.HashSet<>()).add(surface);
            }
            values.put(surface.toLowerCase(Locale.ROOT), cols[2].strip());
          }
        }
        case "define" -> {
          need(cols, 3, where, "define NAME REGEX");
          macros.put(cols[1], expandMacros(cols[2], macros, where));
        }
        case "rule" -> {
          need(cols, 5, where, "rule NAME TYPE VALUE PATTERN");
          ruleLines.add(cols);
          ruleLineNumbers.add(number);
        }
        case "reject" -> {
          need(cols, 2, where, "reject PATTERN");
          rejectLines.add(expandMacros(cols[1], macros, where));
        }
        case "tense" -> {
          need(cols, 3, where, "tense past|future REGEX");
          (cols[1].equals("past") ? past : future).add(cols[2]);
        }
        default -> throw new IllegalStateException(where + ": unknown line kind '" + cols[0] + "'");
      }
    }

    Map<String, Integer> bits = new HashMap<>();
    Map<String, Lexicon> lexicons = new HashMap<>();
    Map<String, Long> triggerWords = new HashMap<>();
    for (var e : lexValues.entrySet()) {
      if (bits.size() == 63) throw new IllegalStateException(source + ": at most 63 lexicons");
      int bit = bits.size();
      bits.put(e.getKey(), bit);
      for (String key : e.getValue().keySet()) {
        triggerWords.merge(key.split("[\\s.\\-]+")[0], 1L << bit, (x, y) -> x | y);
      }
      lexicons.put(e.getKey(), new Lexicon(e.getKey(), Map.copyOf(e.getValue()),
          java.util.Set.copyOf(exactSurfaces.getOrDefault(e.getKey(), java.util.Set.of()))));
    }

    List<Rule> rules = new ArrayList<>();
    for (int i = 0; i < ruleLines.size(); i++) {
      String[] cols = ruleLines.get(i);
      String where = source + ":" + ruleLineNumbers.get(i);
      TimexType type;
      try {
        type = TimexType.valueOf(cols[2].strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(where + ": unknown type '" + cols[2] + "'");
      }
      String body = expandMacros(cols[4].strip(), macros, where);
      Map<String, String> groupClasses = new HashMap<>();
      long[] triggers = {0};
      StringBuilder regex = new StringBuilder();
      Matcher m = CLASS_REF.matcher(body);
      while (m.find()) {
        String lex = m.group(1);
        Lexicon lexicon = lexicons.get(lex);
        if (lexicon == null) throw new IllegalStateException(where + ": unknown lexicon %" + lex);
        String group = m.group(2) != null ? m.group(2) : lex;
        if (groupClasses.put(group, lex) != null) {
          throw new IllegalStateException(where + ": group '" + group + "' used twice; name one %" + lex + ":other");
        }
        triggers[0] |= 1L << bits.get(lex);
        m.appendReplacement(regex, Matcher.quoteReplacement("(?<" + group + ">" + alternation(lexicon) + ")"));
      }
      m.appendTail(regex);
      Pattern pattern;
      try {
        pattern = Pattern.compile(BEFORE + "(?:" + regex + ")" + AFTER, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException(where + ": bad pattern: " + e.getDescription() + " in " + regex);
      }
      boolean needsDigit = body.contains("\\d") || body.matches(".*[0-9].*");
      Map<String, Integer> groups = groupNumbers(pattern.pattern());
      for (Matcher t = TEMPLATE_GROUP.matcher(cols[3]); t.find(); ) {
        for (String g : t.group(1).split("\\|")) {
          if (!groups.containsKey(g)) throw new IllegalStateException(where + ": value names group '" + g + "' that the pattern lacks");
        }
      }
      rules.add(new Rule(cols[1].strip(), type, cols[3].strip(), pattern, Map.copyOf(groupClasses), Map.copyOf(groups),
          triggers[0], needsDigit && triggers[0] == 0));
    }
    List<Pattern> rejects = new ArrayList<>();
    for (String r : rejectLines) {
      for (Matcher mr = CLASS_REF.matcher(r); mr.find(); ) {
        if (!lexicons.containsKey(mr.group(1))) throw new IllegalStateException(source + ": unknown lexicon %" + mr.group(1) + " in reject " + r);
      }
      String expanded = CLASS_REF.matcher(r).replaceAll(mr -> Matcher.quoteReplacement(
          "(?:" + alternation(lexicons.get(mr.group(1))) + ")"));
      rejects.add(Pattern.compile(BEFORE + "(?:" + expanded + ")" + AFTER, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    return new TimexRules(language, rules, rejects, cues(past), cues(future), lexicons, triggerWords, bits);
  }

  /** Whether the rule can match text whose words hit these lexicons and that has (or lacks) digits. */
  static boolean applicable(Rule rule, long presentLexicons, boolean hasDigit) {
    if (rule.triggers() != 0) return (rule.triggers() & presentLexicons) != 0;
    return !rule.needsDigit() || hasDigit;
  }

  /** The lexicon's surfaces as one alternation, longest first so that "Sept." wins over "Sep". */
  private static String alternation(Lexicon lexicon) {
    List<String> surfaces = new ArrayList<>(lexicon.values().keySet());
    surfaces.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    Map<String, String> exact = new HashMap<>();
    for (String e : lexicon.exact()) exact.put(e.toLowerCase(Locale.ROOT), e);
    StringBuilder alt = new StringBuilder();
    for (String key : surfaces) {
      String surface = exact.getOrDefault(key, key);
      if (alt.length() > 0) alt.append('|');
      String quoted = Pattern.quote(surface).replace(" ", "\\E\\s+\\Q");
      alt.append(exact.containsKey(key) ? "(?-i:" + quoted + ")" : quoted);
    }
    return "(?:" + alt + ")";
  }

  /**
   * The number of each named group in a pattern source, counted the way java.util.regex numbers groups
   * (Java 17's MatchResult cannot look groups up by name).
   */
  private static Map<String, Integer> groupNumbers(String src) {
    Map<String, Integer> map = new HashMap<>();
    int count = 0;
    boolean inClass = false;
    for (int i = 0; i < src.length(); i++) {
      char c = src.charAt(i);
      if (c == '\\') {
        if (i + 1 < src.length() && src.charAt(i + 1) == 'Q') {
          int end = src.indexOf("\\E", i + 2);
          i = end < 0 ? src.length() : end + 1;
        } else {
          i++;
        }
        continue;
      }
      if (inClass) {
        if (c == ']') inClass = false;
        continue;
      }
      if (c == '[') {
        inClass = true;
        continue;
      }
      if (c != '(') continue;
      if (i + 1 < src.length() && src.charAt(i + 1) == '?') {
        Matcher named = NAMED_GROUP.matcher(src).region(i, src.length());
        if (named.lookingAt()) map.put(named.group(1), ++count);
        continue;
      }
      count++;
    }
    return map;
  }

  private static Pattern cues(List<String> alternatives) {
    if (alternatives.isEmpty()) return null;
    return Pattern.compile(BEFORE + "(?:" + String.join("|", alternatives) + ")" + AFTER,
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static String expandMacros(String text, Map<String, String> macros, String where) {
    Matcher m = MACRO_REF.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String body = macros.get(m.group(1));
      if (body == null) throw new IllegalStateException(where + ": unknown macro @" + m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement("(?:" + body + ")"));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static void need(String[] cols, int n, String where, String form) {
    if (cols.length < n) throw new IllegalStateException(where + ": expected " + form);
  }
}
