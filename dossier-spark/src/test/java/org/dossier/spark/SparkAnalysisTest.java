package org.dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.dossier.ingest.IngestOptions;
import org.dossier.output.ContractRows;
import org.dossier.output.OutputFiles;
import org.dossier.pipeline.Analysis;
import org.dossier.pipeline.PipelineConfig;
import org.dossier.pack.PackLoader;
import org.dossier.store.SearchFeed;
import org.dossier.store.Store;
import org.dossier.store.StoreIngest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job in local mode against {@code analyze} ({@link Analysis}) on the same inputs. */
class SparkAnalysisTest {
  private static final PipelineConfig CONFIG =
      new PipelineConfig(PipelineConfig.DEFAULT_PACK, Set.of(), LocalDate.of(2026, 11, 21), IngestOptions.defaults());
  private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkAnalysis.localSession(2);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void seedsAndNewsGiveWhatAnalyzeGives(@TempDir Path tmp) throws IOException {
    List<Path> inputs = List.of(EXAMPLES.resolve("seeds"), EXAMPLES.resolve("news"));
    assertSameAsAnalyze(inputs, tmp);
  }

  @Test
  void malformedInputsAreRejectedWithTheirReasonAndTheRunGoesOn(@TempDir Path tmp) throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    List<String> seeds = Files.readAllLines(EXAMPLES.resolve("seeds/000_5be15e9229fee225.txt"));
    String text = String.join("\\n", seeds).replace("\"", "'");
    Files.writeString(in.resolve("a.jsonl"), String.join("\n",
        "{\"id\": \"one\", \"text\": \"" + text + "\"}",
        "{\"id\": \"two\", \"text\": ",
        "{\"id\": \"one\", \"text\": \"" + text + " Again.\"}",
        "[1, 2]") + "\n", StandardCharsets.UTF_8);
    Files.write(in.resolve("b.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2});
    Files.writeString(in.resolve("c.txt"), "   \n", StandardCharsets.UTF_8);
    Files.copy(EXAMPLES.resolve("news/en_2020-10-17_afp-omni-humanitarian-truce.txt"), in.resolve("d.txt"));

    Path out = assertSameAsAnalyze(List.of(in), tmp);
    List<String> rejected = Files.readAllLines(out.resolve("jsonl/rejected.jsonl"));
    assertThat(rejected).hasSize(5);
    assertThat(String.join("\n", rejected)).contains("not valid JSON", "repeated id 'one'", "not a JSON object",
        "unsupported file type .pdf", "no text (only white space)");
    assertThat(Files.readAllLines(out.resolve("jsonl/documents.jsonl"))).hasSize(2);
  }

  @Test
  void aRunReplacesTheOutputOfAnEarlierRunAndRefusesAnyOtherFolder(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("out");
    run(List.of(EXAMPLES.resolve("news")), out, true);
    run(List.of(EXAMPLES.resolve("seeds")), out, false);
    assertThat(out.resolve("jsonl")).doesNotExist();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      assertThat(count(c, out, "documents")).isEqualTo(5);
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
    Path other = Files.createDirectories(tmp.resolve("other"));
    Files.writeString(other.resolve("notes.txt"), "mine");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(List.of(EXAMPLES.resolve("seeds")), other, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds files");
    assertThat(other.resolve("notes.txt")).exists();
  }

  @Test
  void theParquetTablesHaveTheStoresColumnsAndTypes(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    run(List.of(EXAMPLES.resolve("seeds")), out, false);
    Path storeDir = tmp.resolve("store");
    Store.open(storeDir).close();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + storeDir.resolve(Store.FILE))) {
      for (String table : Tables.CONTRACT) {
        assertThat(describe(c, "SELECT * FROM read_parquet('" + out.resolve(table) + "/*.parquet')"))
            .as(table).isEqualTo(describe(c, "SELECT * FROM " + table));
        assertThat(ContractRows.TABLES.get(table)).as(table).isNotEmpty();
      }
      assertThat(describe(c, "SELECT * EXCLUDE (change) FROM summaries"))
          .isEqualTo(describe(c, "SELECT * FROM read_parquet('" + out.resolve("summaries") + "/*.parquet')"));
      assertThat(describe(c, "SELECT * FROM kept_inputs"))
          .isEqualTo(describe(c, "SELECT * FROM read_parquet('" + out.resolve("kept_inputs") + "/*.parquet')"));
      assertThat(count(c, out, "places")).isGreaterThan(10);
    }
  }

