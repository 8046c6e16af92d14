package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dossier.store.DocumentFilter;
import org.dossier.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code dossier spark} through the real command line (which starts the job in a JVM of its own, with
 * Spark's Servlet API first on its class path), then opens its output with {@code ingest --from-parquet}.
 */
class SparkCommandTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  @TempDir Path dir;

  @Test
  void aSparkRunWritesWhatAnalyzeWritesAndAStoreOpensIt() throws Exception {
    String seeds = ROOT.resolve("examples/seeds").toString();
    Path out = dir.resolve("spark-out");
    CliRun spark = CliRun.of("spark", "--today", "2026-11-20", "--threads", "2", "--jsonl", "--out", out.toString(), seeds);
    assertThat(spark.code()).as(spark.err()).isZero();
    assertThat(out.resolve("dossier-spark.json")).exists();
    for (String table : List.of("documents", "mentions", "timexes", "events", "stories", "timeline")) {
      assertThat(out.resolve(table)).isDirectory();
    }

    Path analyzed = dir.resolve("analyze-out");
    CliRun analyze = CliRun.of("analyze", "--today", "2026-11-20", "--threads", "2", "--out", analyzed.toString(), seeds);
    assertThat(analyze.code()).as(analyze.err()).isZero();
    for (String file : List.of("documents", "mentions", "timexes", "events", "stories", "timeline", "rejected")) {
      assertThat(Files.readAllLines(out.resolve("jsonl/" + file + ".jsonl")))
          .as(file).isEqualTo(Files.readAllLines(analyzed.resolve(file + ".jsonl")));
    }

    Path store = dir.resolve("store");
    CliRun ingest = CliRun.of("ingest", "--from-parquet", out.toString(), "--store", store.toString());
    assertThat(ingest.code()).as(ingest.err()).isZero();
    try (Store s = Store.open(store)) {
      Map<String, Long> counts = s.counts();
      assertThat(counts).containsEntry("documents", 5L).containsEntry("stories", 4L);
      assertThat(s.documents(DocumentFilter.all(), 0, 50).items()).extracting(d -> d.get("id").asText())
          .containsExactlyInAnyOrderElementsOf(Files.readAllLines(analyzed.resolve("documents.jsonl")).stream()
              .map(line -> line.substring(7, line.indexOf('"', 7))).toList());
    }
  }

  @Test
  void aFolderThatNoSparkRunWroteIsRefused() throws Exception {
    Path out = Files.createDirectories(dir.resolve("taken"));
    Files.writeString(out.resolve("notes.txt"), "mine");
    CliRun spark = CliRun.of("spark", "--threads", "1", "--out", out.toString(), ROOT.resolve("examples/seeds").toString());
    assertThat(spark.code()).isNotZero();
    assertThat(out.resolve("notes.txt")).hasContent("mine");
  }

  @Test
  void ingestFromParquetRefusesAFolderThatIsNotASparkOutput() {
    CliRun ingest = CliRun.of("ingest", "--from-parquet", dir.resolve("missing").toString(), "--store",
        dir.resolve("store").toString());
    assertThat(ingest.code()).isEqualTo(2);
    assertThat(ingest.err()).contains("no such folder");
  }
}
