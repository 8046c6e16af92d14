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
    assertThat(second).usingRecursiveComparison().ignoringFields("seconds", "crossDocument").isEqualTo(first);
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

  @Test
  void copiesPointToTheEarliestReportAndEveryLineCarriesItsStoryAndTimelineEntry() throws Exception {
    Path in = Files.createDirectories(dir.resolve("copies"));
    String wire = "Armenia and Azerbaijan started peace talks in Berlin on Wednesday, officials said. The foreign "
        + "ministers met at a villa in the west of the city for two days of talks hosted by the German foreign minister, "
        + "five months after a lightning offensive ended three decades of conflict over the region. Both sides said "
        + "they were committed to a peace treaty but no date for a further round of talks was set by the end of the day.";
    Files.writeString(in.resolve("a.txt"), " date 2024-02-29 \n\n" + wire + "\n\nNewsletter: sign up for our news.");
    Files.writeString(in.resolve("b.txt"), " date 2024-02-28 \n\n" + wire);
    Files.writeString(in.resolve("c.txt"), " date 2024-03-20 \n\nEin Fußballspiel in Eriwan endete am Samstag "
        + "unentschieden, berichteten die Zeitungen am Sonntag ausführlich.");
    Path out = dir.resolve("out");
    PipelineConfig caucasus = new PipelineConfig("caucasus", Set.of(), LocalDate.of(2026, 11, 20), IngestOptions.defaults());
    Analysis.Summary summary = new Analysis(caucasus, 2).run(List.of(in), out, (item, ok) -> { });
    assertThat(summary.duplicates()).isEqualTo(1);
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    List<com.fasterxml.jackson.databind.JsonNode> docs = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("documents.jsonl"))) docs.add(json.readTree(line));
    assertThat(docs).hasSize(3);
    // a.txt is the later copy of b.txt; both are sources of one story; the football report is alone
    assertThat(docs.get(0).get("duplicate_of").asText()).isEqualTo(docs.get(1).get("id").asText());
    assertThat(docs.get(1).get("duplicate_of").isNull()).isTrue();
    assertThat(docs.get(0).get("story").asText()).isEqualTo(docs.get(1).get("story").asText());
    assertThat(docs.get(2).get("story").asText()).isNotEqualTo(docs.get(0).get("story").asText());
    List<String> stories = Files.readAllLines(out.resolve("stories.jsonl"));
    assertThat(stories).hasSize(2);
    assertThat(json.readTree(stories.get(0)).get("docs")).hasSize(2);
    // every event names an entry that lists it back
    java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> entries = new java.util.HashMap<>();
    for (String line : Files.readAllLines(out.resolve("timeline.jsonl"))) {
      com.fasterxml.jackson.databind.JsonNode t = json.readTree(line);
      entries.put(t.get("id").asText(), t);
    }
    List<String> events = Files.readAllLines(out.resolve("events.jsonl"));
    assertThat(events).isNotEmpty();
    for (String line : events) {
      com.fasterxml.jackson.databind.JsonNode e = json.readTree(line);
      if (e.get("timeline").isNull()) continue;
      com.fasterxml.jackson.databind.JsonNode t = entries.get(e.get("timeline").asText());
      assertThat(t).as(line).isNotNull();
      assertThat(t.get("mentions").toString()).contains(e.get("id").asText());
    }
    assertThat(entries.values()).anySatisfy(t -> assertThat(t.get("docs")).hasSize(2));
  }

  @Test
  void anUndatedReportIsDatedByWhatTheDatedReportsOfItsStorySay() throws Exception {
    Path in = Files.createDirectories(dir.resolve("story"));
    Files.writeString(in.resolve("a.txt"), " date 2023-03-17 \n\nAzerbaijani troops shelled the Armenian village of Sotk "
        + "on Thursday, Armenia's defence ministry said, killing two soldiers.\n\nThe ministry said the shelling of Sotk "
        + "in Syunik lasted for two hours. Azerbaijan's defence ministry denied the report and accused Armenian forces of "
        + "firing first.");
    Files.writeString(in.resolve("b.txt"), "Aserbaidschanische Truppen haben am Donnerstag das armenische Dorf Sotk "
        + "beschossen. Dabei seien zwei Soldaten getötet worden, teilte das armenische Verteidigungsministerium mit.\n\n"
        + "Der Beschuss von Sotk in der Provinz Syunik habe zwei Stunden gedauert. Das aserbaidschanische "
        + "Verteidigungsministerium wies die Darstellung zurück.");
    Path out = dir.resolve("out");
    PipelineConfig caucasus = new PipelineConfig("caucasus", Set.of(), LocalDate.of(2026, 11, 20), IngestOptions.defaults());
    Analysis.Summary summary = new Analysis(caucasus, 2).run(List.of(in), out, (item, ok) -> { });
    assertThat(summary.redated()).isEqualTo(1);
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    List<String> docs = Files.readAllLines(out.resolve("documents.jsonl"));
    com.fasterxml.jackson.databind.JsonNode a = json.readTree(docs.get(0));
    com.fasterxml.jackson.databind.JsonNode b = json.readTree(docs.get(1));
    assertThat(b.get("story").asText()).isEqualTo(a.get("story").asText());
    // "am Donnerstag" is the Thursday the English report dates the shelling to
    assertThat(b.get("published").get("value").asText()).isEqualTo("2023-03-16");
    assertThat(b.get("published").get("origin").asText()).isEqualTo("content");
    assertThat(b.get("published").get("evidence").asText()).contains("as report " + a.get("id").asText());
    List<String> events = Files.readAllLines(out.resolve("events.jsonl"));
    assertThat(events).filteredOn(e -> e.contains("\"doc\":\"" + b.get("id").asText() + "\""))
        .isNotEmpty().allSatisfy(e -> assertThat(e).contains("\"date\":{\"value\":\"2023-03-16\""));
  }
}
