package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.pack.PackLoader;
import org.dossier.pipeline.PipelineConfig;
import org.dossier.search.IndexedDocument;
import org.dossier.search.SearchFacets;
import org.dossier.search.SearchIndex;
import org.dossier.search.SearchRequest;

/**
 * The searches the search benchmarks run, as a reader of the conflict's news would type them: plain words
 * in both languages, names widened across languages, phrases, operators, prefixes, filters, a deep page,
 * and the blank query that lists everything by date (the costliest: every document is counted for the facets).
 */
final class SearchQueries {
  record Named(String kind, SearchRequest request) {}

  static final List<Named> MIX = List.of(
      q("word", "ceasefire"), q("word", "Waffenruhe"), q("word", "prisoners"), q("word", "Gespräche"),
      q("word", "helicopter"), q("word", "Armenia"),
      q("name", "Lawrow"), q("name", "Eriwan"), q("name", "Berg-Karabach"), q("name", "Alijew"), q("name", "Paschinjan"),
      q("name", "Baku"),
      q("phrase", "\"peace talks\""), q("phrase", "\"humanitarian ceasefire\""), q("phrase", "\"Sergej Lawrow\""),
      q("boolean", "Lawrow AND ceasefire"), q("boolean", "(Eriwan OR Baku) AND Kriegsgefangene"),
      q("boolean", "Armenia -Azerbaijan"),
      q("prefix", "negotiat*"), q("prefix", "Waffenstill*"),
      new Named("filter", new SearchRequest("ceasefire", Map.of(SearchFacets.LANGUAGE, List.of("de")), 0, 10)),
      new Named("filter", new SearchRequest("Lawrow", Map.of(SearchFacets.ACTOR, List.of("armenia", "azerbaijan"),
          SearchFacets.EVENT, List.of("04")), 0, 10)),
      new Named("deep page", new SearchRequest("talks", Map.of(), 1_000, 20)),
      q("blank", ""),
      new Named("blank filter", new SearchRequest("", Map.of(SearchFacets.MONTH, List.of("2020-10", "2020-11")), 0, 10)));

  private SearchQueries() {}

  private static Named q(String kind, String query) {
    return new Named(kind, new SearchRequest(query, Map.of(), 0, 10));
  }

  /**
   * An index of {@code docs} benchmark documents in {@code dir}: the one there if it holds exactly that many,
   * else built anew (committed every 10,000 documents).
   */
  static SearchIndex index(Path dir, int docs) throws IOException {
    SearchIndex index = SearchIndex.open(dir, PackLoader.load(PipelineConfig.DEFAULT_PACK));
    if (index.committedSequence() == docs && index.size() == docs) {
      System.out.printf(Locale.ROOT, "search index: %,d documents in %s, reused%n", docs, dir);
      return index;
    }
    if (index.size() > 0) {
      index.close();
      throw new IllegalStateException(dir + " holds another index (" + index.committedSequence()
          + " documents committed); give an empty folder");
    }
    long start = System.nanoTime();
    Iterator<IndexedDocument> documents = SearchCorpus.load().documents(docs, 42);
    long sequence = 0;
    while (documents.hasNext()) {
      index.add(++sequence, documents.next());
      if (sequence % 10_000 == 0) index.commit();
    }
    index.commit();
    System.out.printf(Locale.ROOT, "search index: %,d documents built in %.1f s in %s%n", docs,
        (System.nanoTime() - start) / 1e9, dir);
    return index;
  }
}
