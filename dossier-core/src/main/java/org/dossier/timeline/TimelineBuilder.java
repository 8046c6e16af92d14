package org.dossier.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;
import org.dossier.events.Event;
import org.dossier.events.Event.EventDate.Granularity;
import org.dossier.pack.Cameo;
import org.dossier.text.Hash64;

/**
 * Merges event mentions that describe one real-world event into timeline entries.
 *
 * <p>Two mentions are one event when they name the same kind of act (the CAMEO root, or the {@link
 * Cameo#family} a code shares with codes of other roots), compatible dates (the same day, or one date a coarser
 * form of the other: "2020-10" holds "2020-10-09", "199" the 1990s holds "1994"), an actor in common and no
 * different places. Within one story two reports may also differ by a day (a strike late at night) or leave the
 * date open; the entry then records the disagreement. A mention that only its report's day of publication dates
 * ({@code basis: publication}) may be an event of the week before in its story, and is no disagreement where
 * another mention states the day.
 *
 * <p>Mentions are merged from the most precise dates to the least: a day opens or joins an entry; a month,
 * year or decade joins an entry of its own story, or one opened at the same date and precision, and only
 * when one fits best, since "in October" cannot say which of two October strikes it means. Only events the text says happened (asserted or reported) are
 * merged; negated, planned, hypothetical and demanded ones stay off the timeline.
 *
 * <p>Entries are found by keys (kind of act with a date at its precision, or with a story), so the cost per
 * mention depends on how many events of its kind fall on its days or in its story, not on the size of the
 * corpus.
 */
public final class TimelineBuilder {
  private TimelineBuilder() {}

  /**
   * The order mentions are merged in, most precise dates first, then by date; between mentions that compare
   * equal, the earlier in the input. Entries come in the order of the mentions that opened them.
   */
  public static final Comparator<Event> ORDER = Comparator.comparingInt((Event e) -> e.date().granularity().ordinal())
      .thenComparing(e -> String.valueOf(e.date().value()));

  /** Whether a mention goes on the timeline at all: an event the text says happened, with a CAMEO root. */
  public static boolean merged(Event e) {
    return e.happened() && e.cameo().length() >= 2;
  }

  /** The entries, and for each mention the index of its entry or -1. */
  public record Result(int[] entryOf, List<TimelineEntry> entries) {}

  /**
   * @param storyOf the story of each document (by document index)
   * @param docId   a document's id, for the conflicts' wording
   */
  public static Result build(List<EventMention> mentions, int[] storyOf, IntFunction<String> docId) {
    return build(mentions, doc -> storyOf[doc], docId);
  }

