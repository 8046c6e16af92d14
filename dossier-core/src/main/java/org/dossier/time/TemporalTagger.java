package org.dossier.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import org.dossier.calendar.PartialDate;
import org.dossier.model.Span;
import org.dossier.text.Words;

/**
 * Finds and normalises the temporal expressions of English and German text (TIMEX3). The grammar of
 * each language is data ({@code en.rules}, {@code de.rules}); this class runs it: per sentence, every
 * rule that the sentence's words can trigger proposes matches, the longest non-overlapping ones are
 * kept unless a reject pattern covers them ("UN Resolution 1441"), and {@link TimexValues} turns each
 * rule's value template into a TIMEX3 value against the reference date and the sentence's tense.
 *
 * <p>The reference is the publication date; without one, the latest explicit date written before the
 * expression (the way a reader follows a narrative), and each relative expression says which it used.
 * One instance is immutable and serves many threads.
 */
public final class TemporalTagger {
  private static final List<String> LANGUAGES = List.of("en", "de");
  private final Map<String, TimexRules> rules = new HashMap<>();

  public TemporalTagger() {
    for (String lang : LANGUAGES) {
      TimexRules r = TimexRules.load(lang);
      if (r != null) rules.put(lang, r);
    }
  }

  /** The languages this tagger has rules for. */
  public List<String> languages() {
    return LANGUAGES.stream().filter(rules::containsKey).toList();
  }

  /**
   * @param text         the text
   * @param sentences    its sentences (tense is judged per sentence; no expression crosses a sentence)
   * @param language     ISO 639-1 code; languages without rules give no expressions
   * @param documentDate the publication date as a TIMEX3 date value ({@code 2020-10-09}, {@code 2020-10}), or null
   */
  public List<Timex> tag(String text, List<Span> sentences, String language, String documentDate) {
    TimexRules grammar = rules.get(language);
    if (grammar == null || text.isEmpty()) return List.of();
    PartialDate published = PartialDate.parse(documentDate);
    TimeReference publishedRef = published == null ? null
        : new TimeReference(published.value(), TimeReference.Source.PUBLISHED, null);
    List<Timex> out = new ArrayList<>();
    State state = new State(published, publishedRef);
    // one matcher per pattern for the whole text: sentences are regions of it
    Map<java.util.regex.Pattern, Matcher> matchers = new java.util.IdentityHashMap<>();
    // Rules run per sentence, and only those the sentence's words can trigger; a sentence that ends in
    // an abbreviation ("Feb.") is read together with the next, so that the split cannot cut a date.
    int i = 0;
    while (i < sentences.size()) {
      int j = i;
      while (j + 1 < sentences.size() && endsInAbbreviation(text, sentences.get(j))) j++;
      int from = sentences.get(i).start();
      int to = sentences.get(j).end();
      i = j + 1;
      Triggers triggers = new Triggers(grammar, text, from, to);
      List<Active> active = activeRules(grammar, triggers);
      if (active.isEmpty()) continue;
      int[] starts = starts(text, from, to);
      List<Candidate> candidates = candidates(grammar, active, text, from, to, starts, matchers);
      if (candidates.isEmpty()) continue;
      List<int[]> rejected = rejectedSpans(grammar, triggers, text, from, to, starts, matchers);
      Tenses tenses = new Tenses(grammar, text, from, to);
      int lastEnd = -1;
      for (Candidate c : select(candidates)) {
        if (c.start() < lastEnd || covered(rejected, c)) continue;
        int newline = text.indexOf('\n', c.start());
        if (newline >= 0 && newline < c.end()) continue;
        Timex timex = normalise(c, grammar, text, tenses, state);
        if (timex == null) continue;
        out.add(timex);
        lastEnd = c.end();
      }
    }
    return List.copyOf(out);
  }

  private static boolean endsInAbbreviation(String text, Span sentence) {
    int end = sentence.end();
    while (end > sentence.start() && Character.isWhitespace(text.charAt(end - 1))) end--;
    if (end == sentence.start() || text.charAt(end - 1) != '.') return false;
    // "Feb." and "Sept." are abbreviations, "28." a German ordinal ("am 28. Februar")
    int k = end - 1;
    while (k > sentence.start() && Character.isLetter(text.charAt(k - 1))) k--;
    int letters = end - 1 - k;
    if (letters == 0) {
      while (k > sentence.start() && Character.isDigit(text.charAt(k - 1))) k--;
      int digits = end - 1 - k;
      return digits >= 1 && digits <= 2 && (k == sentence.start() || !Character.isLetterOrDigit(text.charAt(k - 1)));
    }
    return letters <= 4 && (k == sentence.start() || !Character.isLetterOrDigit(text.charAt(k - 1)));
  }

