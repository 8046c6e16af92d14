package org.dossier.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.calendar.PartialDate;

/**
 * The normaliser shared by all languages: evaluates a rule's value template, after its groups have been
 * filled in, against the reference date and the sentence's tense, and refuses anything that is not a
 * valid TIMEX3 value.
 *
 * <p>Template forms (see the header of {@code en.rules}):
 * <ul>
 *   <li>a literal value: {@code 2020-10-09}, {@code P5M}, {@code XXXX-WXX-2}, {@code PRESENT_REF}</li>
 *   <li>{@code ????-MM} or {@code ????-MM-DD}: a month or day whose year is chosen by tense and reference</li>
 *   <li>{@code REF}, {@code REF:G}, {@code REF:G+N}, {@code REF:G-N}: the reference at granularity G
 *       (D day, W week, M month, Q quarter, Y year, DE decade, C century), shifted by N units</li>
 *   <li>{@code PREV...}: the same, from the date last mentioned in the text ("the day before")</li>
 *   <li>{@code NOW}: the time of writing ("heute"): the publication date, or {@code PRESENT_REF} in a narrative
 *       without one, whose latest explicit date is the time of the story, not of the writer</li>
 *   <li>{@code WD(n)}: the weekday n (1 = Monday) nearest the reference, in the sentence's tense</li>
 *   <li>any of these followed by {@code ~suffix}, appended to the result ({@code WD(5)~TMO}, {@code REF:Y-1~-SU})</li>
 * </ul>
 */
final class TimexValues {
  enum Tense { PAST, FUTURE, NONE }

  private static final Pattern RELATIVE = Pattern.compile("(REF|PREVP|PREV)(?::(D|W|M|Q|Y|DE|C))?(?:([+-])(\\d+))?");
  private static final Pattern WEEKDAY = Pattern.compile("WD\\(([1-7])\\)");
  private static final Pattern UNDATED = Pattern.compile("\\?\\?\\?\\?-(\\d{2})(?:-(\\d{2}))?");
  private static final Pattern UNDATED_PART = Pattern.compile("\\?\\?\\?\\?(-(?:SP|SU|FA|WI|Q[1-4]|H[12]))");

  private static final String DATE = "(\\d{4}|XXXX)(-(\\d{2}|XX)(-(\\d{2}|XX))?)?";
  private static final String TIME_PART = "T(\\d{2}(:\\d{2}(:\\d{2})?)?|MO|MI|AF|EV|NI|DT|XX(:XX)?)";
  private static final Pattern VALID = Pattern.compile(String.join("|",
      DATE + "(" + TIME_PART + ")?",
      "(\\d{4}|XXXX)-W(\\d{2}|XX)(-[1-7]|-WE)?(" + TIME_PART + ")?",
      "(\\d{4}|XXXX)-(Q[1-4]|QX|H[12]|SP|SU|FA|WI)",
      "\\d{2,3}",
      "BC\\d{2,4}",
      "BC\\d{4}-(SP|SU|FA|WI|Q[1-4]|H[12])",
      "P(\\d+(\\.\\d+)?|X)(Y|M|W|D|DE|CE|Q)",
      "PT(\\d+(\\.\\d+)?|X)(H|M|S)",
      "PT\\d+H\\d+M(\\d+S)?|PT\\d+M\\d+S",
      "PRESENT_REF|PAST_REF|FUTURE_REF"));

  private static final Pattern DAY_PREFIX = Pattern.compile("^(\\d{4})-(\\d{2})(?:-(\\d{2}))?");
  private static final Pattern WEEK_PREFIX = Pattern.compile("^(\\d{4})-W(\\d{2})");
  private static final Pattern CLOCK = Pattern.compile("T(\\d{2})(?::(\\d{2}))?");
  private static final Pattern CLOCK_DURATION = Pattern.compile("P(\\d+|X)(H|MIN|S)");
  private static final Pattern LONG_DURATION = Pattern.compile("P(\\d+)(DE|CE)");

  private TimexValues() {}

