package org.dossier.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.dossier.entities.EntityRecognizer;
import org.dossier.pack.Pack;

/**
 * The full-text index of analysed documents (Lucene), with cross-lingual widening of names through the pack,
 * facets and highlighted snippets; see docs/SEARCH.md.
 *
 * <p>One writer adds documents while any number of threads search. Searches see what the last {@link #commit}
 * made durable. Each document comes with the store's sequence number; a commit records the highest one added,
 * so after an interrupted run {@link #committedSequence} tells the store where to feed from again (adding a
 * document again replaces it). {@link #close} does not commit: what was added since the last commit is dropped.
 */
public final class SearchIndex implements Closeable {
  /** Hits per page at most. */
  public static final int MAX_LIMIT = 100;
  /** Hits beyond this rank are not paged to (a deeper page costs as much as all pages before it). */
  public static final int MAX_WINDOW = 10_000;
  /** Values shown per facet, most frequent first. */
  public static final int FACET_VALUES = 50;

  private static final String SEQUENCE_KEY = "dossier.sequence";
  private static final Sort NEWEST_FIRST = newestFirst();
  private static final Set<String> HIT_FIELDS = Set.of(IndexFields.ID, IndexFields.TITLE, IndexFields.LANGUAGE,
      IndexFields.PUBLISHED, IndexFields.OUTLET);

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer analyzer;
  private final FacetsConfig facetsConfig = IndexFields.facetsConfig();
  private final FacetLabels labels;
  private final QueryReader queries;
  /** Per open reader, built when it opens: the facet ordinals, and the counts over all documents (for browsing). */
  private final Map<IndexReader.CacheKey, ReaderFacets> readerFacets = new ConcurrentHashMap<>();
  /** Adds share it; a commit takes it alone, so the sequence it records covers only documents fully added. */
  private final ReadWriteLock commitLock = new ReentrantReadWriteLock();
  private final AtomicLong highestAdded;
  private volatile long committed;

  private SearchIndex(Directory directory, Pack pack) throws IOException {
    this.directory = directory;
    this.analyzer = Analyzers.perField();
    this.labels = new FacetLabels(pack);
    this.queries = new QueryReader(analyzer, new EntityRecognizer(pack));
    this.committed = DirectoryReader.indexExists(directory) ? sequenceOf(SegmentInfos.readLatestCommit(directory)) : 0;
    this.highestAdded = new AtomicLong(committed);
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setCommitOnClose(false)
        .setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(directory, config);
    try {
      if (!DirectoryReader.indexExists(directory)) writer.commit();
      this.searchers = new SearcherManager(writer, new FacetSearcherFactory());
    } catch (IOException | RuntimeException e) {
      writer.close();
      throw e;
    }
  }

