package org.dossier.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.corpus.SummaryCodec;
import org.dossier.ingest.Ingest;
import org.dossier.model.IngestItem;
import org.dossier.model.RawDocument;
import org.dossier.model.Rejection;
import org.dossier.output.ContractJson;
import org.dossier.pipeline.AnalysedItem;
import org.dossier.pipeline.DocumentPipeline;
import org.dossier.pipeline.ParallelPipeline;
import org.dossier.pipeline.PipelineConfig;
import org.duckdb.DuckDBConnection;

/**
 * Adds inputs to a {@link Store}: the same inputs as {@code analyze} (files, folders, .txt, .html, .jsonl,
 * .warc, .warc.gz) through the same per-document pipeline on N threads. Then the cross-document stages run
 * again over every stored document (near-duplicates, stories, dating reports by their story, the timeline),
 * from the summaries kept of each, so old documents are not analysed again.
 *
 * <p>Documents are keyed by their contract ID. An input whose document is already stored with the same
 * content is skipped before analysis; another input with a stored document's ID is rejected as a repeated ID,
 * as {@code analyze} does. Rejected inputs are recorded with their reason.
 *
 * <p>New documents are committed in batches, one transaction each, which also marks the cross-document
 * results stale; the cross-document stages replace their results in one transaction that clears the mark.
 * Killed at any moment, an ingest leaves every batch either in or out; the next ingest skips what is in,
 * adds the rest and completes the cross-document stages, giving the store an uninterrupted ingest gives.
 */
public final class StoreIngest {
  /** Documents (and rejections) per transaction. */
  public static final int DEFAULT_BATCH = 256;

  /** What became of an input unit. */
  public enum Outcome { ADDED, ALREADY_STORED, REJECTED }

  /** Told about the ingest's progress, on the thread that runs it. */
  public interface Listener {
    /** An input unit is done: added to the batch being built, skipped as already stored, or rejected. */
    default void finished(IngestItem item, Outcome outcome) {}

    /** An input unit is rejected, with the reason the store records. */
    default void rejected(Rejection rejection) {}

    /** A batch was committed: {@code stored} documents are now in the store. */
    default void committed(int documents, long stored) {}

    /** The cross-document stages start over {@code documents} documents. */
    default void crossDocument(long documents) {}
  }

  /**
   * What an ingest did and what the store holds after it.
   *
   * @param redated documents the store holds dated by their story
   * @param crossDocument whether the cross-document stages ran (not when nothing was added and they were up
   *                      to date)
   */
  public record Summary(long added, long alreadyStored, long rejected, long documents, long stories, long timeline,
      long redated, boolean crossDocument, double seconds) {
    public String line() {
      return String.format(Locale.ROOT, "%d added, %d already stored, %d rejected; the store holds %d documents, "
          + "%d stories, %d timeline entries, %d dated by their story; %.1f s", added, alreadyStored, rejected,
          documents, stories, timeline, redated, seconds);
    }
  }

  private final Store store;
  private final PipelineConfig config;
  private final DocumentPipeline pipeline;
  private final int threads;
  private final int batchSize;

  public StoreIngest(Store store, PipelineConfig config, int threads) {
    this(store, new DocumentPipeline(config), threads, DEFAULT_BATCH);
  }

  /** An ingest through a pipeline built before (it holds the models, so one serves many ingests). */
  public StoreIngest(Store store, DocumentPipeline pipeline, int threads, int batchSize) {
    if (batchSize < 1) throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    this.store = store;
    this.config = pipeline.config();
    this.pipeline = pipeline;
    this.threads = Math.max(1, threads);
    this.batchSize = batchSize;
  }

  /** Adds the inputs, then brings the cross-document results up to date. */
  public Summary run(List<Path> inputs, Listener listener) throws IOException {
    long started = System.nanoTime();
    return writing("ingest into", (writer, parallel) -> {
      try (Run run = new Run(writer, listener); Ingest ingest = new Ingest(inputs, config.ingest())) {
        ParallelPipeline.Window window = parallel.window(run::emit);
        while (ingest.hasNext()) {
          IngestItem item = ingest.next();
          if (!run.skipBeforeAnalysis(item)) window.submit(item);
        }
        window.finish();
        run.commit();
        return finish(writer, parallel, run.added, run.alreadyStored, run.rejected, started, listener);
      }
    });
  }

  /**
   * Completes the cross-document results when an earlier ingest was interrupted before it could; does nothing
   * when they are up to date.
   */
  public Summary complete(Listener listener) throws IOException {
    long started = System.nanoTime();
    return writing("complete", (writer, parallel) -> finish(writer, parallel, 0, 0, 0, started, listener));
  }

  @FunctionalInterface
  private interface WriteWork {
    Summary run(DuckDBConnection writer, ParallelPipeline parallel) throws SQLException, IOException;
  }

