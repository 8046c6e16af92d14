package org.dossier.store;

/**
 * Which actors (entities mentioned or acting in events) to list; a null field does not filter.
 *
 * @param type    {@code PERSON}, {@code COUNTRY}, {@code ORGANIZATION}, {@code LOCATION} or {@code GROUP}
 * @param country ISO 3166-1 alpha-3 or pack code
 * @param name    words the canonical name contains, in any case
 */
public record ActorFilter(String type, String country, String name) {
  public static ActorFilter all() {
    return new ActorFilter(null, null, null);
  }
}
