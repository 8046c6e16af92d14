package org.dossier.pipeline;

import java.io.BufferedReader;
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
import org.dossier.corpus.CrossDocument;
import org.dossier.corpus.DocumentSummary;
import org.dossier.entities.Mention;
import org.dossier.ingest.Ingest;
import org.dossier.model.CodePoints;
import org.dossier.model.Document;
import org.dossier.model.IngestItem;
import org.dossier.model.RawDocument;
import org.dossier.model.Rejection;
import org.dossier.output.ContractJson;
import org.dossier.output.OutputFiles;
import org.dossier.pack.ChronologyEntry;
import org.dossier.pack.Pack;
import org.dossier.stories.Story;
import org.dossier.time.Timex;
import org.dossier.timeline.TimelineEntry;

/**
 * A whole {@code analyze} run. The inputs stream through the per-document pipeline on N threads in bounded
 * batches; each document's lines are staged on disk and a small summary of it kept. Then the
 * cross-document stages run over the summaries: near-duplicates and stories; reports without a day of their
 * own are analysed again with the events their story's dated reports give; the timeline merges all events.
 * Last, the staged lines are written out in input order with their story, copy and timeline entry.
 * A document that fails in a stage is rejected with the error; the run goes on.
 */
public final class Analysis {
  /** What a run did; {@code crossDocument} is the part of {@code seconds} the cross-document stages took. */
  public record Summary(long documents, long rejected, Map<String, Long> languages, long stories, long timeline,
      long duplicates, long redated, double seconds, CrossDocumentTimes crossDocument) {
    public String line() {
      StringBuilder langs = new StringBuilder();
      languages.forEach((k, v) -> langs.append(langs.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
      return String.format(java.util.Locale.ROOT,
          "%d documents, %d rejected, languages: %s; %d stories, %d timeline entries, %d near-duplicates, "
              + "%d dated by their story; %.1f s",
          documents, rejected, langs.length() == 0 ? "none" : langs, stories, timeline, duplicates, redated, seconds);
    }
  }

  /**
   * Seconds the cross-document stages took: near-duplicates and stories, dating reports by their story
   * (their second analysis included), and the timeline.
   */
  public record CrossDocumentTimes(double grouping, double dating, double timeline) {
    public double total() {
      return grouping + dating + timeline;
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

  /** The domain pack the run analyses with. */
  public Pack pack() {
    return pipeline.pack();
  }

  public Summary run(List<Path> inputs, Path out, Listener listener) throws IOException {
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dossier-worker");
      t.setDaemon(true);
      return t;
    });
    Counts counts = new Counts();
    try (OutputFiles files = new OutputFiles(out)) {
      try (Staging staging = new Staging(files.partial())) {
        List<DocumentSummary> docs = analyseAll(inputs, pool, files, staging, counts, listener);
        staging.finish();
        long crossStarted = System.nanoTime();
        CrossDocument.Grouping grouping = CrossDocument.group(docs);
        long grouped = System.nanoTime();
        Map<Integer, Analysed> redated = redate(docs, grouping, staging, pool);
        long dated = System.nanoTime();
        CrossDocument.Timeline timeline = CrossDocument.timeline(docs, grouping);
        counts.crossDocument = new CrossDocumentTimes((grouped - crossStarted) / 1e9, (dated - grouped) / 1e9,
            (System.nanoTime() - dated) / 1e9);
        write(files, staging, docs, grouping, redated, timeline);
        counts.stories = grouping.stories().stories().size();
        counts.timeline = timeline.result().entries().size();
        for (int c : grouping.copyOf()) if (c >= 0) counts.duplicates++;
        counts.redated = redated.size();
      }
      files.commit();
    } finally {
      pool.shutdownNow();
    }
    return new Summary(counts.documents, counts.rejected, counts.languages, counts.stories, counts.timeline,
        counts.duplicates, counts.redated, (System.nanoTime() - started) / 1e9, counts.crossDocument);
  }

  /** The per-document stages over every input; returns the accepted documents' summaries in input order. */
  private List<DocumentSummary> analyseAll(List<Path> inputs, ExecutorService pool, OutputFiles files, Staging staging,
      Counts counts, Listener listener) throws IOException {
    List<DocumentSummary> docs = new ArrayList<>();
    Map<String, String> seenIds = new HashMap<>();
    try (Ingest ingest = new Ingest(inputs, config.ingest())) {
      // A sliding window of documents in flight: the reader keeps the workers fed while finished
      // documents are staged in input order, and memory is bounded by the window, not the corpus.
      ArrayDeque<Pending> window = new ArrayDeque<>();
      int capacity = WINDOW_PER_THREAD * threads;
      while (ingest.hasNext()) {
        IngestItem item = ingest.next();
        window.add(new Pending(item, pool.submit(() -> analyse(item, List.of()))));
        if (window.size() >= capacity) emit(window.poll(), files, staging, docs, seenIds, counts, listener);
      }
      while (!window.isEmpty()) emit(window.poll(), files, staging, docs, seenIds, counts, listener);
    }
    return docs;
  }

  /**
   * Analyses again each report whose day is unknown, with the events the dated reports of its story give as
   * landmarks; a report that is dated so replaces its first analysis.
   */
  private Map<Integer, Analysed> redate(List<DocumentSummary> docs, CrossDocument.Grouping grouping, Staging staging,
      ExecutorService pool) throws IOException {
    Map<Integer, List<ChronologyEntry>> landmarks = CrossDocument.datingByStory(docs, grouping);
    Map<Integer, Analysed> redated = new TreeMap<>();
    if (landmarks.isEmpty()) return redated;
    List<Staging.KeptInput> kept = staging.keptInputs(landmarks::containsKey);
    List<Future<Analysed>> results = new ArrayList<>();
    for (Staging.KeptInput k : kept) {
      results.add(pool.submit(() -> analyse(k.document(), landmarks.get(k.index()))));
    }
    for (int j = 0; j < kept.size(); j++) {
      Analysed a = get(results.get(j), kept.get(j).document());
      if (a.summary() != null && a.summary().dayKnown()) {
        redated.put(kept.get(j).index(), a);
        docs.set(kept.get(j).index(), a.summary());
      }
    }
    return redated;
  }

  /** Writes the staged lines in input order with their story, original and timeline entry filled in. */
  private static void write(OutputFiles files, Staging staging, List<DocumentSummary> docs,
      CrossDocument.Grouping grouping, Map<Integer, Analysed> redated, CrossDocument.Timeline timeline)
      throws IOException {
    List<Story> stories = grouping.stories().stories();
    int[] storyOf = grouping.stories().storyOf();
    int[] copyOf = grouping.copyOf();
    try (BufferedReader r = staging.read("documents.jsonl")) {
      for (int i = 0; i < docs.size(); i++) {
        String line = r.readLine();
        Analysed again = redated.get(i);
        if (again != null) line = again.json();
        line = ContractJson.withField(line, "story", stories.get(storyOf[i]).id());
        line = ContractJson.withField(line, "duplicate_of", copyOf[i] < 0 ? null : docs.get(copyOf[i]).id());
        files.write("documents.jsonl", line);
      }
    }
    copy(files, staging, "mentions.jsonl", docs.size(), redated, Analysed::mentions);
    copy(files, staging, "timexes.jsonl", docs.size(), redated, Analysed::timexes);
    List<TimelineEntry> entries = timeline.result().entries();
    int[] entryOf = timeline.result().entryOf();
    try (BufferedReader r = staging.read("events.jsonl")) {
      int mention = 0;
      for (int i = 0; i < docs.size(); i++) {
        Analysed again = redated.get(i);
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < staging.count(i, "events.jsonl"); k++) lines.add(r.readLine());
        if (again != null) lines = again.events();
        for (String line : lines) {
          int entry = entryOf[mention++];
          files.write("events.jsonl", ContractJson.withField(line, "timeline", entry < 0 ? null : entries.get(entry).id()));
        }
      }
    }
    java.util.function.IntFunction<String> docId = i -> docs.get(i).id();
    for (Story s : stories) files.write("stories.jsonl", ContractJson.story(s, docId));
    for (TimelineEntry t : entries) {
      files.write("timeline.jsonl", ContractJson.timelineEntry(t, timeline.mentions(), docId));
    }
  }

  private static void copy(OutputFiles files, Staging staging, String file, int documents, Map<Integer, Analysed> redated,
      java.util.function.Function<Analysed, List<String>> replacement) throws IOException {
    try (BufferedReader r = staging.read(file)) {
      for (int i = 0; i < documents; i++) {
        Analysed again = redated.get(i);
        for (int k = 0; k < staging.count(i, file); k++) {
          String line = r.readLine();
          if (again == null) files.write(file, line);
        }
        if (again != null) for (String line : replacement.apply(again)) files.write(file, line);
      }
    }
  }

  private record Pending(IngestItem item, Future<Analysed> result) {}

  /** A document or rejection with its contract lines, serialised on the worker thread, and its summary. */
  private record Analysed(Object result, String json, List<String> mentions, List<String> timexes, List<String> events,
      DocumentSummary summary) {}

  private static final class Counts {
    long documents;
    long rejected;
    long stories;
    long timeline;
    long duplicates;
    long redated;
    CrossDocumentTimes crossDocument = new CrossDocumentTimes(0, 0, 0);
    final Map<String, Long> languages = new TreeMap<>();
  }

  private static void emit(Pending pending, OutputFiles files, Staging staging, List<DocumentSummary> docs,
      Map<String, String> seenIds, Counts counts, Listener listener) throws IOException {
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
      int index = staging.add(json, analysed.mentions(), analysed.timexes(), analysed.events());
      docs.add(analysed.summary());
      if (!analysed.summary().dayKnown()) staging.keepInput(index, (RawDocument) pending.item());
      counts.languages.merge(d.language(), 1L, Long::sum);
      counts.documents++;
      listener.finished(pending.item(), true);
    } else {
      files.write("rejected.jsonl", json);
      counts.rejected++;
      listener.finished(pending.item(), false);
    }
  }

  private Analysed analyse(IngestItem item, List<ChronologyEntry> reported) {
    if (item instanceof RawDocument raw) {
      try {
        DocumentAnalysis a = pipeline.analyse(raw, reported);
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
        DocumentSummary summary = DocumentSummary.of(d, a.timexes(), a.entities(), a.events());
        return new Analysed(d, ContractJson.line(ContractJson.document(d)), mentions, timexes, events, summary);
      } catch (RuntimeException | StackOverflowError e) {
        return rejected(new Rejection(raw.input(), "analysis failed: " + e));
      }
    }
    return rejected((Rejection) item);
  }

  private static Analysed rejected(Rejection r) {
    return new Analysed(r, ContractJson.line(ContractJson.rejection(r)), List.of(), List.of(), List.of(), null);
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
