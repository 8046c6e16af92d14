package org.dossier.pack;

import java.io.Serializable;
import org.dossier.calendar.PartialDate;

/** An office a person held: {@code role} of {@code of} (an actor id) from {@code start} to {@code end} (null: ongoing). */
public record Role(String person, String role, String of, PartialDate start, PartialDate end) implements Serializable {

  /** True when the person held the office at some time within {@code [from, to]}. */
  public boolean overlaps(java.time.LocalDate from, java.time.LocalDate to) {
    return PartialDate.during(start, end, from, to);
  }
}
