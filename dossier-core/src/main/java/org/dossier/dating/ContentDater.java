package org.dossier.dating;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dossier.calendar.DateParser;
import org.dossier.calendar.PartialDate;
import org.dossier.events.Event;
import org.dossier.events.Landmarks;
import org.dossier.model.PublishedDate;
import org.dossier.pack.ChronologyEntry;
import org.dossier.pack.EventVocabulary;
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
 *   <li>the first weekday the report names, as news leads report the day's events: that weekday;
 *   <li>an event placed relative to the time of writing ("die Einigung auf eine Waffenruhe vergangene Woche", "heute")
 *       that matches landmarks, however many: the days of writing that put each landmark there;
 *   <li>a deadline still to come ("by the end of April", {@link Deadline}): the days before it, among the days
 *       an event places by its weekday, its day or a landmark of the report's own story.
 * </ul>
 * The tenure of the officials the text names, a month-only header and the deadlines bound the days; two separate
 * runs of equally supported days are two readings, and give no date.
 */
public final class ContentDater {
  private static final int WEEK = 6;
  /** How long after a landmark a report may name its day without the year. */
  private static final int AFTERMATH = 60;
  private final Landmarks landmarks;
  /** landmarks that the dated reports of the report's own story give */
  private final Set<ChronologyEntry> reported;
  /** the pack's deadline words ("by", "bis") and this-year words ("dieses Jahres") */
  private final List<EventVocabulary.Cue> cues;
  private final DateParser parser = DateParser.get();

  public ContentDater(Pack pack) {
    this(new Landmarks(pack.chronology()), Set.of(), pack.events().cues().stream()
        .filter(c -> c.kind().equals("deadline") || c.kind().equals("this_year")).toList());
  }

  private ContentDater(Landmarks landmarks, Set<ChronologyEntry> reported, List<EventVocabulary.Cue> cues) {
    this.landmarks = landmarks;
    this.reported = Set.copyOf(reported);
    this.cues = List.copyOf(cues);
  }

  /**
   * This dater with more landmarks: the events other reports of a report's story date. A report's event that
   * fits one of these by its weekday, day or place as well counts twice, since the report was grouped with
   * those reports by what it says.
   */
  public ContentDater withLandmarks(List<ChronologyEntry> more) {
    if (more.isEmpty()) return this;
    Set<ChronologyEntry> all = new HashSet<>(reported);
    all.addAll(more);
    return new ContentDater(landmarks.with(more), all, cues);
  }

