package org.dossier.model;

/**
 * When a document was published, how that was established, and what contradicts it.
 *
 * @param value    {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY} or null when unknown
 * @param origin   where the value comes from
 * @param evidence the text the value was read from (a meta tag, URL, dateline, header), or null
 * @param conflict why a header or metadata date is not trusted, or null
 */
public record PublishedDate(String value, Origin origin, String evidence, String conflict) {

  public enum Origin {
    METADATA, HEADER, URL, TEXT, CONTENT, NONE;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public static PublishedDate unknown() {
    return new PublishedDate(null, Origin.NONE, null, null);
  }
}
