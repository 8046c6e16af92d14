package org.dossier.events;

import java.util.List;
import org.dossier.model.Span;

/**
 * One event mention: what happened (a CAMEO code), who did it to whom and through whom, when, where, how
 * many were killed, whether the text says it happened, and the sentence that says so.
 *
 * @param trigger   the words that name the event (UTF-16 offsets into the text)
 * @param evidence  the sentence that states it
 */
public record Event(String cameo, String label, Modality modality, EventDate date, List<Actor> source,
    List<Actor> target, List<Actor> mediator, Location location, Fatalities fatalities, Span evidence, Span trigger) implements java.io.Serializable {

  public Event {
    source = List.copyOf(source);
    target = List.copyOf(target);
    mediator = List.copyOf(mediator);
  }

  /** The id of a document's {@code index}-th event (from 1), as events.jsonl gives it. */
  public static String mentionId(String doc, int index) {
    return doc + "-e" + index;
  }

  /** Whether the text says the event happened (asserted or attributed to a source). */
  public boolean happened() {
    return modality == Modality.ASSERTED || modality == Modality.REPORTED;
  }

  /** How the text presents an event. */
  public enum Modality {
    ASSERTED, REPORTED, NEGATED, PLANNED, HYPOTHETICAL, DEMANDED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * An actor of an event: the entity, its name and the code of the country or organisation it acts for.
   *
   * @param inferred why the actor is taken to be one the sentence does not name ({@code "adversary"}: the doer's
   *                 adversary on that day, where the sentence names no one the act was aimed at; {@code "parties"}: the
   *                 two sides at war the report told of last, for another's call for a truce that names no one); null
   *                 where it names it
   */
  public record Actor(String entity, String name, String code, String inferred) implements java.io.Serializable {
    /** An actor the text names. */
    public Actor(String entity, String name, String code) {
      this(entity, name, code, null);
    }

    /** Whether the text names the actor. */
    public boolean named() {
      return inferred == null;
    }

    /** This actor where the text does not name it, and why it is there ({@code "adversary"}, {@code "parties"}). */
    public Actor inferredAs(String why) {
      return new Actor(entity, name, code, why);
    }
  }

  /** Where the event took place. */
  public record Location(String entity, String name, String country) implements java.io.Serializable {}

  /** A death toll as stated. */
  public record Fatalities(long count, Qualifier qualifier) implements java.io.Serializable {
    public enum Qualifier {
      EXACT, APPROXIMATE, AT_LEAST, AT_MOST;

      public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
      }
    }
  }

  /**
   * When the event happened: a TIMEX3 date value at some granularity, or unknown.
   *
   * @param shift for an event a text without a date of writing places relative to that time ("vergangene Woche",
   *              "heute"): how far before it ({@code -1W}, {@code 0D}, as {@link org.dossier.time.Timex#shift()}); else null
   */
  public record EventDate(String value, Granularity granularity, Basis basis, String shift) implements java.io.Serializable {
    public static final EventDate UNKNOWN = new EventDate(null, Granularity.UNKNOWN);
    private static final java.util.regex.Pattern DAY_VALUE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final java.util.regex.Pattern MONTH_VALUE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}");
    private static final java.util.regex.Pattern YEAR_VALUE = java.util.regex.Pattern.compile("\\d{4}");
    private static final java.util.regex.Pattern DECADE_VALUE = java.util.regex.Pattern.compile("\\d{3}");
    private static final java.util.regex.Pattern WEEKDAY_VALUE = java.util.regex.Pattern.compile("XXXX-WXX-[1-7].*");
    private static final java.util.regex.Pattern YEARLESS_DAY_VALUE = java.util.regex.Pattern.compile("XXXX-\\d{2}-\\d{2}.*");

    public enum Granularity {
      DAY, MONTH, YEAR, DECADE, UNKNOWN;

      public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
      }
    }

    /**
     * Where a date comes from: a date expression of the sentence ({@code stated}), the paragraph's narrative
     * ({@code narrative}), a landmark of the chronology ({@code landmark}), or the report's own day (its day of
     * publication, or the day its lead reports), which the event happened on or before ({@code publication});
     * {@code none} for an unknown date.
     */
    public enum Basis {
      STATED, NARRATIVE, LANDMARK, PUBLICATION, NONE;

      public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
      }
    }

    public EventDate {
      if (basis == null) basis = value == null ? Basis.NONE : Basis.STATED;
    }

    public EventDate(String value, Granularity granularity, Basis basis) {
      this(value, granularity, basis, null);
    }

    /** A date as a date expression states it. */
    public EventDate(String value, Granularity granularity) {
      this(value, granularity, null);
    }

    /** A date not known, only how far it lies from the time of writing, which is not known either. */
    public static EventDate unplaced(String shift) {
      return new EventDate(null, Granularity.UNKNOWN, Basis.NONE, shift);
    }

    /** The same date, read from elsewhere. */
    public EventDate from(Basis basis) {
      return value == null ? this : new EventDate(value, granularity, basis, shift);
    }

    /** Dates are equal by value and precision, wherever they were read. */
    @Override
    public boolean equals(Object o) {
      return o instanceof EventDate d && java.util.Objects.equals(value, d.value) && granularity == d.granularity;
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(value, granularity);
    }

    /** The weekday (1 Monday ... 7 Sunday) of an unplaced weekday value, or 0. */
    public int weekday() {
      return value != null && value.startsWith("XXXX-WXX-") ? value.charAt(9) - '0' : 0;
    }

    /** The day of an unplaced day without a year ({@code XXXX-05-24}), or null. */
    public java.time.MonthDay monthDay() {
      if (value == null || !value.startsWith("XXXX-") || value.charAt(5) == 'W') return null;
      try {
        return java.time.MonthDay.of(Integer.parseInt(value.substring(5, 7)), Integer.parseInt(value.substring(8, 10)));
      } catch (RuntimeException e) {
        return null;
      }
    }

    /** The date of a TIMEX3 value, at the precision the value has; unknown for anything else. */
    public static EventDate of(String value) {
      if (value == null) return UNKNOWN;
      if (DAY_VALUE.matcher(value).matches()) return new EventDate(value.substring(0, 10), Granularity.DAY);
      if (MONTH_VALUE.matcher(value).matches()) return new EventDate(value, Granularity.MONTH);
      if (YEAR_VALUE.matcher(value).matches()) return new EventDate(value, Granularity.YEAR);
      if (DECADE_VALUE.matcher(value).matches()) return new EventDate(value, Granularity.DECADE);
      // a weekday the text names without a week to place it in ("am Freitag" in an undated report)
      if (WEEKDAY_VALUE.matcher(value).matches()) return new EventDate(value.substring(0, 10), Granularity.UNKNOWN);
      // a day the text names without its year ("on May 24" in an undated report)
      if (YEARLESS_DAY_VALUE.matcher(value).matches()) return new EventDate(value.substring(0, 10), Granularity.UNKNOWN);
      return UNKNOWN;
    }
  }
}
