package org.dossier.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.pack.PackLoader;
import org.dossier.search.SearchIndex;
import org.dossier.store.SearchFeed;
import org.dossier.store.Store;
import org.dossier.store.StoreException;

/** What the server reads: a store and its search index, opened together and closed together. */
public record Workbench(Store store, SearchIndex search) implements AutoCloseable {
  /** The search index's folder inside a store's folder. */
  public static final String INDEX = SearchFeed.FOLDER;

  /**
   * Opens the store in {@code dir} read-only, and its search index in {@code dir/index} with the pack the store
   * was analysed with.
   */
  public static Workbench open(Path dir) throws IOException {
    Store store = Store.openReadOnly(dir);
    try {
      Path index = dir.resolve(INDEX);
      if (!Files.isDirectory(index)) {
        throw new StoreException("the store " + dir + " has no search index (" + index + "); dossier ingest builds it");
      }
      String pack = store.pack();
      if (pack == null) throw new StoreException("the store " + dir + " holds no documents yet");
      return new Workbench(store, SearchIndex.open(index, PackLoader.load(pack)));
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** Whether the store changed after the index's last commit (an ingest stopped before indexing). */
  public boolean indexBehind() {
    return search.committedSequence() < store.lastChange();
  }

  @Override
  public void close() throws IOException {
    try (SearchIndex s = search) {
      store.close();
    }
  }
}
