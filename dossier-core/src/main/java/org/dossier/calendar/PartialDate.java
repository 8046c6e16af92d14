package org.dossier.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar date known to the year, month or day ({@code month}/{@code day} 0 when unknown).
 * Only valid dates can be built: 31.02.2020 or month 13 are refused by {@link #of}.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate>, java.io.Serializable {

  /** A valid date, or null for impossible combinations (month 13, 31 February, year out of range). */
  public static PartialDate of(int year, int month, int day) {
    if (year < 1000 || year > 2999 || month < 0 || month > 12 || day < 0 || day > 31 || (month == 0 && day != 0)) {
      return null;
    }
    if (day > 0) {
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        return null;
      }
    }
    return new PartialDate(year, month, day);
  }

  /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; null for anything else. */
  public static PartialDate parse(String value) {
    if (value == null) {
      return null;
    }
    String[] parts = value.split("-");
    try {
      return switch (parts.length) {
        case 1 -> value.length() == 4 ? of(Integer.parseInt(parts[0]), 0, 0) : null;
        case 2 -> of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 0);
        case 3 -> of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        default -> null;
      };
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** 3 for a day, 2 for a month, 1 for a year. */
  public int precision() {
    return day > 0 ? 3 : month > 0 ? 2 : 1;
  }

  /**
   * Whether a period from {@code start} to {@code end} (null: still going on), each day of either date included,
   * shares a day with the days from {@code from} to {@code to}.
   */
  public static boolean during(PartialDate start, PartialDate end, LocalDate from, LocalDate to) {
    return !start.first().isAfter(to) && (end == null || !end.last().isBefore(from));
  }

  /** The first day this date may stand for. */
  public LocalDate first() {
    return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
  }

  /** The last day this date may stand for. */
  public LocalDate last() {
    if (day > 0) {
      return LocalDate.of(year, month, day);
    }
    if (month > 0) {
      return YearMonth.of(year, month).atEndOfMonth();
    }
    return LocalDate.of(year, 12, 31);
  }

  /** True when both could denote the same day (one is a coarser form of the other). */
  public boolean compatible(PartialDate other) {
    return !first().isAfter(other.last()) && !other.first().isAfter(last());
  }

  /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  public String value() {
    if (day > 0) {
      return String.format("%04d-%02d-%02d", year, month, day);
    }
    if (month > 0) {
      return String.format("%04d-%02d", year, month);
    }
    return String.format("%04d", year);
  }

  @Override
  public int compareTo(PartialDate o) {
    return first().compareTo(o.first());
  }

  @Override
  public String toString() {
    return value();
  }
}
