package org.dossier.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.calendar.PartialDate;
import org.dossier.entities.Entities;
import org.dossier.entities.Mention;
import org.dossier.events.Event;
import org.dossier.model.Document;
import org.dossier.pack.Cameo;
import org.dossier.text.FunctionWords;
import org.dossier.text.Hash64;
import org.dossier.text.Words;
import org.dossier.time.Timex;
import org.dossier.time.TimexType;

/**
 * What the story clusterer knows of one document: language-independent evidence (linked entities, the kinds
 * of event and their dates, the days and numbers the text names) that lets an English and a German report
 * of one news event meet, the document's frequent words for comparing reports in one language, and the
 * days it may have been published. Built per document on the worker threads; a few hundred bytes.
 *
 * @param lead     the first sentence, to name a story whose reports have no headline
 * @param shared   entity, event, date and number features, hashed, with raw weights
 * @param words    the frequent words, hashed with the language, with raw weights
 * @param from     the earliest day the report can be from, or null when nothing dates it
 * @param to       the latest such day, or null
 */
public record DocumentProfile(String id, String language, String title, String lead, String published, LocalDate from,
    LocalDate to, SparseVector shared, SparseVector words) implements java.io.Serializable {

  /** How many of the most frequent words a profile keeps. */
  public static final int WORDS = 40;
  /** How much of the first sentence a profile keeps. */
  public static final int LEAD_CHARS = 200;
  /** How long after the last event it dates an undated report may have been written. */
  public static final int UNDATED_SPAN_DAYS = 14;
  /** The weight of the month of an event's day, relative to the day's. */
  static final float MONTH_OF_DAY = 0.5f;

  public static DocumentProfile of(Document d, List<Timex> timexes, Entities entities, List<Event> events) {
    String text = d.text();
    int lead = text.indexOf("\n\n");
    int leadEnd = lead < 0 ? text.length() : lead;
    int firstEnd = d.sentences().isEmpty() ? 0 : d.sentences().get(0).end();
    Map<Long, Float> shared = new HashMap<>();

    // an entity counts once, more when it recurs, and more again when the headline or lead names it
    Map<String, Integer> entityCounts = new HashMap<>();
    java.util.Set<String> prominent = new java.util.HashSet<>();
    for (Mention m : entities.mentions()) {
      entityCounts.merge(m.entity(), 1, Integer::sum);
      if (m.start() < leadEnd) prominent.add(m.entity());
    }
    java.util.Set<String> headline = new java.util.HashSet<>();
    for (Mention m : entities.titleMentions()) headline.add(m.entity());
    entityCounts.forEach((entity, count) -> add(shared, "e:", entity, 1f + 0.25f * Math.min(count - 1, 4), 0f));
    for (String entity : prominent) add(shared, "e:", entity, 1f, 0f);
    for (String entity : headline) add(shared, "e:", entity, 1f, 0f);

    LocalDate latestEvent = null;
    // an event told again and again is still one event: like an entity, it counts once, a little more when it recurs
    Map<Long, float[]> told = new HashMap<>();
    for (Event e : events) {
      // a plain statement tells nothing of which news event a report is about: every report holds some
      if (!e.happened() || e.cameo().length() < 2 || e.cameo().equals(Cameo.STATEMENT)) continue;
      // by the kind of act, so that a blockade one report codes 144 and another 191 is one event
      String kind = Cameo.family(e.cameo());
      boolean inLead = e.evidence().start() < leadEnd;
      boolean first = e.evidence().start() < firstEnd;
      tell(told, "c:", e.cameo(), 0.5f, 0f);
      Event.EventDate date = e.date();
      if (date.granularity() == Event.EventDate.Granularity.DAY || date.granularity() == Event.EventDate.Granularity.MONTH) {
        // the report's own day only bounds an event it gives no date of: it may be any day before
        float sure = date.basis() == Event.EventDate.Basis.PUBLICATION ? 0.5f : 1f;
        float prominence = inLead ? (first ? 2f : 1f) : 0f;
        tell(told, "k:", kind + "@" + date.value(), sure, sure * prominence);
        if (date.granularity() == Event.EventDate.Granularity.DAY) {
          // the month too, where a report dated only to the month meets one that gives the day: like the day,
          // more for the lead's news, at a lesser weight, since the month alone may be another event's; and as
          // sure whether the text or only the report's day dates it
          tell(told, "k:", kind + "@" + date.value().substring(0, 7), MONTH_OF_DAY, MONTH_OF_DAY * prominence);
        }
      }
      if (date.granularity() == Event.EventDate.Granularity.DAY) {
        LocalDate day = PartialDate.parse(date.value()).first();
        if (latestEvent == null || day.isAfter(latestEvent)) latestEvent = day;
      }
      if (e.fatalities() != null) tell(told, "n:", Long.toString(e.fatalities().count()), 1f, 0f);
      // where the events happen tells one summit or strike from another with the same parties
      if (e.location() != null) tell(told, "l:", e.location().entity(), 1f, inLead ? 1f : 0f);
    }
    // weight, count and the lead's bonus: the lead paragraph's news counts once more, the first sentence's twice
    told.forEach((key, f) -> shared.merge(key, f[0] * (1f + 0.25f * Math.min(f[1] - 1, 4)) + f[2], Float::sum));
    for (Timex t : timexes) {
      if (t.type() != TimexType.DATE || t.value() == null) continue;
      Event.EventDate named = Event.EventDate.of(t.value());
      if (named.granularity() == Event.EventDate.Granularity.DAY) add(shared, "d:", named.value(), 1f, 0f);
      else if (named.granularity() == Event.EventDate.Granularity.MONTH) add(shared, "d:", named.value(), 0.3f, 0f);
    }
    numbers(text, digits -> {
      if (digits.length() > 12) return;
      long value = Long.parseLong(digits);
      // years are dates, and small numbers are too common to tell reports apart
      if (value < 3 || (digits.length() == 4 && value >= 1900 && value <= 2100)) return;
      add(shared, "n:", Long.toString(value), 0.5f, 0f);
    });

    PartialDate published = d.published().value() == null ? null : PartialDate.parse(d.published().value());
    LocalDate from = null;
    LocalDate to = null;
    if (published != null && published.precision() == 3) {
      from = to = published.first();
    } else if (published != null) {
      from = published.first();
      to = published.last();
      if (latestEvent != null && !latestEvent.isBefore(from) && !latestEvent.isAfter(to)) from = latestEvent;
    } else if (latestEvent != null) {
      from = latestEvent;
      to = latestEvent.plusDays(UNDATED_SPAN_DAYS);
    }
    String first = d.sentences().isEmpty() ? null : d.sentences().get(0).of(text).strip();
    if (first != null && first.length() > LEAD_CHARS) first = first.substring(0, LEAD_CHARS).strip() + "…";
    return new DocumentProfile(d.id(), d.language(), d.title(), first, d.published().value(), from, to,
        SparseVector.of(shared), SparseVector.of(frequentWords(text, d.language())));
  }

  /**
   * The numbers of a text as values: runs of digits, and digits grouped by thousands ("1,500", "10 000"), not
   * parts of decimals or of longer numbers. A scan doing what the pattern
   * {@code (?<![\d.,])\d{1,3}(?:[.,\u00a0 ]\d{3})+(?![\d]|[.,]\d)|(?<![\d.,])\d+(?![\d]|[.,]\d)} finds, with
   * the grouping signs dropped; about a tenth of the cost of a document's profile had gone to the pattern.
   */
  static void numbers(String text, java.util.function.Consumer<String> sink) {
    int length = text.length();
    int i = 0;
    while (i < length) {
      if (!digit(text, i) || i > 0 && (digit(text, i - 1) || text.charAt(i - 1) == '.' || text.charAt(i - 1) == ',')) {
        i++;
        continue;
      }
      int run = i;
      while (run < length && digit(text, run)) run++;
      int end = -1;
      if (run - i <= 3) {
        // groups of a separator and three digits, as many as there are; the longest whose end can end a number
        int groups = run;
        int[] ends = null;
        int count = 0;
        while (groups + 3 < length && "., \u00a0".indexOf(text.charAt(groups)) >= 0 && digit(text, groups + 1)
            && digit(text, groups + 2) && digit(text, groups + 3)) {
          groups += 4;
          if (ends == null) ends = new int[4];
          else if (count == ends.length) ends = java.util.Arrays.copyOf(ends, count * 2);
          ends[count++] = groups;
        }
        for (int k = count - 1; k >= 0 && end < 0; k--) if (endsNumber(text, ends[k])) end = ends[k];
      }
      if (end < 0 && endsNumber(text, run)) end = run;
      if (end < 0) {
        i = run;
        continue;
      }
      StringBuilder digits = new StringBuilder(end - i);
      for (int k = i; k < end; k++) if (digit(text, k)) digits.append(text.charAt(k));
      sink.accept(digits.toString());
      i = end;
    }
  }

  private static boolean digit(String text, int i) {
    char c = text.charAt(i);
    return c >= '0' && c <= '9';
  }

  /** Whether a number can end here: no digit follows, nor a decimal point or comma and a digit. */
  private static boolean endsNumber(String text, int i) {
    if (i >= text.length()) return true;
    char c = text.charAt(i);
    if (c >= '0' && c <= '9') return false;
    return !((c == '.' || c == ',') && i + 1 < text.length() && digit(text, i + 1));
  }

  private static void tell(Map<Long, float[]> told, String kind, String value, float weight, float bonus) {
    float[] f = told.computeIfAbsent(Hash64.of(kind, value), k -> new float[] {weight, 0, 0});
    // a month an event is dated to outweighs the month of an event's day
    f[0] = Math.max(f[0], weight);
    f[1]++;
    f[2] = Math.max(f[2], bonus);
  }

  private static void add(Map<Long, Float> features, String kind, String value, float weight, float bonus) {
    features.merge(Hash64.of(kind, value), weight + bonus, Float::sum);
  }

  /** The {@link #WORDS} most frequent words of four letters or more but function words, weighted 1 + ln(count). */
  private static Map<Long, Float> frequentWords(String text, String language) {
    Map<String, int[]> counts = new HashMap<>();
    Words.each(text, (start, end) -> {
      if (end - start < 4 || FunctionWords.contains(text, start, end)) return;
      counts.computeIfAbsent(text.substring(start, end).toLowerCase(Locale.ROOT), w -> new int[1])[0]++;
    });
    // The most frequent words, and of those as frequent as the last one taken, the first in alphabetical order:
    // found by the count the last one taken has, so that only the words of that count are sorted.
    int most = 0;
    for (int[] c : counts.values()) most = Math.max(most, c[0]);
    int[] withCount = new int[most + 1];
    for (int[] c : counts.values()) withCount[c[0]]++;
    int cut = most;
    int above = 0;
    while (cut > 1 && above + withCount[cut] < WORDS) above += withCount[cut--];
    Map<Long, Float> words = new HashMap<>();
    String prefix = "w:" + language + ":";
    List<String> tied = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int count = e.getValue()[0];
      if (count > cut) words.put(Hash64.of(prefix, e.getKey()), (float) (1 + Math.log(count)));
      else if (count == cut) tied.add(e.getKey());
    }
    tied.sort(null);
    for (String w : tied.subList(0, Math.min(WORDS - above, tied.size()))) {
      words.put(Hash64.of(prefix, w), (float) (1 + Math.log(cut)));
    }
    return words;
  }
}