  /** The value of a filled-in template, or null when it cannot be resolved to a valid TIMEX3 value. */
  static String evaluate(String template, PartialDate reference, boolean narrative, PartialDate previous, Tense tense) {
    String expr = template;
    String suffix = "";
    int tilde = template.indexOf('~');
    if (tilde >= 0) {
      expr = template.substring(0, tilde);
      suffix = template.substring(tilde + 1);
    }
    String value = resolve(expr, reference, narrative, previous, tense);
    // "Ende April dieses Jahres" without a reference date: still a month, of a year unknown
    if (value == null && reference == null && suffix.startsWith("-") && expr.equals("REF:Y")) {
      value = "XXXX";
    }
    if (value == null) return null;
    value = durationForm(value + suffix);
    return valid(value) ? value : null;
  }

  /**
   * For a day, week or month counted back from the time of writing ({@code REF:W-1}, {@code REF:D-1}) when that time is
   * unknown: the value as far as it goes ({@code XXXX-WXX}) and the shift ({@code -1W}); null for anything else.
   */
  static String[] unplaced(String template) {
    Matcher rel = RELATIVE.matcher(template);
    if (!rel.matches() || !rel.group(1).equals("REF")) return null;
    String gran = rel.group(2) == null ? "D" : rel.group(2);
    String value = switch (gran) {
      case "D" -> "XXXX-XX-XX";
      case "W" -> "XXXX-WXX";
      case "M" -> "XXXX-XX";
      default -> null;
    };
    if (value == null || rel.group(4) == null) return null;
    int n = Integer.parseInt(rel.group(4));
    return new String[] {value, (rel.group(3).equals("-") ? "-" : "+") + n + gran};
  }

  static boolean valid(String value) {
    if (!VALID.matcher(value).matches()) return false;
    Matcher m = DAY_PREFIX.matcher(value);
    if (m.find()) {
      int month = Integer.parseInt(m.group(2));
      int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      return PartialDate.of(Integer.parseInt(m.group(1)), month, day) != null && month > 0 && (m.group(3) == null || day > 0);
    }
    Matcher w = WEEK_PREFIX.matcher(value);
    if (w.find()) {
      int week = Integer.parseInt(w.group(2));
      return week >= 1 && week <= 53;
    }
    Matcher t = CLOCK.matcher(value);
    if (t.find()) {
      return Integer.parseInt(t.group(1)) <= 24 && (t.group(2) == null || Integer.parseInt(t.group(2)) < 60);
    }
    return true;
  }

  private static String resolve(String expr, PartialDate reference, boolean narrative, PartialDate previous, Tense tense) {
    if (expr.equals("NOW")) {
      // The writer's present: the publication day; a narrative without one has only PRESENT_REF.
      if (narrative) return "PRESENT_REF";
      return reference == null ? null : shifted(reference, "D", 0);
    }
    Matcher rel = RELATIVE.matcher(expr);
    if (rel.matches()) {
      PartialDate base = rel.group(1).startsWith("PREV") && previous != null ? previous : reference;
      if (base == null) return null;
      String gran = rel.group(2) == null ? "D" : rel.group(2);
      int shift = rel.group(4) == null ? 0 : Integer.parseInt(rel.group(4)) * (rel.group(3).equals("-") ? -1 : 1);
      if (rel.group(1).equals("PREVP")) return shiftedKeepingPrecision(base, gran, shift);
      return shifted(base, gran, shift);
    }
    Matcher wd = WEEKDAY.matcher(expr);
    if (wd.matches()) {
      int day = Integer.parseInt(wd.group(1));
      if (reference == null || reference.precision() < 3) return "XXXX-WXX-" + day;
      LocalDate ref = reference.first();
      DayOfWeek dow = DayOfWeek.of(day);
      LocalDate date = tense == Tense.FUTURE
          ? ref.with(TemporalAdjusters.next(dow))
          : ref.with(TemporalAdjusters.previousOrSame(dow));
      return date.toString();
    }
    Matcher und = UNDATED.matcher(expr);
    if (und.matches()) {
      int month = Integer.parseInt(und.group(1));
      int day = und.group(2) == null ? 0 : Integer.parseInt(und.group(2));
      if (reference == null) {
        return "XXXX-" + und.group(1) + (und.group(2) == null ? "" : "-" + und.group(2));
      }
      int year = narrative || reference.precision() < 2 ? reference.year() : yearByTense(reference, month, day, tense);
      PartialDate d = PartialDate.of(year, month, day);
      if (d == null && day == 29 && month == 2) d = PartialDate.of(year - 1, month, day);
      return d == null ? null : d.value();
    }
    Matcher part = UNDATED_PART.matcher(expr);
    if (part.matches()) {
      return reference == null ? "XXXX" + part.group(1) : String.format(Locale.ROOT, "%04d", reference.year()) + part.group(1);
    }
    return expr;
  }

