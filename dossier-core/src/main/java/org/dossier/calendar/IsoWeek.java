package org.dossier.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The days of an ISO week that a TIMEX3 value names ({@code 2023-W38}: "last week" in a report of 30 September 2023). */
public final class IsoWeek {
  private static final Pattern VALUE = Pattern.compile("(\\d{4})-W(\\d{2})");

  private IsoWeek() {}

  /** The Monday of the week a value names, or null for any other value. */
  public static LocalDate monday(String value) {
    if (value == null) return null;
    Matcher m = VALUE.matcher(value);
    if (!m.matches()) return null;
    int week = Integer.parseInt(m.group(2));
    // 4 January always lies in week 1 of its week-based year
    LocalDate inWeekOne = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4);
    if (week < 1 || week > inWeekOne.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) return null;
    try {
      return inWeekOne.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
