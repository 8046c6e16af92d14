package org.dossier.search;

import java.util.List;

/**
 * What the search index keeps of one analysed document: its text for full-text search and highlighting,
 * and the values it is faceted and filtered by.
 *
 * @param id the document's ID
 * @param title the headline, or null
 * @param text the cleaned text
 * @param language ISO 639-1 code or {@code und}
 * @param published publication date as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or null
 * @param outlet the host of the document's URL without {@code www.}, or null
 * @param entities pack IDs of the entities mentioned
 * @param actors pack IDs of the entities that act in the document's events (source, target or mediator)
 * @param eventRoots CAMEO roots (two digits) of the document's events
 * @param story ID of the document's story, or null
 */
public record IndexedDocument(String id, String title, String text, String language, String published, String outlet,
    List<String> entities, List<String> actors, List<String> eventRoots, String story) {
  public IndexedDocument {
    entities = List.copyOf(entities);
    actors = List.copyOf(actors);
    eventRoots = List.copyOf(eventRoots);
  }
}