  /**
   * The year of a month (and day) named without one: in a past-tense sentence the latest occurrence not
   * after the reference, in a future one the first not before it, otherwise the nearest.
   */
  private static int yearByTense(PartialDate reference, int month, int day, Tense tense) {
    int y = reference.year();
    PartialDate chosen = null;
    for (int candidate = y - 1; candidate <= y + 1; candidate++) {
      PartialDate d = PartialDate.of(candidate, month, day);
      if (d == null) continue;
      int cmp = compare(d, reference);
      boolean better = switch (tense) {
        case PAST -> cmp <= 0;
        case FUTURE -> cmp >= 0 && chosen == null;
        case NONE -> chosen == null || monthsApart(d, reference) < monthsApart(chosen, reference);
      };
      if (better) chosen = d;
    }
    return chosen == null ? y : chosen.year();
  }

  private static long monthsApart(PartialDate a, PartialDate b) {
    return Math.abs((a.year() * 12L + a.month()) - (b.year() * 12L + Math.max(b.month(), 1)));
  }

  private static int compare(PartialDate a, PartialDate b) {
    int precision = Math.min(a.precision(), b.precision());
    int c = Integer.compare(a.year(), b.year());
    if (c != 0 || precision < 2) return c;
    c = Integer.compare(a.month(), b.month());
    if (c != 0 || precision < 3) return c;
    return Integer.compare(a.day(), b.day());
  }

  /** "Zwei Tage später", "drei Monate später": the date mentioned last, moved, as precise as it was. */
  private static String shiftedKeepingPrecision(PartialDate base, String gran, int shift) {
    if (base.precision() < 3) {
      String coarse = gran.equals("Y") || gran.equals("M") && base.precision() == 2 ? gran : null;
      return coarse == null ? null : shifted(base, coarse, shift);
    }
    LocalDate d = base.first();
    d = switch (gran) {
      case "D" -> d.plusDays(shift);
      case "W" -> d.plusWeeks(shift);
      case "M" -> d.plusMonths(shift);
      case "Y" -> d.plusYears(shift);
      default -> null;
    };
    return d == null ? null : d.toString();
  }

  private static String shifted(PartialDate base, String gran, int shift) {
    switch (gran) {
      case "D" -> {
        if (base.precision() < 3) return shift == 0 ? base.value() : null;
        return base.first().plusDays(shift).toString();
      }
      case "W" -> {
        if (base.precision() < 3) return null;
        LocalDate d = base.first().plusWeeks(shift);
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      }
      case "M" -> {
        if (base.precision() < 2) return null;
        LocalDate d = base.first().plusMonths(shift);
        return String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
      }
      case "Q" -> {
        if (base.precision() < 2) return null;
        LocalDate d = base.first().plusMonths(3L * shift);
        return String.format(Locale.ROOT, "%04d-Q%d", d.getYear(), (d.getMonthValue() - 1) / 3 + 1);
      }
      case "Y" -> {
        return String.format(Locale.ROOT, "%04d", base.year() + shift);
      }
      case "DE" -> {
        return String.format(Locale.ROOT, "%03d", base.year() / 10 + shift);
      }
      case "C" -> {
        return String.format(Locale.ROOT, "%02d", base.year() / 100 + shift);
      }
      default -> {
        return null;
      }
    }
  }

  /** Hours, minutes and seconds of a duration go after a T; decades and centuries become years. */
  private static String durationForm(String value) {
    Matcher m = CLOCK_DURATION.matcher(value);
    if (m.matches()) return "PT" + m.group(1) + (m.group(2).equals("MIN") ? "M" : m.group(2));
    Matcher de = LONG_DURATION.matcher(value);
    if (de.matches()) return "P" + Integer.parseInt(de.group(1)) * (de.group(2).equals("DE") ? 10 : 100) + "Y";
    return value;
  }
}
