package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.ingest.IngestOptions;
import org.dossier.pipeline.Analysis;
import org.dossier.pipeline.DocumentPipeline;
import org.dossier.pipeline.PipelineConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest into a real store with the real pipeline, on the bundled example reports. */
class StoreIngestTest {
  @TempDir Path dir;

  @Test
  void theSchemaIsCreatedAndKeptWhenTheStoreIsOpenedAgain() {
    try (Store store = Store.open(dir.resolve("store"))) {
      assertThat(store.counts()).containsOnlyKeys(Schema.PUBLIC).allSatisfy((table, n) -> assertThat(n).isZero());
      List<String> columns = Fixtures.column(store, "SELECT column_name FROM information_schema.columns "
          + "WHERE table_name = 'events' ORDER BY ordinal_position");
      assertThat(columns).contains("id", "doc", "cameo", "root", "modality", "date_value", "date_granularity",
          "location_entity", "fatalities_count", "evidence_start", "evidence_text", "timeline", "json");
      assertThat(store.crossDocumentStale()).isFalse();
      assertThat(store.lastChange()).isZero();
    }
    assertThat(dir.resolve("store").resolve(Store.FILE)).exists();
    try (Store again = Store.open(dir.resolve("store"))) {
      assertThat(again.counts().get("documents")).isZero();
    }
  }

  @Test
  void aStoreOfAnotherSchemaVersionIsRefused() {
    try (Store store = Store.open(dir)) {
      store.read("meta", c -> c.createStatement().execute("UPDATE meta SET value = '99' WHERE key = 'schema'"));
    }
    assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 99");
  }

  @Test
  void ingestedReportsCanBeQueriedAndAReIngestAddsNothing() throws Exception {
    try (Store store = Store.open(dir)) {
      StoreIngest.Summary first = Fixtures.ingest(store).run(List.of(Fixtures.SEEDS), new StoreIngest.Listener() {});
      assertThat(first.added()).isEqualTo(5);
      assertThat(first.alreadyStored()).isZero();
      assertThat(first.documents()).isEqualTo(5);
      assertThat(first.stories()).isEqualTo(4);
      assertThat(first.timeline()).isPositive();
      assertThat(first.redated()).isEqualTo(1);
      assertThat(first.crossDocument()).isTrue();
      assertThat(store.crossDocumentStale()).isFalse();
      Map<String, List<String>> rows = Fixtures.allRows(store);
      long change = store.lastChange();

      // every document has its story, every event that happened its timeline entry
      assertThat(Fixtures.count(store, "SELECT count(*) FROM documents WHERE story IS NULL")).isZero();
      assertThat(Fixtures.count(store, "SELECT count(*) FROM documents d WHERE story NOT IN (SELECT id FROM stories)"))
          .isZero();
      assertThat(Fixtures.count(store, "SELECT count(*) FROM events WHERE modality IN ('asserted', 'reported') "
          + "AND (timeline IS NULL OR timeline NOT IN (SELECT id FROM timeline))")).isZero();
      assertThat(Fixtures.count(store, "SELECT count(*) FROM documents WHERE json::JSON->>'story' <> story")).isZero();
      assertThat(Fixtures.count(store, "SELECT count(*) FROM timeline_mentions")).isEqualTo(
          Fixtures.count(store, "SELECT count(*) FROM events WHERE timeline IS NOT NULL"));
      assertThat(Fixtures.column(store, "SELECT DISTINCT language FROM documents ORDER BY 1")).containsExactly("de", "en");

      StoreIngest.Summary second = Fixtures.ingest(store).run(List.of(Fixtures.SEEDS), new StoreIngest.Listener() {});
      assertThat(second.added()).isZero();
      assertThat(second.alreadyStored()).isEqualTo(5);
      assertThat(second.rejected()).isZero();
      assertThat(second.crossDocument()).isFalse();
      assertThat(Fixtures.allRows(store)).isEqualTo(rows);
      assertThat(store.lastChange()).isEqualTo(change);
    }
  }

  @Test
  void theStoreHoldsWhatAnalyzeWritesForTheSameInputs() throws Exception {
    Path out = dir.resolve("out");
    new Analysis(Fixtures.CONFIG, 2).run(List.of(Fixtures.SEEDS), out, (item, accepted) -> { });
    try (Store store = Store.open(dir.resolve("store"))) {
      Fixtures.ingest(store).run(List.of(Fixtures.SEEDS), new StoreIngest.Listener() {});
      Map<String, List<String>> stored = Fixtures.contractLines(store);
      for (Map.Entry<String, List<String>> file : stored.entrySet()) {
        List<String> written = Files.readAllLines(out.resolve(file.getKey()), StandardCharsets.UTF_8);
        if (file.getKey().equals("stories.jsonl") || file.getKey().equals("timeline.jsonl")) {
          written = new ArrayList<>(written);
          written.sort(null);
        }
        assertThat(file.getValue()).as(file.getKey()).isNotEmpty().containsExactlyElementsOf(written);
      }
    }
  }

