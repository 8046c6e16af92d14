package org.dossier.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.dossier.pack.PackLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large synthetic analysis: the report keeps to its limits and says what it left out. */
class ReportSizeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int DOCUMENTS = 30_000;
  private static final int ENTRIES = 6_000;
  private static final ReportLimits LIMITS = ReportLimits.defaults();

  @TempDir static Path dir;
  static Report.Written written;
  static JsonNode data;
  static long outputBytes;

  @BeforeAll
  static void writeALargeAnalysisAndItsReport() throws Exception {
    SyntheticOutput.large(dir, DOCUMENTS, ENTRIES);
    try (var files = Files.list(dir)) {
      outputBytes = files.mapToLong(f -> f.toFile().length()).sum();
    }
    written = Report.write(dir, PackLoader.load("caucasus"));
    data = new ReportFile(written.file()).data();
  }

  @Test
  void staysSmallWhateverTheSizeOfTheAnalysis() {
    assertThat(outputBytes).isGreaterThan(60_000_000L);
    // the limits' worst case is about 20 MB (docs/REPORT.md); these are long sentences and conflicts throughout
    assertThat(written.bytes()).isLessThan(20_000_000L);
  }

  @Test
  void embedsTheEntriesWithTheMostDocuments() throws Exception {
    assertThat(data.get("timeline")).hasSize(LIMITS.timelineEntries());
    assertThat(data.get("limits").get("timeline").get("total").asInt()).isEqualTo(ENTRIES);
    assertThat(data.get("summary").get("timeline").asInt()).isEqualTo(ENTRIES);
    Set<String> kept = new HashSet<>();
    int smallestKept = Integer.MAX_VALUE;
    for (JsonNode t : data.get("timeline")) {
      kept.add(t.get("id").asText());
      smallestKept = Math.min(smallestKept, t.get("docs_total").asInt());
    }
    int largestLeft = 0;
    try (BufferedReader r = Files.newBufferedReader(dir.resolve("timeline.jsonl"), StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode t = JSON.readTree(line);
        if (!kept.contains(t.get("id").asText())) largestLeft = Math.max(largestLeft, t.get("docs").size());
      }
    }
    assertThat(smallestKept).isGreaterThanOrEqualTo(largestLeft);
  }

  @Test
  void capsEvidenceIdsAndConflictsPerEntry() {
    for (JsonNode t : data.get("timeline")) {
      assertThat(t.get("mentions").size()).isLessThanOrEqualTo(LIMITS.idsPerEntry());
      assertThat(t.get("docs").size()).isLessThanOrEqualTo(LIMITS.idsPerEntry());
      assertThat(t.get("mentions_total").asInt()).isGreaterThanOrEqualTo(t.get("mentions").size());
      assertThat(t.get("conflicts").size()).isLessThanOrEqualTo(LIMITS.conflictsPerEntry());
      t.get("conflicts").forEach(c -> assertThat(c.asText().codePointCount(0, c.asText().length()))
          .isLessThanOrEqualTo(LIMITS.conflictChars()));
      JsonNode evidence = t.get("evidence");
      assertThat(evidence.size()).isBetween(1, LIMITS.evidencePerEntry());
      Set<String> docs = new HashSet<>();
      for (JsonNode e : evidence) {
        String text = e.get("text").asText();
        // cut to the limit, with an ellipsis at each cut end
        assertThat(text.codePointCount(0, text.length())).isLessThanOrEqualTo(LIMITS.evidenceChars() + 2);
        assertThat(text).startsWith("…").endsWith("…");
        int from = e.get("trigger").get(0).asInt();
        int to = e.get("trigger").get(1).asInt();
        assertThat(text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to))).isEqualTo("shelled");
        docs.add(e.get("doc").asText());
      }
      // one sentence per document first
      assertThat(docs).hasSize(Math.min(evidence.size(), t.get("docs_total").asInt()));
    }
  }

  @Test
  void capsStoriesDocumentsActorsAndRejectedInputs() {
    JsonNode limits = data.get("limits");
    assertThat(data.get("stories")).hasSize(LIMITS.stories());
    assertThat(limits.get("stories").get("total").asInt()).isEqualTo(DOCUMENTS / 10);
    data.get("stories").forEach(s -> assertThat(s.get("docs").size()).isLessThanOrEqualTo(LIMITS.documentsPerStory()));
    Set<String> cited = new HashSet<>();
    data.get("timeline").forEach(t -> t.get("evidence").forEach(e -> cited.add(e.get("doc").asText())));
    data.get("stories").forEach(s -> s.get("docs").forEach(d -> cited.add(d.asText())));
    assertThat(data.get("documents").size()).isEqualTo(cited.size() + LIMITS.extraDocuments());
    cited.forEach(id -> assertThat(data.get("documents").has(id)).as(id).isTrue());
    assertThat(limits.get("documents").get("total").asInt()).isEqualTo(DOCUMENTS);
    assertThat(data.get("summary").get("documents").asInt()).isEqualTo(DOCUMENTS);
    assertThat(data.get("rejected")).hasSize(LIMITS.rejected());
    assertThat(limits.get("rejected").get("total").asInt()).isEqualTo(1000);
    assertThat(data.get("actors").size()).isLessThanOrEqualTo(LIMITS.actors());
    assertThat(data.get("graph").get("nodes").size()).isLessThanOrEqualTo(LIMITS.graphNodes());
    assertThat(data.get("graph").get("edges").size()).isLessThanOrEqualTo(LIMITS.graphEdges());
  }

  @Test
  void countsEveryEntryForTheActorsNotOnlyTheEmbeddedOnes() {
    Map<String, JsonNode> actors = new HashMap<>();
    data.get("actors").forEach(a -> actors.put(a.get("entity").asText(), a));
    assertThat(actors.get("armenia").get("target").asInt()).isEqualTo(ENTRIES);
    assertThat(actors.get("armenia").get("mentions").asInt()).isEqualTo(DOCUMENTS);
    assertThat(actors.get("armenia").get("documents").asInt()).isEqualTo(DOCUMENTS);
  }
}
