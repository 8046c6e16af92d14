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
      Map<String, Integer> groups, long triggers, boolean needsDigit, int[] words, Context context)
      implements Gated {}

  /** A pattern whose matches are no expression (numbers that are not years), and when it can match. */
  record Reject(Pattern pattern, long triggers, boolean needsDigit, int[] words, Context context)
      implements Gated {}

  /**
   * What a pattern's lookbehinds need in the sentence, before the match: a word of one of these lexicons (bits; 0
   * for none), one of these literal words (by the numbers the grammar gives them as it loads; null for none). Null for
   * a pattern without lookbehinds.
   */
  record Context(long triggers, int[] words) {}

  /**
   * What a pattern needs in a sentence before it is tried: a word of one of its lexicons (bits; 0 for none), a
   * digit, one of its literal words (by number; null for none).
   */
  interface Gated {
    long triggers();

    boolean needsDigit();

    int[] words();

    Context context();
  }

  /** A lexicon entry: its normalised value. Surfaces are matched without regard to case unless marked. */
  record Lexicon(String name, Map<String, String> values, java.util.Set<String> exact) {}

  private static final Pattern CLASS_REF = Pattern.compile("%([a-z]+)(?::([a-z][a-z0-9]*))?");
  private static final Pattern BLANKS = Pattern.compile("\\s+");
  private static final Pattern TEMPLATE_GROUP = Pattern.compile("\\{([^}]+)\\}");
  private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
  private static final Pattern MACRO_REF = Pattern.compile("@([A-Z][A-Z0-9_]*)");
  private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
  private static final String AFTER = "(?![\\p{L}\\p{N}])";

  final String language;
  final List<Rule> rules;
  final List<Reject> rejects;
  final Pattern pastCues;
  final Pattern futureCues;
  final Map<String, Lexicon> lexicons;
  /**
   * The words that decide which rules and rejects a sentence can trigger: the lower-cased longest word of every
   * lexicon surface (with the bits of the lexicons holding it) and the rules' and rejects' literal words.
   */
  final TriggerTrie triggers;
  /** Where each rule's, reject's and tense cue pattern can begin. */
  private final Map<Pattern, StartFilter> startFilters = new java.util.IdentityHashMap<>();

  // past and future are the tense cue lines, each a list of alternatives; literalWords are the words rules and
  // rejects need, in the order of their numbers
  private TimexRules(String language, List<Rule> rules, List<Reject> rejects, List<String> past, List<String> future,
      Map<String, Lexicon> lexicons, Map<String, Long> triggerWords, long stemLexicons, List<String> literalWords) {
    this.language = language;
    this.rules = List.copyOf(rules);
    this.rejects = List.copyOf(rejects);
    List<String> pastAlternatives = org.dossier.text.RegexWords.alternatives(String.join("|", past));
    List<String> futureAlternatives = org.dossier.text.RegexWords.alternatives(String.join("|", future));
    this.pastCues = past.isEmpty() ? null : cues(pastAlternatives);
    this.futureCues = future.isEmpty() ? null : cues(futureAlternatives);
    this.lexicons = Map.copyOf(lexicons);
    for (Rule r : this.rules) startFilters.put(r.pattern(), FirstChars.of(r.pattern()));
    for (Reject r : this.rejects) startFilters.put(r.pattern(), FirstChars.of(r.pattern()));
    if (pastCues != null) startFilters.put(pastCues, CueStarts.of(pastAlternatives, TimexRules::cues));
    if (futureCues != null) startFilters.put(futureCues, CueStarts.of(futureAlternatives, TimexRules::cues));
    this.triggers = new TriggerTrie(triggerWords, stemLexicons, literalWords);
  }

  /** Where a rule's, reject's or tense cue pattern can begin; null for other patterns. */
  StartFilter startFilter(Pattern pattern) {
    return startFilters.get(pattern);
  }

  /** The normalised value of a word of a lexicon, or null. */
  String lookup(String lexicon, String surface) {
    Lexicon lex = lexicons.get(lexicon);
    if (lex == null) return null;
    String key = BLANKS.matcher(surface.toLowerCase(Locale.ROOT)).replaceAll(" ");
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
    java.util.Set<String> weakSurfaces = new java.util.HashSet<>();
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
            boolean weak = surface.startsWith("~");
            if (weak) {
              surface = surface.substring(1);
              weakSurfaces.add(cols[1] + "\u0000" + surface.toLowerCase(Locale.ROOT));
            }
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
        // A surface announces its lexicon by its longest word ("the past" by "past"); weak surfaces
        // such as "a" or "ein" announce nothing, since they occur in every sentence.
        if (weakSurfaces.contains(e.getKey() + "\u0000" + key)) continue;
        String longest = "";
        for (String w : key.split("[\\s.\\-]+")) if (w.length() > longest.length()) longest = w;
        if (!longest.isEmpty()) triggerWords.merge(longest, 1L << bit, (x, y) -> x | y);
      }
      lexicons.put(e.getKey(), new Lexicon(e.getKey(), Map.copyOf(e.getValue()),
          java.util.Set.copyOf(exactSurfaces.getOrDefault(e.getKey(), java.util.Set.of()))));
    }

    // Lexicons whose words a pattern lets run on ("%gran(?:s)?" matches "years"): their words announce them
    // also as the start of a longer word, or the rule would be skipped for a sentence holding only the longer.
    long stemLexicons = 0;
    List<String> bodies = new ArrayList<>(rejectLines); // already with their macros expanded
    for (int i = 0; i < ruleLines.size(); i++) {
      bodies.add(expandMacros(ruleLines.get(i)[4].strip(), macros, source + ":" + ruleLineNumbers.get(i)));
    }
    for (String body : bodies) {
      for (Matcher m = CLASS_REF.matcher(body); m.find(); ) {
        if (bits.containsKey(m.group(1)) && mayContinueWord(body, m.end())) stemLexicons |= 1L << bits.get(m.group(1));
      }
    }

    Map<String, Integer> literal = new LinkedHashMap<>();
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
        m.appendReplacement(regex, Matcher.quoteReplacement("(?<" + group + ">" + alternation(lexicon) + ")"));
      }
      m.appendTail(regex);
      Pattern pattern;
      try {
        // ASCII case folding only (Unicode folding doubles matching time); lexicon words starting with
        // a non-ASCII letter are listed capitalised as well ("Übermorgen").
        pattern = Pattern.compile(BEFORE + "(?:" + regex + ")" + AFTER, Pattern.CASE_INSENSITIVE);
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException(where + ": bad pattern: " + e.getDescription() + " in " + regex);
      }

      Map<String, Integer> groups = groupNumbers(pattern.pattern());
      for (Matcher t = TEMPLATE_GROUP.matcher(cols[3]); t.find(); ) {
        for (String g : t.group(1).split("\\|")) {
          if (!groups.containsKey(g)) throw new IllegalStateException(where + ": value names group '" + g + "' that the pattern lacks");
        }
      }
      // what the match itself holds decides where it can start: a word of a lookbehind stands before it ("seit Montag")
      String held = org.dossier.text.RegexWords.withoutLookbehinds(body);
      long heldTriggers = lexiconBits(held, lexicons, bits);
      int[] words = literalWords(held, literal);
      rules.add(new Rule(cols[1].strip(), type, cols[3].strip(), pattern, Map.copyOf(groupClasses), Map.copyOf(groups),
          heldTriggers, needsDigit(held, heldTriggers), words, context(body, held, lexicons, bits, literal)));
    }
    List<Reject> rejects = new ArrayList<>();
    for (String r : rejectLines) {
      for (Matcher mr = CLASS_REF.matcher(r); mr.find(); ) {
        if (!lexicons.containsKey(mr.group(1))) throw new IllegalStateException(source + ": unknown lexicon %" + mr.group(1) + " in reject " + r);
      }
      String held = org.dossier.text.RegexWords.withoutLookbehinds(r);
      long triggers = lexiconBits(held, lexicons, bits);
      Context context = context(r, held, lexicons, bits, literal);
      String expanded = CLASS_REF.matcher(r).replaceAll(mr -> Matcher.quoteReplacement(
          "(?:" + alternation(lexicons.get(mr.group(1))) + ")"));
      rejects.add(new Reject(Pattern.compile(BEFORE + "(?:" + expanded + ")" + AFTER, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
          triggers, needsDigit(held, triggers),
          literalWords(held, literal), context));
    }
    return new TimexRules(language, rules, rejects, past, future, lexicons, triggerWords, stemLexicons,
        List.copyOf(literal.keySet()));
  }

  /**
   * The numbers of the literal words a rule body needs (its lexicon references are no words), each word numbered
   * when first met; null when it needs none.
   */
  private static int[] literalWords(String body, Map<String, Integer> numbers) {
    java.util.Set<String> words = org.dossier.text.RegexWords.wholeWords(CLASS_REF.matcher(body).replaceAll("(\u0001)"));
    if (words == null) return null;
    return words.stream().sorted().mapToInt(w -> numbers.computeIfAbsent(w, k -> numbers.size())).toArray();
  }

  /**
   * What the whole body needs, lookbehinds included, where that is more than what the match holds ({@code held}):
   * "seit" for {@code (?<=\bseit\s)%weekday}, which selects the rule without bounding where it starts.
   */
  private static Context context(String body, String held, Map<String, Lexicon> lexicons, Map<String, Integer> bits,
      Map<String, Integer> literal) {
    if (body.equals(held)) return null;
    long triggers = lexiconBits(body, lexicons, bits);
    return new Context(triggers, literalWords(body, literal));
  }

  /** The bits of the lexicons a rule body names. */
  private static long lexiconBits(String body, Map<String, Lexicon> lexicons, Map<String, Integer> bits) {
    long out = 0;
    for (Matcher m = CLASS_REF.matcher(body); m.find(); ) if (lexicons.containsKey(m.group(1))) out |= 1L << bits.get(m.group(1));
    return out;
  }

  /**
   * Whether what stands at i of a pattern may go on the word before it: a letter, a class, a letter escape or a
   * group other than a lookaround.
   */
  private static boolean mayContinueWord(String p, int i) {
    if (i >= p.length()) return false;
    char c = p.charAt(i);
    if (Character.isLetter(c) || c == '[') return true;
    if (c == '\\') return i + 1 < p.length() && "pPwWS".indexOf(p.charAt(i + 1)) >= 0;
    if (c == '(') return !(p.startsWith("(?=", i) || p.startsWith("(?!", i) || p.startsWith("(?<=", i) || p.startsWith("(?<!", i));
    return false;
  }

  /**
   * Whether a pattern needs a digit: one stands in it outside a negative lookaround, and no lexicon of it could
   * stand in for the number ("@N" is digits or a number word).
   */
  private static boolean needsDigit(String body, long triggers) {
    String plain = org.dossier.text.RegexWords.withoutLookarounds(body);
    return triggers == 0 && (plain.contains("\\d") || plain.matches(".*[0-9].*"));
  }

  /**
   * Where a match of a rule or reject must start before, in a stretch of text of which one pass found these
   * trigger words and this last digit (-1 for none): the end of the last word or digit it needs, since every
   * match holds one of its lexicons' words, one of its literal words and a digit, as it requires. Zero or less
   * when the stretch lacks one, or lacks what its lookbehinds need (their words stand before the match and bound
   * nothing), so that the pattern cannot match there at all.
   */
  static int startLimit(Gated pattern, TriggerTrie.Found found, int lastDigit, int end) {
    Context context = pattern.context();
    if (context != null && (context.triggers() != 0 && (context.triggers() & found.lexicons) == 0
        || context.words() != null && noneFound(context.words(), found))) {
      return 0;
    }
    int limit = end;
    if (pattern.triggers() != 0) {
      int last = 0;
      for (long b = pattern.triggers() & found.lexicons; b != 0; b &= b - 1) {
        last = Math.max(last, found.lexiconEnds[Long.numberOfTrailingZeros(b)]);
      }
      limit = Math.min(limit, last);
    }
    if (pattern.needsDigit()) limit = Math.min(limit, lastDigit + 1);
    if (pattern.words() != null) {
      int last = 0;
      for (int w : pattern.words()) last = Math.max(last, found.wordEnds[w]);
      limit = Math.min(limit, last);
    }
    return limit;
  }

  private static boolean noneFound(int[] words, TriggerTrie.Found found) {
    for (int w : words) {
      if (found.wordEnds[w] > 0) return false;
    }
    return true;
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
      if (!exact.containsKey(key) && surface.charAt(0) > 0x7f && Character.isLowerCase(surface.charAt(0))) {
        alt.append('|').append(Pattern.quote(Character.toUpperCase(surface.charAt(0)) + surface.substring(1)).replace(" ", "\\E\\s+\\Q"));
      }
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
