package org.dossier.dating;

import org.dossier.calendar.DateParser;
import org.dossier.calendar.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The spans of time in which a text can have been written, judging by the offices it gives people
 * ("der türkische Außenminister Çavuşoğlu" fits only Çavuşoğlu's term), with the reasons.
 */
public record TenureWindow(List<Interval> intervals, List<String> reasons) {
  public record Interval(LocalDate from, LocalDate to) {}

  public TenureWindow {
    intervals = List.copyOf(intervals);
    reasons = List.copyOf(reasons);
  }

  public boolean admits(PartialDate date) {
    return admits(date.first(), date.last());
  }

  /** Whether some day from {@code first} to {@code last} lies in the window. */
  public boolean admits(LocalDate first, LocalDate last) {
    for (Interval i : intervals) {
      if (!last.isBefore(i.from()) && !first.isAfter(i.to())) return true;
    }
    return false;
  }

  public String describe() {
    return String.join("; ", reasons) + "; together: "
        + intervals.stream().map(i -> i.from() + " to " + (i.to().equals(TenureEvidence.ONGOING) ? "now" : i.to()))
            .collect(Collectors.joining(" or "));
  }
}
