package org.dossier.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.IngestItem;

/**
 * An ingest in a JVM of its own, for {@link StoreCrashTest} to kill: {@code STORE BATCH INPUT...}. Prints
 * {@code committed N} after each batch and {@code cross-document} when the cross-document stages start.
 */
public final class IngestChild {
  private IngestChild() {}

  public static void main(String[] args) throws Exception {
    List<Path> inputs = new ArrayList<>();
    for (int i = 2; i < args.length; i++) inputs.add(Path.of(args[i]));
    try (Store store = Store.open(Path.of(args[0]))) {
      StoreIngest ingest = new StoreIngest(store, Fixtures.pipeline(), 2, Integer.parseInt(args[1]));
      StoreIngest.Summary s = ingest.run(inputs, new StoreIngest.Listener() {
        @Override
        public void finished(IngestItem item, StoreIngest.Outcome outcome) {}

        @Override
        public void committed(int documents, long stored) {
          System.out.println("committed " + stored);
          System.out.flush();
        }

        @Override
        public void crossDocument(long documents) {
          System.out.println("cross-document");
          System.out.flush();
        }
      });
      System.out.println("done " + s.line());
    }
  }
}
