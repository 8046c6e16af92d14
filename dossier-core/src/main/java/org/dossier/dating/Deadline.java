package org.dossier.dating;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    List<Deadline> found = new ArrayList<>();
    for (Timex t : timexes) {
      Matcher m = YEARLESS.matcher(t.value());
      if (!m.matches()) continue;
      int start = t.span().start();
      int window = Math.max(0, start - 30);
      String preceding = text.substring(window, start).toLowerCase(Locale.ROOT).stripTrailing();
      String cue = endingCue(preceding, before);
      if (cue == null) continue;
      int from = window + preceding.length() - cue.length();
      int to = t.span().end();
      String rest = text.substring(to, Math.min(text.length(), to + 30)).toLowerCase(Locale.ROOT);
      String following = rest.stripLeading();
      String surface = t.surface().toLowerCase(Locale.ROOT);
      boolean thisYear = after.stream().anyMatch(a -> surface.endsWith(a));
      for (String a : thisYear ? List.<String>of() : after) {
        if (following.startsWith(a) && (following.length() == a.length() || !Character.isLetter(following.charAt(a.length())))) {
          thisYear = true;
          to += rest.length() - following.length() + a.length();
          break;
        }
      }
      int month = Integer.parseInt(m.group(1));
      int day = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      if (month < 1 || month > 12) continue;
      String said = text.substring(from, to);
      found.add(new Deadline(said, month, day, thisYear));
    }
    return found;
  }

  /** The cue the text ends with, as whole words. */
  private static String endingCue(String preceding, List<String> cues) {
    for (String cue : cues) {
      if (!preceding.endsWith(cue)) continue;
      int at = preceding.length() - cue.length();
      if (at == 0 || !Character.isLetterOrDigit(preceding.charAt(at - 1))) return cue;
    }
    return null;
  }
}
