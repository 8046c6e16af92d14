package org.dossier.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of the bundled example corpus, analysed by the real pipeline. */
class ReportOfExamplesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path out;
  static Report.Written written;
  static ReportFile report;
  static JsonNode data;

  @BeforeAll
  static void analyseTheExamples() throws Exception {
    written = Analysed.analyse(out, List.of(Analysed.EXAMPLES));
    report = new ReportFile(out.resolve(Report.FILE));
    data = report.data();
  }

  @Test
  void isWrittenBesideTheOutputFiles() throws Exception {
    assertThat(written.file()).isEqualTo(out.resolve("report.html"));
    assertThat(written.bytes()).isEqualTo(Files.size(written.file()));
    assertThat(out.resolve("report.html.partial")).doesNotExist();
    assertThat(report.html).startsWith("<!DOCTYPE html>").contains("<title>Dossier report: 5 documents (caucasus)</title>");
  }

  @Test
  void embedsEveryTimelineEntryOfTheSmallCorpusWithItsEvidence() throws Exception {
    List<JsonNode> timeline = lines("timeline.jsonl");
    Map<String, JsonNode> events = new HashMap<>();
    for (JsonNode e : lines("events.jsonl")) events.put(e.get("id").asText(), e);
    assertThat(data.get("timeline")).hasSize(timeline.size());
    assertThat(written.timelineShown()).isEqualTo(timeline.size());
    for (int i = 0; i < timeline.size(); i++) {
      JsonNode want = timeline.get(i);
      JsonNode got = data.get("timeline").get(i);
      for (String field : List.of("id", "cameo", "label", "date", "source", "target", "mediator", "location",
          "fatalities", "mentions", "docs", "languages", "conflicts")) {
        assertThat(got.get(field)).as(field).isEqualTo(want.get(field));
      }
      JsonNode evidence = got.get("evidence");
      assertThat(evidence).as("evidence of %s", want.get("id")).isNotEmpty();
      Set<String> mentions = new HashSet<>();
      want.get("mentions").forEach(m -> mentions.add(m.asText()));
      for (JsonNode e : evidence) {
        JsonNode event = events.get(e.get("event").asText());
        assertThat(mentions).contains(e.get("event").asText());
        assertThat(e.get("doc").asText()).isEqualTo(event.get("doc").asText());
        assertThat(e.get("text").asText()).isEqualTo(event.get("evidence").get("text").asText());
        JsonNode trigger = e.get("trigger");
        String text = e.get("text").asText();
        assertThat(text.codePoints().skip(trigger.get(0).asInt()).limit(trigger.get(1).asInt() - trigger.get(0).asInt())
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
            .isEqualTo(event.get("trigger").get("text").asText());
        assertThat(data.get("documents").has(e.get("doc").asText())).isTrue();
      }
    }
  }

  @Test
  void summarisesTheCorpus() throws Exception {
    JsonNode s = data.get("summary");
    assertThat(s.get("documents").asInt()).isEqualTo(5);
    assertThat(s.get("languages").get("de").asInt()).isEqualTo(4);
    assertThat(s.get("languages").get("en").asInt()).isEqualTo(1);
    assertThat(s.get("events").asInt()).isEqualTo(lines("events.jsonl").size());
    assertThat(s.get("timeline").asInt()).isEqualTo(lines("timeline.jsonl").size());
    assertThat(s.get("stories").asInt()).isEqualTo(lines("stories.jsonl").size());
    assertThat(s.get("rejected").asInt()).isZero();
    assertThat(s.get("first").asText()).isEqualTo("2020-10-02");
    assertThat(s.get("last").asText()).isEqualTo("2024-02-28");
    for (String part : List.of("timeline", "limits", "documents", "stories", "actors", "graph", "places", "rejected")) {
      assertThat(data.has(part)).as(part).isTrue();
    }
    assertThat(data.get("limits").get("timeline").get("shown").asInt())
        .isEqualTo(data.get("limits").get("timeline").get("total").asInt());
  }

  @Test
  void listsEveryDocumentWithItsStoryAndEveryStory() throws Exception {
    List<JsonNode> documents = lines("documents.jsonl");
    assertThat(data.get("documents")).hasSize(documents.size());
    for (JsonNode d : documents) {
      JsonNode shown = data.get("documents").get(d.get("id").asText());
      assertThat(shown.get("story").asText()).isEqualTo(d.get("story").asText());
      assertThat(shown.get("language").asText()).isEqualTo(d.get("language").asText());
      assertThat(shown.get("published").get("origin").asText()).isEqualTo(d.get("published").get("origin").asText());
      assertThat(shown.get("title").asText()).isNotBlank();
      assertThat(shown.has("text")).isFalse();
    }
    List<JsonNode> stories = lines("stories.jsonl");
    assertThat(data.get("stories")).hasSize(stories.size());
    JsonNode moscow = null;
    for (JsonNode s : data.get("stories")) if (s.get("docs").size() == 2) moscow = s;
    assertThat(moscow).as("the story of the two reports of the Moscow talks").isNotNull();
    assertThat(moscow.get("first").asText()).isEqualTo("2020-10-09");
  }

  @Test
  void countsTheActorsRolesAndDrawsTheirGraph() {
    Map<String, JsonNode> actors = new HashMap<>();
    data.get("actors").forEach(a -> actors.put(a.get("entity").asText(), a));
    JsonNode armenia = actors.get("armenia");
    assertThat(armenia.get("type").asText()).isEqualTo("COUNTRY");
    assertThat(armenia.get("country").asText()).isEqualTo("ARM");
    assertThat(armenia.get("mentions").asInt()).isPositive();
    int asSource = 0;
    for (JsonNode t : data.get("timeline")) {
      for (JsonNode a : t.get("source")) if (a.get("entity").asText().equals("armenia")) asSource++;
    }
    assertThat(armenia.get("source").asInt()).isEqualTo(asSource);
    assertThat(actors.values()).noneMatch(a -> a.get("type").asText().equals("LOCATION") && a.get("events").asInt() == 0);
    JsonNode graph = data.get("graph");
    assertThat(graph.get("nodes")).isNotEmpty();
    Set<String> nodes = new HashSet<>();
    graph.get("nodes").forEach(n -> nodes.add(n.get("id").asText()));
    Set<String> entries = new HashSet<>();
    data.get("timeline").forEach(t -> entries.add(t.get("id").asText()));
    for (JsonNode e : graph.get("edges")) {
      assertThat(nodes).contains(e.get("source").asText(), e.get("target").asText());
      assertThat(e.get("kind").asText()).isIn("acts", "mediates");
      int byQuad = 0;
      for (JsonNode q : e.get("quads")) byQuad += q.asInt();
      assertThat(byQuad).isEqualTo(e.get("count").asInt());
      assertThat(e.get("entries")).hasSize(e.get("count").asInt());
      e.get("entries").forEach(id -> assertThat(entries).contains(id.asText()));
    }
  }

  @Test
  void givesThePlacesOfEntriesTheirCoordinatesAndIncludesTheMap() throws Exception {
    JsonNode places = data.get("places");
    assertThat(places.size()).isPositive();
    for (JsonNode t : data.get("timeline")) {
      JsonNode location = t.get("location");
      if (location.isNull()) continue;
      JsonNode p = places.get(location.get("entity").asText());
      assertThat(p).as(location.toString()).isNotNull();
      assertThat(p.get("lat").asDouble()).isBetween(-90.0, 90.0);
    }
    assertThat(written.map()).isTrue();
    JsonNode boundaries = JSON.readTree(report.json(HtmlPage.BOUNDARIES_ID));
    assertThat(boundaries.get("type").asText()).isEqualTo("FeatureCollection");
    List<String> countries = new ArrayList<>();
    boundaries.get("features").forEach(f -> countries.add(f.get("properties").get("iso_a3").asText()));
    assertThat(countries).contains("ARM", "AZE", "GEO", "TUR", "IRN", "RUS");
  }

  @Test
  void inlinesTheStylesheetAndEveryScriptAndAllowsNothingElse() {
    for (String name : Assets.SCRIPTS) assertThat(report.scriptBodies).contains(Assets.read(name));
    assertThat(report.html).contains("<style>" + Assets.read(Assets.STYLESHEET) + "</style>");
    assertThat(report.html).contains("Content-Security-Policy\" content=\"default-src 'none';");
    // the sections the page draws
    String code = String.join("\n", report.scriptBodies);
    for (String section : List.of("dx-timeline", "dx-map", "dx-actors", "dx-stories", "dx-sources")) {
      assertThat(code).contains("'" + section + "'");
    }
  }

  @Test
  void requestsNothingFromTheNetwork() throws Exception {
    String page = report.withoutData();
    assertThat(found(page, "(?i)\\ssrc\\s*=")).isEmpty();
    assertThat(found(page, "(?i)<link\\b")).isEmpty();
    String css = Assets.read(Assets.STYLESHEET);
    assertThat(found(css, "(?i)url\\s*\\(")).isEmpty();
    assertThat(found(css, "(?i)@import")).isEmpty();
    // in code, url(#id) names an element of the page itself (a clip path, an arrowhead)
    assertThat(found(page, "(?i)['\"]url\\s*\\(\\s*['\"]?(?!#)")).isEmpty();
    assertThat(found(page, "(?i)\\b(fetch|XMLHttpRequest|importScripts|WebSocket|EventSource|sendBeacon)\\b")).isEmpty();
    // the one address in code is the SVG namespace, a name, never loaded
    Matcher urls = Pattern.compile("https?://[^\\s\"'<>)]+").matcher(page);
    while (urls.find()) assertThat(urls.group()).isEqualTo("http://www.w3.org/2000/svg");
    // in the data, the only addresses are the articles' own URLs
    Set<String> articleUrls = new HashSet<>();
    data.get("documents").forEach(d -> {
      if (!d.get("url").isNull()) articleUrls.add(d.get("url").asText());
    });
    Matcher inData = Pattern.compile("https?://[^\\s\"]+").matcher(report.json(HtmlPage.DATA_ID));
    while (inData.find()) assertThat(articleUrls).contains(inData.group());
  }

  private static List<String> found(String text, String regex) {
    List<String> hits = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) hits.add(text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40)));
    return hits;
  }

  private static List<JsonNode> lines(String file) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(out().resolve(file), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) out.add(JSON.readTree(line));
    }
    return out;
  }

  private static Path out() {
    return out;
  }
}
