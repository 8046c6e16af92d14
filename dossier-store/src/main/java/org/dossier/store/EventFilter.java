package org.dossier.store;

import java.time.LocalDate;

/**
 * Which event mentions to list; a null field does not filter. An event's date is compared by the days it may
 * stand for; events without a date are left out when a date bound is given.
 *
 * @param doc      document ID
 * @param actor    pack ID of an entity that is source, target or mediator
 * @param root     CAMEO root, two digits ({@code 19})
 * @param cameo    CAMEO code or its beginning ({@code 19} matches {@code 190} and {@code 1951})
 * @param modality {@code asserted}, {@code reported}, {@code negated}, {@code planned}, {@code hypothetical} or
 *                 {@code demanded}
 * @param dateFrom the first day
 * @param dateTo   the last day
 * @param language the language of the document
 */
public record EventFilter(String doc, String actor, String root, String cameo, String modality, LocalDate dateFrom,
    LocalDate dateTo, String language) {
  public static EventFilter all() {
    return new EventFilter(null, null, null, null, null, null, null, null);
  }
}
