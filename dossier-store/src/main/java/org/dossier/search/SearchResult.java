package org.dossier.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits for a search, with the total and the facet counts over all matching documents.
 *
 * @param total documents matching
 * @param hits the requested page, best first
 * @param facets facet name to its values with counts, most frequent first
 * @param expansions query terms that were widened through the pack's aliases, each with what was added
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets,
    Map<String, List<String>> expansions) {

  /**
   * A matching document. Snippets are HTML: the document's text is escaped and the matched words are
   * wrapped in {@code <mark>}.
   *
   * @param title the headline as plain text, or null
   * @param highlightedTitle the headline as HTML, escaped, matched words in {@code <mark>}; null without a headline
   * @param score relevance (higher is better); 0 when a blank query lists documents by date
   */
  public record Hit(String id, String title, String highlightedTitle, String language, String published, String outlet,
      float score, List<String> snippets) {
    public Hit {
      snippets = List.copyOf(snippets);
    }
  }

  /** A facet value, its display label (an actor's canonical name, an event root's label) and its count. */
  public record FacetCount(String value, String label, long count) {}
}