  /** Runs work through the store's writing connection, checked for the pack; a failure rolls back. */
  private Summary writing(String what, WriteWork work) throws IOException {
    DuckDBConnection writer = (DuckDBConnection) store.beginWriting();
    Summary summary;
    try (ParallelPipeline parallel = new ParallelPipeline(pipeline, threads)) {
      checkPack(writer);
      summary = work.run(writer, parallel);
    } catch (SQLException e) {
      StoreException failure = new StoreException("cannot " + what + " the store " + store.dir() + ": " + e.getMessage(), e);
      abandon(writer, failure);
      throw failure;
    } catch (IOException | RuntimeException | Error e) {
      abandon(writer, e);
      throw e;
    }
    store.endWriting(writer);
    return summary;
  }

  /** Gives the writing connection back after a failure, which stays the error reported. */
  private void abandon(DuckDBConnection writer, Throwable failure) {
    try {
      store.endWriting(writer);
    } catch (RuntimeException closing) {
      failure.addSuppressed(closing);
    }
  }

  private Summary finish(Connection writer, ParallelPipeline parallel, long added, long alreadyStored, long rejected,
      long started, Listener listener) throws SQLException, IOException {
    boolean stale = "true".equals(Store.meta(writer, "stale"));
    if (stale) {
      long documents = count(writer, "SELECT count(*) FROM documents");
      listener.crossDocument(documents);
      new CrossDocumentPass(store, (DuckDBConnection) writer, parallel).run();
    }
    return new Summary(added, alreadyStored, rejected, count(writer, "SELECT count(*) FROM documents"),
        count(writer, "SELECT count(*) FROM stories"), count(writer, "SELECT count(*) FROM timeline"),
        count(writer, "SELECT count(*) FROM summaries WHERE dated_summary IS NOT NULL"), stale,
        (System.nanoTime() - started) / 1e9);
  }