  /**
   * For a report that nothing else dates, what the terms of office it names say: within one year (or month),
   * that year (or month), from the content; otherwise no value, with the window as the evidence ("Çavuşoğlu
   * as Turkish foreign minister and Trump as US president": from 2017-01-20 to 2021-01-20). A report with a
   * date, or evidence for one, is returned as it is.
   */
  public static PublishedDate byTenure(PublishedDate published, TenureWindow window) {
    if (published.value() != null || published.evidence() != null || window == null || window.intervals().isEmpty()) {
      return published;
    }
    LocalDate first = window.intervals().stream().map(TenureWindow.Interval::from).min(LocalDate::compareTo).orElseThrow();
    LocalDate last = window.intervals().stream().map(TenureWindow.Interval::to).max(LocalDate::compareTo).orElseThrow();
    String evidence = "the offices it names: " + window.describe();
    if (!last.isBefore(TenureEvidence.ONGOING) || first.getYear() != last.getYear()) {
      return new PublishedDate(null, PublishedDate.Origin.NONE, evidence, published.conflict());
    }
    String value = first.getMonth() == last.getMonth()
        ? String.format(java.util.Locale.ROOT, "%04d-%02d", first.getYear(), first.getMonthValue())
        : String.format(java.util.Locale.ROOT, "%04d", first.getYear());
    return new PublishedDate(value, PublishedDate.Origin.CONTENT, evidence, published.conflict());
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
  public PublishedDate date(PublishedDate published, String text, String language, List<Timex> timexes,
      List<Event> events, TenureWindow window, int leadEnd, LocalDate today) {
    Bounds bounds = new Bounds(published, window, Deadline.in(text, timexes, cues, language));
    PublishedDate named = weekdayAndDay(published, text, timexes, bounds, leadEnd, today);
    if (named != null) return named;
    if (landmarks.isEmpty()) return null;
    TreeMap<LocalDate, List<String>> support = new TreeMap<>();
    Set<Integer> landmarkWeekdays = new HashSet<>();
    Set<MonthDay> landmarkDays = new HashSet<>();
    // days an event places by its weekday or day, or by a landmark of the report's own story: a deadline adds to
    // these only, as it narrows the landmarks of an event placed by nothing else to a few by elimination alone
    Set<LocalDate> anchored = new HashSet<>();
    TreeMap<LocalDate, Set<String>> shifted = new TreeMap<>();
    Event.EventDate fromPublication = Event.EventDate.of(published.value());
    for (Event e : events) {
      if (!e.happened()) continue;
      int weekday = e.date().weekday();
      MonthDay day = e.date().monthDay();
      // an undated event of the lead is the day's news: the report is from that day or the next (an event of
      // a report dated only to the month carries that month)
      boolean undated = e.date().value() == null || e.date().equals(fromPublication) && fromPublication.value() != null;
      boolean lead = undated && e.evidence().start() < leadEnd;
      // "die Einigung auf eine Waffenruhe vergangene Woche": the report is from the week after the landmark's
      Shift shift = Shift.parse(e.date().shift());
      if (weekday == 0 && day == null && !lead && shift == null) continue;
      int reach = shift != null ? shift.reach() : weekday != 0 ? WEEK : day != null ? AFTERMATH : 1;
      List<ChronologyEntry> fitting = landmarks.fitting(e, c -> (weekday == 0 || c.getDayOfWeek().getValue() == weekday)
          && (day == null || MonthDay.from(c).equals(day)) && bounds.admits(c, reach));
      // landmarks of one day are one event to this report (the chronology and a report of its story may both
      // hold it): one piece of evidence
      TreeMap<LocalDate, Set<String>> byDay = new TreeMap<>();
      Set<LocalDate> ofTheStory = new HashSet<>();
      Set<LocalDate> storyDays = new HashSet<>();
      for (ChronologyEntry c : fitting) {
        byDay.computeIfAbsent(c.date(), k -> new LinkedHashSet<>()).add(c.event());
        // a landmark of the report's own story, fitting by weekday, day or place as well: the grouping itself
        // is evidence too
        boolean specific = weekday != 0 || day != null || shift != null
            || e.location() != null && c.places().contains(e.location().entity());
        if (specific && reported.contains(c)) ofTheStory.add(c.date());
        if (reported.contains(c)) storyDays.add(c.date());
      }
      // without a weekday or a day, only an event that can be one landmark alone places the report
      if (weekday == 0 && day == null && shift == null && byDay.size() != 1) continue;
      for (var landmark : byDay.entrySet()) {
        for (int d = 0; d <= reach; d++) {
          LocalDate candidate = landmark.getKey().plusDays(d);
          if (!bounds.admits(candidate, 0) || shift != null && !shift.writtenOn(landmark.getKey(), candidate)) continue;
          String what = String.join(" / ", landmark.getValue()) + " (" + landmark.getKey() + ")";
          if (shift != null) {
            shifted.computeIfAbsent(candidate, k -> new LinkedHashSet<>()).add(what);
            anchored.add(candidate);
            continue;
          }
          List<String> pieces = support.computeIfAbsent(candidate, k -> new ArrayList<>());
          pieces.add(what);
          if (ofTheStory.contains(landmark.getKey())) pieces.add(what);
          if (weekday != 0 || day != null || storyDays.contains(landmark.getKey())) anchored.add(candidate);
          if (weekday != 0) landmarkWeekdays.add(weekday);
          if (day != null) landmarkDays.add(day);
        }
      }
    }
    // a landmark that an event the text places relative to its day of writing fits is a piece of its own, unless
    // another mention has put that landmark on the day already ("signed on Thursday" and "announced today")
    shifted.forEach((day, whats) -> {
      List<String> pieces = support.computeIfAbsent(day, k -> new ArrayList<>());
      for (String what : whats) if (!pieces.contains(what)) pieces.add(what);
    });
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
      int score = score(day, support, firstWeekday, datelineDay, leadDays, bounds, anchored);
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
      if (score(day, support, firstWeekday, datelineDay, leadDays, bounds, anchored) != best) continue;
      if (previous == null || !day.equals(previous.plusDays(1))) runs++;
      previous = day;
    }
    if (runs > 1) return null;
    MonthDay chosenDay = MonthDay.from(chosen);
    String evidence = "reports landmark " + String.join("; ", new LinkedHashSet<>(support.get(chosen)))
        + (chosenDay.equals(datelineDay) ? ", and its dateline \"" + dateline + "\" names the day"
            : leadDays.contains(chosenDay) ? ", and its lead names the day" : "")
        + (firstWeekday > 0 && chosen.getDayOfWeek().getValue() == firstWeekday ? ", and names its own day first" : "")
        + (anchored.contains(chosen) ? bounds.deadlines().stream()
            .map(d -> ", and its deadline \"" + d.said() + "\" is still to come").collect(Collectors.joining()) : "");
    return new PublishedDate(chosen.toString(), PublishedDate.Origin.CONTENT, evidence, published.conflict());
  }

