package org.dossier.dating;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.calendar.PartialDate;
import org.dossier.events.Event;
import org.dossier.model.PublishedDate;
import org.dossier.pack.Cameo;
import org.dossier.pack.ChronologyEntry;
import org.dossier.pack.Pack;
import org.dossier.time.Timex;

/**
 * Dates a report from what it reports, when it carries no day of publication: an event the text places
 * on a weekday ("am Freitag") that matches a landmark of the pack's chronology (same kind of event, an
 * actor in common, the same place) fixes the week the report was written in; an undated event of its lead
 * paragraph that matches one fixes the day or the day after. Where several candidates
 * remain, the first weekday the report names is taken as its own day, as news leads report the day's
 * events. A day needs two such pieces of evidence. The tenure of the officials it names and a month-only
 * header bound the candidates.
 */
public final class ContentDater {
  private static final int WEEK = 6;
  private final List<ChronologyEntry> chronology;

  public ContentDater(Pack pack) {
    this.chronology = pack.chronology();
  }

  /** Whether a publication date leaves the day open, so that content dating may help. */
  public static boolean needed(PublishedDate published) {
    return published.value() == null || published.value().length() < 10;
  }

  /** The publication day the events establish, or null; {@code leadEnd} is where the lead paragraph ends. */
  public PublishedDate date(PublishedDate published, List<Timex> timexes, List<Event> events, TenureWindow window,
      int leadEnd) {
    if (chronology.isEmpty()) return null;
    TreeMap<LocalDate, List<String>> support = new TreeMap<>();
    Set<Integer> landmarkWeekdays = new HashSet<>();
    for (Event e : events) {
      if (!e.happened()) continue;
      int weekday = e.date().weekday();
      // an undated event of the lead is the day's news: the report is from that day or the next
      boolean lead = e.date().value() == null && e.evidence().start() < leadEnd;
      if (weekday == 0 && !lead) continue;
      int reach = weekday == 0 ? 1 : WEEK;
      List<ChronologyEntry> landmarks = new ArrayList<>();
      for (ChronologyEntry c : chronology) {
        if (weekday != 0 && c.date().getDayOfWeek().getValue() != weekday || !matches(e, c)) continue;
        landmarks.add(c);
      }
      // landmarks at the event's own place come first; without a weekday, only an event that can be one
      // landmark alone places the report
      if (e.location() != null && landmarks.stream().anyMatch(c -> e.location().entity().equals(c.place()))) {
        landmarks.removeIf(c -> !e.location().entity().equals(c.place()));
      }
      if (weekday == 0 && landmarks.size() != 1) continue;
      for (ChronologyEntry c : landmarks) {
        for (int d = 0; d <= reach; d++) {
          LocalDate day = c.date().plusDays(d);
          if (!admitted(day, published, window)) continue;
          support.computeIfAbsent(day, k -> new ArrayList<>()).add(c.event() + " (" + c.date() + ")");
          if (weekday != 0) landmarkWeekdays.add(weekday);
        }
      }
    }
    if (support.isEmpty()) return null;
    // a day scores by the landmarks that place the report there, and one more when it is the weekday the
    // report names first; one piece of evidence alone is not enough
    int lead = firstWeekday(timexes);
    // the weekday that names a landmark says when the landmark was, not when the report was written
    if (landmarkWeekdays.contains(lead)) lead = 0;
    LocalDate chosen = null;
    int best = 0;
    for (var entry : support.entrySet()) {
      int score = entry.getValue().size() + (entry.getKey().getDayOfWeek().getValue() == lead ? 1 : 0);
      if (score > best) {
        best = score;
        chosen = entry.getKey();
      }
    }
    if (best < 2) return null;
    // two separate runs of days scoring the same are two readings: no date rather than a guess
    LocalDate previous = null;
    int runs = 0;
    for (var entry : support.entrySet()) {
      int score = entry.getValue().size() + (entry.getKey().getDayOfWeek().getValue() == lead ? 1 : 0);
      if (score != best) continue;
      if (previous == null || !entry.getKey().equals(previous.plusDays(1))) runs++;
      previous = entry.getKey();
    }
    if (runs > 1) return null;
    String evidence = "reports landmark " + String.join("; ", new java.util.LinkedHashSet<>(support.get(chosen)))
        + (lead > 0 && chosen.getDayOfWeek().getValue() == lead ? ", and names its own day first" : "");
    return new PublishedDate(chosen.toString(), PublishedDate.Origin.CONTENT, evidence, published.conflict());
  }

  private boolean matches(Event e, ChronologyEntry c) {
    if (!Cameo.root(e.cameo()).equals(Cameo.root(c.cameo()))) return false;
    Set<String> codes = new HashSet<>();
    for (Event.Actor a : e.source()) codes.add(a.code());
    for (Event.Actor a : e.target()) codes.add(a.code());
    for (Event.Actor a : e.mediator()) codes.add(a.code());
    codes.retainAll(c.actors());
    if (codes.isEmpty()) return false;
    return c.place() == null || e.location() == null || c.place().equals(e.location().entity());
  }

  /** A day the header's month and the officials' tenure allow. */
  private static boolean admitted(LocalDate day, PublishedDate published, TenureWindow window) {
    if (published.value() != null && published.conflict() == null) {
      PartialDate header = PartialDate.parse(published.value());
      if (header != null && (day.isBefore(header.first()) || day.isAfter(header.last()))) return false;
    }
    return window == null || window.intervals().isEmpty() || window.admits(PartialDate.parse(day.toString()));
  }

  private static int firstWeekday(List<Timex> timexes) {
    for (Timex t : timexes) {
      int weekday = Event.EventDate.of(t.value()).weekday();
      if (weekday != 0) return weekday;
    }
    return 0;
  }
}
