package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
  @TempDir Path dir;

  @Test
  void reportsEachRunTheirMedianAndThePerDocumentStages() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"id\":\"a\",\"text\":\"Armenia and Azerbaijan agreed on a ceasefire in Moscow on Saturday.\","
        + "\"published\":\"2020-10-10\"}\nnot json\n");
    CliRun run = CliRun.of("bench", "run", "--threads", "1", "--runs", "3", "--out", dir.resolve("out").toString(), in.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("1 documents (1 rejected)", "per-document stages", "median of 3 runs");
    assertThat(run.out().lines().filter(l -> l.startsWith("threads 1")).count()).isEqualTo(3);
    // the first run is cold unless warm-up passes come before it; several warm-up passes are each reported
    assertThat(run.out().lines().filter(l -> l.startsWith("threads 1 (cold)")).count()).isEqualTo(1);
    CliRun warmed = CliRun.of("bench", "run", "--threads", "1", "--warmup-runs", "2", "--out", dir.resolve("out").toString(),
        in.toString());
    assertThat(warmed.code()).isZero();
    assertThat(warmed.out()).contains("warm-up 1:", "warm-up 2:", "threads 1 (warm)").doesNotContain("(cold)");
  }

  @Test
  void badInputsAndCountsAreUsageErrors() {
    CliRun missing = CliRun.of("bench", "run", dir.resolve("nowhere.jsonl").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("input path does not exist");
    CliRun runs = CliRun.of("bench", "run", "--runs", "0", dir.toString());
    assertThat(runs.code()).isEqualTo(2);
    assertThat(runs.err()).contains("--runs must be at least 1");
    CliRun warmups = CliRun.of("bench", "run", "--warmup-runs", "0", dir.toString());
    assertThat(warmups.code()).isEqualTo(2);
    assertThat(warmups.err()).contains("--warmup-runs must be at least 1");
    CliRun threads = CliRun.of("bench", "run", "--threads", "0", dir.toString());
    assertThat(threads.code()).isEqualTo(2);
    assertThat(threads.err()).contains("--threads must be at least 1");
  }
}