  /**
   * The same, with each document's story given by a function (any number that is equal for the documents of
   * one story and different otherwise). Mentions of different kinds of act never share an entry, so the
   * mentions of each kind may be built apart, in parallel, and their entries put in the order {@link
   * #ORDER} gives their first mentions: the result is this one.
   */
  public static Result build(List<EventMention> mentions, IntToLongFunction storyOf, IntFunction<String> docId) {
    int n = mentions.size();
    int[] entryOf = new int[n];
    Arrays.fill(entryOf, -1);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (merged(mentions.get(i).event())) order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> mentions.get(i).event(), ORDER).thenComparingInt(i -> i));

    List<Builder> builders = new ArrayList<>();
    Map<String, List<Integer>> index = new HashMap<>();
    for (int i : order) {
      EventMention m = mentions.get(i);
      long story = storyOf.applyAsLong(m.doc());
      String kind = Cameo.family(m.event().cameo());
      List<Integer> candidates = new ArrayList<>();
      for (String key : lookupKeys(kind, m.event().date(), story)) {
        candidates.addAll(index.getOrDefault(key, List.of()));
      }
      int best = -1;
      int bestScore = 0;
      boolean tie = false;
      for (int b : new TreeSet<>(candidates)) {
        int score = builders.get(b).fit(m, story);
        if (score > bestScore) {
          best = b;
          bestScore = score;
          tie = false;
        } else if (score == bestScore && score > 0) {
          tie = true;
        }
      }
      boolean precise = m.event().date().granularity() == Granularity.DAY;
      if (best < 0 || (tie && !precise)) {
        best = builders.size();
        builders.add(new Builder());
        for (String key : entryKeys(kind, m.event().date())) index.computeIfAbsent(key, k -> new ArrayList<>()).add(best);
      }
      Builder b = builders.get(best);
      if (b.stories.add(story)) index.computeIfAbsent(kind + "|story:" + story, k -> new ArrayList<>()).add(best);
      b.add(i, m);
      entryOf[i] = best;
    }
    List<TimelineEntry> entries = new ArrayList<>(builders.size());
    for (Builder b : builders) entries.add(b.entry(mentions, docId));
    return new Result(entryOf, entries);
  }

  /**
   * The keys an entry opened by a mention of this date is found by: a day by itself; a month, year or decade
   * by itself at its own precision, so that "in October" finds the October entries, not every day of it.
   */
  private static List<String> entryKeys(String kind, Event.EventDate date) {
    if (date.granularity() == Granularity.UNKNOWN) return List.of();
    return List.of(kind + "|" + date.granularity().label() + ":" + date.value());
  }

  /**
   * The keys under which the entries a mention may join are found: for a day, that day and the next and the
   * one before; for a coarser date, the entries of that date at that precision; for any, the entries of its
   * own story (which the fit then checks for compatible dates).
   */
  private static List<String> lookupKeys(String kind, Event.EventDate date, long story) {
    List<String> keys = new ArrayList<>();
    keys.add(kind + "|story:" + story);
    if (date.granularity() == Granularity.DAY) {
      LocalDate day = LocalDate.parse(date.value());
      for (LocalDate d : List.of(day, day.minusDays(1), day.plusDays(1))) keys.add(kind + "|day:" + d);
    } else if (date.granularity() != Granularity.UNKNOWN) {
      keys.add(kind + "|" + date.granularity().label() + ":" + date.value());
    }
    return keys;
  }

  /** An entry being built. */
  private static final class Builder {
    final List<Integer> mentions = new ArrayList<>();
    final Set<Long> stories = new LinkedHashSet<>();
    final Set<String> codes = new LinkedHashSet<>();
    final Set<String> places = new LinkedHashSet<>();
    /** the most precise date so far */
    Event.EventDate date = Event.EventDate.UNKNOWN;

    /** How well a mention fits this entry, or 0 when it cannot be the same event. */
    int fit(EventMention m, long story) {
      boolean sameStory = stories.contains(story);
      Event e = m.event();
      Event.EventDate d = e.date();
      int score = 1;
      if (d.granularity() == Granularity.UNKNOWN || date.granularity() == Granularity.UNKNOWN) {
        if (!sameStory) return 0;
      } else if (prefixOf(d.value(), date.value()) || prefixOf(date.value(), d.value())) {
        if (d.value().equals(date.value())) score += 2;
      } else if (!(sameStory && (adjacentDays(d, date) || onOrBefore(date, d)))) {
        return 0;
      }
      Set<String> shared = new LinkedHashSet<>(m.codes());
      shared.retainAll(codes);
      if (shared.isEmpty() && !(sameStory && (m.codes().isEmpty() || codes.isEmpty()))) return 0;
      if (e.location() != null && !places.isEmpty()) {
        if (!places.contains(e.location().entity())) return 0;
        score += 1;
      }
      return score + 2 * shared.size() + (sameStory ? 3 : 0);
    }

    void add(int index, EventMention m) {
      mentions.add(index);
      codes.addAll(m.codes());
      if (m.event().location() != null) places.add(m.event().location().entity());
      Event.EventDate d = m.event().date();
      if (d.granularity().ordinal() < date.granularity().ordinal()) date = d;
    }

    TimelineEntry entry(List<EventMention> all, IntFunction<String> docId) {
      Map<String, Integer> cameos = new HashMap<>();
      Map<String, Set<Integer>> days = new TreeMap<>();
      Map<Long, Set<Integer>> tolls = new TreeMap<>();
      Map<String, Event.Location> locations = new LinkedHashMap<>();
      Map<String, Integer> locationCounts = new HashMap<>();
      Map<String, Roles> actors = new LinkedHashMap<>();
      Map<String, Set<Integer>> orientations = new TreeMap<>();
      Set<Integer> docs = new TreeSet<>();
      Set<String> languages = new TreeSet<>();
      // a report's day of publication bounds when the event happened; it is no date of its own where others say one
      boolean stated = false;
      for (int i : mentions) {
        Event.EventDate d = all.get(i).event().date();
        stated |= d.granularity() == date.granularity() && d.basis() != Event.EventDate.Basis.PUBLICATION;
      }
      for (int i : mentions) {
        EventMention m = all.get(i);
        Event e = m.event();
        docs.add(m.doc());
        languages.add(m.language());
        cameos.merge(e.cameo(), 1, Integer::sum);
        if (e.date().granularity() == date.granularity() && date.value() != null
            && !(stated && e.date().basis() == Event.EventDate.Basis.PUBLICATION)) {
          days.computeIfAbsent(e.date().value(), k -> new TreeSet<>()).add(m.doc());
        }
        if (e.fatalities() != null) tolls.computeIfAbsent(e.fatalities().count(), k -> new TreeSet<>()).add(m.doc());
        if (e.location() != null) {
          locations.putIfAbsent(e.location().entity(), e.location());
          locationCounts.merge(e.location().entity(), 1, Integer::sum);
        }
        for (Event.Actor a : e.source()) Roles.of(actors, a).source++;
        for (Event.Actor a : e.target()) Roles.of(actors, a).target++;
        for (Event.Actor a : e.mediator()) Roles.of(actors, a).mediator++;
        // who acted against whom as the reports say it, not as the pack infers it
        if (e.source().stream().anyMatch(Event.Actor::named) && e.target().stream().anyMatch(Event.Actor::named)) {
          orientations.computeIfAbsent(codesOf(e.source()) + " against " + codesOf(e.target()), k -> new TreeSet<>())
              .add(m.doc());
        }
      }
      String cameo = cameos.entrySet().stream()
          .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
              .thenComparingInt(e -> e.getKey().length())
              .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
          .orElseThrow().getKey();
      List<String> conflicts = new ArrayList<>();
      Event.EventDate entryDate = date;
      if (days.size() > 1) {
        conflicts.add("date: " + sides(days, docId));
        // the date most sources give, the earliest among equals
        entryDate = Event.EventDate.of(days.entrySet().stream()
            .max(Comparator.<Map.Entry<String, Set<Integer>>>comparingInt(e -> e.getValue().size())
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
            .orElseThrow().getKey());
      }
      TimelineEntry.Range fatalities = null;
      if (!tolls.isEmpty()) {
        long min = ((TreeMap<Long, Set<Integer>>) tolls).firstKey();
        long max = ((TreeMap<Long, Set<Integer>>) tolls).lastKey();
        fatalities = new TimelineEntry.Range(min, max);
        if (min != max) conflicts.add("fatalities: " + sides(tolls, docId));
      }
      if (reversed(orientations.keySet())) conflicts.add("who acted against whom: " + sides(orientations, docId));
      List<Event.Actor> source = new ArrayList<>();
      List<Event.Actor> target = new ArrayList<>();
      List<Event.Actor> mediator = new ArrayList<>();
      actors.values().stream()
          .sorted(Comparator.comparingInt((Roles r) -> -(r.source + r.target + r.mediator)))
          .forEach(r -> {
            if (r.mediator > r.source && r.mediator > r.target) mediator.add(r.actor);
            else if (r.source >= r.target) source.add(r.actor);
            else target.add(r.actor);
          });
      Event.Location location = locationCounts.isEmpty() ? null : locations.get(locationCounts.entrySet().stream()
          .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
              .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
          .orElseThrow().getKey());
      String id = "t" + HexFormat.of().toHexDigits(Hash64.of("timeline:", all.get(mentions.get(0)).id())).substring(0, 12);
      return new TimelineEntry(id, cameo, Cameo.label(cameo), entryDate, source, target, mediator, location, fatalities,
          mentions, List.copyOf(docs), List.copyOf(languages), conflicts);
    }
  }

  private static final class Roles {
    /** The actor, as a mention that names it has it, if one does. */
    Event.Actor actor;
    int source;
    int target;
    int mediator;

    Roles(Event.Actor actor) {
      this.actor = actor;
    }

    /** The roles of an actor in an entry, taking it as named once a mention names it. */
    static Roles of(Map<String, Roles> actors, Event.Actor a) {
      Roles r = actors.computeIfAbsent(a.entity(), k -> new Roles(a));
      if (a.named() && !r.actor.named()) r.actor = a;
      return r;
    }
  }

  private static String codesOf(List<Event.Actor> actors) {
    Set<String> codes = new TreeSet<>();
    for (Event.Actor a : actors) if (a.named()) codes.add(a.code() == null ? a.name() : a.code());
    return String.join(",", codes);
  }

  /** Whether one orientation ("AZE against ARM") has its reverse among the others. */
  private static boolean reversed(Set<String> orientations) {
    for (String o : orientations) {
      String[] sides = o.split(" against ");
      if (orientations.contains(sides[1] + " against " + sides[0]) && !sides[0].equals(sides[1])) return true;
    }
    return false;
  }

  private static <K> String sides(Map<K, Set<Integer>> byValue, IntFunction<String> docId) {
    List<String> parts = new ArrayList<>();
    byValue.forEach((value, docs) -> {
      List<String> ids = new ArrayList<>();
      for (int d : docs) ids.add(docId.apply(d));
      parts.add(value + " (" + String.join(", ", ids) + ")");
    });
    return String.join(" vs ", parts);
  }

  private static boolean prefixOf(String coarse, String fine) {
    return coarse != null && fine != null && fine.startsWith(coarse);
  }

  /** How many days before its report's publication an event the report dates by that day alone may have happened. */
  static final int PUBLICATION_REACH = 7;

  /**
   * Whether a mention dated by its report's day of publication alone ({@code basis: publication}) can be an event
   * of an earlier day: one of the week before.
   */
  private static boolean onOrBefore(Event.EventDate entry, Event.EventDate published) {
    if (published.basis() != Event.EventDate.Basis.PUBLICATION || entry.granularity() != Granularity.DAY
        || published.granularity() != Granularity.DAY) {
      return false;
    }
    long days = LocalDate.parse(published.value()).toEpochDay() - LocalDate.parse(entry.value()).toEpochDay();
    return days >= 0 && days <= PUBLICATION_REACH;
  }

  private static boolean adjacentDays(Event.EventDate a, Event.EventDate b) {
    if (a.granularity() != Granularity.DAY || b.granularity() != Granularity.DAY) return false;
    return Math.abs(LocalDate.parse(a.value()).toEpochDay() - LocalDate.parse(b.value()).toEpochDay()) == 1;
  }
}