  /** Opens the index in a folder, creating the folder and an empty index when missing. */
  public static SearchIndex open(Path dir, Pack pack) throws IOException {
    Files.createDirectories(dir);
    Directory directory = FSDirectory.open(dir);
    try {
      return new SearchIndex(directory, pack);
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IOException("The search index in " + dir + " is already open, in this or another process", e);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Adds a document, replacing any with the same ID; searches see it after the next {@link #commit}. */
  public void add(long sequence, IndexedDocument document) throws IOException {
    Document doc = IndexFields.document(sequence, document, facetsConfig);
    commitLock.readLock().lock();
    try {
      writer.updateDocument(new Term(IndexFields.ID, document.id()), doc);
      highestAdded.accumulateAndGet(sequence, Math::max);
    } finally {
      commitLock.readLock().unlock();
    }
  }

  /** Makes everything added durable, with the highest sequence added, and visible to searches. */
  public void commit() throws IOException {
    commitLock.writeLock().lock();
    try {
      long sequence = highestAdded.get();
      writer.setLiveCommitData(Map.of(SEQUENCE_KEY, Long.toString(sequence)).entrySet());
      writer.commit();
      committed = sequence;
    } finally {
      commitLock.writeLock().unlock();
    }
    searchers.maybeRefreshBlocking();
  }

  /** The highest sequence number the last commit holds; 0 for a new index. */
  public long committedSequence() {
    return committed;
  }

  /** Documents searches see. */
  public int size() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * One page of hits, with the total, the facet counts over all matching documents and the widened names. A
   * blank query lists every document, newest first. With filters, each filtered facet counts its values as if
   * it were not filtered (the others' filters apply), so a value can be added to the choice.
   *
   * @throws InvalidQueryException when the query cannot be read or a filter names no facet
   */
  public SearchResult search(SearchRequest request) throws InvalidQueryException, IOException {
    boolean browse = request.query().isBlank();
    QueryReader.Read read = browse ? new QueryReader.Read(new MatchAllDocsQuery(), Map.of()) : queries.read(request.query());
    for (String facet : request.filters().keySet()) {
      if (!SearchFacets.ALL.contains(facet)) {
        throw new InvalidQueryException("There is no facet \"" + facet + "\" to filter by; the facets are "
            + String.join(", ", SearchFacets.ALL) + ".", null);
      }
    }
    DrillDownQuery drillDown = new DrillDownQuery(facetsConfig, read.query());
    request.filters().forEach((facet, values) -> {
      for (String value : values) drillDown.add(facet, value);
    });
    int limit = Math.min(request.limit(), MAX_LIMIT);
    int window = request.offset() >= MAX_WINDOW ? 0 : Math.min(request.offset() + limit, MAX_WINDOW);

    IndexSearcher searcher = searchers.acquire();
    try {
      ReaderFacets facets = readerFacets.get(searcher.getIndexReader().getReaderCacheHelper().getKey());
      if (facets == null) return new SearchResult(0, List.of(), Map.of(), read.expansions());
      CollectorManager<?, ? extends TopDocs> collector = browse
          ? new TopFieldCollectorManager(NEWEST_FIRST, Math.max(window, 1), null, Integer.MAX_VALUE)
          : new TopScoreDocCollectorManager(Math.max(window, 1), null, Integer.MAX_VALUE);
      TopDocs top;
      Map<String, List<SearchResult.FacetCount>> counts;
      if (browse && request.filters().isEmpty()) {
        top = searcher.search(read.query(), collector);
        counts = facets.all();
      } else {
        DrillSideways.ConcurrentDrillSidewaysResult<? extends TopDocs> result =
            new DrillSideways(searcher, facetsConfig, facets.state()).search(drillDown, collector);
        top = result.collectorResult;
        counts = facetCounts(result.facets, facets.state());
      }
      ScoreDoc[] page = page(top.scoreDocs, request.offset(), window);
      return new SearchResult(top.totalHits.value, hits(searcher, read.query(), page, browse), counts,
          read.expansions());
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException(QueryErrors.tooManyTerms(), e);
    } finally {
      searchers.release(searcher);
    }
  }

  private static ScoreDoc[] page(ScoreDoc[] top, int offset, int window) {
    if (offset >= Math.min(top.length, window)) return new ScoreDoc[0];
    return java.util.Arrays.copyOfRange(top, offset, Math.min(top.length, window));
  }

  private List<SearchResult.Hit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page, boolean browse)
      throws IOException {
    if (page.length == 0) return List.of();
    int[] docs = new int[page.length];
    for (int i = 0; i < page.length; i++) docs[i] = page[i].doc;
    Snippets.Highlights highlights = Snippets.of(searcher, analyzer, query, docs);
    StoredFields stored = searcher.storedFields();
    List<SearchResult.Hit> out = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document d = stored.document(docs[i], HIT_FIELDS);
      out.add(new SearchResult.Hit(d.get(IndexFields.ID), d.get(IndexFields.TITLE), highlights.titles().get(i),
          d.get(IndexFields.LANGUAGE), d.get(IndexFields.PUBLISHED), d.get(IndexFields.OUTLET),
          browse ? 0f : page[i].score, highlights.texts().get(i)));
    }
    return out;
  }

  private Map<String, List<SearchResult.FacetCount>> facetCounts(Facets facets, SortedSetDocValuesReaderState state)
      throws IOException {
    Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
    for (String facet : SearchFacets.ALL) {
      List<SearchResult.FacetCount> counts = new ArrayList<>();
      FacetResult result = state.getOrdRange(facet) == null ? null : facets.getTopChildren(FACET_VALUES, facet);
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          counts.add(new SearchResult.FacetCount(lv.label, labels.label(facet, lv.label), lv.value.longValue()));
        }
      }
      out.put(facet, List.copyOf(counts));
    }
    return out;
  }

  private static Sort newestFirst() {
    SortField date = new SortField(IndexFields.DATE_ORDER, SortField.Type.LONG, true);
    date.setMissingValue(Long.MIN_VALUE);
    return new Sort(date, new SortField(IndexFields.SEQUENCE, SortField.Type.LONG, true));
  }

  private static long sequenceOf(SegmentInfos commit) {
    String value = commit.getUserData().get(SEQUENCE_KEY);
    return value == null ? 0 : Long.parseLong(value);
  }

  @Override
  public void close() throws IOException {
    try (directory; analyzer; writer; searchers) {
      // closed in reverse order: searchers, the writer (dropping what was not committed), analysers, the folder
    }
  }

  /**
   * The facet ordinals of a reader, and the counts over all its documents as values: a Facets object reads its
   * labels through doc values that one thread at a time may use, so it is not shared between searches.
   */
  private record ReaderFacets(SortedSetDocValuesReaderState state, Map<String, List<SearchResult.FacetCount>> all) {}

  /** Builds the facets of each reader as it opens, and forgets them when it closes. */
  private final class FacetSearcherFactory extends SearcherFactory {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
      IndexSearcher searcher = new IndexSearcher(reader);
      if (FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null) {
        IndexReader.CacheHelper cache = reader.getReaderCacheHelper();
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        readerFacets.put(cache.getKey(), new ReaderFacets(state, facetCounts(new SortedSetDocValuesFacetCounts(state), state)));
        cache.addClosedListener(readerFacets::remove);
      }
      return searcher;
    }
  }
}
