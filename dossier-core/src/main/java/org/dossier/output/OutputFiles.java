package org.dossier.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract's output files in one folder. Files are written under {@code .partial/} and moved into
 * place when the run completes, so an interrupted run leaves the previous complete output (or none),
 * and a re-run replaces rather than appends: no duplicates.
 */
public final class OutputFiles implements AutoCloseable {
  public static final List<String> FILES = List.of(
      "documents.jsonl", "mentions.jsonl", "timexes.jsonl", "events.jsonl", "timeline.jsonl", "stories.jsonl",
      "rejected.jsonl");

  private final Path dir;
  private final Path partial;
  private final Map<String, BufferedWriter> writers = new LinkedHashMap<>();
  private boolean committed;

  public OutputFiles(Path dir) throws IOException {
    this.dir = dir;
    this.partial = dir.resolve(".partial");
    Files.createDirectories(partial);
    for (String name : FILES) {
      writers.put(name, Files.newBufferedWriter(partial.resolve(name), StandardCharsets.UTF_8));
    }
  }

  public void write(String file, JsonNode line) throws IOException {
    write(file, ContractJson.line(line));
  }

  /** Appends one already serialised JSON line (without its newline) to a contract file. */
  public void write(String file, String jsonLine) throws IOException {
    BufferedWriter w = writers.get(file);
    if (w == null) throw new IllegalArgumentException("not an output file: " + file);
    w.write(jsonLine);
    w.write('\n');
  }

  /** Closes the files and moves them into place. */
  public void commit() throws IOException {
    for (BufferedWriter w : writers.values()) w.close();
    for (String name : FILES) {
      Files.move(partial.resolve(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    }
    Files.deleteIfExists(partial);
    committed = true;
  }

  @Override
  public void close() throws IOException {
    if (!committed) {
      for (BufferedWriter w : writers.values()) w.close();
    }
  }

  /** Where the files are written until the run completes; a run may keep working files of its own here. */
  public Path partial() {
    return partial;
  }

  public Path dir() {
    return dir;
  }
}
