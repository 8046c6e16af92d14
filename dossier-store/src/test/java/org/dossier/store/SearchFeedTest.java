package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchRequest;
import org.dossier.search.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index of a real store follows its ingests: new reports, and old ones whose story changed. */
class SearchFeedTest {
  @TempDir Path dir;

  @Test
  void theIndexCatchesUpWithEachIngestAndOnlyWithWhatChanged() throws Exception {
    try (Store store = Store.open(dir)) {
      Fixtures.ingest(store).run(Fixtures.seeds("000", "003"), new StoreIngest.Listener() {});
      assertThat(SearchFeed.catchUp(store, Fixtures.pipeline().pack())).isEqualTo(2);
      assertThat(SearchFeed.catchUp(store, Fixtures.pipeline().pack())).as("nothing changed").isZero();
      assertThat(ids(search(store, "Lawrow"))).isEmpty();

      // seed 001 names Lavrov ("Lawrow"); its ingest may also move the earlier reports to other stories
      Fixtures.ingest(store).run(Fixtures.seeds("001"), new StoreIngest.Listener() {});
      long fed = SearchFeed.catchUp(store, Fixtures.pipeline().pack());
      assertThat(fed).isBetween(1L, 3L);
      SearchResult lavrov = search(store, "Lavrov");
      assertThat(lavrov.total()).isEqualTo(1);
      assertThat(lavrov.expansions()).isNotEmpty();
      assertThat(search(store, "*").total()).as("every stored report once").isEqualTo(3);
    }
  }

  private static SearchResult search(Store store, String query) throws Exception {
    try (SearchIndex index = SearchIndex.open(SearchFeed.indexOf(store), Fixtures.pipeline().pack())) {
      return index.search(new SearchRequest(query, null, 0, 10));
    }
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchResult.Hit::id).toList();
  }
}
