package org.dossier.store;

import org.dossier.search.IndexedDocument;

/**
 * A document that was stored, or whose indexed fields (story, publication date, analysis) changed, in change
 * {@code change}: what a search index needs to catch up with the store.
 *
 * @param change the store's change number; every later change has a higher one
 * @param seq    the document's sequence number, in the order documents were first stored
 */
public record DocumentChange(long change, long seq, IndexedDocument document) {}
