package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The REST API through real HTTP, over a store ingested from the bundled examples and one hostile article. */
class ApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  static ExampleStore examples;

  @BeforeAll
  static void serve() throws IOException {
    examples = ExampleStore.start();
  }

  @AfterAll
  static void stop() throws IOException {
    if (examples != null) examples.close();
  }

  record Answer(int status, String contentType, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  static Answer get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(examples.url(path))).build(),
        HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
  }

  static JsonNode ok(String path) throws IOException, InterruptedException {
    Answer a = get(path);
    assertThat(a.status()).as(path + " " + a.body()).isEqualTo(200);
    assertThat(a.contentType()).startsWith("application/json");
    return a.json();
  }

  static JsonNode page(String path) throws IOException, InterruptedException {
    JsonNode p = ok(path);
    assertThat(p.has("total") && p.has("offset") && p.has("limit") && p.get("items").isArray()).as(path).isTrue();
    return p;
  }

  static void refused(String path, int status, String code) throws IOException, InterruptedException {
    Answer a = get(path);
    assertThat(a.status()).as(path + " " + a.body()).isEqualTo(status);
    assertThat(a.json().get("error").asText()).isEqualTo(code);
    assertThat(a.json().get("message").asText()).isNotBlank();
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void statsCountWhatTheStoreHolds() throws Exception {
    JsonNode stats = ok("/api/stats");
    assertThat(stats.get("counts").get("documents").asLong()).isEqualTo(14);
    assertThat(stats.get("counts").get("timeline").asLong()).isPositive();
    List<String> languages = new ArrayList<>();
    stats.get("languages").forEach(l -> languages.add(l.get("value").asText()));
    assertThat(languages).contains("en", "de");
    assertThat(stats.get("first_published").asText()).startsWith("20");
    assertThat(stats.get("outlets")).isNotEmpty();
  }

  @Test
  void documentsArePagedWithinLimits() throws Exception {
    JsonNode all = page("/api/documents");
    assertThat(all.get("total").asLong()).isEqualTo(14);
    assertThat(all.get("limit").asInt()).isEqualTo(50);
    assertThat(all.get("items")).hasSize(14);
    JsonNode second = page("/api/documents?offset=2&limit=2");
    assertThat(second.get("items")).hasSize(2);
    assertThat(second.get("items").get(0).get("id")).isEqualTo(all.get("items").get(2).get("id"));
    assertThat(page("/api/documents?limit=500").get("limit").asInt()).isEqualTo(500);
    JsonNode german = page("/api/documents?language=de");
    german.get("items").forEach(d -> assertThat(d.get("language").asText()).isEqualTo("de"));
    assertThat(german.get("total").asLong()).isPositive().isLessThan(14);
    assertThat(all.get("items").get(0).has("text")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/documents?limit=501", "/api/documents?limit=-1", "/api/documents?offset=x",
      "/api/documents?from=2020-13-01", "/api/documents?from=2020-10-10&to=2020-10-01", "/api/events?root=1",
      "/api/events?modality=certain", "/api/events?code=abc", "/api/timeline?minDocs=many", "/api/actors?type=ALIEN",
      "/api/graph?to=yesterday", "/api/export/timeline.csv?from=soon", "/api/search?limit=1000",
      "/api/search?q=" + "%22unclosed", "/api/search?q=AND", "/api/search?q=country%3AARM"})
  void badParametersAndQueriesAre400(String path) throws Exception {
    Answer a = get(path);
    assertThat(a.status()).as(path + " " + a.body()).isEqualTo(400);
    assertThat(a.json().get("error").asText()).isIn("bad_parameter", "invalid_query");
    assertThat(a.json().get("message").asText()).isNotBlank();
  }

  @Test
  void invalidSearchSyntaxSaysWhatIsWrong() throws Exception {
    Answer a = get("/api/search?q=" + q("\"unclosed"));
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("error").asText()).isEqualTo("invalid_query");
    assertThat(a.json().get("message").asText()).contains("quotation mark");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/documents/nope", "/api/timeline/nope", "/api/stories/nope", "/api/actors/nope",
      "/api/nothing-here"})
  void unknownIdsAre404(String path) throws Exception {
    refused(path, 404, "not_found");
  }

  @Test
  void aDocumentComesWithItsAnalysisAndTimelineEntries() throws Exception {
    String id = null;
    for (JsonNode d : page("/api/events?limit=1").get("items")) id = d.get("doc").asText();
    JsonNode doc = ok("/api/documents/" + q(id));
    assertThat(doc.get("document").get("id").asText()).isEqualTo(id);
    assertThat(doc.get("document").get("text").asText()).isNotBlank();
    assertThat(doc.get("document").get("published").has("origin")).isTrue();
    assertThat(doc.get("mentions")).isNotEmpty();
    assertThat(doc.get("events")).isNotEmpty();
    int linked = 0;
    for (JsonNode e : doc.get("events")) {
      assertThat(e.get("doc").asText()).isEqualTo(id);
      assertThat(e.has("timeline")).isTrue();
      if (e.get("timeline").isNull()) continue;
      linked++;
      String entry = e.get("timeline").asText();
      JsonNode t = ok("/api/timeline/" + q(entry));
      assertThat(t.get("entry").get("mentions").toString()).contains(e.get("id").asText());
    }
    assertThat(linked).isPositive();
  }

  @Test
  void eventsFilterByRootAndActor() throws Exception {
    JsonNode all = page("/api/events?limit=500");
    assertThat(all.get("total").asLong()).isPositive();
    String root = all.get("items").get(0).get("cameo").asText().substring(0, 2);
    JsonNode byRoot = page("/api/events?root=" + root);
    byRoot.get("items").forEach(e -> assertThat(e.get("cameo").asText()).startsWith(root));
    JsonNode armenia = page("/api/events?actor=armenia");
    assertThat(armenia.get("total").asLong()).isPositive().isLessThan(all.get("total").asLong());
    armenia.get("items").forEach(e -> assertThat(e.toString()).contains("\"armenia\""));
  }

  @Test
  void aTimelineEntryShowsEveryMentionsEvidenceAndDocument() throws Exception {
    JsonNode timeline = page("/api/timeline?limit=500");
    assertThat(timeline.get("total").asLong()).isPositive();
    JsonNode most = null;
    for (JsonNode t : timeline.get("items")) if (most == null || t.get("docs").size() > most.get("docs").size()) most = t;
    JsonNode view = ok("/api/timeline/" + q(most.get("id").asText()));
    assertThat(view.get("mentions")).hasSize(most.get("mentions").size());
    for (JsonNode m : view.get("mentions")) {
      assertThat(m.get("evidence").get("text").asText()).isNotBlank();
      JsonNode d = m.get("document");
      assertThat(d.has("title") && d.has("outlet") && d.has("language") && d.has("published") && d.has("url")).isTrue();
    }
    JsonNode wide = page("/api/timeline?minDocs=2");
    wide.get("items").forEach(t -> assertThat(t.get("docs").size()).isGreaterThanOrEqualTo(2));
  }

  @Test
  void storiesListTheirDocuments() throws Exception {
    JsonNode stories = page("/api/stories");
    assertThat(stories.get("total").asLong()).isPositive();
    JsonNode first = stories.get("items").get(0);
    JsonNode story = ok("/api/stories/" + q(first.get("id").asText()));
    assertThat(story.get("story").get("id")).isEqualTo(first.get("id"));
    Set<String> ids = new HashSet<>();
    story.get("documents").get("items").forEach(d -> ids.add(d.get("id").asText()));
    Set<String> expected = new HashSet<>();
    first.get("docs").forEach(d -> expected.add(d.asText()));
    assertThat(ids).isEqualTo(expected);
  }

  @Test
  void actorsAreListedAndShownWithTheirEvents() throws Exception {
    JsonNode actors = page("/api/actors");
    assertThat(actors.get("total").asLong()).isPositive();
    JsonNode people = page("/api/actors?type=PERSON");
    people.get("items").forEach(a -> assertThat(a.get("type").asText()).isEqualTo("PERSON"));
    JsonNode lavrov = page("/api/actors?q=lavrov");
    assertThat(lavrov.get("items").get(0).get("entity").asText()).isEqualTo("sergey-lavrov");
    JsonNode armenia = ok("/api/actors/armenia");
    assertThat(armenia.get("actor").get("name").asText()).isEqualTo("Armenia");
    assertThat(armenia.get("events").get("total").asLong()).isPositive();
  }

  @Test
  void theGraphHasWeightedEdgesBetweenItsNodes() throws Exception {
    JsonNode graph = ok("/api/graph");
    assertThat(graph.get("nodes")).isNotEmpty();
    assertThat(graph.get("edges")).isNotEmpty();
    Set<String> nodes = new HashSet<>();
    graph.get("nodes").forEach(n -> nodes.add(n.get("id").asText()));
    for (JsonNode e : graph.get("edges")) {
      assertThat(nodes).contains(e.get("source").asText(), e.get("target").asText());
      assertThat(e.get("weight").asLong()).isPositive();
      assertThat(e.get("by_root")).isNotEmpty();
    }
    assertThat(ok("/api/graph?from=1900-01-01&to=1900-12-31").get("edges")).isEmpty();
  }

  @Test
  void searchWidensGermanSpellingsAndHighlights() throws Exception {
    JsonNode r = ok("/api/search?q=Lawrow");
    assertThat(r.get("total").asLong()).isPositive();
    assertThat(r.get("expansions").get("Lawrow").toString()).contains("Sergey Lavrov");
    List<String> languages = new ArrayList<>();
    r.get("items").forEach(h -> languages.add(h.get("language").asText()));
    assertThat(languages).contains("en");
    assertThat(r.get("items").toString()).contains("<mark>Lavrov</mark>");
    assertThat(r.get("facets").has("language")).isTrue();
    JsonNode english = ok("/api/search?q=Lawrow&language=en&limit=1");
    assertThat(english.get("items")).hasSize(1);
    assertThat(english.get("total").asLong()).isLessThanOrEqualTo(r.get("total").asLong());
    english.get("items").forEach(h -> assertThat(h.get("language").asText()).isEqualTo("en"));
  }

  @Test
  void concurrentSearchesAllAnswerTheSame() throws Exception {
    String expected = ok("/api/search?q=&limit=5").toString();
    String word = ok("/api/search?q=ceasefire&limit=5").toString();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Boolean>> answers = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        boolean blank = i % 2 == 0;
        answers.add(pool.submit(() -> (blank ? expected : word)
            .equals(ok(blank ? "/api/search?q=&limit=5" : "/api/search?q=ceasefire&limit=5").toString())));
      }
      for (java.util.concurrent.Future<Boolean> a : answers) assertThat(a.get()).isTrue();
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void markupInAnArticleComesBackAsData() throws Exception {
    JsonNode hits = ok("/api/search?q=" + q("Stepanakert shelling outlet:hostile.example.org"));
    assertThat(hits.get("items")).hasSize(1);
    JsonNode hit = hits.get("items").get(0);
    assertThat(hit.get("title").asText()).contains("<script>");
    assertThat(hit.get("highlighted_title").asText()).doesNotContain("<script>").contains("&lt;script&gt;");
    hit.get("snippets").forEach(s -> assertThat(s.asText()).doesNotContain("<script>", "<img"));
    JsonNode doc = ok("/api/documents/" + q(hit.get("id").asText()));
    assertThat(doc.get("document").get("text").asText()).contains("<script>window.hostile = 1</script>");
  }

  @Test
  void theCsvExportHasAcledColumnsOnEveryRow() throws Exception {
    Answer a = get("/api/export/timeline.csv");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.contentType()).startsWith("text/csv");
    List<List<String>> rows = Csv.parse(a.body());
    assertThat(rows.get(0)).startsWith("event_id_cnty", "event_date", "year", "time_precision", "event_type");
    long entries = page("/api/timeline?limit=0").get("total").asLong();
    assertThat(rows).hasSize((int) entries + 1);
    for (List<String> row : rows) assertThat(row).hasSameSizeAs(rows.get(0));
    int notes = rows.get(0).indexOf("notes");
    assertThat(rows.subList(1, rows.size())).allMatch(r -> !r.get(notes).isBlank());
  }

  @Test
  void theJsonLinesExportHoldsEveryEvent() throws Exception {
    Answer a = get("/api/export/events.jsonl?language=en");
    assertThat(a.status()).isEqualTo(200);
    String[] lines = a.body().split("\n");
    assertThat(lines.length).isEqualTo(page("/api/events?language=en&limit=0").get("total").asInt());
    for (String line : lines) assertThat(JSON.readTree(line).get("cameo").asText()).isNotBlank();
  }

  @Test
  void theGeoJsonExportIsAFeatureCollectionOfPoints() throws Exception {
    Answer a = get("/api/export/events.geojson");
    assertThat(a.status()).isEqualTo(200);
    JsonNode geo = a.json();
    assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(geo.get("features")).isNotEmpty();
    assertThat(geo.toString()).contains("\"place\":\"Ganja\"");
    for (JsonNode f : geo.get("features")) {
      assertThat(f.get("geometry").get("type").asText()).isEqualTo("Point");
      double lon = f.get("geometry").get("coordinates").get(0).asDouble();
      double lat = f.get("geometry").get("coordinates").get(1).asDouble();
      assertThat(lon).isBetween(-180.0, 180.0).isNotZero();
      assertThat(lat).isBetween(-90.0, 90.0).isNotZero();
    }
  }

  @Test
  void openApiDescribesEveryRoute() throws Exception {
    JsonNode doc = ok("/openapi.json");
    assertThat(doc.get("openapi").asText()).startsWith("3.0");
    List<String> routes = examples.server.routePaths();
    assertThat(routes).contains("/api/search", "/api/timeline/{id}", "/openapi.json").hasSizeGreaterThan(15);
    for (String route : routes) {
      assertThat(doc.get("paths").has(route)).as(route).isTrue();
      if (route.contains("{id}")) {
        assertThat(doc.get("paths").get(route).get("get").get("parameters").toString()).contains("\"in\":\"path\"");
      }
    }
    assertThat(doc.get("paths").get("/api/search").get("get").get("parameters").toString())
        .contains("\"q\"", "\"language\"", "\"actor\"", "\"event\"", "\"month\"", "\"outlet\"", "\"offset\"",
            "\"limit\"");
  }

  @Test
  void theUiAndItsAssetsAreServedFromTheJar() throws Exception {
    Answer page = get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<script src=\"/assets/dossier.js\"").doesNotContain("https://");
    for (String asset : List.of("/assets/dossier.js", "/assets/timeline.js", "/assets/graph.js", "/assets/map.js",
        "/assets/dossier.css", "/assets/caucasus-boundaries.json", "/app.js", "/app.css")) {
      assertThat(get(asset).status()).as(asset).isEqualTo(200);
    }
  }
}
