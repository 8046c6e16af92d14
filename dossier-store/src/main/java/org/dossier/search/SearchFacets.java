package org.dossier.search;

import java.util.List;

/** The facets a search counts and filters by. */
public final class SearchFacets {
  public static final String LANGUAGE = "language";
  /** Pack IDs of the actors of the document's events. */
  public static final String ACTOR = "actor";
  /** CAMEO roots of the document's events. */
  public static final String EVENT = "event";
  /** Publication month, {@code YYYY-MM}. */
  public static final String MONTH = "month";
  public static final String OUTLET = "outlet";

  public static final List<String> ALL = List.of(LANGUAGE, ACTOR, EVENT, MONTH, OUTLET);

  private SearchFacets() {}
}