  /**
   * What the words (or digits) of a stretch of text can trigger: the lexicons they announce and the required
   * words, with where each was last seen.
   */
  private static final class Triggers {
    final TriggerTrie.Found found;
    final int lastDigit;
    final int from;
    final int to;

    Triggers(TimexRules grammar, String text, int from, int to) {
      found = grammar.triggers.found();
      Words.each(text, from, to, (start, end) -> grammar.triggers.word(text, start, end, found));
      int d = to - 1;
      while (d >= from && (text.charAt(d) < '0' || text.charAt(d) > '9')) d--;
      lastDigit = d >= from ? d : -1;
      this.from = from;
      this.to = to;
    }

    /** Where a match of the pattern must start before; no later than {@link #from} when it cannot match here. */
    int startLimit(TimexRules.Gated pattern) {
      return TimexRules.startLimit(pattern, found, lastDigit, to);
    }
  }

  /** The rules a stretch of text can trigger, each with where its matches must start before. */
  private static List<Active> activeRules(TimexRules grammar, Triggers triggers) {
    List<Active> active = new ArrayList<>();
    for (TimexRules.Rule r : grammar.rules) {
      int limit = triggers.startLimit(r);
      if (limit > triggers.from) active.add(new Active(r, limit));
    }
    return active;
  }

  private record Active(TimexRules.Rule rule, int startLimit) {}

  private record Candidate(int start, int end, int order, TimexRules.Rule rule, MatchResult match) {}

