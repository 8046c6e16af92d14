package org.dossier.dating;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.calendar.DateParser;
import org.dossier.calendar.PartialDate;
import org.dossier.events.Event;
import org.dossier.model.PublishedDate;
import org.dossier.pack.ChronologyEntry;
import org.dossier.pack.Pack;
import org.dossier.time.Timex;

/**
 * Dates a report from what it reports, when it carries no day of publication. Each piece of evidence
 * names the days the report can be from, and a day needs two:
 * <ul>
 *   <li>an event the text places on a weekday ("am Freitag") that matches a landmark of the pack's
 *       chronology (same kind of event, an actor in common, the same place): the landmark's week;
 *   <li>an undated event of the lead paragraph that matches one landmark alone: that day or the next;
 *   <li>an event dated to a day without a year ("on September 19") that matches a landmark on that day:
 *       the landmark's day and the two months after it;
 *   <li>an agency dateline without a year ("BAKU, May 24. /TASS/") or a year-less day in the lead: that day
 *       of any year, among days other evidence allows;
 *   <li>the first weekday the report names, as news leads report the day's events: that weekday.
 * </ul>
 * The tenure of the officials the text names and a month-only header bound the days; two separate runs of
 * equally supported days are two readings, and give no date.
 */
public final class ContentDater {
  private static final int WEEK = 6;
  /** How long after a landmark a report may name its day without the year. */
  private static final int AFTERMATH = 60;
  private final List<ChronologyEntry> chronology;
  private final DateParser parser = DateParser.get();

  public ContentDater(Pack pack) {
    this.chronology = pack.chronology();
  }

  /** Whether a publication date leaves the day open, so that content dating may help. */
  public static boolean needed(PublishedDate published) {
    return published.value() == null || published.value().length() < 10;
  }

  /**
   * The publication day the events establish, or null.
   *
   * @param leadEnd where the lead paragraph ends
   */
  public PublishedDate date(PublishedDate published, String text, List<Timex> timexes, List<Event> events,
      TenureWindow window, int leadEnd) {
    if (chronology.isEmpty()) return null;
    TreeMap<LocalDate, List<String>> support = new TreeMap<>();
    Set<Integer> landmarkWeekdays = new HashSet<>();
    Set<MonthDay> landmarkDays = new HashSet<>();
    Event.EventDate fromPublication = Event.EventDate.of(published.value());
    for (Event e : events) {
      if (!e.happened()) continue;
      int weekday = e.date().weekday();
      MonthDay day = e.date().monthDay();
      // an undated event of the lead is the day's news: the report is from that day or the next (an event of
      // a report dated only to the month carries that month)
      boolean undated = e.date().value() == null || e.date().equals(fromPublication) && fromPublication.value() != null;
      boolean lead = undated && e.evidence().start() < leadEnd;
      if (weekday == 0 && day == null && !lead) continue;
      List<ChronologyEntry> landmarks = new ArrayList<>();
      int specificity = 0;
      for (ChronologyEntry c : chronology) {
        if (weekday != 0 && c.date().getDayOfWeek().getValue() != weekday) continue;
        if (day != null && !MonthDay.from(c.date()).equals(day)) continue;
        int shared = matches(e, c);
        if (shared == 0 || !admitted(c.date(), weekday != 0 ? WEEK : day != null ? AFTERMATH : 1, published, window)) {
          continue;
        }
        // "0842" finds the return of villages (084) before any ceasefire (087)
        if (shared > specificity) landmarks.clear();
        if (shared >= specificity) {
          landmarks.add(c);
          specificity = shared;
        }
      }
      // landmarks at the event's own place come first
      if (e.location() != null && landmarks.stream().anyMatch(c -> e.location().entity().equals(c.place()))) {
        landmarks.removeIf(c -> !e.location().entity().equals(c.place()));
      }
      // without a weekday or a day, only an event that can be one landmark alone places the report
      if (weekday == 0 && day == null && landmarks.size() != 1) continue;
      int reach = weekday != 0 ? WEEK : day != null ? AFTERMATH : 1;
      for (ChronologyEntry c : landmarks) {
        for (int d = 0; d <= reach; d++) {
          LocalDate candidate = c.date().plusDays(d);
          if (!admitted(candidate, 0, published, window)) continue;
          support.computeIfAbsent(candidate, k -> new ArrayList<>()).add(c.event() + " (" + c.date() + ")");
          if (weekday != 0) landmarkWeekdays.add(weekday);
          if (day != null) landmarkDays.add(day);
        }
      }
    }
    if (support.isEmpty()) return null;
    // the weekday that names a landmark says when the landmark was, not when the report was written
    int firstWeekday = firstWeekday(timexes);
    if (landmarkWeekdays.contains(firstWeekday)) firstWeekday = 0;
    String dateline = dateline(published, text);
    MonthDay datelineDay = dateline == null ? null : parser.agencyDateline(dateline).day();
    Set<MonthDay> leadDays = yearlessDays(timexes, leadEnd);
    // a day that dates a landmark event has been counted once already
    leadDays.removeAll(landmarkDays);
    LocalDate chosen = null;
    int best = 0;
    for (LocalDate day : support.keySet()) {
      int score = score(day, support, firstWeekday, datelineDay, leadDays);
      if (score > best) {
        best = score;
        chosen = day;
      }
    }
    if (best < 2) return null;
    // two separate runs of days scoring the same are two readings: no date rather than a guess
    LocalDate previous = null;
    int runs = 0;
    for (LocalDate day : support.keySet()) {
      if (score(day, support, firstWeekday, datelineDay, leadDays) != best) continue;
      if (previous == null || !day.equals(previous.plusDays(1))) runs++;
      previous = day;
    }
    if (runs > 1) return null;
    MonthDay chosenDay = MonthDay.from(chosen);
    String evidence = "reports landmark " + String.join("; ", new LinkedHashSet<>(support.get(chosen)))
        + (chosenDay.equals(datelineDay) ? ", and its dateline \"" + dateline + "\" names the day"
            : leadDays.contains(chosenDay) ? ", and its lead names the day" : "")
        + (firstWeekday > 0 && chosen.getDayOfWeek().getValue() == firstWeekday ? ", and names its own day first" : "");
    return new PublishedDate(chosen.toString(), PublishedDate.Origin.CONTENT, evidence, published.conflict());
  }

