package org.dossier.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds absolute calendar dates (with a year) in short strings: metadata values, URLs, datelines and
 * headers. Month names come from {@code months.tsv}. Relative and year-less expressions are the temporal
 * tagger's business, not this class's.
 */
public final class DateParser {
  /** A date found in a string, with the matched span. */
  public record Found(PartialDate date, int start, int end) {}

  /** A day of the year without its year, with the matched span. */
  public record DayOfYear(MonthDay day, int start, int end) {}

  private static final DateParser INSTANCE = new DateParser();

  private static final Pattern ISO_PREFIX = Pattern.compile("^((?:1|2)\\d{3})(?:-(\\d{2}))?(?!\\d)");
  private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
  private static final Pattern URL_DAY = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[/_-]([01]?\\d)[/_-]([0-3]?\\d)(?!\\d)");
  private static final Pattern URL_COMPACT = Pattern.compile("(?<![\\d])((?:19|20)\\d{2})([01]\\d)([0-3]\\d)");
  private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})/([01]?\\d)/");
  private static final Pattern TIME = Pattern.compile(
      "\\b\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:uhr|h|am|pm|a\\.m\\.|p\\.m\\.)?(?:\\s*\\(?(?:utc|gmt|cet|cest|mez|mesz|msk|[+-]\\d{2}:?\\d{2})\\)?)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FILLER = Pattern.compile(
      "(?iu)\\b(?:stand|published|updated|last updated|posted|veröffentlicht|aktualisiert|erstellt|datum|date|am|on|at|um|"
          + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|"
          + "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so|uhr|"
          + "utc|gmt|cet|cest|mez|mesz)\\b");

  private final Pattern iso;
  private final Pattern numeric;
  private final Pattern monthFirst;
  private final Pattern dayFirst;
  private final Pattern monthYear;
  private final Pattern agencyDatelineDayFirst;
  private final Pattern agencyDatelineMonthFirst;
  private final Map<String, Integer> months;

  private DateParser() {
    months = loadMonths();
    String names = months.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .reduce((a, b) -> a + "|" + b)
        .orElseThrow();
    String month = "(" + names + ")\\.?";
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    iso = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    numeric = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)");
    monthFirst = Pattern.compile("(?<!\\p{L})" + month + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", flags);
    dayFirst = Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s*" + month + ",?\\s+(\\d{4})(?!\\d)", flags);
    monthYear = Pattern.compile("(?<!\\p{L})" + month + ",?\\s+(\\d{4})(?!\\d)", flags);
    // a news agency's dateline: the place in capitals or title case, maybe the agency, then the day
    // without a year ("BAKU, May 24. /TASS/", "Baku, 7. Oktober, AZERTAC", "TBILISI/BAKU, Oct. 7 (Reuters)")
    String word = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
    String place = "\\A\\s*" + word + "(?:[ /]" + word + "){0,3}(?:\\s*\\([\\p{L} ]{2,20}\\))?,\\s*";
    String noYear = "(?!\\p{L})(?![.,]?\\s*\\d)";
    String anyCaseMonth = "(?iu:" + month + ")"; // the place's capital must stay a capital
    agencyDatelineDayFirst = Pattern.compile(place + "(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s*" + anyCaseMonth + noYear);
    agencyDatelineMonthFirst = Pattern.compile(place + anyCaseMonth + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)" + noYear);
  }

  /**
   * The day of an agency dateline that opens a text and leaves out the year ("BAKU, May 24. /TASS/.",
   * "Baku, 7. Oktober, AZERTAC"), or null. The year is for the caller to establish.
   */
  public DayOfYear agencyDateline(String text) {
    String head = text.length() > 80 ? text.substring(0, 80) : text;
    Matcher m = agencyDatelineMonthFirst.matcher(head);
    if (m.find()) return dayOfYear(monthOf(m.group(1)), m.group(2), m);
    m = agencyDatelineDayFirst.matcher(head);
    if (m.find()) return dayOfYear(monthOf(m.group(2)), m.group(1), m);
    return null;
  }

  private static DayOfYear dayOfYear(int month, String day, Matcher m) {
    int d = Integer.parseInt(day);
    if (month < 1 || d < 1 || d > java.time.Month.of(month).maxLength()) return null;
    return new DayOfYear(MonthDay.of(month, d), m.start(), m.end());
  }

  public static DateParser get() {
    return INSTANCE;
  }

  /** All full dates (day, month and year) in the text, in order. */
  public List<Found> findDays(String text) {
    List<Found> found = new ArrayList<>();
    collect(iso.matcher(text), 1, 2, 3, false, found);
    collect(numeric.matcher(text), 3, 2, 1, false, found);
    collect(monthFirst.matcher(text), 3, 1, 2, true, found);
    Matcher slash = SLASHED.matcher(text);
    while (slash.find()) {
      int a = Integer.parseInt(slash.group(1));
      int b = Integer.parseInt(slash.group(2));
      // 13/03/2025 is day-first, 03/13/2025 month-first; 03/04/2025 could be either and is left alone.
      PartialDate d = a > 12 && b <= 12 ? PartialDate.of(Integer.parseInt(slash.group(3)), b, a)
          : b > 12 && a <= 12 ? PartialDate.of(Integer.parseInt(slash.group(3)), a, b) : null;
      if (d != null) found.add(new Found(d, slash.start(), slash.end()));
    }
    collect(dayFirst.matcher(text), 3, 2, 1, true, found);
    found.sort(Comparator.comparingInt(Found::start));
    return removeOverlaps(found);
  }

  /** The first date in a metadata value (ISO timestamps, RFC dates, written dates, month and year). */
  public PartialDate parseValue(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    List<Found> days = findDays(value);
    if (!days.isEmpty()) {
      return days.get(0).date();
    }
    Matcher m = monthYear.matcher(value);
    if (m.find()) {
      return PartialDate.of(Integer.parseInt(m.group(2)), monthOf(m.group(1)), 0);
    }
    Matcher prefix = ISO_PREFIX.matcher(value.strip());
    if (prefix.find()) {
      return PartialDate.of(Integer.parseInt(prefix.group(1)),
          prefix.group(2) == null ? 0 : Integer.parseInt(prefix.group(2)), 0);
    }
    return null;
  }

  /** A date in a URL path ({@code /2020/10/10/}, {@code 2020-10-10}, {@code 20201011...}), or null. */
  public Found parseUrl(String url) {
    if (url == null) {
      return null;
    }
    for (Pattern p : List.of(URL_DAY, URL_COMPACT)) {
      Matcher m = p.matcher(url);
      while (m.find()) {
        PartialDate d = PartialDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if (d != null) {
          return new Found(d, m.start(), m.end());
        }
      }
    }
    Matcher m = URL_MONTH.matcher(url);
    while (m.find()) {
      PartialDate d = PartialDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 0);
      if (d != null) {
        return new Found(d, m.start(1), m.end(2));
      }
    }
    return null;
  }

  /**
   * The date of a line that is essentially a date: "February 28, 2024", "19.01.2023 12:09",
   * "Stand: 13.12.2022 17:45 Uhr", "17 okt. 2020, 20.57". Null when the line says more than that.
   */
  public PartialDate dateline(String line) {
    if (line.length() > 80) {
      return null;
    }
    List<Found> days = findDays(line);
    if (days.isEmpty()) {
      return null;
    }
    Found first = days.get(0);
    StringBuilder rest = new StringBuilder(line);
    for (int i = days.size() - 1; i >= 0; i--) {
      rest.replace(days.get(i).start(), days.get(i).end(), " ");
    }
    String residue = FILLER.matcher(TIME.matcher(rest).replaceAll(" ")).replaceAll(" ");
    residue = residue.replaceAll("[\\p{P}\\p{S}]", " ").strip();
    int words = residue.isEmpty() ? 0 : residue.split("\\s+").length;
    return words <= 2 ? first.date() : null;
  }

  private void collect(Matcher m, int y, int mo, int d, boolean named, List<Found> out) {
    while (m.find()) {
      int month = named ? monthOf(m.group(mo)) : Integer.parseInt(m.group(mo));
      PartialDate date = PartialDate.of(Integer.parseInt(m.group(y)), month, Integer.parseInt(m.group(d)));
      if (date != null && month > 0) {
        out.add(new Found(date, m.start(), m.end()));
      }
    }
  }

  private int monthOf(String name) {
    Integer month = months.get(name.toLowerCase(Locale.ROOT));
    return month == null ? 0 : month;
  }

  private static List<Found> removeOverlaps(List<Found> sorted) {
    List<Found> out = new ArrayList<>();
    int end = -1;
    for (Found f : sorted) {
      if (f.start() >= end) {
        out.add(f);
        end = f.end();
      }
    }
    return out;
  }

  private static Map<String, Integer> loadMonths() {
    Map<String, Integer> map = new HashMap<>();
    try (InputStream in = DateParser.class.getResourceAsStream("months.tsv")) {
      if (in == null) {
        throw new IllegalStateException("months.tsv missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        map.put(cols[0].strip().toLowerCase(Locale.ROOT), Integer.parseInt(cols[1].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(map);
  }
}
