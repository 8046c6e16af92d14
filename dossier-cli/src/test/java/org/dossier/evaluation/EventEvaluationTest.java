package org.dossier.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.evaluation.EventEvaluation.Failure;
import org.dossier.evaluation.EventEvaluation.Predicted;
import org.dossier.evaluation.EventEvaluation.Tally;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The event scorer on hand-made gold and predictions: matching, traps, off-topic events, failure classes. */
class EventEvaluationTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String TALKS = "Armenia and Azerbaijan held talks in Berlin on Wednesday";
  private static final String DENIAL = "Baku said it has no plans to attack Armenia.";
  private static final String SHELLING = "Azerbaijani troops shelled Armenian villages in 1993";
  private static final String TEXT = TALKS + ". " + DENIAL + " " + SHELLING + ".";

  // ------------------------------------------------------------------------------------------------
  // Building blocks

  @ParameterizedTest(name = "gold {0} vs predicted {1}: {2}")
  @CsvSource(nullValues = "null", value = {
      "2024-02-28, 2024-02-28, true",
      "2024-02-28, 2024-02-27, false",
      "2024-02-28, 2024-02, false",            // coarser than the gold: not at the gold's precision
      "2024-02-28, 2024-02-28T10:00, true",
      "2024-02, 2024-02-28, true",
      "2024-02, 2024-02, true",
      "2024-02, 2024-03-01, false",
      "2024-02, 2024, false",
      "2020, 2020-10-09, true",
      "2020, 2020, true",
      "2020, 2020-W41, true",
      "2020, 2021-01, false",
      "2020, 20201, false",
      "199, 1993, true",                      // the 1990s
      "199, 1999-12-31, true",
      "199, 199, true",
      "199, 2001, false",
      "199, 19, false",
      "null, 2020-10-09, true",               // no gold date: anything
      "null, null, true",
      "2020-10-09, null, false",              // unknown never matches a known date
      "2020-10-09, XXXX-10-09, false"})
  void datesMatchAtTheGoldsPrecision(String gold, String predicted, boolean expected) {
    assertThat(EventEvaluation.dateMatches(gold, predicted)).isEqualTo(expected);
  }

  @Test
  void unknownGranularityIsNoDate() {
    ObjectNode e = event("190", "asserted", "2020-10-09", List.of("AZE"), List.of("ARM"), -1, -1, "");
    ((ObjectNode) e.get("date")).put("granularity", "unknown");
    assertThat(EventEvaluation.Prediction.of(e).date()).isNull();
  }

  @Test
  void actorsMatchOnOneSharedCode() {
    assertThat(EventEvaluation.actorsMatch(List.of("ARM", "AZE"), List.of("RUS", "AZE"))).isTrue();
    assertThat(EventEvaluation.actorsMatch(List.of("ARM"), List.of("RUS", "TUR"))).isFalse();
    assertThat(EventEvaluation.actorsMatch(List.of("ARM"), List.of())).isFalse();
    assertThat(EventEvaluation.actorsMatch(List.of(), List.of("RUS"))).isTrue();
  }

  @Test
  void actorCodesComeFromSourceAndTargetNotMediator() {
    ObjectNode e = event("046", "asserted", "2024-02-28", List.of("arm"), List.of("AZE"), -1, -1, "");
    ArrayNode mediator = e.putArray("mediator");
    mediator.addObject().put("entity", "germany").put("name", "Germany").put("code", "DEU");
    assertThat(EventEvaluation.Prediction.of(e).actors()).containsExactly("ARM", "AZE");
  }

  @Test
  void rootIsTheFirstTwoDigits() {
    assertThat(EventEvaluation.root("0871")).isEqualTo("08");
    assertThat(EventEvaluation.root("190")).isEqualTo("19");
    assertThat(EventEvaluation.root("19")).isEqualTo("19");
  }

  @Test
  void evidenceIsLocatedInCodePointsDespiteNonBreakingSpaces() {
    String text = "\uD83D\uDE42 Armenia reported that Azerbaijan's military killed four of its soldiers.";
    int[] where = EventEvaluation.locate(text, "military\u00a0killed four");
    assertThat(where).isNotNull();
    int start = text.indexOf("military");
    assertThat(where[0]).isEqualTo(start - 1); // the emoji is two chars, one code point
    assertThat(where[1] - where[0]).isEqualTo("military killed four".length());
    assertThat(EventEvaluation.locate(text, "not in the text")).isNull();
  }

  // ------------------------------------------------------------------------------------------------
  // Scoring a set

  @Test
  void goldFedBackAsPredictionsScoresOne() {
    JsonNode gold = gold("d1", List.of(
            goldEvent("046", true, "2024-02-28", List.of("ARM"), List.of("AZE"), TALKS, "asserted"),
            goldEvent("190", false, "199", List.of("AZE"), List.of("ARM"), SHELLING, "reported")),
        List.of(trap("190", "has no plans to attack Armenia")));
    Tally t = EventEvaluation.score("seeds", List.of(gold), Map.of("d1", echo(gold, TEXT)), null);
    assertThat(t.keyFound).isEqualTo(1);
    assertThat(t.keySourced).isEqualTo(1);
    assertThat(t.keyTargeted).isEqualTo(1);
    assertThat(t.keyTargetGold).isEqualTo(1);
    assertThat(t.keyGold).isEqualTo(1);
    assertThat(t.allFound).isEqualTo(2);
    assertThat(t.correct).isEqualTo(2);
    assertThat(t.predicted).isEqualTo(2);
    assertThat(t.trapsProduced).isZero();
    assertThat(t.traps).isEqualTo(1);
  }

  @Test
  void realSeedGoldFedBackScoresOne() throws IOException {
    Path shared = Path.of("../../shared/corpus");
    Assumptions.assumeTrue(Files.isRegularFile(shared.resolve("gold/seeds.gold.jsonl")), "no ../shared beside the checkout");
    List<JsonNode> gold = JsonLines.read(shared.resolve("gold/seeds.gold.jsonl"));
    Map<String, Predicted> system = new HashMap<>();
    for (JsonNode g : gold) {
      String raw = Files.readString(shared.resolve("seeds").resolve(g.get("doc").asText()), StandardCharsets.UTF_8);
      system.put(g.get("doc").asText(), echo(g, raw));
    }
    List<String> errors = new ArrayList<>();
    Tally t = EventEvaluation.score("seeds", gold, system, errors);
    assertThat(t.keyGold).isPositive();
    assertThat(t.keyFound).isEqualTo(t.keyGold);
    assertThat(t.allFound).isEqualTo(t.allGold);
    assertThat(t.correct).isEqualTo(t.predicted);
    assertThat(t.trapsProduced).isZero();
    assertThat(errors).isEmpty();
  }

  @Test
  void precisionCountsOnlyEventsSaidToHaveHappened() {
    JsonNode gold = gold("d1", List.of(goldEvent("046", true, "2024-02-28", List.of("ARM"), List.of("AZE"), TALKS,
        "asserted")), List.of());
    List<JsonNode> preds = List.of(
        event("046", "reported", "2024-02-28", List.of("AZE"), List.of(), 0, TALKS.length(), TALKS),
        event("190", "asserted", "2024-02-28", List.of("AZE"), List.of("ARM"), 0, TALKS.length(), TALKS),
        event("190", "planned", "2024-03", List.of("AZE"), List.of("ARM"), 0, TALKS.length(), TALKS));
    List<String> errors = new ArrayList<>();
    Tally t = EventEvaluation.score("seeds", List.of(gold), Map.of("d1", new Predicted(TEXT, preds)), errors);
    assertThat(t.keyFound).isEqualTo(1);
    // the talks were found with Azerbaijan as their source; the gold has Armenia; and with no target, where the gold
    // has Azerbaijan
    assertThat(t.keySourced).isZero();
    assertThat(t.keyTargetGold).isEqualTo(1);
    assertThat(t.keyTargeted).isZero();
    assertThat(t.predicted).isEqualTo(2);
    assertThat(t.correct).isEqualTo(1);
    assertThat(t.nonFactual).isEqualTo(1);
    // the errors file says which of the matched event's actors disagree, and why the fighting matches nothing
    assertThat(errors).hasSize(3);
    assertThat(errors.get(0)).contains("\twrong_source\t").contains("ARM>AZE").contains("AZE>\t");
    assertThat(errors.get(1)).contains("\twrong_target\t");
    assertThat(errors.get(2)).contains("\tfalse_positive\t").contains("root");
  }

  @Test
  void aDocumentTheAnalysisLostMissesAllItsEvents() {
    JsonNode gold = gold("lost", List.of(goldEvent("046", true, null, List.of("ARM"), List.of("AZE"), TALKS,
        "asserted")), List.of());
    Tally t = EventEvaluation.score("dev", List.of(gold), Map.of(), null);
    assertThat(t.missingDocs).isEqualTo(1);
    assertThat(t.keyFound).isZero();
    assertThat(t.failures).containsEntry(Failure.UNFOUND, 1);
  }

  @Test
  void anAssertedPredictionOverATrapIsProduced() {
    JsonNode gold = gold("d1", List.of(), List.of(trap("190", "has no plans to attack Armenia")));
    int s = TEXT.indexOf(DENIAL);
    int e = s + DENIAL.length();
    assertThat(traps(gold, event("190", "asserted", null, List.of("AZE"), List.of("ARM"), s, e, DENIAL))).isEqualTo(1);
    assertThat(traps(gold, event("193", "asserted", null, List.of("AZE"), List.of("ARM"), s, e, DENIAL))).isEqualTo(1);
    // the evidence text alone, without offsets, is enough
    assertThat(traps(gold, event("190", "asserted", null, List.of("AZE"), List.of("ARM"), -1, -1, DENIAL))).isEqualTo(1);
  }

  @Test
  void aTrapIsNotProducedByOtherModalitiesRootsOrSentences() {
    JsonNode gold = gold("d1", List.of(), List.of(trap("190", "has no plans to attack Armenia")));
    int s = TEXT.indexOf(DENIAL);
    int e = s + DENIAL.length();
    assertThat(traps(gold, event("190", "negated", null, List.of("AZE"), List.of("ARM"), s, e, DENIAL))).isZero();
    assertThat(traps(gold, event("190", "reported", null, List.of("AZE"), List.of("ARM"), s, e, DENIAL))).isZero();
    assertThat(traps(gold, event("138", "asserted", null, List.of("AZE"), List.of("ARM"), s, e, DENIAL))).isZero();
    assertThat(traps(gold, event("190", "asserted", null, List.of("AZE"), List.of("ARM"), 0, TALKS.length(), TALKS)))
        .isZero();
  }

  @Test
  void headlineEvidenceIsComparedByItsWordsNotItsOffsets() {
    JsonNode gold = gold("d1", List.of(), List.of(trap("190", "has no plans to attack Armenia")));
    int s = TEXT.indexOf(DENIAL);
    ObjectNode headline = event("190", "asserted", null, List.of("AZE"), List.of("ARM"), s, s + DENIAL.length(), "Baku: war ahead");
    ((ObjectNode) headline.get("evidence")).put("field", "title");
    assertThat(traps(gold, headline)).isZero();
    ((ObjectNode) headline.get("evidence")).put("field", "text");
    assertThat(traps(gold, headline)).isEqualTo(1);
  }

  @Test
  void aTrapCountsOnceHoweverManyPredictionsProduceIt() {
    JsonNode gold = gold("d1", List.of(), List.of(trap("190", "has no plans to attack Armenia")));
    int s = TEXT.indexOf(DENIAL);
    int e = s + DENIAL.length();
    assertThat(traps(gold, event("190", "asserted", null, List.of("AZE"), List.of("ARM"), s, e, DENIAL),
        event("195", "asserted", null, List.of("AZE"), List.of("ARM"), s, e, DENIAL))).isEqualTo(1);
  }

  @Test
  void aPredictionOfARealEventBesideATrapIsNotTheTrap() {
    String sentence = "Germany's envoy visited Yerevan and called for new talks.";
    JsonNode gold = gold("d1", List.of(goldEvent("042", true, "2023-11", List.of("DEU"), List.of("ARM"),
        "visited Yerevan", "asserted")), List.of(trap("046", "called for new talks")));
    int end = sentence.length();
    List<String> errors = new ArrayList<>();
    Tally real = EventEvaluation.score("seeds", List.of(gold), Map.of("d1", new Predicted(sentence, List.of(
        event("042", "asserted", "2023-11", List.of("DEU"), List.of("ARM"), 0, end, sentence)))), errors);
    assertThat(real.trapsProduced).isZero();
    Tally other = EventEvaluation.score("seeds", List.of(gold), Map.of("d1", new Predicted(sentence, List.of(
        event("046", "asserted", "2023-11", List.of("RUS"), List.of("TUR"), 0, end, sentence)))), errors);
    assertThat(other.trapsProduced).isEqualTo(1);
    assertThat(errors).anyMatch(r -> r.contains("\ttrap\t"));
  }

  @Test
  void conflictEventsInOffTopicDocumentsAreCounted() {
    JsonNode sport = gold("sport", List.of(), List.of());
    JsonNode news = gold("news", List.of(goldEvent("190", true, null, List.of("AZE"), List.of("ARM"), SHELLING,
        "asserted")), List.of());
    Map<String, Predicted> system = Map.of(
        "sport", new Predicted("Armenia beat Liechtenstein.", List.of(
            event("190", "asserted", null, List.of("ARM"), List.of("LIE"), 0, 27, "Armenia beat Liechtenstein."),
            event("145", "negated", null, List.of("ARM"), List.of(), 0, 27, "Armenia beat Liechtenstein."),
            event("2041", "asserted", null, List.of("ARM"), List.of(), 0, 27, "Armenia beat Liechtenstein."),
            event("042", "asserted", null, List.of("ARM"), List.of("LIE"), 0, 27, "Armenia beat Liechtenstein."),
            event("120", "asserted", null, List.of("ARM"), List.of("LIE"), 0, 27, "Armenia beat Liechtenstein."))),
        "news", new Predicted(TEXT, List.of(
            event("190", "asserted", null, List.of("AZE"), List.of("ARM"), 0, 10, SHELLING))));
    Tally t = EventEvaluation.score("dev", List.of(sport, news), system, null);
    assertThat(t.offTopicDocs).isEqualTo(1);
    assertThat(t.offTopicConflict).isEqualTo(3); // 190, 145 and 2041; not 042 or 120, nor the on-topic 190
  }

  @Test
  void missedKeyEventsAreClassified() {
    int s = TEXT.indexOf(SHELLING);
    int e = s + SHELLING.length();
    JsonNode gold = gold("d1", List.of(goldEvent("190", true, "2020-09-27", List.of("AZE"), List.of("ARM"), SHELLING,
        "asserted")), List.of());
    assertThat(failure(gold, event("190", "negated", "2020-09-27", List.of("AZE"), List.of(), s, e, SHELLING),
        event("190", "asserted", "2020-10", List.of("AZE"), List.of(), s, e, SHELLING))).isEqualTo(Failure.MODALITY);
    assertThat(failure(gold, event("193", "asserted", "2020-10", List.of("ARM"), List.of(), 0, 5, "x")))
        .isEqualTo(Failure.DATE_ONLY);
    assertThat(failure(gold, event("190", "asserted", "2020-09-27", List.of("TUR"), List.of(), 0, 5, "x")))
        .isEqualTo(Failure.ACTOR_ONLY);
    assertThat(failure(gold, event("190", "asserted", null, List.of("TUR"), List.of(), s, e, SHELLING)))
        .isEqualTo(Failure.ROOT_ONLY);
    assertThat(failure(gold, event("042", "asserted", "2020-09-27", List.of("AZE"), List.of("ARM"), s + 5, s + 9, "")))
        .isEqualTo(Failure.WRONG_ROOT);
    assertThat(failure(gold, event("190", "asserted", null, List.of("TUR"), List.of(), 0, 5, "x")))
        .isEqualTo(Failure.UNFOUND);
    assertThat(failure(gold)).isEqualTo(Failure.UNFOUND);
  }

  @Test
  void missedKeyEventsAreWrittenWithTheClosestPrediction() {
    int s = TEXT.indexOf(SHELLING);
    JsonNode gold = gold("d1", List.of(goldEvent("190", true, "2020-09-27", List.of("AZE"), List.of("ARM"), SHELLING,
        "asserted")), List.of());
    List<String> errors = new ArrayList<>();
    EventEvaluation.score("seeds", List.of(gold), Map.of("d1", new Predicted(TEXT, List.of(
        event("042", "asserted", "2024-02-28", List.of("ARM"), List.of("AZE"), 0, 10, TALKS),
        event("190", "asserted", "2020-10", List.of("AZE"), List.of(), s, s + 10, SHELLING)))), errors);
    assertThat(errors).filteredOn(r -> r.contains("\tmissed\t")).singleElement().asString()
        .contains("date-only").contains("\t190\tasserted\t2020-10\tAZE>\t");
  }

  @Test
  void readsTheRunsDocumentsAndEventsByFileName(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("documents.jsonl"),
        "{\"id\":\"a1\",\"input\":\"/x/seeds/000_a.txt\",\"text\":\"Text A\"}\n"
            + "{\"id\":\"b2\",\"input\":\"/x/more.jsonl#3\",\"text\":\"Text B\"}\n");
    Files.writeString(dir.resolve("events.jsonl"),
        "{\"id\":\"e1\",\"doc\":\"a1\",\"cameo\":\"190\"}\n{\"id\":\"e2\",\"doc\":\"a1\",\"cameo\":\"046\"}\n");
    Map<String, Predicted> byName = EventEvaluation.read(dir.resolve("documents.jsonl"), dir.resolve("events.jsonl"), false);
    assertThat(byName).containsOnlyKeys("000_a.txt", "more.jsonl");
    assertThat(byName.get("000_a.txt").events()).hasSize(2);
    assertThat(byName.get("000_a.txt").text()).isEqualTo("Text A");
    assertThat(byName.get("more.jsonl").events()).isEmpty();
    Map<String, Predicted> byId = EventEvaluation.read(dir.resolve("documents.jsonl"), dir.resolve("none.jsonl"), true);
    assertThat(byId).containsOnlyKeys("a1", "b2");
    assertThat(byId.get("a1").events()).isEmpty();
  }

  // ------------------------------------------------------------------------------------------------
  // Helpers

  private static int traps(JsonNode gold, JsonNode... preds) {
    return EventEvaluation.score("seeds", List.of(gold), Map.of("d1", new Predicted(TEXT, List.of(preds))), null)
        .trapsProduced;
  }

  private static Failure failure(JsonNode gold, JsonNode... preds) {
    Tally t = EventEvaluation.score("seeds", List.of(gold), Map.of("d1", new Predicted(TEXT, List.of(preds))), null);
    assertThat(t.keyFound).isZero();
    return t.failures.keySet().iterator().next();
  }

  /** The gold's events as contract records, with their evidence's offsets in the text where it is found. */
  private static Predicted echo(JsonNode gold, String text) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode g : gold.get("events")) {
      String evidence = g.get("evidence").asText();
      int[] where = EventEvaluation.locate(text, evidence);
      out.add(event(g.get("cameo").asText(), g.get("modality").asText(), g.get("date").isNull() ? null : g.get("date").asText(),
          strings(g.get("source")), strings(g.get("target")), where == null ? -1 : where[0], where == null ? -1 : where[1],
          evidence));
    }
    return new Predicted(text, out);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static ObjectNode event(String cameo, String modality, String date, List<String> source, List<String> target,
      int start, int end, String evidence) {
    ObjectNode e = JSON.createObjectNode().put("id", "e").put("doc", "d").put("cameo", cameo).put("modality", modality);
    ObjectNode d = e.putObject("date");
    if (date == null) {
      d.putNull("value").put("granularity", "unknown");
    } else {
      d.put("value", date).put("granularity", date.length() == 10 ? "day" : date.length() == 7 ? "month"
          : date.length() == 4 ? "year" : "decade");
    }
    for (String side : List.of("source", "target")) {
      ArrayNode list = e.putArray(side);
      for (String code : side.equals("source") ? source : target) {
        list.addObject().put("entity", code.toLowerCase()).put("name", code).put("code", code);
      }
    }
    e.putArray("mediator");
    e.putNull("location");
    e.putNull("fatalities");
    ObjectNode ev = e.putObject("evidence").put("text", evidence);
    if (start >= 0) ev.put("start", start).put("end", end);
    return e;
  }

  private static ObjectNode goldEvent(String cameo, boolean key, String date, List<String> source, List<String> target,
      String evidence, String modality) {
    ObjectNode e = JSON.createObjectNode().put("cameo", cameo).put("key", key);
    if (date == null) e.putNull("date");
    else e.put("date", date);
    source.forEach(e.putArray("source")::add);
    target.forEach(e.putArray("target")::add);
    e.putArray("mediator");
    return e.put("modality", modality).put("evidence", evidence);
  }

  private static ObjectNode trap(String cameo, String evidence) {
    return JSON.createObjectNode().put("cameo", cameo).put("evidence", evidence).put("why", "negated");
  }

  private static JsonNode gold(String doc, List<ObjectNode> events, List<ObjectNode> traps) {
    ObjectNode g = JSON.createObjectNode().put("doc", doc);
    events.forEach(g.putArray("events")::add);
    traps.forEach(g.putArray("not_events")::add);
    return g;
  }
}
