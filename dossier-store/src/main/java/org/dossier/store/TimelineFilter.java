package org.dossier.store;

import java.time.LocalDate;

/**
 * Which timeline entries to list (also for the actor graph and the map); a null field does not filter. An
 * entry's date is compared by the days it may stand for; entries without a date are left out when a date bound
 * is given.
 *
 * @param actor        pack ID of an entity that is source, target or mediator
 * @param root         CAMEO root, two digits
 * @param dateFrom     the first day
 * @param dateTo       the last day
 * @param language     a language one of the entry's reports is in
 * @param minDocuments the least number of documents that report the entry
 */
public record TimelineFilter(String actor, String root, LocalDate dateFrom, LocalDate dateTo, String language,
    Integer minDocuments) {
  public static TimelineFilter all() {
    return new TimelineFilter(null, null, null, null, null, null);
  }
}
