package org.dossier.pack;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * A dated landmark event of the conflict (chronology.tsv): what happened, who was involved and where.
 *
 * @param actors the actor codes involved, in any role
 * @param place  a place id or null
 */
public record ChronologyEntry(LocalDate date, String cameo, Set<String> actors, String place, String event)
    implements Serializable {
  public ChronologyEntry {
    actors = Set.copyOf(actors);
  }
}
