package org.dossier.clean;

import java.time.MonthDay;
import org.dossier.calendar.PartialDate;

/**
 * A publication date stated by the page itself, outside the article body.
 *
 * @param date     the date; null for a {@link Source#YEARLESS_DATELINE}
 * @param day      the day of a {@link Source#YEARLESS_DATELINE}, null otherwise
 * @param source   where it was found
 * @param evidence the exact text it was read from
 */
public record DateClue(PartialDate date, MonthDay day, Source source, String evidence) {
  public DateClue(PartialDate date, Source source, String evidence) {
    this(date, null, source, evidence);
  }

  public enum Source {
    /** A meta tag, JSON-LD, {@code <time>} element or JSONL field. */
    METADATA,
    /** A dateline or byline in the page text ("February 28, 2024", "Stand: 13.12.2022"). */
    DATELINE,
    /** An agency dateline that leaves out the year ("Baku, 7. Oktober, AZERTAC"): a day for another clue's year. */
    YEARLESS_DATELINE,
    /** An "updated" line: the article was published on or before this date. */
    UPDATED
  }
}
