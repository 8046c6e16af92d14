package org.dossier.pack;

import java.io.Serializable;
import java.time.LocalDate;
import org.dossier.calendar.PartialDate;

/**
 * Two actors at war or in armed conflict with each other from {@code start} to {@code end} (null: still): Armenia and
 * Azerbaijan since 1988. An act of hostility one of them commits without naming at whom is taken to be aimed at the
 * other.
 */
public record Hostility(String side, String other, PartialDate start, PartialDate end) implements Serializable {

  /** Whether the two were adversaries on that day; with no day, whether they ever were. */
  public boolean during(LocalDate day) {
    return day == null || PartialDate.during(start, end, day, day);
  }
}
