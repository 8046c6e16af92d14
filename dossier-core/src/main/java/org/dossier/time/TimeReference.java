package org.dossier.time;

/**
 * The time that relative expressions of a document are resolved against.
 *
 * @param value    the reference date as a TIMEX3 date value, or null when there is none
 * @param source   the publication date, or the latest explicit date written before the expression
 * @param evidence the expression it was read from when it comes from the text, else null
 */
public record TimeReference(String value, Source source, String evidence) {
  public enum Source { PUBLISHED, TEXT, NONE }

  public static TimeReference none() {
    return new TimeReference(null, Source.NONE, null);
  }
}
