package org.dossier.pack;

import java.io.Serializable;
import java.time.LocalDate;
import org.dossier.calendar.PartialDate;

/**
 * Who held a place in fact, from {@code start} to {@code end} (null: still), where that is not the country it belongs
 * to by international recognition: force used on Stepanakert in 2020 struck the Karabakh authorities, not Azerbaijan.
 */
public record Control(String place, String holder, PartialDate start, PartialDate end) implements Serializable {

  /** Whether the holder held the place on that day. */
  public boolean holds(LocalDate day) {
    return PartialDate.during(start, end, day, day);
  }
}
