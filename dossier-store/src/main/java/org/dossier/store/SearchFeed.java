package org.dossier.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.dossier.pack.Pack;
import org.dossier.search.SearchIndex;

/**
 * Keeps a store's search index, in {@code DIR/index}, up to date with the store. The index records the last
 * store change it holds in its own commit, so an ingest killed between the store's commit and the index's is
 * caught up by the next run, and a document whose story or analysis changed is indexed again.
 */
public final class SearchFeed {
  /** The search index's folder inside a store's folder. */
  public static final String FOLDER = "index";

  private SearchFeed() {}

  public static Path indexOf(Store store) {
    return store.dir().resolve(FOLDER);
  }

  /** Indexes every document the store changed since the index's last commit; returns how many. */
  public static long catchUp(Store store, Pack pack) throws IOException {
    try (SearchIndex index = SearchIndex.open(indexOf(store), pack)) {
      long[] fed = {0};
      try {
        store.documentsChangedAfter(index.committedSequence(), change -> {
          try {
            index.add(change.change(), change.document());
            fed[0]++;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      if (fed[0] > 0) index.commit();
      return fed[0];
    }
  }
}
