package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed (kill -9) mid-run leaves the store consistent, and running it again gives exactly the store
 * one uninterrupted ingest gives.
 */
class StoreCrashTest {
  private static final int BATCH = 40;
  @TempDir Path dir;

  @Test
  void anIngestKilledAfterABatchAndAgainInTheCrossDocumentStagesCompletesToTheSameStore() throws Exception {
    Path corpus = GeneratedCorpus.write(dir.resolve("corpus"), 240);
    Path crashed = dir.resolve("crashed");

    // killed once the first batch is committed: that batch is in, nothing else, and the results are stale
    runChild(crashed, corpus, line -> line.startsWith("committed "));
    try (Store store = Store.open(crashed)) {
      long documents = Fixtures.count(store, "SELECT count(*) FROM documents");
      assertThat(documents).isPositive().isLessThan(236);
      assertThat(store.crossDocumentStale()).isTrue();
      assertThat(Fixtures.count(store, "SELECT count(*) FROM summaries")).isEqualTo(documents);
      assertThat(Fixtures.count(store, "SELECT count(*) FROM mentions WHERE doc NOT IN (SELECT id FROM documents)"))
          .isZero();
      assertThat(Fixtures.count(store, "SELECT count(DISTINCT doc) FROM events")).isLessThanOrEqualTo(documents);
    }

    // killed again while the cross-document stages run: none of their results are in
    runChild(crashed, corpus, line -> line.equals("cross-document"));
    try (Store store = Store.open(crashed)) {
      assertThat(store.crossDocumentStale()).isTrue();
      // the second run skipped what the first had stored
      assertThat(Fixtures.count(store, "SELECT count(*) FROM documents")).isEqualTo(236);
      assertThat(Fixtures.count(store, "SELECT count(DISTINCT id) FROM documents")).isEqualTo(236);
      assertThat(Fixtures.count(store, "SELECT count(*) FROM stories")).isZero();
    }

    // the third run completes the job
    String done = runChild(crashed, corpus, line -> false);
    assertThat(done).startsWith("done ");

    Path once = dir.resolve("once");
    try (Store store = Store.open(once)) {
      new StoreIngest(store, Fixtures.pipeline(), 2, BATCH).run(List.of(corpus), new StoreIngest.Listener() {});
    }
    try (Store a = Store.open(crashed); Store b = Store.open(once)) {
      assertThat(a.crossDocumentStale()).isFalse();
      Map<String, List<String>> expected = Fixtures.allRows(b);
      assertThat(expected.get("documents")).hasSize(236);
      assertThat(expected.get("stories").size()).isGreaterThan(5);
      assertThat(Fixtures.count(b, "SELECT count(*) FROM summaries WHERE dated_summary IS NOT NULL")).isPositive();
      Map<String, List<String>> actual = Fixtures.allRows(a);
      for (String table : expected.keySet()) {
        assertThat(actual.get(table)).as(table).containsExactlyElementsOf(expected.get(table));
      }
    }
  }

  /**
   * Runs an ingest in a child JVM and kills it forcibly at the first line of its output the predicate
   * accepts; returns that line, or the last line when the child ran to its end.
   */
  private String runChild(Path store, Path corpus, Predicate<String> killAt) throws Exception {
    Path errors = Files.createTempFile(dir, "child", ".err");
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-cp", System.getProperty("java.class.path"), IngestChild.class.getName(), store.toString(),
        Integer.toString(BATCH), corpus.toString());
    pb.redirectError(errors.toFile());
    Process child = pb.start();
    String last = null;
    List<String> lines = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(line);
        last = line;
        if (killAt.test(line)) {
          child.destroyForcibly();
          break;
        }
      }
    } finally {
      child.waitFor();
    }
    assertThat(last).as("child output %s, errors: %s", lines, Files.readString(errors)).isNotNull();
    if (!killAt.test(last)) {
      assertThat(child.exitValue()).as("errors: %s", Files.readString(errors)).isZero();
    }
    return last;
  }
}