  /**
   * Events of a report that stays undated, placed by the landmark they match: "the September 19 offensive"
   * is the landmark of that day when kind, an actor (and place) fit and no other landmark of that day does.
   */
  public List<Event> anchor(List<Event> events, PublishedDate published, TenureWindow window) {
    if (chronology.isEmpty()) return events;
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      MonthDay day = e.date().monthDay();
      ChronologyEntry only = null;
      int specificity = 0;
      boolean ambiguous = false;
      if (day != null) {
        for (ChronologyEntry c : chronology) {
          int shared = MonthDay.from(c.date()).equals(day) ? matches(e, c) : 0;
          if (shared == 0 || !admitted(c.date(), 0, published, window) || shared < specificity) continue;
          ambiguous = shared == specificity && only != null;
          only = c;
          specificity = shared;
        }
      }
      if (only == null || ambiguous) {
        out.add(e);
        continue;
      }
      out.add(new Event(e.cameo(), e.label(), e.modality(),
          new Event.EventDate(only.date().toString(), Event.EventDate.Granularity.DAY), e.source(), e.target(),
          e.mediator(), e.location(), e.fatalities(), e.evidence(), e.trigger()));
    }
    return out;
  }

  private static int score(LocalDate day, TreeMap<LocalDate, List<String>> support, int firstWeekday, MonthDay dateline,
      Set<MonthDay> leadDays) {
    MonthDay md = MonthDay.from(day);
    return support.get(day).size() + (day.getDayOfWeek().getValue() == firstWeekday ? 1 : 0)
        + (md.equals(dateline) ? 1 : 0) + (leadDays.contains(md) ? 1 : 0);
  }

  /** The agency dateline without a year: kept by the publication dater as evidence, or opening a paragraph. */
  private String dateline(PublishedDate published, String text) {
    if (published.value() == null && published.evidence() != null && parser.agencyDateline(published.evidence()) != null) {
      return published.evidence();
    }
    int start = 0;
    for (int paragraph = 0; paragraph < 3 && start < text.length(); paragraph++) {
      int end = text.indexOf("\n\n", start);
      if (end < 0) end = text.length();
      DateParser.DayOfYear day = parser.agencyDateline(text.substring(start, Math.min(end, start + 80)));
      if (day != null) return text.substring(start + day.start(), start + day.end()).strip();
      start = end + 2;
    }
    return null;
  }

  /** Days without a year that the lead names ("on Thursday (March 13)"). */
  private static Set<MonthDay> yearlessDays(List<Timex> timexes, int leadEnd) {
    Set<MonthDay> days = new HashSet<>();
    for (Timex t : timexes) {
      if (t.span().start() >= leadEnd) break;
      MonthDay day = Event.EventDate.of(t.value()).monthDay();
      if (day != null) days.add(day);
    }
    return days;
  }

  /** How closely an event fits a landmark: the CAMEO digits they share (at least the root), 0 when they don't. */
  private static int matches(Event e, ChronologyEntry c) {
    int shared = 0;
    while (shared < Math.min(e.cameo().length(), c.cameo().length()) && e.cameo().charAt(shared) == c.cameo().charAt(shared)) {
      shared++;
    }
    if (shared < 2) return 0;
    Set<String> codes = new HashSet<>();
    for (Event.Actor a : e.source()) codes.add(a.code());
    for (Event.Actor a : e.target()) codes.add(a.code());
    for (Event.Actor a : e.mediator()) codes.add(a.code());
    codes.retainAll(c.actors());
    if (codes.isEmpty()) return 0;
    return c.place() == null || e.location() == null || c.place().equals(e.location().entity()) ? shared : 0;
  }

  /** Whether a report from {@code day} to {@code reach} days later can be one the header's month and the officials' tenure allow. */
  private static boolean admitted(LocalDate day, int reach, PublishedDate published, TenureWindow window) {
    LocalDate last = day.plusDays(reach);
    if (published.value() != null && published.conflict() == null) {
      PartialDate header = PartialDate.parse(published.value());
      if (header != null && (last.isBefore(header.first()) || day.isAfter(header.last()))) return false;
    }
    if (window == null || window.intervals().isEmpty()) return true;
    PartialDate from = PartialDate.parse(day.toString());
    for (TenureWindow.Interval i : window.intervals()) {
      if (!last.isBefore(i.from()) && !from.first().isAfter(i.to())) return true;
    }
    return false;
  }

  private static int firstWeekday(List<Timex> timexes) {
    for (Timex t : timexes) {
      int weekday = Event.EventDate.of(t.value()).weekday();
      if (weekday != 0) return weekday;
    }
    return 0;
  }
}
