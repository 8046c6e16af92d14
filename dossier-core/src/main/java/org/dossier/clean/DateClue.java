package org.dossier.clean;

import org.dossier.calendar.PartialDate;

/**
 * A publication date stated by the page itself, outside the article body.
 *
 * @param date     the date
 * @param source   where it was found
 * @param evidence the exact text it was read from
 */
public record DateClue(PartialDate date, Source source, String evidence) {
  public enum Source {
    /** A meta tag, JSON-LD, {@code <time>} element or JSONL field. */
    METADATA,
    /** A dateline or byline in the page text ("February 28, 2024", "Stand: 13.12.2022"). */
    DATELINE,
    /** An "updated" line: the article was published on or before this date. */
    UPDATED
  }
}
