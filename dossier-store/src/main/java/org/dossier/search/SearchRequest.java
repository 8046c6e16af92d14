package org.dossier.search;

import java.util.List;
import java.util.Map;

/**
 * A search: the query in Lucene's classic syntax (empty for all documents), filters by facet (values of one
 * facet are alternatives, facets combine), and the page.
 *
 * @param query the query text; blank matches every document
 * @param filters facet name ({@link SearchFacets}) to the values any of which a document must have
 * @param offset hits to skip
 * @param limit hits to return
 */
public record SearchRequest(String query, Map<String, List<String>> filters, int offset, int limit) {
  public SearchRequest {
    query = query == null ? "" : query;
    filters = filters == null ? Map.of() : Map.copyOf(filters);
    if (offset < 0) throw new IllegalArgumentException("offset must not be negative: " + offset);
    if (limit < 0) throw new IllegalArgumentException("limit must not be negative: " + limit);
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, Map.of(), 0, 10);
  }
}