  @Test
  void aStoreImportsTheParquetOutputAsAnIngestOfTheSameInputsFillsIt(@TempDir Path tmp) throws Exception {
    List<Path> inputs = List.of(EXAMPLES.resolve("seeds"), EXAMPLES.resolve("news"));
    Path out = tmp.resolve("out");
    run(inputs, out, false);
    Path imported = tmp.resolve("imported");
    Path ingested = tmp.resolve("ingested");
    try (Store store = Store.open(imported)) {
      assertThat(store.importParquet(out)).isEqualTo(PipelineConfig.DEFAULT_PACK);
      assertThat(SearchFeed.catchUp(store, PackLoader.load(PipelineConfig.DEFAULT_PACK))).isEqualTo(13);
      assertThat(store.crossDocumentStale()).isFalse();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.importParquet(out))
          .hasMessageContaining("not empty");
    }
    try (Store store = Store.open(ingested)) {
      new StoreIngest(store, CONFIG, 2).run(inputs, new StoreIngest.Listener() {});
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement s = c.createStatement()) {
        s.execute("ATTACH '" + imported.resolve(Store.FILE) + "' AS imported (READ_ONLY)");
        s.execute("ATTACH '" + ingested.resolve(Store.FILE) + "' AS ingested (READ_ONLY)");
      }
      for (String table : List.of("documents", "mentions", "timexes", "events", "event_actors", "stories", "timeline",
          "timeline_mentions", "timeline_actors", "rejected", "places", "kept_inputs")) {
        List<String> expected = rows(c, "ingested." + table);
        if (!table.equals("rejected")) assertThat(expected).as(table).isNotEmpty();
        assertThat(rows(c, "imported." + table)).as(table).isEqualTo(expected);
      }
      assertThat(rows(c, "(SELECT * EXCLUDE (change) FROM imported.summaries)"))
          .isEqualTo(rows(c, "(SELECT * EXCLUDE (change) FROM ingested.summaries)"));
    }
    // the imported store takes a further ingest: known inputs skipped, a new one added
    Path more = Files.createDirectories(tmp.resolve("more"));
    Files.copy(EXAMPLES.resolve("seeds/000_5be15e9229fee225.txt"), more.resolve("copy.txt"));
    Files.writeString(more.resolve("new.txt"), Files.readString(EXAMPLES.resolve(
        "news/en_2020-10-18_yjc-new-ceasefire-karabakh.txt")) + "\nA further paragraph.\n");
    try (Store store = Store.open(imported)) {
      StoreIngest.Summary again = new StoreIngest(store, CONFIG, 2).run(List.of(more), new StoreIngest.Listener() {});
      assertThat(again.added()).isEqualTo(1);
      assertThat(again.alreadyStored()).isEqualTo(1);
      assertThat(again.documents()).isEqualTo(14);
    }
  }

  private static List<String> rows(Connection c, String table) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY ALL")) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) row.append(r.getString(i)).append('\t');
        rows.add(row.toString());
      }
    }
    return rows;
  }

  /** Runs both on the inputs; every contract file must be the same, line for line. */
  private static Path assertSameAsAnalyze(List<Path> inputs, Path tmp) throws IOException {
    Path expected = tmp.resolve("analyze");
    new Analysis(CONFIG, 2).run(inputs, expected, (item, accepted) -> {});
    Path out = tmp.resolve("spark");
    SparkAnalysis.Summary summary = run(inputs, out, true);
    for (String file : OutputFiles.FILES) {
      assertThat(Files.readAllLines(out.resolve("jsonl").resolve(file))).as(file)
          .containsExactlyElementsOf(Files.readAllLines(expected.resolve(file)));
    }
    assertThat(summary.documents()).isEqualTo(Files.readAllLines(expected.resolve("documents.jsonl")).size());
    assertThat(out.resolve(SparkAnalysis.SUMMARY)).exists();
    return out;
  }

  private static SparkAnalysis.Summary run(List<Path> inputs, Path out, boolean jsonl) throws IOException {
    List<String> names = new ArrayList<>();
    for (Path p : inputs) names.add(p.toString());
    return SparkAnalysis.run(spark, new SparkAnalysis.Options(names, out.toString(), CONFIG, jsonl, 3));
  }

  private static List<String> describe(Connection c, String query) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("DESCRIBE " + query)) {
      while (r.next()) columns.add(r.getString("column_name") + " " + r.getString("column_type"));
    }
    return columns;
  }

  private static long count(Connection c, Path out, String table) throws SQLException {
    try (Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT count(*) FROM read_parquet('" + out.resolve(table) + "/*.parquet')")) {
      r.next();
      return r.getLong(1);
    }
  }
}
