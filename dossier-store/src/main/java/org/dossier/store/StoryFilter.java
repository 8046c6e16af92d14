package org.dossier.store;

import java.time.LocalDate;

/**
 * Which stories to list; a null field does not filter.
 *
 * @param language a language one of the story's reports is in
 * @param from     the story's last report is from this day or later
 * @param to       the story's first report is from this day or earlier
 * @param minDocuments the least number of reports
 */
public record StoryFilter(String language, LocalDate from, LocalDate to, Integer minDocuments) {
  public static StoryFilter all() {
    return new StoryFilter(null, null, null, null);
  }
}