  private static List<Candidate> candidates(TimexRules grammar, List<Active> active, String text, int from,
      int to, int[] starts, Map<java.util.regex.Pattern, Matcher> matchers) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < active.size(); i++) {
      TimexRules.Rule r = active.get(i).rule();
      int order = i;
      matches(matcher(matchers, r.pattern(), text), grammar.startFilter(r.pattern()), text, from, to, starts,
          active.get(i).startLimit(), m -> out.add(new Candidate(m.start(), m.end(), order, r, m.toMatchResult())));
    }
    return out;
  }

  /**
   * Where an expression can start: at a word or a number (a letter or digit after anything else) and at any
   * other character that is not a blank. Trying a pattern only there, rather than at every character as
   * {@link Matcher#find()} does, finds the same matches: no rule starts inside a word or on a blank.
   */
  private static int[] starts(String text, int from, int to) {
    int[] starts = new int[to - from];
    int n = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (Character.isLetterOrDigit(c)) {
        if (k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1))) starts[n++] = k;
      } else if (!Character.isWhitespace(c)) {
        starts[n++] = k;
      }
    }
    return java.util.Arrays.copyOf(starts, n);
  }

  /**
   * The leftmost non-overlapping non-empty matches of a pattern in a region, tried at the given starts (ascending)
   * that lie before a limit and that the pattern's filter (if any) lets through.
   */
  private static void matches(Matcher m, StartFilter filter, String text, int from, int to,
      int[] starts, int startLimit, java.util.function.Consumer<Matcher> sink) {
    int next = from;
    for (int k : starts) {
      if (k >= startLimit) break;
      if (k < next || filter != null && !filter.mayStartAt(text, k, to)) continue;
      m.region(k, to);
      if (m.lookingAt() && m.end() > m.start()) {
        sink.accept(m);
        next = m.end();
      }
    }
  }

  /** A matcher over the text that sees beyond the region it is set to, as the patterns' lookarounds need. */
  private static Matcher matcher(java.util.regex.Pattern pattern, String text) {
    return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
  }

  private static Matcher matcher(Map<java.util.regex.Pattern, Matcher> matchers, java.util.regex.Pattern pattern,
      String text) {
    return matchers.computeIfAbsent(pattern, p -> matcher(p, text));
  }

  /** Leftmost first, then the longest, then the earlier rule; overlaps are dropped by the caller. */
  private static List<Candidate> select(List<Candidate> candidates) {
    candidates.sort(Comparator.comparingInt(Candidate::start)
        .thenComparing(Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed())
        .thenComparingInt(Candidate::order));
    // A longer match starting a little later beats a short one it overlaps ("the" + "last week").
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!kept.isEmpty()) {
        Candidate prev = kept.get(kept.size() - 1);
        if (c.start() < prev.end()) {
          if (c.end() - c.start() > prev.end() - prev.start() && c.end() > prev.end()) {
            kept.set(kept.size() - 1, c);
          }
          continue;
        }
      }
      kept.add(c);
    }
    return kept;
  }

  private static List<int[]> rejectedSpans(TimexRules grammar, Triggers triggers, String text, int from, int to,
      int[] starts, Map<java.util.regex.Pattern, Matcher> matchers) {
    List<int[]> spans = new ArrayList<>();
    for (TimexRules.Reject r : grammar.rejects) {
      int limit = triggers.startLimit(r);
      if (limit <= from) continue;
      matches(matcher(matchers, r.pattern(), text), grammar.startFilter(r.pattern()), text, from, to, starts, limit,
          m -> spans.add(new int[] {m.start(), m.end()}));
    }
    return spans;
  }

  private static boolean covered(List<int[]> rejected, Candidate c) {
    for (int[] r : rejected) {
      if (r[0] <= c.start() && c.end() <= r[1]) return true;
    }
    return false;
  }

  /** The reference and the last date mentioned, as the text is read. */
  private static final class State {
    final PartialDate published;
    final TimeReference publishedRef;
    PartialDate lastExplicit;
    TimeReference lastExplicitRef;
    PartialDate previous;

    State(PartialDate published, TimeReference publishedRef) {
      this.published = published;
      this.publishedRef = publishedRef;
    }

    PartialDate reference() {
      return published != null ? published : lastExplicit;
    }

    TimeReference referenceRecord() {
      return published != null ? publishedRef : lastExplicitRef != null ? lastExplicitRef : TimeReference.none();
    }
  }

  private static Timex normalise(Candidate c, TimexRules grammar, String text, Tenses tenses, State state) {
    String template = fill(c.rule(), c.match(), grammar, state.reference());
    if (template == null) return null;
    // "bis 1915", "seit 1916": a bound of an interval, not the time the narrative has reached; it does not
    // become the reference, though it is the date mentioned last ("seit 1991 ... Damals")
    boolean aside = template.startsWith("aside:");
    if (aside) template = template.substring(6);
    boolean relative = template.contains("REF") || template.contains("PREV") || template.contains("WD(")
        || template.contains("????") || template.startsWith("NOW");
    // only a weekday or a month without its year is placed by the tense of its sentence
    TimexValues.Tense tense = template.contains("WD(") || template.contains("????") ? tenses.at(c.start(), c.end())
        : TimexValues.Tense.NONE;
    if (template.startsWith("past:")) {
      tense = TimexValues.Tense.PAST;
      template = template.substring(5);
    } else if (template.startsWith("future:")) {
      tense = TimexValues.Tense.FUTURE;
      template = template.substring(7);
    }
    boolean narrative = state.published == null;
    String value = TimexValues.evaluate(template, state.reference(), narrative, state.previous, tense);
    String shift = narrative && template.equals("NOW") ? "0D" : null;
    if (value == null && state.reference() == null) {
      // "vergangene Woche" in a text with no date at all: a week unknown, a week before the time of writing
      String[] unplaced = TimexValues.unplaced(template);
      if (unplaced != null) {
        value = unplaced[0];
        shift = unplaced[1];
      }
    }
    if (value == null) return null;
    Span span = new Span(c.start(), c.end());
    Timex timex = new Timex(span, text.substring(c.start(), c.end()), c.rule().type(), value, c.rule().name(),
        relative ? state.referenceRecord() : null, shift);
    PartialDate asDate = c.rule().type() == TimexType.DATE || c.rule().type() == TimexType.TIME ? dateOf(value) : null;
    if (asDate != null) {
      state.previous = asDate;
      if (!relative && !aside) {
        state.lastExplicit = asDate;
        state.lastExplicitRef = new TimeReference(asDate.value(), TimeReference.Source.TEXT, timex.surface());
      }
    }
    return timex;
  }

  /** The calendar date a value names, if it names one ({@code 2020-10-09}, {@code 2020-10}, {@code 2020}). */
  private static PartialDate dateOf(String value) {
    // a season, quarter, half or week of a year ("1941-SU", "1944-Q2") stands for its year here
    if (value.length() > 5 && value.charAt(4) == '-' && !Character.isDigit(value.charAt(5))) value = value.substring(0, 4);
    String v = value.length() > 10 ? value.substring(0, 10) : value;
    return PartialDate.parse(v.contains("T") ? v.substring(0, v.indexOf('T')) : v);
  }

  /** The template with each {group} replaced by its normalised text; null when a group cannot be read. */
  static String fill(TimexRules.Rule rule, MatchResult match, TimexRules grammar, PartialDate reference) {
    String template = rule.value();
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char ch = template.charAt(i);
      if (ch != '{') {
        out.append(ch);
        i++;
        continue;
      }
      int close = template.indexOf('}', i);
      String spec = template.substring(i + 1, close);
      i = close + 1;
      String filled = null;
      for (String group : spec.split("\\|")) {
        // The grammar loader has checked that every {group} of a value is a group of its pattern.
        String raw = match.group(rule.groups().get(group));
        if (raw == null) continue;
        filled = groupValue(group, raw, rule.groupClasses().get(group), grammar, reference);
        break;
      }
      if (filled == null) return null;
      out.append(filled);
    }
    return out.toString();
  }

  private static final java.util.regex.Pattern TRAILING_DIGITS = java.util.regex.Pattern.compile("\\d+$");

  private static String digitsOf(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') out.append(c);
    }
    return out.toString();
  }

  private static String groupValue(String group, String raw, String lexicon, TimexRules grammar, PartialDate reference) {
    String text = raw;
    if (lexicon != null) {
      String v = grammar.lookup(lexicon, raw);
      if (v != null) {
        text = v;
      } else if (!raw.chars().allMatch(Character::isDigit)) {
        return null;
      }
    }
    String digits = digitsOf(text);
    String name = TRAILING_DIGITS.matcher(group).replaceAll("");
    switch (name) {
      case "year" -> {
        if (digits.length() == 2) {
          int yy = Integer.parseInt(digits);
          // Without a reference, '39 is 1939 and '15 is 2015.
          int century = reference != null ? reference.year() / 100 : yy >= 30 ? 19 : 20;
          int year = century * 100 + yy;
          if (reference != null && year > reference.year() + 10) year -= 100;
          return String.format(Locale.ROOT, "%04d", year);
        }
        return digits.length() == 4 ? digits : null;
      }
      case "bcyear" -> {
        // a year before Christ, written with one to four digits ("490 v. Chr."): TIMEX2/3 write BC0490
        if (digits.isEmpty() || digits.length() > 4 || Integer.parseInt(digits) == 0) return null;
        return String.format(Locale.ROOT, "%04d", Integer.parseInt(digits));
      }
      case "month", "day", "hour", "minute", "second" -> {
        if (digits.isEmpty() || digits.length() > 2) return null;
        return String.format(Locale.ROOT, "%02d", Integer.parseInt(digits));
      }
      case "pmhour" -> {
        if (digits.isEmpty() || digits.length() > 2) return null;
        return String.format(Locale.ROOT, "%02d", Integer.parseInt(digits) % 12 + 12);
      }
      case "decade" -> {
        // "1990s", "90er", "90s": the decade's first three digits
        if (digits.length() == 4) return digits.substring(0, 3);
        if (digits.length() == 2) {
          boolean lastCentury = reference == null || Integer.parseInt(digits) > reference.year() % 100;
          return (lastCentury ? "19" : "20") + digits.charAt(0);
        }
        return null;
      }
      case "century" -> {
        if (digits.isEmpty() || digits.length() > 2) return null;
        return String.format(Locale.ROOT, "%02d", Integer.parseInt(digits) - 1);
      }
      default -> {
        if (digits.isEmpty() || !digits.equals(text)) return text;
        return String.valueOf(Long.parseLong(digits.length() > 9 ? digits.substring(0, 9) : digits));
      }
    }
  }

  /**
   * Where the sentence's past and future cues stand, found when an expression first needs them (most expressions
   * are absolute); the cue nearest an expression gives its tense.
   */
  private static final class Tenses {
    private final TimexRules grammar;
    private final String text;
    private final int from;
    private final int to;
    private List<int[]> cues; // start, end, 0 past / 1 future

    Tenses(TimexRules grammar, String text, int from, int to) {
      this.grammar = grammar;
      this.text = text;
      this.from = from;
      this.to = to;
    }

    private void add(java.util.regex.Pattern p, String s, int offset, int kind) {
      if (p == null) return;
      matches(matcher(p, s), grammar.startFilter(p), s, 0, s.length(), starts(s, 0, s.length()), s.length(),
          m -> cues.add(new int[] {offset + m.start(), offset + m.end(), kind}));
    }

    TimexValues.Tense at(int start, int end) {
      if (cues == null) {
        cues = new ArrayList<>();
        String sentence = text.substring(from, to);
        add(grammar.pastCues, sentence, from, 0);
        add(grammar.futureCues, sentence, from, 1);
      }
      int best = -1;
      int bestDistance = Integer.MAX_VALUE;
      for (int[] c : cues) {
        if (c[0] >= start && c[1] <= end) continue; // a cue inside the expression itself ("last", "next") is not the verb
        // The verb before an expression governs it more often than one after it ("will begin on April 7, the FAA said").
        int d = c[1] <= start ? start - c[1] : 2 * (c[0] - end);
        if (d >= 0 && d < bestDistance) {
          bestDistance = d;
          best = c[2];
        }
      }
      return best < 0 ? TimexValues.Tense.NONE : best == 0 ? TimexValues.Tense.PAST : TimexValues.Tense.FUTURE;
    }
  }
}
