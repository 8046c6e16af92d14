package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dossier.store.DocumentFilter;
import org.dossier.store.Store;
import org.dossier.store.TimelineFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real command line: {@code ingest} twice on the bundled seeds, then reads the store. */
class IngestEndToEndTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  @TempDir Path dir;

  @Test
  void ingestingTheSeedsTwiceStoresThemOnce() throws Exception {
    Path store = dir.resolve("store");
    String seeds = ROOT.resolve("examples/seeds").toString();
    CliRun first = CliRun.of("ingest", "--today", "2026-11-20", "--threads", "2", "--store", store.toString(), seeds);
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.err()).contains("5 added, 0 already stored, 0 rejected; the store holds 5 documents, 4 stories")
        .contains("; 5 documents (re)indexed for search");
    Map<String, Long> counts;
    List<String> ids;
    try (Store s = Store.open(store)) {
      counts = s.counts();
      ids = s.documents(DocumentFilter.all(), 0, 50).items().stream().map(d -> d.get("id").asText()).toList();
      assertThat(s.timeline(TimelineFilter.all(), 0, 1).total()).isEqualTo(counts.get("timeline"));
    }
    assertThat(counts).containsEntry("documents", 5L).containsEntry("stories", 4L);
    assertThat(counts.get("events")).isPositive();

    CliRun second = CliRun.of("ingest", "--today", "2026-11-20", "--store", store.toString(), seeds);
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(second.err()).contains("0 added, 5 already stored, 0 rejected; the store holds 5 documents")
        .contains("; 0 documents (re)indexed for search");
    try (Store s = Store.open(store)) {
      assertThat(s.counts()).isEqualTo(counts);
      assertThat(s.documents(DocumentFilter.all(), 0, 50).items()).extracting(d -> d.get("id").asText())
          .containsExactlyElementsOf(ids);
    }
  }

  @Test
  void unreadableInputsAreListedAndTheRunGoesOn() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.copy(ROOT.resolve("examples/seeds/004_e8c35c3f9687f19b.txt"), in.resolve("ok.txt"));
    CliRun run = CliRun.of("ingest", "--store", dir.resolve("store").toString(), in.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("rejected " + in.resolve("empty.txt") + ": empty file")
        .contains("1 added, 0 already stored, 1 rejected");
  }

  @Test
  void usageErrorsNameWhatIsWrong() throws Exception {
    CliRun missing = CliRun.of("ingest", "--store", dir.resolve("store").toString(), "no/such/path");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no/such/path");
    CliRun noStore = CliRun.of("ingest", ROOT.resolve("examples/seeds").toString());
    assertThat(noStore.code()).isEqualTo(2);
    assertThat(noStore.err()).contains("--store");
    CliRun help = CliRun.of("ingest", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--store", "--pack", "--threads", "--batch", "INPUT");
  }
}
