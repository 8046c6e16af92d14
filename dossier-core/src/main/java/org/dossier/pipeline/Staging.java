package org.dossier.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.RawDocument;

/**
 * The per-document lines of a run, held on disk until the cross-document stages have decided each
 * document's story, copy and timeline entries: one file per contract file, in input order, with how many
 * lines each document has in each. Reports that may be dated by their story are kept as read, so that they
 * can be analysed again. Everything lives in the output's {@code .partial} folder and goes with it.
 */
final class Staging implements AutoCloseable {
  static final List<String> PER_DOCUMENT = List.of("documents.jsonl", "mentions.jsonl", "timexes.jsonl", "events.jsonl");
  private static final String RAW = "undated-inputs.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final Map<String, BufferedWriter> writers = new LinkedHashMap<>();
  private final BufferedWriter raw;
  /** per document: its line counts in mentions, timexes and events */
  private int[] counts = new int[3 * 1024];
  private int documents;

  Staging(Path partial) throws IOException {
    this.dir = partial.resolve("stage");
    Files.createDirectories(dir);
    for (String name : PER_DOCUMENT) writers.put(name, Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8));
    raw = Files.newBufferedWriter(dir.resolve(RAW), StandardCharsets.UTF_8);
  }

  /** Stages one document's lines; returns its index. */
  int add(String document, List<String> mentions, List<String> timexes, List<String> events) throws IOException {
    write("documents.jsonl", List.of(document));
    write("mentions.jsonl", mentions);
    write("timexes.jsonl", timexes);
    write("events.jsonl", events);
    if (3 * documents + 3 > counts.length) counts = Arrays.copyOf(counts, counts.length * 2);
    counts[3 * documents] = mentions.size();
    counts[3 * documents + 1] = timexes.size();
    counts[3 * documents + 2] = events.size();
    return documents++;
  }

  /** Keeps the input of a document that its story may date. */
  void keepInput(int index, RawDocument document) throws IOException {
    raw.write(JSON.writeValueAsString(new ParallelPipeline.KeptInput(index, document)));
    raw.write('\n');
  }

  int documents() {
    return documents;
  }

  /** How many lines document {@code index} has in a per-document file other than documents.jsonl. */
  int count(int index, String file) {
    return counts[3 * index + PER_DOCUMENT.indexOf(file) - 1];
  }

  /** Closes the writers; the files can then be read. */
  void finish() throws IOException {
    for (BufferedWriter w : writers.values()) w.close();
    raw.close();
  }

  BufferedReader read(String file) throws IOException {
    return Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8);
  }

  /** The kept inputs, in input order. */
  List<ParallelPipeline.KeptInput> keptInputs(java.util.function.IntPredicate wanted) throws IOException {
    List<ParallelPipeline.KeptInput> kept = new ArrayList<>();
    try (BufferedReader r = read(RAW)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        ParallelPipeline.KeptInput k = JSON.readValue(line, ParallelPipeline.KeptInput.class);
        if (wanted.test(k.index())) kept.add(k);
      }
    }
    return kept;
  }

  private void write(String file, List<String> lines) throws IOException {
    BufferedWriter w = writers.get(file);
    for (String line : lines) {
      w.write(line);
      w.write('\n');
    }
  }

  @Override
  public void close() throws IOException {
    for (BufferedWriter w : writers.values()) w.close();
    raw.close();
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) Files.deleteIfExists(p);
    }
    Files.deleteIfExists(dir);
  }
}
