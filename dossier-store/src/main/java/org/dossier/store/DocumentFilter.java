package org.dossier.store;

import java.time.LocalDate;

/**
 * Which documents to list; a null field does not filter. Publication dates are compared by the days a date
 * may stand for: a report dated {@code 2020-10} is within {@code 2020-10-15 .. 2020-10-20}.
 *
 * @param language  ISO 639-1 code
 * @param story     story ID
 * @param outlet    host of the document's URL, without {@code www.}
 * @param publishedFrom the first day
 * @param publishedTo   the last day
 */
public record DocumentFilter(String language, String story, String outlet, LocalDate publishedFrom,
    LocalDate publishedTo) {
  public static DocumentFilter all() {
    return new DocumentFilter(null, null, null, null, null);
  }
}
