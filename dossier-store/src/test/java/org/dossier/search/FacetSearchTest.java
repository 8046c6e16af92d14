package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facet counts over all matching documents, labels from the pack, and drill-down by filters. */
class FacetSearchTest {
  @TempDir static Path dir;
  private static SearchIndex index;

  @BeforeAll
  static void build() throws IOException {
    index = Fixtures.indexOfArticles(dir);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static SearchResult search(String query, Map<String, List<String>> filters) throws Exception {
    return index.search(new SearchRequest(query, filters, 0, SearchIndex.MAX_LIMIT));
  }

  /** Value → count of one facet. */
  private static Map<String, Long> counts(SearchResult r, String facet) {
    return r.facets().get(facet).stream()
        .collect(Collectors.toMap(SearchResult.FacetCount::value, SearchResult.FacetCount::count));
  }

  /** What the facet should count: over the test articles that pass the filter. */
  private static Map<String, Long> expected(Predicate<IndexedDocument> matching,
      Function<IndexedDocument, List<String>> values) {
    return Fixtures.ARTICLES.stream().filter(matching).flatMap(d -> values.apply(d).stream().distinct())
        .collect(Collectors.groupingBy(v -> v, Collectors.counting()));
  }

  private static List<String> listOf(String value) {
    return value == null ? List.of() : List.of(value);
  }

  @Test
  void everyFacetCountsAllDocuments() throws Exception {
    SearchResult all = search("", Map.of());
    Predicate<IndexedDocument> any = d -> true;
    assertThat(all.facets()).containsOnlyKeys(SearchFacets.ALL);
    assertThat(counts(all, SearchFacets.LANGUAGE)).isEqualTo(expected(any, d -> List.of(d.language())));
    assertThat(counts(all, SearchFacets.ACTOR)).isEqualTo(expected(any, IndexedDocument::actors));
    assertThat(counts(all, SearchFacets.EVENT)).isEqualTo(expected(any, IndexedDocument::eventRoots));
    assertThat(counts(all, SearchFacets.OUTLET)).isEqualTo(expected(any, d -> listOf(d.outlet())));
    assertThat(counts(all, SearchFacets.MONTH)).isEqualTo(expected(d -> d.published() != null,
        d -> List.of(d.published().substring(0, 7))));
    assertThat(counts(all, SearchFacets.MONTH)).containsEntry("2020-10", 5L);
  }

  @Test
  void countsAreOverAllMatchingDocumentsNotThePage() throws Exception {
    SearchResult page = index.search(new SearchRequest("Lawrow", Map.of(), 0, 1));
    assertThat(page.hits()).hasSize(1);
    assertThat(counts(page, SearchFacets.LANGUAGE)).containsEntry("en", 3L).containsEntry("de", 2L);
    assertThat(counts(page, SearchFacets.ACTOR)).containsEntry("sergey-lavrov", 3L);
  }

  @Test
  void valuesAreLabelledAndMostFrequentFirst() throws Exception {
    SearchResult all = search("", Map.of());
    assertThat(all.facets().get(SearchFacets.ACTOR)).contains(
        new SearchResult.FacetCount("sergey-lavrov", "Sergey Lavrov", 3),
        new SearchResult.FacetCount("ilham-aliyev", "Ilham Aliyev", 1));
    assertThat(all.facets().get(SearchFacets.EVENT)).contains(new SearchResult.FacetCount("04", "Consult", 6));
    assertThat(all.facets().get(SearchFacets.LANGUAGE)).extracting(SearchResult.FacetCount::label)
        .containsExactly("German", "English");
    assertThat(all.facets().get(SearchFacets.MONTH)).first().isEqualTo(new SearchResult.FacetCount("2020-10", "October 2020", 5));
    for (List<SearchResult.FacetCount> values : all.facets().values()) {
      assertThat(values).extracting(SearchResult.FacetCount::count).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }
  }

  @Test
  void valuesOfOneFacetAreAlternatives() throws Exception {
    SearchResult r = search("", Map.of(SearchFacets.OUTLET, List.of("tagesschau.de", "br.de")));
    assertThat(r.hits()).extracting(SearchResult.Hit::id)
        .containsExactlyInAnyOrder("de-tagesschau-latschin", "de-tagesschau-annaeherung", "de-br24-gefangene");
    assertThat(r.total()).isEqualTo(3);
  }

  @Test
  void facetsCombine() throws Exception {
    SearchResult r = search("", Map.of(SearchFacets.LANGUAGE, List.of("en"), SearchFacets.EVENT, List.of("04")));
    Predicate<IndexedDocument> both = d -> d.language().equals("en") && d.eventRoots().contains("04");
    assertThat(r.hits()).extracting(SearchResult.Hit::id)
        .containsExactlyInAnyOrderElementsOf(Fixtures.ARTICLES.stream().filter(both).map(IndexedDocument::id).toList());
    // the other facets count what passes both filters
    assertThat(counts(r, SearchFacets.ACTOR)).isEqualTo(expected(both, IndexedDocument::actors));
  }

  @Test
  void aFilteredFacetStillCountsItsOtherValues() throws Exception {
    SearchResult r = search("Lawrow", Map.of(SearchFacets.LANGUAGE, List.of("de")));
    assertThat(r.total()).isEqualTo(2);
    assertThat(counts(r, SearchFacets.LANGUAGE)).containsEntry("de", 2L).containsEntry("en", 3L);
    assertThat(counts(r, SearchFacets.OUTLET)).containsOnlyKeys("tt.com", "deutschlandfunk.de");
  }

  @Test
  void filtersAndQueryCombine() throws Exception {
    SearchResult r = search("ceasefire", Map.of(SearchFacets.MONTH, List.of("2020-10")));
    assertThat(r.hits()).extracting(SearchResult.Hit::id).containsExactlyInAnyOrder("en-yjc-ceasefire", "en-almasdar-ganja");
  }

  @Test
  void anUnknownFacetIsRefused() {
    assertThatThrownBy(() -> search("", Map.of("country", List.of("ARM"))))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("\"country\"").hasMessageContaining("language, actor, event, month, outlet");
  }
}
