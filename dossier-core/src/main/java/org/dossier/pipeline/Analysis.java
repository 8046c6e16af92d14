package org.dossier.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
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
import org.dossier.entities.Mention;
import org.dossier.model.CodePoints;
import org.dossier.model.Document;
import org.dossier.model.IngestItem;
import org.dossier.model.RawDocument;
import org.dossier.model.Rejection;
import org.dossier.output.ContractJson;
import org.dossier.output.OutputFiles;
import org.dossier.time.Timex;

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

  private static final int WINDOW_PER_THREAD = 64;

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
    Map<String, String> seenIds = new HashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dossier-worker");
      t.setDaemon(true);
      return t;
    });
    Counts counts = new Counts();
    try (Ingest ingest = new Ingest(inputs, config.ingest()); OutputFiles files = new OutputFiles(out)) {
      // A sliding window of documents in flight: the reader keeps the workers fed while finished
      // documents are written in input order, and memory is bounded by the window, not the corpus.
      ArrayDeque<Pending> window = new ArrayDeque<>();
      int capacity = WINDOW_PER_THREAD * threads;
      while (ingest.hasNext()) {
        IngestItem item = ingest.next();
        window.add(new Pending(item, pool.submit(() -> analyse(item))));
        if (window.size() >= capacity) {
          emit(window.poll(), files, seenIds, counts, listener);
        }
      }
      while (!window.isEmpty()) {
        emit(window.poll(), files, seenIds, counts, listener);
      }
      files.commit();
    } finally {
      pool.shutdownNow();
    }
    return new Summary(counts.documents, counts.rejected, counts.languages, (System.nanoTime() - started) / 1e9);
  }

  private record Pending(IngestItem item, Future<Analysed> result) {}

  /** A document or rejection with its contract lines, serialised on the worker thread. */
  private record Analysed(Object result, String json, List<String> mentions, List<String> timexes, List<String> events) {}

  private static final class Counts {
    long documents;
    long rejected;
    final Map<String, Long> languages = new TreeMap<>();
  }

  private static void emit(Pending pending, OutputFiles files, Map<String, String> seenIds, Counts counts,
      Listener listener) throws IOException {
    Analysed analysed = get(pending.result(), pending.item());
    Object result = analysed.result();
    String json = analysed.json();
    if (result instanceof Document d) {
      String first = seenIds.putIfAbsent(d.id(), d.input());
      if (first != null) {
        result = new Rejection(d.input(), "repeated id '" + d.id() + "' (first seen in " + first + ")");
        json = ContractJson.line(ContractJson.rejection((Rejection) result));
      }
    }
    if (result instanceof Document d) {
      files.write("documents.jsonl", json);
      for (String m : analysed.mentions()) files.write("mentions.jsonl", m);
      for (String t : analysed.timexes()) files.write("timexes.jsonl", t);
      for (String e : analysed.events()) files.write("events.jsonl", e);
      counts.languages.merge(d.language(), 1L, Long::sum);
      counts.documents++;
      listener.finished(pending.item(), true);
    } else {
      files.write("rejected.jsonl", json);
      counts.rejected++;
      listener.finished(pending.item(), false);
    }
  }

  private Analysed analyse(IngestItem item) {
    if (item instanceof RawDocument raw) {
      try {
        DocumentAnalysis a = pipeline.analyse(raw);
        Document d = a.document();
        CodePoints cp = new CodePoints(d.text());
        List<String> mentions = new ArrayList<>(a.entities().mentions().size());
        for (Mention m : a.entities().mentions()) mentions.add(ContractJson.line(ContractJson.mention(d, m, cp, "text")));
        CodePoints inTitle = d.title() == null ? null : new CodePoints(d.title());
        for (Mention m : a.entities().titleMentions()) {
          mentions.add(ContractJson.line(ContractJson.mention(d, m, inTitle, "title")));
        }
        List<String> timexes = new ArrayList<>(a.timexes().size());
        for (Timex t : a.timexes()) timexes.add(ContractJson.line(ContractJson.timex(d, t, cp)));
        List<String> events = new ArrayList<>(a.events().size());
        for (int i = 0; i < a.events().size(); i++) {
          events.add(ContractJson.line(ContractJson.event(d, i + 1, a.events().get(i), cp)));
        }
        return new Analysed(d, ContractJson.line(ContractJson.document(d)), mentions, timexes, events);
      } catch (RuntimeException | StackOverflowError e) {
        return rejected(new Rejection(raw.input(), "analysis failed: " + e));
      }
    }
    return rejected((Rejection) item);
  }

  private static Analysed rejected(Rejection r) {
    return new Analysed(r, ContractJson.line(ContractJson.rejection(r)), List.of(), List.of(), List.of());
  }

  private static Analysed get(Future<Analysed> future, IngestItem item) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      return rejected(new Rejection(item.input(), "analysis failed: " + e.getCause()));
    }
  }
}
