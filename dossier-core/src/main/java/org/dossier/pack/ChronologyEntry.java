package org.dossier.pack;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * A dated landmark event of the conflict (chronology.tsv): what happened, who was involved and where.
 *
 * @param actors the actor codes involved, in any role
 * @param places the place ids where it happened (a border clash may name a place on each side); empty when
 *               it has no one place
 */
public record ChronologyEntry(LocalDate date, String cameo, Set<String> actors, Set<String> places, String event)
    implements Serializable {
  public ChronologyEntry {
    actors = Set.copyOf(actors);
    places = Set.copyOf(places);
  }
}
