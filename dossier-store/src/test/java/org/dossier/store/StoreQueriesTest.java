package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.pack.Place;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reading API over a store of the bundled seeds and two reports with URLs. */
class StoreQueriesTest {
  @TempDir static Path dir;
  static Store store;

  @BeforeAll
  static void ingest() throws Exception {
    Path web = dir.resolve("web.jsonl");
    Files.writeString(web, String.join("\n",
        "{\"id\": \"w1\", \"url\": \"https://www.example.org/2023/09/20/offensive\", \"published\": \"2023-09-20\", "
            + "\"text\": \"Azerbaijan launched a military offensive in Nagorno-Karabakh on Tuesday, the Armenian "
            + "government said. Shelling was reported in Stepanakert.\"}",
        "{\"id\": \"w2\", \"url\": \"https://news.example.com/articles/1\", \"published\": \"2023-09-21\", "
            + "\"text\": \"Armenia and Azerbaijan held talks in Yevlakh on Thursday, officials said.\"}"));
    store = Store.open(dir.resolve("store"));
    List<Path> inputs = new ArrayList<>(Fixtures.seeds("000", "001", "002", "003", "004"));
    inputs.add(web);
    Fixtures.ingest(store).run(inputs, new StoreIngest.Listener() {});
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void everyListIsPagedWithItsTotalAndLimited() {
    Page<ObjectNode> all = store.documents(DocumentFilter.all(), 0, 100_000);
    assertThat(all.limit()).isEqualTo(Page.MAX_LIMIT);
    assertThat(all.total()).isEqualTo(7);
    assertThat(all.items()).hasSize(7);
    List<String> paged = new ArrayList<>();
    for (int offset = 0; offset < all.total(); offset += 3) {
      Page<ObjectNode> p = store.documents(DocumentFilter.all(), offset, 3);
      assertThat(p.total()).isEqualTo(7);
      assertThat(p.items().size()).isLessThanOrEqualTo(3);
      p.items().forEach(d -> paged.add(d.get("id").asText()));
    }
    assertThat(paged).containsExactlyElementsOf(all.items().stream().map(d -> d.get("id").asText()).toList());
    assertThat(store.documents(DocumentFilter.all(), 50, 10).items()).isEmpty();
    assertThat(store.documents(DocumentFilter.all(), 50, 10).total()).isEqualTo(7);
    Page<ObjectNode> events = store.events(EventFilter.all(), 0, 10_000);
    assertThat(events.limit()).isEqualTo(Page.MAX_LIMIT);
    assertThat(events.items()).hasSize((int) events.total());
    assertThat(store.events(EventFilter.all(), 0, Page.MAX_LIMIT + 1).limit()).isEqualTo(Page.MAX_LIMIT);
    assertThatThrownBy(() -> store.timeline(TimelineFilter.all(), -1, 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offset");
    assertThatThrownBy(() -> store.actors(ActorFilter.all(), 0, -5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
    assertThat(store.stories(StoryFilter.all(), 0, 0).items()).isEmpty();
    assertThat(store.stories(StoryFilter.all(), 0, 0).total()).isEqualTo(6);
  }

  @Test
  void documentsAreFilteredByLanguageStoryOutletAndDate() {
    Page<ObjectNode> german = store.documents(new DocumentFilter("de", null, null, null, null), 0, 50);
    assertThat(german.total()).isEqualTo(4);
    german.items().forEach(d -> assertThat(d.get("language").asText()).isEqualTo("de"));
    assertThat(german.items().get(0).has("text")).isFalse();
    assertThat(german.items().get(0).get("published").get("origin").asText()).isNotBlank();

    ObjectNode w1 = store.documents(new DocumentFilter(null, null, "example.org", null, null), 0, 50).items().get(0);
    assertThat(w1.get("id").asText()).isEqualTo("w1");
    assertThat(w1.get("outlet").asText()).isEqualTo("example.org");
    assertThat(store.documents(new DocumentFilter(null, null, "news.example.com", null, null), 0, 50).total())
        .isEqualTo(1);

    String story = store.document("edbe00075580a540").orElseThrow().document().get("story").asText();
    assertThat(store.documents(new DocumentFilter(null, story, null, null, null), 0, 50).items())
        .extracting(d -> d.get("id").asText()).containsExactlyInAnyOrder("edbe00075580a540", "a6f3e6cda963ea77");

    Page<ObjectNode> october2020 = store.documents(
        new DocumentFilter(null, null, null, LocalDate.of(2020, 10, 1), LocalDate.of(2020, 10, 31)), 0, 50);
    assertThat(october2020.items()).extracting(d -> d.get("published").get("value").asText())
        .containsExactly("2020-10-09", "2020-10-09", "2020-10-02");
    // newest first
    List<ObjectNode> all = store.documents(DocumentFilter.all(), 0, 50).items();
    assertThat(all.get(0).get("published").get("value").asText()).isEqualTo("2024-02-28");
  }

  @Test
  void oneDocumentComesWithItsMentionsTimexesAndEvents() {
    DocumentView view = store.document("f4c009e09e48dc70").orElseThrow();
    assertThat(view.document().get("text").asText()).isNotBlank();
    assertThat(view.document().get("story").asText()).startsWith("s");
    assertThat(view.mentions()).isNotEmpty().allSatisfy(m -> assertThat(m.get("doc").asText()).isEqualTo("f4c009e09e48dc70"));
    assertThat(view.timexes()).isNotEmpty();
    assertThat(view.events()).isNotEmpty();
    assertThat(view.events()).extracting(e -> e.get("id").asText())
        .startsWith("f4c009e09e48dc70-e1", "f4c009e09e48dc70-e2");
    assertThat(view.mentions().size()).isEqualTo(
        (int) Fixtures.count(store, "SELECT count(*) FROM mentions WHERE doc = 'f4c009e09e48dc70'"));
    assertThat(store.document("no-such-document")).isEmpty();
  }

  @Test
  void eventsAreFilteredByDocumentActorCameoModalityDateAndLanguage() {
    for (JsonNode e : store.events(new EventFilter(null, "armenia", null, null, null, null, null, null), 0, 500).items()) {
      assertThat(e.toString()).contains("\"entity\":\"armenia\"");
    }
    Page<ObjectNode> fights = store.events(new EventFilter(null, null, "19", null, null, null, null, null), 0, 500);
    assertThat(fights.total()).isPositive();
    fights.items().forEach(e -> assertThat(e.get("cameo").asText()).startsWith("19"));
    assertThat(store.events(new EventFilter(null, null, null, "19", null, null, null, null), 0, 500).total())
        .isEqualTo(fights.total());
    Page<ObjectNode> negated = store.events(new EventFilter(null, null, null, null, "negated", null, null, null), 0, 500);
    negated.items().forEach(e -> assertThat(e.get("modality").asText()).isEqualTo("negated"));
    Page<ObjectNode> english = store.events(new EventFilter(null, null, null, null, null, null, null, "en"), 0, 500);
    english.items().forEach(e -> assertThat(e.get("language").asText()).isEqualTo("en"));
    Page<ObjectNode> october = store.events(new EventFilter(null, null, null, null, null, LocalDate.of(2020, 10, 1),
        LocalDate.of(2020, 10, 31), null), 0, 500);
    assertThat(october.total()).isPositive();
    // a date that may stand for a day in October 2020 (the year 2020 may)
    october.items().forEach(e -> assertThat(e.get("date").get("value").asText()).matches("2020(-10.*)?"));
    assertThat(october.items()).anySatisfy(e -> assertThat(e.get("date").get("value").asText()).startsWith("2020-10"));
    Page<ObjectNode> ofOne = store.events(new EventFilter("w2", null, null, null, null, null, null, null), 0, 500);
    ofOne.items().forEach(e -> assertThat(e.get("doc").asText()).isEqualTo("w2"));
    assertThat(ofOne.total()).isEqualTo(Fixtures.count(store, "SELECT count(*) FROM events WHERE doc = 'w2'"));
    // in date order, undated last
    List<String> dates = store.events(EventFilter.all(), 0, 500).items().stream()
        .map(e -> e.get("date").get("value").asText(null)).toList();
    assertThat(dates.get(dates.size() - 1)).isNull();
  }

  @Test
  void timelineEntriesAreFilteredAndOneComesWithItsMentionsAndTheirDocuments() {
    Page<ObjectNode> reported = store.timeline(new TimelineFilter(null, null, null, null, null, 2), 0, 50);
    assertThat(reported.total()).isPositive();
    reported.items().forEach(t -> assertThat(t.get("docs").size()).isGreaterThanOrEqualTo(2));
    Page<ObjectNode> withRussia = store.timeline(new TimelineFilter("russia", "04", null, null, "de", null), 0, 50);
    assertThat(withRussia.total()).isPositive();
    withRussia.items().forEach(t -> {
      assertThat(t.get("cameo").asText()).startsWith("04");
      assertThat(t.toString()).contains("\"entity\":\"russia\"");
      assertThat(t.get("languages").toString()).contains("de");
    });

    ObjectNode entry = reported.items().get(0);
    TimelineEntryView view = store.timelineEntry(entry.get("id").asText()).orElseThrow();
    assertThat(view.entry()).isEqualTo(entry);
    assertThat(view.mentions()).hasSize(entry.get("mentions").size());
    Set<String> docs = new HashSet<>();
    for (ObjectNode m : view.mentions()) {
      assertThat(m.get("timeline").asText()).isEqualTo(entry.get("id").asText());
      assertThat(m.get("evidence").get("text").asText()).isNotBlank();
      docs.add(m.get("document").get("id").asText());
      assertThat(m.get("document").get("language").asText()).isNotBlank();
    }
    assertThat(docs).hasSize(entry.get("docs").size());
    assertThat(store.timelineEntry("t-none")).isEmpty();

    StringWriter out = new StringWriter();
    long written = store.exportTimeline(TimelineFilter.all(), out);
    assertThat(written).isEqualTo(store.timeline(TimelineFilter.all(), 0, 0).total());
    assertThat(out.toString().lines()).hasSize((int) written).allSatisfy(l -> assertThat(l).startsWith("{\"id\":\"t"));
    StringWriter fights = new StringWriter();
    assertThat(store.exportEvents(new EventFilter(null, null, "19", null, null, null, null, null), fights))
        .isEqualTo(store.events(new EventFilter(null, null, "19", null, null, null, null, null), 0, 0).total());
  }

  @Test
  void storiesAreListedAndFiltered() {
    assertThat(store.stories(StoryFilter.all(), 0, 50).items()).hasSize(6);
    Page<ObjectNode> shared = store.stories(new StoryFilter(null, null, null, 2), 0, 50);
    assertThat(shared.items()).hasSize(1);
    assertThat(shared.items().get(0).get("docs")).hasSize(2);
    assertThat(store.stories(new StoryFilter("en", null, null, null), 0, 50).total()).isEqualTo(3);
    assertThat(store.stories(new StoryFilter(null, LocalDate.of(2023, 1, 1), null, null), 0, 50).items())
        .allSatisfy(s -> assertThat(s.get("last").asText()).isGreaterThanOrEqualTo("2023"));
    String id = shared.items().get(0).get("id").asText();
    assertThat(store.story(id).orElseThrow().get("title").asText()).isNotBlank();
  }

  @Test
  void actorsComeWithTheirCountsAndTheGraphWithItsPairs() {
    Page<ActorSummary> actors = store.actors(ActorFilter.all(), 0, 500);
    ActorSummary armenia = actors.items().stream().filter(a -> a.entity().equals("armenia")).findFirst().orElseThrow();
    assertThat(armenia.name()).isEqualTo("Armenia");
    assertThat(armenia.type()).isEqualTo("COUNTRY");
    assertThat(armenia.country()).isEqualTo("ARM");
    assertThat(armenia.mentions()).isEqualTo(
        Fixtures.count(store, "SELECT count(*) FROM mentions WHERE entity = 'armenia'"));
    assertThat(armenia.asSource()).isEqualTo(
        Fixtures.count(store, "SELECT count(*) FROM event_actors WHERE entity = 'armenia' AND role = 'source'"));
    assertThat(armenia.documents()).isBetween(1L, 7L);
    for (int i = 1; i < actors.items().size(); i++) {
      assertThat(actors.items().get(i).mentions()).isLessThanOrEqualTo(actors.items().get(i - 1).mentions());
    }
    assertThat(store.actors(new ActorFilter("PERSON", null, "aliyev"), 0, 50).items())
        .extracting(ActorSummary::entity).contains("ilham-aliyev").allSatisfy(e -> assertThat(e).contains("aliyev"));
    assertThat(store.actors(new ActorFilter(null, "AZE", null), 0, 50).items())
        .allSatisfy(a -> assertThat(a.country()).isEqualTo("AZE"));

    Page<ActorPair> graph = store.actorGraph(TimelineFilter.all(), 0, 500);
    assertThat(graph.total()).isPositive();
    ActorPair top = graph.items().get(0);
    assertThat(top.sourceName()).isNotBlank();
    assertThat(top.byRoot().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(top.entries());
    assertThat(top.byMonth().values().stream().mapToLong(Long::longValue).sum()).isLessThanOrEqualTo(top.entries());
    assertThat(top.byMonth().keySet()).allSatisfy(m -> assertThat(m).matches("\\d{4}-\\d{2}"));
    assertThat(graph.items()).anySatisfy(p -> {
      assertThat(p.source()).isEqualTo("azerbaijan");
      assertThat(p.target()).isEqualTo("armenia");
    });
    Page<ActorPair> russian = store.actorGraph(new TimelineFilter("russia", null, null, null, null, null), 0, 50);
    assertThat(russian.items()).isNotEmpty()
        .allSatisfy(p -> assertThat(List.of(p.source(), p.target())).contains("russia"));
    Page<ActorPair> fights = store.actorGraph(new TimelineFilter(null, "19", null, null, null, null), 0, 50);
    fights.items().forEach(p -> assertThat(p.byRoot()).containsOnlyKeys("19"));
  }

  @Test
  void locatedEntriesCarryTheirPlacesCoordinates() {
    Map<String, Place> places = Fixtures.pipeline().pack().places();
    Page<ObjectNode> located = store.locatedEntries(TimelineFilter.all(), 0, 500);
    assertThat(located.total()).isPositive();
    for (ObjectNode t : located.items()) {
      Place p = places.get(t.get("location").get("entity").asText());
      assertThat(t.get("latitude").asDouble()).isEqualTo(p.lat());
      assertThat(t.get("longitude").asDouble()).isEqualTo(p.lon());
    }
    assertThat(located.total()).isEqualTo(
        Fixtures.count(store, "SELECT count(*) FROM timeline WHERE location_entity IS NOT NULL"));
  }

  @Test
  void filterValuesAreDataNeverSql() {
    Map<String, Long> before = store.counts();
    String[] attempts = {"de' OR '1'='1", "x'; DROP TABLE documents; --", "%", "' UNION SELECT json FROM events --"};
    for (String a : attempts) {
      assertThat(store.documents(new DocumentFilter(a, a, a, null, null), 0, 50).total()).as(a).isZero();
      assertThat(store.events(new EventFilter(a, a, a, a, a, null, null, a), 0, 50).total()).as(a).isZero();
      assertThat(store.timeline(new TimelineFilter(a, a, null, null, a, null), 0, 50).total()).as(a).isZero();
      assertThat(store.actors(new ActorFilter(a, a, a), 0, 50).total()).as(a).isZero();
      assertThat(store.actorGraph(new TimelineFilter(a, null, null, null, null, null), 0, 50).total()).as(a).isZero();
      assertThat(store.document(a)).isEmpty();
      assertThat(store.timelineEntry(a)).isEmpty();
    }
    assertThat(store.counts()).isEqualTo(before);
  }

  @Test
  void aSearchIndexCatchesUpFromTheChangeItSawLast() {
    List<DocumentChange> all = new ArrayList<>();
    store.documentsChangedAfter(0, all::add);
    assertThat(all).hasSize(7);
    assertThat(all).extracting(DocumentChange::seq).doesNotHaveDuplicates();
    for (int i = 1; i < all.size(); i++) assertThat(all.get(i).change()).isGreaterThanOrEqualTo(all.get(i - 1).change());
    DocumentChange seed0 = all.stream().filter(c -> c.document().id().equals("f4c009e09e48dc70")).findFirst().orElseThrow();
    assertThat(seed0.document().text()).isNotBlank();
    assertThat(seed0.document().language()).isEqualTo("en");
    assertThat(seed0.document().published()).isEqualTo("2024-02-28");
    assertThat(seed0.document().story()).startsWith("s");
    assertThat(seed0.document().entities()).contains("armenia", "azerbaijan").isSorted();
    assertThat(seed0.document().actors()).isNotEmpty();
    assertThat(seed0.document().eventRoots()).allSatisfy(r -> assertThat(r).hasSize(2));
    DocumentChange w1 = all.stream().filter(c -> c.document().id().equals("w1")).findFirst().orElseThrow();
    assertThat(w1.document().outlet()).isEqualTo("example.org");
    List<DocumentChange> none = new ArrayList<>();
    store.documentsChangedAfter(store.lastChange(), none::add);
    assertThat(none).isEmpty();
  }

  @Test
  void manyThreadsReadAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Long>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        int k = i;
        results.add(pool.submit(() -> switch (k % 4) {
          case 0 -> store.documents(DocumentFilter.all(), 0, 5).total();
          case 1 -> store.events(new EventFilter(null, "armenia", null, null, null, null, null, null), 0, 5).total();
          case 2 -> (long) store.document("edbe00075580a540").orElseThrow().events().size();
          default -> store.actorGraph(TimelineFilter.all(), 0, 5).total();
        }));
      }
      for (int i = 0; i < results.size(); i++) assertThat(results.get(i).get()).isEqualTo(results.get(i % 4).get());
    } finally {
      pool.shutdown();
    }
  }
}