  @Test
  void ingestingInTwoPartsGivesTheStoreOneIngestGives() throws Exception {
    // report 003 is dated by its story only once report 001, which dates the story's event, is in
    List<Path> first = Fixtures.seeds("000", "002", "003");
    List<Path> second = Fixtures.seeds("001", "004");
    List<Path> all = new ArrayList<>(first);
    all.addAll(second);
    try (Store parts = Store.open(dir.resolve("parts")); Store once = Store.open(dir.resolve("once"))) {
      StoreIngest.Summary a = Fixtures.ingest(parts).run(first, new StoreIngest.Listener() {});
      assertThat(a.redated()).isZero();
      String undated = Fixtures.column(parts, "SELECT published_value FROM documents WHERE input LIKE '%003_%'").get(0);
      StoreIngest.Summary b = Fixtures.ingest(parts).run(second, new StoreIngest.Listener() {});
      assertThat(b.added()).isEqualTo(2);
      assertThat(b.redated()).isEqualTo(1);
      String dated = Fixtures.column(parts, "SELECT published_value FROM documents WHERE input LIKE '%003_%'").get(0);
      assertThat(dated).isEqualTo("2020-10-09").isNotEqualTo(undated);

      Fixtures.ingest(once).run(all, new StoreIngest.Listener() {});
      assertThat(Fixtures.allRows(parts)).isEqualTo(Fixtures.allRows(once));
    }
    // and both are what analyze writes for the inputs in that order
    Path out = dir.resolve("out");
    new Analysis(Fixtures.CONFIG, 2).run(all, out, (item, accepted) -> { });
    try (Store once = Store.open(dir.resolve("once"))) {
      assertThat(Fixtures.contractLines(once).get("documents.jsonl"))
          .containsExactlyElementsOf(Files.readAllLines(out.resolve("documents.jsonl"), StandardCharsets.UTF_8));
    }
  }

  @Test
  void badInputsAreRecordedWithTheirReasonAndTheRunGoesOn() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("scan.txt"), "%PDF-1.5 ...".getBytes(StandardCharsets.US_ASCII));
    Files.writeString(in.resolve("lines.jsonl"), String.join("\n",
        "{\"id\": \"x1\", \"text\": \"Die Außenminister trafen sich am Freitag in Moskau zu Gesprächen über eine Waffenruhe.\"}",
        "{\"id\": \"x1\", \"text\": \"Ein anderer Text mit derselben Kennung, der abgelehnt werden muss.\"}",
        "{oops"));
    Files.createSymbolicLink(in.resolve("gone.txt"), in.resolve("nowhere.txt"));
    Files.copy(Fixtures.seeds("000").get(0), in.resolve("ok.txt"));
    try (Store store = Store.open(dir.resolve("store"))) {
      StoreIngest.Summary s = Fixtures.ingest(store).run(List.of(in), new StoreIngest.Listener() {});
      assertThat(s.added()).isEqualTo(2);
      assertThat(s.rejected()).isEqualTo(5);
      Map<String, String> rejected = new java.util.TreeMap<>();
      for (String row : Fixtures.rows(store, "SELECT input, reason FROM rejected")) {
        String[] parts = row.split(" \\| ", 2);
        rejected.put(Path.of(parts[0]).getFileName().toString(), parts[1]);
      }
      assertThat(rejected).containsOnlyKeys("empty.txt", "scan.txt", "lines.jsonl#2", "lines.jsonl#3", "gone.txt");
      assertThat(rejected.get("empty.txt")).isEqualTo("empty file");
      assertThat(rejected.get("scan.txt")).contains("binary content (PDF)");
      assertThat(rejected.get("lines.jsonl#2")).startsWith("repeated id 'x1' (first seen in ").contains("lines.jsonl#1");
      assertThat(rejected.get("lines.jsonl#3")).contains("not valid JSON");
      assertThat(rejected.get("gone.txt")).isEqualTo("not a regular file");

      // a second ingest records them again, once each, and adds nothing
      StoreIngest.Summary again = Fixtures.ingest(store).run(List.of(in), new StoreIngest.Listener() {});
      assertThat(again.added()).isZero();
      assertThat(again.alreadyStored()).isEqualTo(2);
      assertThat(again.rejected()).isEqualTo(5);
      assertThat(Fixtures.count(store, "SELECT count(*) FROM rejected")).isEqualTo(5);
      assertThat(Fixtures.count(store, "SELECT count(*) FROM documents")).isEqualTo(2);

      // the same article under another name is already stored, not a second document
      Files.copy(in.resolve("ok.txt"), in.resolve("copy.txt"));
      StoreIngest.Summary copy = Fixtures.ingest(store).run(List.of(in.resolve("copy.txt")), new StoreIngest.Listener() {});
      assertThat(copy.alreadyStored()).isEqualTo(1);
      assertThat(copy.added()).isZero();
    }
  }

  @Test
  void aStoreKeepsToOnePack() throws Exception {
    try (Store store = Store.open(dir)) {
      Fixtures.ingest(store).run(Fixtures.seeds("004"), new StoreIngest.Listener() {});
      PipelineConfig other = new PipelineConfig("packs/other", Set.of(), Fixtures.CONFIG.today(), IngestOptions.defaults());
      DocumentPipeline otherPipeline = new DocumentPipeline(other, Fixtures.pipeline().pack());
      assertThatThrownBy(() -> new StoreIngest(store, otherPipeline, 1, 10).run(Fixtures.seeds("000"),
          new StoreIngest.Listener() {}))
          .isInstanceOf(StoreException.class).hasMessageContaining("'caucasus'").hasMessageContaining("--pack caucasus");
      assertThat(Fixtures.count(store, "SELECT count(*) FROM documents")).isEqualTo(1);
    }
  }
}
