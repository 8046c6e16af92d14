package org.dossier.store;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.ingest.IngestOptions;
import org.dossier.pipeline.DocumentPipeline;
import org.dossier.pipeline.PipelineConfig;

/** The bundled example reports, one pipeline for all tests, and a store's contents as comparable lines. */
final class Fixtures {
  static final Path SEEDS = Path.of("..", "examples", "seeds").toAbsolutePath().normalize();
  static final PipelineConfig CONFIG =
      new PipelineConfig("caucasus", Set.of(), LocalDate.of(2026, 11, 20), IngestOptions.defaults());
  private static DocumentPipeline pipeline;

  private Fixtures() {}

  static synchronized DocumentPipeline pipeline() {
    if (pipeline == null) pipeline = new DocumentPipeline(CONFIG);
    return pipeline;
  }

  static StoreIngest ingest(Store store) {
    return new StoreIngest(store, pipeline(), 2, StoreIngest.DEFAULT_BATCH);
  }

  /** The seed reports whose file names start with the given numbers, in that order. */
  static List<Path> seeds(String... numbers) {
    List<Path> out = new ArrayList<>();
    for (String n : numbers) {
      try (var files = java.nio.file.Files.list(SEEDS)) {
        out.add(files.filter(p -> p.getFileName().toString().startsWith(n + "_")).findFirst().orElseThrow());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return out;
  }

  /** The contract's lines the store holds, per file: per-document lines in stored order, the rest sorted. */
  static Map<String, List<String>> contractLines(Store store) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    out.put("documents.jsonl", column(store, "SELECT json FROM documents ORDER BY seq"));
    for (String t : List.of("mentions", "timexes", "events")) {
      out.put(t + ".jsonl", column(store, "SELECT x.json FROM " + t + " x JOIN documents d ON d.id = x.doc "
          + "ORDER BY d.seq, x.n"));
    }
    out.put("stories.jsonl", column(store, "SELECT json FROM stories ORDER BY json"));
    out.put("timeline.jsonl", column(store, "SELECT json FROM timeline ORDER BY json"));
    return out;
  }

  /** Every row of every table (the internal ones without their change numbers), as text, sorted. */
  static Map<String, List<String>> allRows(Store store) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String t : Schema.PUBLIC) out.put(t, rows(store, "SELECT * FROM " + t + " ORDER BY ALL"));
    out.put("summaries", rows(store, "SELECT doc, seq, input_hash, summary, dated_summary, dated_by FROM summaries "
        + "ORDER BY ALL"));
    out.put("kept_inputs", rows(store, "SELECT * FROM kept_inputs ORDER BY ALL"));
    out.put("meta", rows(store, "SELECT * FROM meta WHERE key <> 'change' ORDER BY ALL"));
    return out;
  }

  static List<String> column(Store store, String sql) {
    return store.read(sql, c -> {
      List<String> out = new ArrayList<>();
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
        while (r.next()) out.add(r.getString(1));
      }
      return out;
    });
  }

  static List<String> rows(Store store, String sql) {
    return store.read(sql, c -> {
      List<String> out = new ArrayList<>();
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
        ResultSetMetaData meta = r.getMetaData();
        while (r.next()) {
          StringBuilder row = new StringBuilder();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object v = r.getObject(i);
            if (v instanceof byte[] bytes) v = Arrays.toString(bytes);
            if (v instanceof java.sql.Array a) v = Arrays.toString((Object[]) a.getArray());
            if (v instanceof java.sql.Blob b) v = Arrays.toString(b.getBytes(1, (int) b.length()));
            row.append(i == 1 ? "" : " | ").append(v);
          }
          out.add(row.toString());
        }
      }
      return out;
    });
  }

  static long count(Store store, String sql) {
    return Long.parseLong(column(store, sql).get(0));
  }
}
