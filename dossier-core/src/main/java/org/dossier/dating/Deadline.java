package org.dossier.dating;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.pack.EventVocabulary;
import org.dossier.time.Timex;

/**
 * A deadline a report sets without a year ("bis Ende April dieses Jahres", "by the end of April"): what is due
 * by then is still to come, so the report was written before it, and not long before. With "dieses Jahres" /
 * "this year" it was written in that year.
 *
 * @param said     the words of the deadline, for the evidence
 * @param month    the month of the deadline
 * @param day      its day, or 0 for the end of the month
 * @param thisYear whether the text places it in the year of writing
 */
record Deadline(String said, int month, int day, boolean thisYear) {
  /** How far ahead a deadline without a year reaches: further ahead, a report names the year. */
  static final int HORIZON_MONTHS = 6;
  private static final Pattern YEARLESS = Pattern.compile("XXXX-(\\d{2})(?:-(\\d{2}))?");

  /** Whether a report of {@code day} can set this deadline. */
  boolean admits(LocalDate day) {
    LocalDate due = dueIn(day.getYear());
    if (due.isBefore(day)) {
      if (thisYear) return false;
      due = dueIn(day.getYear() + 1);
    }
    return !due.isAfter(day.plusMonths(HORIZON_MONTHS));
  }

  private LocalDate dueIn(int year) {
    YearMonth ym = YearMonth.of(year, month);
    return day == 0 || day > ym.lengthOfMonth() ? ym.atEndOfMonth() : ym.atDay(day);
  }

  /**
   * The deadlines of a text: expressions of a month or day without a year right after a deadline word of the
   * language (pack cues of kind {@code deadline}: "by", "bis"), with a cue of kind {@code this_year} right
   * after them making them this year's.
   */
  static List<Deadline> in(String text, List<Timex> timexes, List<EventVocabulary.Cue> cues, String language) {
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    for (EventVocabulary.Cue c : cues) {
      if (!c.lang().equals(language) && !c.lang().equals("*")) continue;
      if (c.kind().equals("deadline")) before.add(c.cue());
      else if (c.kind().equals("this_year")) after.add(c.cue());
    }
    if (before.isEmpty()) return List.of();
    // "bis spätestens" before "spätestens": the longest cue names the deadline
    before.sort(java.util.Comparator.comparingInt(String::length).reversed());
    List<Deadline> found = new ArrayList<>();
    for (Timex t : timexes) {
      Matcher m = YEARLESS.matcher(t.value());
      if (!m.matches()) continue;
      int month = Integer.parseInt(m.group(1));
      int day = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      if (month < 1 || month > 12) continue;
      // the cue right before the expression, blanks aside; case is compared in place, so offsets stay the text's
      int end = t.span().start();
      while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
      int from = -1;
      for (String cue : before) {
        int at = end - cue.length();
        if (at >= 0 && text.regionMatches(true, at, cue, 0, cue.length())
            && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))) {
          from = at;
          break;
        }
      }
      if (from < 0) continue;
      // "dieses Jahres" inside the expression, or right after it
      int to = t.span().end();
      boolean thisYear = false;
      int next = to;
      while (next < text.length() && Character.isWhitespace(text.charAt(next))) next++;
      for (String year : after) {
        if (endsWith(text, to, year)) {
          thisYear = true;
        } else if (text.regionMatches(true, next, year, 0, year.length())
            && (next + year.length() == text.length() || !Character.isLetter(text.charAt(next + year.length())))) {
          thisYear = true;
          to = next + year.length();
        }
        if (thisYear) break;
      }
      found.add(new Deadline(text.substring(from, to), month, day, thisYear));
    }
    return found;
  }

  private static boolean endsWith(String text, int end, String suffix) {
    int at = end - suffix.length();
    return at >= 0 && text.regionMatches(true, at, suffix, 0, suffix.length());
  }
}
