package org.dossier.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.ingest.Ingest;
import org.dossier.model.Document;
import org.dossier.model.IngestItem;
import org.dossier.model.RawDocument;
import org.dossier.model.Rejection;
import org.dossier.output.ContractJson;
import org.dossier.output.OutputFiles;

/**
 * A whole {@code analyze} run: streams the inputs through the per-document pipeline on N threads in
 * bounded batches (memory does not grow with the corpus) and writes the contract's files in input order.
 * A document that fails in a stage is rejected with the error; the run goes on.
 */
public final class Analysis {
  /** What a run did. */
  public record Summary(long documents, long rejected, Map<String, Long> languages, double seconds) {
    public String line() {
      StringBuilder langs = new StringBuilder();
      languages.forEach((k, v) -> langs.append(langs.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
      return String.format(java.util.Locale.ROOT, "%d documents, %d rejected, languages: %s, %.1f s", documents, rejected,
          langs.length() == 0 ? "none" : langs, seconds);
    }
  }

  /** Told about each input unit as it is finished. */
  public interface Listener {
    void finished(IngestItem item, boolean accepted);
  }

  private static final int BATCH_PER_THREAD = 64;

  private final DocumentPipeline pipeline;
  private final PipelineConfig config;
  private final int threads;

  public Analysis(PipelineConfig config, int threads) {
    this.config = config;
    this.pipeline = new DocumentPipeline(config);
    this.threads = Math.max(1, threads);
  }

  public Summary run(List<Path> inputs, Path out, Listener listener) throws IOException {
    long started = System.nanoTime();
    long documents = 0;
    long rejected = 0;
    Map<String, Long> languages = new TreeMap<>();
    Map<String, String> seenIds = new HashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dossier-worker");
      t.setDaemon(true);
      return t;
    });
    try (Ingest ingest = new Ingest(inputs, config.ingest()); OutputFiles files = new OutputFiles(out)) {
      while (ingest.hasNext()) {
        List<IngestItem> batch = new ArrayList<>();
        while (ingest.hasNext() && batch.size() < BATCH_PER_THREAD * threads) {
          batch.add(ingest.next());
        }
        List<Future<Object>> results = new ArrayList<>();
        for (IngestItem item : batch) {
          results.add(pool.submit(() -> analyse(item)));
        }
        for (int i = 0; i < batch.size(); i++) {
          IngestItem item = batch.get(i);
          Object result = get(results.get(i), item);
          if (result instanceof Document d) {
            String first = seenIds.putIfAbsent(d.id(), d.input());
            if (first != null) {
              result = new Rejection(d.input(), "repeated id '" + d.id() + "' (first seen in " + first + ")");
            }
          }
          if (result instanceof Document d) {
            files.write("documents.jsonl", ContractJson.document(d));
            languages.merge(d.language(), 1L, Long::sum);
            documents++;
            listener.finished(item, true);
          } else {
            files.write("rejected.jsonl", ContractJson.rejection((Rejection) result));
            rejected++;
            listener.finished(item, false);
          }
        }
      }
      files.commit();
    } finally {
      pool.shutdownNow();
    }
    return new Summary(documents, rejected, languages, (System.nanoTime() - started) / 1e9);
  }

  private Object analyse(IngestItem item) {
    if (item instanceof RawDocument raw) {
      try {
        return pipeline.process(raw);
      } catch (RuntimeException | StackOverflowError e) {
        return new Rejection(raw.input(), "analysis failed: " + e);
      }
    }
    return item;
  }

  private static Object get(Future<Object> future, IngestItem item) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      return new Rejection(item.input(), "analysis failed: " + e.getCause());
    }
  }
}
