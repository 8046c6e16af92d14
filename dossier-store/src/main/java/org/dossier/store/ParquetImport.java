package org.dossier.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.dossier.output.ContractJson;

/**
 * Loads the Parquet output of a {@code dossier spark} run (one folder of Parquet files per table, with the
 * store's columns, plus {@code summaries} and {@code kept_inputs}) into an empty store, in one transaction,
 * with DuckDB's {@code read_parquet}. The imported store is like one an ingest of the same inputs filled: later
 * ingests add to it, and its search index is built by {@link SearchFeed#catchUp}.
 */
final class ParquetImport {
  /** The run's summary a complete Spark output holds (written last by the job). */
  static final String SUMMARY = "dossier-spark.json";

  private ParquetImport() {}

  /** Imports the tables; returns the pack the documents were analysed with. */
  static String run(Store store, Path dir) throws IOException {
    Path summary = dir.resolve(SUMMARY);
    if (!Files.isRegularFile(summary)) {
      throw new StoreException("no complete dossier spark output in " + dir + " (no " + SUMMARY + ")");
    }
    JsonNode run = ContractJson.mapper().readTree(summary.toFile());
    String pack = run.path("pack").asText(null);
    if (pack == null) throw new StoreException(summary + " names no pack");
    Connection writer = store.beginWriting();
    try {
      if (count(writer, "SELECT count(*) FROM documents") > 0) {
        throw new StoreException("the store " + store.dir() + " is not empty; import a Spark output into a new store");
      }
      try (Statement s = writer.createStatement()) {
        for (String table : Schema.PUBLIC) {
          s.execute("DELETE FROM " + table);
          s.execute("INSERT INTO " + table + " SELECT * FROM " + parquet(dir, table));
        }
        s.execute("DELETE FROM summaries");
        s.execute("INSERT INTO summaries SELECT *, 1 AS change FROM " + parquet(dir, "summaries"));
        s.execute("DELETE FROM kept_inputs");
        s.execute("INSERT INTO kept_inputs SELECT * FROM " + parquet(dir, "kept_inputs"));
      }
      StoreIngest.setMeta(writer, "pack", pack);
      StoreIngest.setMeta(writer, "change", "1");
      StoreIngest.setMeta(writer, "stale", "false");
      writer.commit();
    } catch (SQLException e) {
      throw new StoreException("cannot import " + dir + " into the store " + store.dir() + ": " + e.getMessage(), e);
    } finally {
      store.endWriting(writer);
    }
    return pack;
  }

  private static String parquet(Path dir, String table) {
    String glob = dir.resolve(table).toAbsolutePath() + "/*.parquet";
    return "read_parquet('" + glob.replace("'", "''") + "')";
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
