package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index's life: commits and their sequence, replacing, paging, and searching while a writer adds. */
class SearchIndexTest {
  @TempDir Path dir;

  private static IndexedDocument copy(IndexedDocument d, String id) {
    return new IndexedDocument(id, d.title(), d.text(), d.language(), d.published(), d.outlet(), d.entities(), d.actors(),
        d.eventRoots(), d.story());
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchResult.Hit::id).toList();
  }

  @Test
  void aNewIndexIsEmptyWithSequenceZero() throws Exception {
    Path folder = dir.resolve("not/yet/there");
    try (SearchIndex index = SearchIndex.open(folder, Fixtures.PACK)) {
      assertThat(index.committedSequence()).isZero();
      assertThat(index.size()).isZero();
      SearchResult r = index.search(SearchRequest.of("Lawrow"));
      assertThat(r.total()).isZero();
      assertThat(r.hits()).isEmpty();
    }
    assertThat(Files.isDirectory(folder)).isTrue();
  }

  @Test
  void theCommittedSequenceSurvivesReopeningAndWhatWasNotCommittedIsGone() throws Exception {
    List<IndexedDocument> articles = Fixtures.ARTICLES;
    try (SearchIndex index = SearchIndex.open(dir, Fixtures.PACK)) {
      for (int i = 0; i < 3; i++) index.add(i + 1, articles.get(i));
      index.commit();
      index.add(4, articles.get(3));
      assertThat(index.committedSequence()).isEqualTo(3);
    }
    try (SearchIndex reopened = SearchIndex.open(dir, Fixtures.PACK)) {
      assertThat(reopened.committedSequence()).isEqualTo(3);
      assertThat(reopened.size()).isEqualTo(3);
      assertThat(ids(reopened.search(SearchRequest.of("")))).doesNotContain(articles.get(3).id());
      // the store feeds again what came after the committed sequence
      reopened.add(4, articles.get(3));
      reopened.commit();
      assertThat(reopened.committedSequence()).isEqualTo(4);
    }
    try (SearchIndex again = SearchIndex.open(dir, Fixtures.PACK)) {
      assertThat(again.committedSequence()).isEqualTo(4);
      assertThat(again.size()).isEqualTo(4);
    }
  }

  @Test
  void searchesSeeWhatWasCommitted() throws Exception {
    try (SearchIndex index = SearchIndex.open(dir, Fixtures.PACK)) {
      index.add(1, Fixtures.article("de-tt-waffenruhe"));
      assertThat(index.search(SearchRequest.of("Lawrow")).total()).isZero();
      index.commit();
      assertThat(ids(index.search(SearchRequest.of("Lawrow")))).containsExactly("de-tt-waffenruhe");
    }
  }

  @Test
  void addingADocumentAgainReplacesIt() throws Exception {
    try (SearchIndex index = SearchIndex.open(dir, Fixtures.PACK)) {
      IndexedDocument first = Fixtures.article("en-reuters-helicopter");
      index.add(1, first);
      index.commit();
      IndexedDocument revised = new IndexedDocument(first.id(), "Azerbaijan confirms shooting down helicopter",
          first.text(), first.language(), first.published(), first.outlet(), first.entities(), first.actors(),
          first.eventRoots(), first.story());
      index.add(2, revised);
      index.commit();
      assertThat(index.size()).isEqualTo(1);
      assertThat(index.search(SearchRequest.of("title:confirms")).hits()).singleElement()
          .extracting(SearchResult.Hit::title).isEqualTo("Azerbaijan confirms shooting down helicopter");
      assertThat(index.search(SearchRequest.of("title:says")).total()).isZero();
    }
  }

  @Test
  void anIndexOpenElsewhereIsRefusedWithAReason() throws Exception {
    try (SearchIndex index = SearchIndex.open(dir, Fixtures.PACK)) {
      assertThatThrownBy(() -> SearchIndex.open(dir, Fixtures.PACK)).isInstanceOf(java.io.IOException.class)
          .hasMessageContaining("already open");
      assertThat(index.size()).isZero();
    }
  }

  @Test
  void aDocumentWithoutAnIdIsRefused() throws Exception {
    try (SearchIndex index = SearchIndex.open(dir, Fixtures.PACK)) {
      IndexedDocument d = Fixtures.article("de-dlf-wien");
      assertThatThrownBy(() -> index.add(1, copy(d, " "))).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("id");
    }
  }

  @Test
  void aBlankQueryListsEveryDocumentNewestFirstUndatedLast() throws Exception {
    try (SearchIndex index = Fixtures.indexOfArticles(dir)) {
      SearchResult all = index.search(new SearchRequest(" ", Map.of(), 0, SearchIndex.MAX_LIMIT));
      assertThat(all.total()).isEqualTo(Fixtures.ARTICLES.size());
      List<String> published = all.hits().stream().map(SearchResult.Hit::published).toList();
      int dated = (int) published.stream().filter(p -> p != null).count();
      assertThat(published.subList(0, dated)).isSortedAccordingTo(Comparator.reverseOrder());
      assertThat(published.subList(dated, published.size())).containsOnlyNulls();
      // a date to the month sorts before the days of that month
      assertThat(published).containsSubsequence("2020-10-02", "2020-10");
      assertThat(all.hits()).allSatisfy(h -> assertThat(h.score()).isZero());
    }
  }

  @Test
  void pagesCoverTheHitsOnceEach() throws Exception {
    try (SearchIndex index = Fixtures.indexOfArticles(dir)) {
      List<String> paged = new ArrayList<>();
      for (int offset = 0; offset < Fixtures.ARTICLES.size(); offset += 5) {
        SearchResult page = index.search(new SearchRequest("", Map.of(), offset, 5));
        assertThat(page.total()).isEqualTo(Fixtures.ARTICLES.size());
        paged.addAll(ids(page));
      }
      assertThat(paged).doesNotHaveDuplicates()
          .isEqualTo(ids(index.search(new SearchRequest("", Map.of(), 0, SearchIndex.MAX_LIMIT))));
      SearchResult relevance = index.search(new SearchRequest("Berg-Karabach", Map.of(), 0, 3));
      SearchResult next = index.search(new SearchRequest("Berg-Karabach", Map.of(), 3, 3));
      assertThat(ids(relevance)).hasSize(3).doesNotContainAnyElementsOf(ids(next));
      assertThat(relevance.hits().get(2).score()).isGreaterThanOrEqualTo(next.hits().get(0).score());
    }
  }

  @Test
  void limitsAreCapped() throws Exception {
    try (SearchIndex index = SearchIndex.open(dir, Fixtures.PACK)) {
      IndexedDocument d = Fixtures.article("en-dw-berlin");
      for (int i = 0; i < 150; i++) index.add(i + 1, copy(d, "copy-" + i));
      index.commit();
      SearchResult big = index.search(new SearchRequest("talks", Map.of(), 0, 1_000));
      assertThat(big.total()).isEqualTo(150);
      assertThat(big.hits()).hasSize(SearchIndex.MAX_LIMIT);
      assertThat(index.search(new SearchRequest("talks", Map.of(), 140, 50)).hits()).hasSize(10);
      SearchResult beyond = index.search(new SearchRequest("talks", Map.of(), 500, 10));
      assertThat(beyond.hits()).isEmpty();
      assertThat(beyond.total()).isEqualTo(150);
      assertThat(index.search(new SearchRequest("talks", Map.of(), SearchIndex.MAX_WINDOW, 10)).hits()).isEmpty();
      SearchResult countsOnly = index.search(new SearchRequest("talks", Map.of(), 0, 0));
      assertThat(countsOnly.hits()).isEmpty();
      assertThat(countsOnly.facets().get(SearchFacets.OUTLET)).singleElement()
          .isEqualTo(new SearchResult.FacetCount("dw.com", "dw.com", 150));
    }
  }

  /** One writer adds and commits in batches while three threads search; every search sees a whole commit. */
  @Test
  void searchesRunWhileAWriterAdds() throws Exception {
    int batches = 20;
    List<IndexedDocument> articles = Fixtures.ARTICLES;
    int perBatch = articles.size();
    try (SearchIndex index = SearchIndex.open(dir, Fixtures.PACK)) {
      AtomicBoolean writing = new AtomicBoolean(true);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Integer>> searchers = new ArrayList<>();
        for (String query : List.of("", "Lawrow", "Berg-Karabach AND language:de")) {
          searchers.add(pool.submit(() -> {
            long lastTotal = 0;
            int searches = 0;
            while (writing.get() || searches == 0) {
              SearchResult r = index.search(new SearchRequest(query, Map.of(), 0, 10));
              assertThat(r.total()).isGreaterThanOrEqualTo(lastTotal);
              if (query.isEmpty()) assertThat(r.total() % perBatch).as("whole batches only").isZero();
              lastTotal = r.total();
              searches++;
            }
            return searches;
          }));
        }
        Future<?> writer = pool.submit(() -> {
          long sequence = 0;
          for (int b = 0; b < batches; b++) {
            for (IndexedDocument d : articles) index.add(++sequence, copy(d, d.id() + "#" + b));
            index.commit();
          }
          writing.set(false);
          return null;
        });
        writer.get(2, TimeUnit.MINUTES);
        for (Future<Integer> s : searchers) assertThat(s.get(1, TimeUnit.MINUTES)).isPositive();
      } finally {
        writing.set(false);
        pool.shutdownNow();
      }
      assertThat(index.committedSequence()).isEqualTo((long) batches * perBatch);
      SearchResult all = index.search(new SearchRequest("", Map.of(), 0, SearchIndex.MAX_LIMIT));
      assertThat(all.total()).isEqualTo((long) batches * perBatch);
      Set<String> lavrov = new HashSet<>();
      int offset = 0;
      SearchResult page;
      do {
        page = index.search(new SearchRequest("Lawrow", Map.of(), offset, SearchIndex.MAX_LIMIT));
        lavrov.addAll(ids(page));
        offset += SearchIndex.MAX_LIMIT;
      } while (!page.hits().isEmpty());
      assertThat(lavrov).hasSize(5 * batches);
    }
  }
}
