package org.dossier.pipeline;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.model.IngestItem;
import org.dossier.model.RawDocument;
import org.dossier.model.Rejection;
import org.dossier.pack.ChronologyEntry;

/**
 * The per-document pipeline on N threads over a stream of inputs. Inputs are submitted in order to a
 * {@link Window}, analysed in parallel, and handed to a sink in the order they were submitted; at most a
 * fixed number per thread are in flight, so memory is bounded by the window, not by the corpus. A document
 * that fails in a stage is rejected with the error. Also the step that analyses reports without a day of
 * their own again, with the landmarks their story gives ({@link #redate}).
 *
 * <p>Used by every whole run: {@code analyze} ({@link Analysis}) and the store's incremental ingest.
 */
public final class ParallelPipeline implements AutoCloseable {
  /** Documents in flight per worker thread: enough to keep the workers fed while results are written in order. */
  public static final int WINDOW_PER_THREAD = 64;

  /** Receives analysed inputs in submission order, on the thread that submits. */
  @FunctionalInterface
  public interface Sink {
    void accept(AnalysedItem item) throws IOException;
  }

  /** Receives a report analysed again: its index among the run's documents and the new analysis. */
  @FunctionalInterface
  public interface RedatedSink {
    void accept(int index, AnalysedItem again) throws IOException;
  }

  /** The input of a report kept so that it can be analysed again, with its index among the run's documents. */
  public record KeptInput(int index, RawDocument document) {}

  private final DocumentPipeline pipeline;
  private final ExecutorService pool;
  private final int capacity;

  public ParallelPipeline(DocumentPipeline pipeline, int threads) {
    int n = Math.max(1, threads);
    this.pipeline = pipeline;
    this.capacity = WINDOW_PER_THREAD * n;
    this.pool = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "dossier-worker");
      t.setDaemon(true);
      return t;
    });
  }

  public DocumentPipeline pipeline() {
    return pipeline;
  }

  /** A new window whose results go to {@code sink}. */
  public Window window(Sink sink) {
    return new Window(sink);
  }

  /**
   * Analyses again each kept report that {@code landmarks} lists, with its landmarks (those the dated reports
   * of its story give, {@code CrossDocument.datingByStory}), in the order the kept inputs come. The sink
   * receives every new analysis, whether it found the day or not ({@link AnalysedItem#dayKnown()}).
   */
  public void redate(Map<Integer, List<ChronologyEntry>> landmarks, Iterator<KeptInput> kept, RedatedSink sink)
      throws IOException {
    ArrayDeque<Integer> indexes = new ArrayDeque<>();
    Window window = window(again -> sink.accept(indexes.poll(), again));
    while (kept.hasNext()) {
      KeptInput k = kept.next();
      List<ChronologyEntry> reported = landmarks.get(k.index());
      if (reported == null) continue;
      indexes.add(k.index());
      window.submit(k.document(), reported);
    }
    window.finish();
  }

  /** Documents in flight, handed to the sink in the order they were submitted. */
  public final class Window {
    private final ArrayDeque<Pending> inFlight = new ArrayDeque<>();
    private final Sink sink;

    private Window(Sink sink) {
      this.sink = sink;
    }

    /** Submits an input; when the window is full, first hands the oldest result to the sink. */
    public void submit(IngestItem item) throws IOException {
      submit(item, List.of());
    }

    /** Submits an input to be analysed with landmark events beyond the pack's chronology. */
    public void submit(IngestItem item, List<ChronologyEntry> landmarks) throws IOException {
      inFlight.add(new Pending(item, pool.submit(() -> analyse(item, landmarks))));
      if (inFlight.size() >= capacity) emitOldest();
    }

    /** Waits for every input in flight and hands the results to the sink. */
    public void finish() throws IOException {
      while (!inFlight.isEmpty()) emitOldest();
    }

    private void emitOldest() throws IOException {
      Pending p = inFlight.poll();
      sink.accept(get(p.result(), p.item()));
    }
  }

  private record Pending(IngestItem item, Future<AnalysedItem> result) {}

  private AnalysedItem analyse(IngestItem item, List<ChronologyEntry> reported) {
    return AnalysedItem.analyse(pipeline, item, reported);
  }

  private static AnalysedItem get(Future<AnalysedItem> future, IngestItem item) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      return AnalysedItem.rejected(item, new Rejection(item.input(), "analysis failed: " + e.getCause()));
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
