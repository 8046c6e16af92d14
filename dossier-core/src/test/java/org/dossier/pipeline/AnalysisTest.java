package org.dossier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dossier.ingest.IngestOptions;
import org.dossier.output.OutputFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisTest {
  @TempDir Path dir;

  private final PipelineConfig config = new PipelineConfig("tiny", Set.of(), LocalDate.of(2026, 11, 20), IngestOptions.defaults());

  @Test
  void writesEveryContractFileAndReRunsWithoutDuplicates() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "Armenia and Azerbaijan started peace talks in Berlin on Wednesday, officials said.");
    Files.writeString(in.resolve("b.jsonl"), String.join("\n",
        "{\"id\": \"x1\", \"text\": \"Die Außenminister trafen sich am Freitag in Moskau zu Gesprächen über eine Waffenruhe.\"}",
        "{\"id\": \"x1\", \"text\": \"Ein anderer Text mit derselben Kennung, der abgelehnt werden muss.\"}",
        "broken"));
    Path out = dir.resolve("out");
    Analysis analysis = new Analysis(config, 2);
    Analysis.Summary first = analysis.run(List.of(in), out, (item, ok) -> { });
    Analysis.Summary second = analysis.run(List.of(in), out, (item, ok) -> { });
    assertThat(first.documents()).isEqualTo(2);
    assertThat(first.rejected()).isEqualTo(2);
    assertThat(second).usingRecursiveComparison().ignoringFields("seconds").isEqualTo(first);
    for (String f : OutputFiles.FILES) {
      assertThat(out.resolve(f)).exists();
    }
    assertThat(out.resolve(".partial")).doesNotExist();
    List<String> docs = Files.readAllLines(out.resolve("documents.jsonl"), StandardCharsets.UTF_8);
    assertThat(docs).hasSize(2);
    assertThat(docs.get(1)).contains("\"id\":\"x1\"", "\"language\":\"de\"");
    List<String> rejected = Files.readAllLines(out.resolve("rejected.jsonl"), StandardCharsets.UTF_8);
    assertThat(rejected.get(0)).contains("b.jsonl#2", "repeated id 'x1' (first seen in");
    assertThat(rejected.get(1)).contains("b.jsonl#3", "not valid JSON");
    assertThat(first.languages()).containsEntry("en", 1L).containsEntry("de", 1L);
  }

  @Test
  void contentHashIdsAreStable() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "Armenia and Azerbaijan started peace talks in Berlin on Wednesday, officials said.");
    Analysis analysis = new Analysis(config, 1);
    analysis.run(List.of(in), dir.resolve("o1"), (i, ok) -> { });
    Files.move(in.resolve("a.txt"), in.resolve("renamed.txt"));
    analysis.run(List.of(in), dir.resolve("o2"), (i, ok) -> { });
    String id1 = Files.readString(dir.resolve("o1/documents.jsonl")).replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
    String id2 = Files.readString(dir.resolve("o2/documents.jsonl")).replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
    assertThat(id1).hasSize(16).isEqualTo(id2);
  }
}