  /** Documents analysed with different packs would not meet in stories and timeline: one pack per store. */
  private void checkPack(Connection writer) throws SQLException {
    String stored = Store.meta(writer, "pack");
    if (stored != null && !stored.equals(config.pack())) {
      throw new StoreException("the store " + store.dir() + " holds documents analysed with the pack '" + stored
          + "', not '" + config.pack() + "'; ingest with --pack " + stored + " or into another store");
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet r = ps.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  /** A document to store: its analysis, sequence number and input hash. */
  private record NewDocument(long seq, AnalysedItem analysed, String inputHash) {}

  /** One ingest's state: the batch being built and the counts. */
  private final class Run implements AutoCloseable {
    final DuckDBConnection writer;
    final Listener listener;
    final Map<String, NewDocument> batch = new LinkedHashMap<>();
    final Map<String, String> rejections = new LinkedHashMap<>();
    /** every stored document's input hash by ID: a few dozen bytes a document, so no input needs a query */
    final Map<String, String> storedHashes = new HashMap<>();
    long nextSeq;
    long stored;
    long added;
    long alreadyStored;
    long rejected;

    Run(DuckDBConnection writer, Listener listener) throws SQLException {
      this.writer = writer;
      this.listener = listener;
      this.nextSeq = count(writer, "SELECT coalesce(max(seq), 0) FROM documents") + 1;
      this.stored = count(writer, "SELECT count(*) FROM documents");
      try (PreparedStatement ps = writer.prepareStatement("SELECT doc, input_hash FROM summaries");
           ResultSet r = ps.executeQuery()) {
        while (r.next()) storedHashes.put(r.getString(1), r.getString(2));
      }
    }

    /** Settles an input that needs no analysis: a rejection from reading, or a document already stored. */
    boolean skipBeforeAnalysis(IngestItem item) throws IOException {
      if (item instanceof Rejection r) {
        reject(item, r);
        return true;
      }
      RawDocument raw = (RawDocument) item;
      String id = DocumentPipeline.id(raw);
      String known = storedHashes.get(id);
      if (known == null) return false;
      settleKnown(raw, id, known);
      return true;
    }

    void emit(AnalysedItem analysed) throws IOException {
      if (!analysed.accepted()) {
        reject(analysed.input(), analysed.rejection());
        return;
      }
      RawDocument raw = (RawDocument) analysed.input();
      String id = analysed.document().id();
      NewDocument batched = batch.get(id);
      String known = batched != null ? batched.inputHash() : storedHashes.get(id);
      if (known != null) {
        settleKnown(raw, id, known);
        return;
      }
      batch.put(id, new NewDocument(nextSeq++, analysed, inputHash(raw)));
      added++;
      listener.finished(raw, Outcome.ADDED);
      commitWhenFull();
    }

    /**
     * An input whose ID is stored (or in the batch) with the given input hash: the same content again is
     * already stored; other content under that ID is a repeated ID.
     */
    private void settleKnown(RawDocument raw, String id, String knownHash) throws IOException {
      if (knownHash.equals(inputHash(raw))) {
        alreadyStored++;
        listener.finished(raw, Outcome.ALREADY_STORED);
      } else {
        reject(raw, new Rejection(raw.input(), "repeated id '" + id + "' (first seen in " + input(id) + ")"));
      }
    }

    private void reject(IngestItem item, Rejection r) throws IOException {
      rejections.remove(r.input());
      rejections.put(r.input(), r.reason());
      rejected++;
      listener.rejected(r);
      listener.finished(item, Outcome.REJECTED);
      commitWhenFull();
    }

    /** Where a stored or batched document was read from. */
    private String input(String id) {
      NewDocument batched = batch.get(id);
      if (batched != null) return batched.analysed().document().input();
      try (PreparedStatement ps = writer.prepareStatement("SELECT input FROM documents WHERE id = ?")) {
        ps.setString(1, id);
        try (ResultSet r = ps.executeQuery()) {
          return r.next() ? r.getString(1) : "?";
        }
      } catch (SQLException e) {
        throw new StoreException("cannot look up document " + id + " in " + store.dir() + ": " + e.getMessage(), e);
      }
    }

    private void commitWhenFull() throws IOException {
      if (batch.size() + rejections.size() >= batchSize) commit();
    }

    /** Writes the batch in one transaction, which also marks the cross-document results stale. */
    void commit() throws IOException {
      if (batch.isEmpty() && rejections.isEmpty()) return;
      try {
        long change = Long.parseLong(Store.meta(writer, "change")) + 1;
        // a statement first: it opens the transaction the appenders then write in
        setMeta(writer, "change", Long.toString(change));
        if (!batch.isEmpty()) {
          setMeta(writer, "stale", "true");
          setMeta(writer, "pack", config.pack());
          writeDocuments(change);
        }
        try (PreparedStatement insert = writer.prepareStatement("INSERT INTO rejected VALUES (?, ?)");
             PreparedStatement replaced = writer.prepareStatement("DELETE FROM rejected WHERE input = ?");
             PreparedStatement accepted = writer.prepareStatement(
                 "DELETE FROM rejected WHERE list_contains(?, input)")) {
          // one row per input: a rejection replaces an earlier one
          for (Map.Entry<String, String> r : rejections.entrySet()) {
            replaced.setString(1, r.getKey());
            replaced.execute();
            insert.setString(1, r.getKey());
            insert.setString(2, r.getValue());
            insert.execute();
          }
          // an input rejected by an earlier ingest and readable now
          if (!batch.isEmpty()) {
            Object[] inputs = batch.values().stream().map(d -> d.analysed().document().input()).toArray();
            accepted.setArray(1, writer.createArrayOf("VARCHAR", inputs));
            accepted.execute();
          }
        }
        writer.commit();
      } catch (SQLException e) {
        rollback();
        throw new StoreException("cannot store a batch in " + store.dir() + ": " + e.getMessage(), e);
      }
      int documents = batch.size();
      stored += documents;
      for (NewDocument d : batch.values()) storedHashes.put(d.analysed().document().id(), d.inputHash());
      batch.clear();
      rejections.clear();
      listener.committed(documents, stored);
    }

    private void writeDocuments(long change) throws SQLException {
      try (DocumentRows a = new DocumentRows(writer)) {
        for (NewDocument d : batch.values()) {
          AnalysedItem item = d.analysed();
          a.document(d.seq(), item);
          a.summaries.rows.beginRow();
          a.summaries.rows.append(item.document().id());
          a.summaries.rows.append(d.seq());
          a.summaries.rows.append(d.inputHash());
          a.summaries.rows.append(SummaryCodec.encode(item.summary()));
          a.summaries.rows.appendNull();
          a.summaries.rows.appendNull();
          a.summaries.rows.append(change);
          a.summaries.rows.endRow();
          if (!item.summary().dayKnown()) {
            // kept so that the document's story may date it later
            a.kept.rows.beginRow();
            a.kept.rows.append(item.document().id());
            a.kept.rows.append(ContractJson.line(ContractJson.mapper().valueToTree(item.input())));
            a.kept.rows.endRow();
          }
        }
      }
    }

    @Override
    public void close() {
      storedHashes.clear();
    }

    private void rollback() {
      try {
        writer.rollback();
      } catch (SQLException ignored) {
        // the original failure is what the caller needs to see
      }
    }
  }

  static void setMeta(Connection c, String key, String value) throws SQLException {
    try (PreparedStatement update = c.prepareStatement("UPDATE meta SET value = ? WHERE key = ?")) {
      update.setString(1, value);
      update.setString(2, key);
      if (update.executeUpdate() > 0) return;
    }
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO meta VALUES (?, ?)")) {
      insert.setString(1, key);
      insert.setString(2, value);
      insert.execute();
    }
  }

  /** A hash of everything an input unit holds but its place: the same article read again hashes the same. */
  static String inputHash(RawDocument raw) {
    return raw.contentHash();
  }

}
