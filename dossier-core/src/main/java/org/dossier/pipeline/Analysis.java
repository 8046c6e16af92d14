package org.dossier.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.corpus.CrossDocument;
import org.dossier.corpus.DocumentSummary;
import org.dossier.ingest.Ingest;
import org.dossier.model.Document;
import org.dossier.model.IngestItem;
import org.dossier.model.RawDocument;
import org.dossier.output.ContractJson;
import org.dossier.output.OutputFiles;
import org.dossier.pack.ChronologyEntry;
import org.dossier.pack.Pack;
import org.dossier.stories.Story;
import org.dossier.timeline.TimelineEntry;

/**
 * A whole {@code analyze} run. The inputs stream through the per-document pipeline on N threads in a bounded
 * window ({@link ParallelPipeline}); each document's lines are staged on disk and a small summary of it kept. Then the
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
    Counts counts = new Counts();
    try (ParallelPipeline parallel = new ParallelPipeline(pipeline, threads); OutputFiles files = new OutputFiles(out)) {
      try (Staging staging = new Staging(files.partial())) {
        List<DocumentSummary> docs = analyseAll(inputs, parallel, files, staging, counts, listener);
        staging.finish();
        long crossStarted = System.nanoTime();
        CrossDocument.Grouping grouping = CrossDocument.group(docs);
        long grouped = System.nanoTime();
        Map<Integer, AnalysedItem> redated = redate(docs, grouping, staging, parallel);
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
    }
    return new Summary(counts.documents, counts.rejected, counts.languages, counts.stories, counts.timeline,
        counts.duplicates, counts.redated, (System.nanoTime() - started) / 1e9, counts.crossDocument);
  }

  /** The per-document stages over every input; returns the accepted documents' summaries in input order. */
  private List<DocumentSummary> analyseAll(List<Path> inputs, ParallelPipeline parallel, OutputFiles files,
      Staging staging, Counts counts, Listener listener) throws IOException {
    List<DocumentSummary> docs = new ArrayList<>();
    Map<String, String> seenIds = new HashMap<>();
    try (Ingest ingest = new Ingest(inputs, config.ingest())) {
      ParallelPipeline.Window window =
          parallel.window(analysed -> emit(analysed, files, staging, docs, seenIds, counts, listener));
      while (ingest.hasNext()) window.submit(ingest.next());
      window.finish();
    }
    return docs;
  }

  /**
   * Analyses again each report whose day is unknown, with the events the dated reports of its story give as
   * landmarks; a report that is dated so replaces its first analysis.
   */
  private static Map<Integer, AnalysedItem> redate(List<DocumentSummary> docs, CrossDocument.Grouping grouping,
      Staging staging, ParallelPipeline parallel) throws IOException {
    Map<Integer, List<ChronologyEntry>> landmarks = CrossDocument.datingByStory(docs, grouping);
    Map<Integer, AnalysedItem> redated = new TreeMap<>();
    if (landmarks.isEmpty()) return redated;
    parallel.redate(landmarks, staging.keptInputs(landmarks::containsKey).iterator(), (index, again) -> {
      if (again.dayKnown()) redated.put(index, again);
    });
    for (Map.Entry<Integer, AnalysedItem> e : redated.entrySet()) docs.set(e.getKey(), e.getValue().summary());
    return redated;
  }

  /** Writes the staged lines in input order with their story, original and timeline entry filled in. */
  private static void write(OutputFiles files, Staging staging, List<DocumentSummary> docs,
      CrossDocument.Grouping grouping, Map<Integer, AnalysedItem> redated, CrossDocument.Timeline timeline)
      throws IOException {
    List<Story> stories = grouping.stories().stories();
    int[] storyOf = grouping.stories().storyOf();
    int[] copyOf = grouping.copyOf();
    try (BufferedReader r = staging.read("documents.jsonl")) {
      for (int i = 0; i < docs.size(); i++) {
        String line = r.readLine();
        AnalysedItem again = redated.get(i);
        if (again != null) line = again.json();
        line = ContractJson.withField(line, "story", stories.get(storyOf[i]).id());
        line = ContractJson.withField(line, "duplicate_of", copyOf[i] < 0 ? null : docs.get(copyOf[i]).id());
        files.write("documents.jsonl", line);
      }
    }
    copy(files, staging, "mentions.jsonl", docs.size(), redated, AnalysedItem::mentions);
    copy(files, staging, "timexes.jsonl", docs.size(), redated, AnalysedItem::timexes);
    List<TimelineEntry> entries = timeline.result().entries();
    int[] entryOf = timeline.result().entryOf();
    try (BufferedReader r = staging.read("events.jsonl")) {
      int mention = 0;
      for (int i = 0; i < docs.size(); i++) {
        AnalysedItem again = redated.get(i);
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

  private static void copy(OutputFiles files, Staging staging, String file, int documents, Map<Integer, AnalysedItem> redated,
      java.util.function.Function<AnalysedItem, List<String>> replacement) throws IOException {
    try (BufferedReader r = staging.read(file)) {
      for (int i = 0; i < documents; i++) {
        AnalysedItem again = redated.get(i);
        for (int k = 0; k < staging.count(i, file); k++) {
          String line = r.readLine();
          if (again == null) files.write(file, line);
        }
        if (again != null) for (String line : replacement.apply(again)) files.write(file, line);
      }
    }
  }

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

  private static void emit(AnalysedItem analysed, OutputFiles files, Staging staging, List<DocumentSummary> docs,
      Map<String, String> seenIds, Counts counts, Listener listener) throws IOException {
    if (analysed.accepted()) {
      Document d = analysed.document();
      String first = seenIds.putIfAbsent(d.id(), d.input());
      if (first != null) {
        analysed = analysed.repeatedId(first);
      }
    }
    if (analysed.accepted()) {
      int index = staging.add(analysed.json(), analysed.mentions(), analysed.timexes(), analysed.events());
      docs.add(analysed.summary());
      if (!analysed.summary().dayKnown()) staging.keepInput(index, (RawDocument) analysed.input());
      counts.languages.merge(analysed.document().language(), 1L, Long::sum);
      counts.documents++;
      listener.finished(analysed.input(), true);
    } else {
      files.write("rejected.jsonl", analysed.json());
      counts.rejected++;
      listener.finished(analysed.input(), false);
    }
  }
}