  /**
   * Events of a report that stays without a day, placed by the one landmark that fits them: "the September
   * 19 offensive" is the landmark of that day when kind, an actor (and place) fit and no other landmark of
   * that day does; an event on a weekday is placed so only where the report's month or the officials it
   * names bound the weeks it can be in.
   */
  public List<Event> anchor(List<Event> events, PublishedDate published, String text, String language,
      List<Timex> timexes, TenureWindow window) {
    if (landmarks.isEmpty()) return events;
    Bounds bounds = new Bounds(published, window, Deadline.in(text, timexes, cues, language));
    boolean bounded = published.value() != null && published.conflict() == null
        || window != null && !window.intervals().isEmpty() || !bounds.deadlines().isEmpty();
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      MonthDay day = e.date().monthDay();
      int weekday = bounded ? e.date().weekday() : 0;
      List<ChronologyEntry> fitting = day == null && weekday == 0 ? List.of() : landmarks.fitting(e,
          c -> (day == null || MonthDay.from(c).equals(day)) && (weekday == 0 || c.getDayOfWeek().getValue() == weekday)
              && bounds.admits(c, 0));
      if (fitting.size() != 1) {
        out.add(e);
        continue;
      }
      out.add(new Event(e.cameo(), e.label(), e.modality(),
          new Event.EventDate(fitting.get(0).date().toString(), Event.EventDate.Granularity.DAY, Event.EventDate.Basis.LANDMARK),
          e.source(), e.target(),
          e.mediator(), e.location(), e.fatalities(), e.evidence(), e.trigger()));
    }
    return out;
  }

  /**
   * A lead that names a day with its weekday but not its year, as two expressions ("on Thursday (March 13)"), fixes
   * the year where only one year that the officials' tenure (and the header, if any) allows has that day on that
   * weekday.
   */
  private static PublishedDate weekdayAndDay(PublishedDate published, String text, List<Timex> timexes,
      Bounds bounds, int leadEnd, LocalDate today) {
    TenureWindow window = bounds.window();
    if (window == null || window.intervals().isEmpty()) return null;
    for (int i = 0; i + 1 < timexes.size(); i++) {
      Timex a = timexes.get(i);
      Timex b = timexes.get(i + 1);
      if (b.span().start() >= leadEnd) break;
      int weekday = Event.EventDate.of(a.value()).weekday();
      MonthDay day = Event.EventDate.of(b.value()).monthDay();
      if (weekday == 0 || day == null || b.span().start() - a.span().end() > 3) continue;
      if (!text.substring(a.span().end(), b.span().start()).matches("[\\s,(]*")) continue;
      LocalDate only = null;
      int found = 0;
      // the years the terms of office span, up to the day of the run
      int from = window.intervals().stream().map(TenureWindow.Interval::from).min(LocalDate::compareTo).orElseThrow().getYear();
      for (int year = from; year <= today.getYear(); year++) {
        if (!day.isValidYear(year)) continue; // 29 February
        LocalDate candidate = day.atYear(year);
        if (candidate.getDayOfWeek().getValue() != weekday || candidate.isAfter(today)
            || !bounds.admits(candidate, 0)) {
          continue;
        }
        only = candidate;
        found++;
      }
      if (found == 1) {
        int end = b.span().end() < text.length() && text.charAt(b.span().end()) == ')' ? b.span().end() + 1 : b.span().end();
        String said = text.substring(a.span().start(), end);
        return new PublishedDate(only.toString(), PublishedDate.Origin.CONTENT, "names the day \"" + said
            + "\", whose weekday fits only " + only.getYear() + " in the terms of office it names ("
            + String.join("; ", window.reasons()) + ")", published.conflict());
      }
    }
    return null;
  }

  private static int score(LocalDate day, TreeMap<LocalDate, List<String>> support, int firstWeekday, MonthDay dateline,
      Set<MonthDay> leadDays, Bounds bounds, Set<LocalDate> anchored) {
    MonthDay md = MonthDay.from(day);
    // a deadline still to come is a piece of evidence of its own (every day with support meets it)
    boolean deadline = !bounds.deadlines().isEmpty() && anchored.contains(day);
    return support.get(day).size() + (day.getDayOfWeek().getValue() == firstWeekday ? 1 : 0)
        + (md.equals(dateline) ? 1 : 0) + (leadDays.contains(md) ? 1 : 0) + (deadline ? 1 : 0);
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

  /**
   * How far before the time of writing an event lies, as the text says ("vergangene Woche" {@code -1W}, "gestern"
   * {@code -1D}, "heute" {@code 0D}, "last month" {@code -1M}): which days of writing put a landmark's day there.
   */
  private record Shift(int n, char unit) {
    private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("-?(\\d+)([DWM])");

    static Shift parse(String shift) {
      if (shift == null || shift.startsWith("+")) return null;
      java.util.regex.Matcher m = FORM.matcher(shift);
      return m.matches() ? new Shift(Integer.parseInt(m.group(1)), m.group(2).charAt(0)) : null;
    }

    /** The most days after the landmark a day of writing can be. */
    int reach() {
      return switch (unit) {
        case 'D' -> n;
        case 'W' -> 7 * n + 6;
        default -> 31 * n + 30;
      };
    }

    /** Whether a text written on {@code written} puts {@code landmark} n days, weeks (by the calendar) or months back. */
    boolean writtenOn(LocalDate landmark, LocalDate written) {
      return switch (unit) {
        case 'D' -> written.equals(landmark.plusDays(n));
        case 'W' -> weekStart(written).equals(weekStart(landmark).plusWeeks(n));
        default -> java.time.YearMonth.from(written).equals(java.time.YearMonth.from(landmark).plusMonths(n));
      };
    }

    private static LocalDate weekStart(LocalDate d) {
      return d.minusDays(d.getDayOfWeek().getValue() - 1);
    }
  }

  /**
   * What bounds the days a report can be from: its header's month, the terms of office of the officials it names,
   * and the deadlines it sets.
   */
  private record Bounds(PublishedDate published, TenureWindow window, List<Deadline> deadlines) {
    /** Whether a report from {@code day} to {@code reach} days later can be one these bounds allow. */
    boolean admits(LocalDate day, int reach) {
      LocalDate last = day.plusDays(reach);
      if (published.value() != null && published.conflict() == null) {
        PartialDate header = PartialDate.parse(published.value());
        if (header != null && (last.isBefore(header.first()) || day.isAfter(header.last()))) return false;
      }
      if (window != null && !window.intervals().isEmpty() && !window.admits(day, last)) return false;
      if (deadlines.isEmpty()) return true;
      for (LocalDate d = day; !d.isAfter(last); d = d.plusDays(1)) {
        LocalDate candidate = d;
        if (deadlines.stream().allMatch(deadline -> deadline.admits(candidate))) return true;
      }
      return false;
    }
  }

  private static int firstWeekday(List<Timex> timexes) {
    for (Timex t : timexes) {
      int weekday = Event.EventDate.of(t.value()).weekday();
      if (weekday != 0) return weekday;
    }
    return 0;
  }
}
