package org.dossier.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.evaluation.EventEvaluation.Coding;
import org.dossier.evaluation.EventEvaluation.PetrarchRecord;
import org.dossier.evaluation.EventEvaluation.PetrarchTally;
import org.dossier.evaluation.PetrarchPack.Entry;
import org.dossier.pack.EntityType;
import org.dossier.pack.InstitutionNoun;
import org.dossier.pack.Pack;
import org.dossier.pack.PackLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PETRARCH2 part of the events suite: reading PETRARCH's actor and agent dictionaries, converting them
 * into a Dossier pack that loads, and scoring codings. Format cases are written here in the dictionaries'
 * syntax; the real validation dictionaries are read from ../shared/eval when it is beside the checkout.
 */
class EventEvaluationPetrarchTest {
  private static final Path DICTIONARIES = Path.of("../../shared/eval/petrarch2-validation/dictionaries");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> ACTORS = List.of(
      "<!-- TEST ACTORS -->",
      "<!-- ",
      "# a comment block over several lines",
      "WRONG_ENTRY_IN_COMMENT [XXX]",
      "# -->",
      "WESTFOLD [WFD]  # jw 1/1/91",
      "+WESTFOLDISH",
      "+EDORAS_",
      "+THEODEN",
      "HELM HAMMERHAND [WFD]",
      "WESTFOLD_GUARD [WFDMIL]",
      "GRIMA",
      "+WORMTONGUE",
      "\t[WFD < 950601]",
      "\t[WFDGOV 19950601 - 19990815]",
      "#\t[950601-990815] commented out",
      "\t[SRM > 990816]",
      "DUNLAND  [--- <950630] [DUN]",
      "THE_MARK [ROH/WFD]",
      "GROUP OF 7  [G7X]",
      "NOBODY_IN_PARTICULAR [---]");

  private static final List<String> AGENTS = List.of(
      "<!-- TEST AGENTS -->",
      "!PERSON! = MAN, WOMAN",
      "MARSHAL [~MIL] # a comment",
      "COUNCILLOR {} [~GOVCOU]",
      "SECRETARY {SECRETARIES_OF_STATE} [~GOV]",
      "ARMY [~MIL]",
      "HORSE!PERSON! [~MILCAV]",
      "RELIEF_AGENCY [NGO~]");

  // ------------------------------------------------------------------------------------------------
  // Reading

  @Test
  void actorEntriesKeepSynonymsAndCodesAcrossLines() {
    List<Entry> entries = PetrarchPack.parseActors(ACTORS);
    assertThat(entries).extracting(Entry::phrase).containsExactly("WESTFOLD", "HELM HAMMERHAND", "WESTFOLD GUARD",
        "GRIMA", "DUNLAND", "THE MARK", "GROUP OF 7", "NOBODY IN PARTICULAR");
    assertThat(entries.get(0).synonyms()).containsExactly("WESTFOLDISH", "EDORAS", "THEODEN");
    Entry grima = entries.get(3);
    assertThat(grima.synonyms()).containsExactly("WORMTONGUE");
    assertThat(grima.codes()).extracting(PetrarchPack.Code::code).containsExactly("WFD", "WFDGOV", "SRM");
  }

  @Test
  void dateRestrictionsChooseTheCodeOfTheRecordsDate() {
    Entry grima = PetrarchPack.parseActors(ACTORS).get(3);
    assertThat(PetrarchPack.codeAt(grima, LocalDate.of(1995, 5, 31))).isEqualTo("WFD");
    assertThat(PetrarchPack.codeAt(grima, LocalDate.of(1995, 6, 1))).isEqualTo("WFDGOV");
    assertThat(PetrarchPack.codeAt(grima, LocalDate.of(1999, 8, 15))).isEqualTo("WFDGOV"); // ranges include their end
    assertThat(PetrarchPack.codeAt(grima, LocalDate.of(1999, 8, 16))).isEqualTo("SRM");
    Entry dunland = PetrarchPack.parseActors(ACTORS).get(4);
    assertThat(PetrarchPack.codeAt(dunland, LocalDate.of(1990, 1, 1))).isEqualTo("---");
    assertThat(PetrarchPack.codeAt(dunland, LocalDate.of(2000, 1, 1))).isEqualTo("DUN");
    assertThat(PetrarchPack.codeAt(dunland, null)).isEqualTo("DUN");
  }

  @Test
  void sixDigitDatesAreReadAsPetrarchDoes() {
    assertThat(PetrarchPack.date("950601")).isEqualTo(LocalDate.of(1995, 6, 1));
    assertThat(PetrarchPack.date("100109")).isEqualTo(LocalDate.of(2010, 1, 9));
    assertThat(PetrarchPack.date("20121109")).isEqualTo(LocalDate.of(2012, 11, 9));
  }

  @Test
  void agentsGetPluralsAndSubstitutions() {
    List<String> notes = new ArrayList<>();
    List<PetrarchPack.Agent> agents = PetrarchPack.parseAgents(AGENTS, notes);
    assertThat(agents).extracting(a -> a.phrase() + "=" + a.code()).containsExactly(
        "MARSHAL=MIL", "MARSHALS=MIL", "COUNCILLOR=GOVCOU", "SECRETARY=GOV", "SECRETARIES OF STATE=GOV",
        "ARMY=MIL", "ARMIES=MIL", "HORSEMAN=MILCAV", "HORSEWOMAN=MILCAV");
    assertThat(notes).singleElement().asString().contains("RELIEF_AGENCY");
  }

  // ------------------------------------------------------------------------------------------------
  // Conversion

  @Test
  void theConvertedPackLoadsWithCountriesTypesDemonymsAndInstitutions(@TempDir Path dir) throws IOException {
    PetrarchPack converted = PetrarchPack.of(ACTORS, AGENTS);
    converted.write(dir, LocalDate.of(1997, 1, 1));
    Pack pack = PackLoader.fromDirectory(dir);

    assertThat(pack.actors().get("westfold").type()).isEqualTo(EntityType.COUNTRY);
    assertThat(pack.actors().get("westfold").country()).isEqualTo("WFD");
    assertThat(pack.actors().get("helm-hammerhand").type()).isEqualTo(EntityType.PERSON);
    assertThat(pack.actors().get("helm-hammerhand").country()).isEqualTo("WFD");
    assertThat(pack.actors().get("westfold-guard").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(pack.actors().get("westfold-guard").country()).isEqualTo("WFD");
    assertThat(pack.actors().get("grima").country()).isEqualTo("WFD");       // WFDGOV in 1997
    assertThat(pack.actors().get("dunland").country()).isEqualTo("DUN");
    assertThat(pack.actors().get("mark").country()).isEqualTo("ROH");        // first of ROH/WFD, "The" dropped
    assertThat(pack.actors().get("group-of-7").country()).isNull();         // G7X is no three-letter code
    assertThat(pack.actors().get("nobody-in-particular").country()).isNull();
    assertThat(pack.codes()).contains("WFD", "DUN", "ROH", "SRM");

    assertThat(pack.aliases()).anyMatch(a -> a.id().equals("westfold") && a.text().equals("Edoras"));
    assertThat(pack.aliases()).anyMatch(a -> a.id().equals("westfold") && a.text().equals("Theoden"));
    assertThat(pack.aliases()).anyMatch(a -> a.id().equals("grima") && a.text().equals("Wormtongue"));
    assertThat(pack.demonyms()).singleElement().satisfies(d -> {
      assertThat(d.country()).isEqualTo("westfold");
      assertThat(d.adjective()).isEqualTo("Westfoldish");
    });

    assertThat(pack.institutionNouns()).extracting(InstitutionNoun::noun).contains("marshal", "marshals", "councillor",
        "secretaries of state", "horseman");
    assertThat(pack.institutionNouns()).allMatch(InstitutionNoun::bare);
    assertThat(pack.institutions()).anyMatch(i -> i.kind().equals("mil") && pack.actors().get(i.actor()).country().equals("WFD"));
    assertThat(converted.notes()).anyMatch(n -> n.contains("RELIEF_AGENCY")).anyMatch(n -> n.contains("G7X"))
        .anyMatch(n -> n.contains("ROH/WFD"));
  }

  @Test
  void datesWithTheSameCountriesShareAPackVariant() {
    PetrarchPack converted = PetrarchPack.of(ACTORS, AGENTS);
    // Grima is WFD before 1999-08-16 (WFD, then WFDGOV), SRM after; Dunland has no code before 1995-06-30
    assertThat(converted.variant(LocalDate.of(1996, 1, 1))).isEqualTo(converted.variant(LocalDate.of(1998, 1, 1)));
    assertThat(converted.variant(LocalDate.of(1996, 1, 1))).isNotEqualTo(converted.variant(LocalDate.of(2000, 1, 1)));
    assertThat(converted.variant(LocalDate.of(1994, 1, 1))).isNotEqualTo(converted.variant(LocalDate.of(1996, 1, 1)));
  }

  @Test
  void realValidationDictionariesConvert(@TempDir Path dir) throws IOException {
    Path actors = DICTIONARIES.resolve("PETR.Validate.actors.txt");
    Path agents = DICTIONARIES.resolve("PETR.Validate.agents.txt");
    Assumptions.assumeTrue(Files.isRegularFile(actors) && Files.isRegularFile(agents), "no ../shared beside the checkout");
    PetrarchPack converted = PetrarchPack.read(actors, agents);

    // GOLLUM with synonyms SMEAGOL, SLINKER, STINKER and three dated codes on the lines below
    Entry gollum = converted.entries().stream().filter(e -> e.phrase().equals("GOLLUM")).findFirst().orElseThrow();
    assertThat(gollum.synonyms()).containsExactly("SMEAGOL", "SLINKER", "STINKER");
    assertThat(PetrarchPack.codeAt(gollum, LocalDate.of(1995, 11, 1))).isEqualTo("HOBGOV");
    assertThat(PetrarchPack.codeAt(gollum, LocalDate.of(2000, 1, 1))).isEqualTo("HOBREB");
    // SAM_GAMGEE: a dated code overrides the default, the first listed wins where two hold
    Entry sam = converted.entries().stream().filter(e -> e.phrase().equals("SAM GAMGEE")).findFirst().orElseThrow();
    assertThat(PetrarchPack.codeAt(sam, LocalDate.of(1995, 1, 4))).isEqualTo("HOBCIV");
    assertThat(PetrarchPack.codeAt(sam, LocalDate.of(2010, 1, 9))).isEqualTo("ORCHOB");
    assertThat(PetrarchPack.codeAt(sam, LocalDate.of(2010, 1, 13))).isEqualTo("HOBMIL");
    assertThat(PetrarchPack.codeAt(sam, LocalDate.of(2014, 1, 4))).isEqualTo("HOBELI");
    Entry zimbabwe = converted.entries().stream().filter(e -> e.phrase().equals("ZIMBABWE")).findFirst().orElseThrow();
    assertThat(PetrarchPack.codeAt(zimbabwe, LocalDate.of(1978, 12, 23))).isEqualTo("RHO");
    assertThat(PetrarchPack.codeAt(zimbabwe, LocalDate.of(2001, 1, 1))).isEqualTo("ZBW");

    converted.write(dir, LocalDate.of(1995, 1, 1));
    Pack pack = PackLoader.fromDirectory(dir);
    assertThat(pack.actors().get("arnor").country()).isEqualTo("ARN");
    assertThat(pack.actors().get("romendacil").type()).isEqualTo(EntityType.PERSON);   // after BREE [BRE]
    assertThat(pack.actors().get("romendacil").country()).isEqualTo("BRE");
    assertThat(pack.actors().get("ithilen-military").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(pack.actors().get("ithilen-military").country()).isEqualTo("ITH");
    assertThat(pack.actors().get("palestinian").country()).isEqualTo("PSE");           // [pse]
    assertThat(pack.aliases()).anyMatch(a -> a.id().equals("calenardhon") && a.text().equals("Calimehtar"));
    assertThat(pack.aliases()).anyMatch(a -> a.id().equals("gondor") && a.text().equals("Minas Tirith"));
    assertThat(pack.demonyms()).anyMatch(d -> d.country().equals("eriador") && d.adjective().equals("Eriadorian"));
    assertThat(pack.demonyms()).anyMatch(d -> d.country().equals("france") && d.adjective().equals("French"));
    assertThat(pack.institutionNouns()).anyMatch(n -> n.kind().equals("govfrm") && n.noun().equals("foreign minister"));
    assertThat(pack.institutionNouns()).anyMatch(n -> n.kind().equals("leg") && n.noun().equals("congresswoman"));
    assertThat(pack.institutionNouns()).anyMatch(n -> n.kind().equals("gov") && n.noun().equals("minister of silly walks"));
    assertThat(pack.institutionNouns()).noneMatch(n -> n.noun().equals("police") && !n.kind().equals("cop"));
    assertThat(pack.institutionNouns()).noneMatch(n -> n.noun().equals("polices"));
    assertThat(converted.notes()).anyMatch(n -> n.contains("[NGO~]")).anyMatch(n -> n.contains("G77"));
    assertThat(converted.variant(LocalDate.of(1978, 12, 23))).isNotEqualTo(converted.variant(LocalDate.of(2001, 1, 1)));
  }

  // ------------------------------------------------------------------------------------------------
  // Scoring

  @Test
  void expectedCodingsAreParsed() {
    assertThat(Coding.parse("DAGGOV|GON|032;GON|DAGGOV|033")).containsExactly(
        new Coding("DAGGOV", "GON", "032"), new Coding("GON", "DAGGOV", "033"));
    assertThat(Coding.parse("||")).isEmpty();
    assertThat(Coding.parse("")).isEmpty();
    assertThat(Coding.parse("ERI|OSG|223;|OSG|223")).hasSize(2);
  }

  @Test
  void codingsAreReproducedAtTheCountryLevel() {
    List<PetrarchRecord> records = List.of(
        new PetrarchRecord("R1", null, "DEMO", "", Coding.parse("CALGOV|OSGMIL|122;CALGOV|ITH|050")),
        new PetrarchRecord("R2", null, "DEMO", "", Coding.parse("---GOV|GON|160")),
        new PetrarchRecord("R3", null, "ERROR", "", Coding.parse("||")),
        new PetrarchRecord("R4", null, "ERROR", "", Coding.parse("")));
    Map<String, List<JsonNode>> predicted = Map.of(
        "R1", List.of(event("1212", List.of("CAL"), List.of("OSG")), event("051", List.of("CAL"), List.of("OSG"))),
        "R2", List.of(event("160", List.of(), List.of("GON"))),
        "R4", List.of(event("190", List.of("ARN"), List.of())));
    List<String> errors = new ArrayList<>();
    Map<String, PetrarchTally> tally = EventEvaluation.scorePetrarch(records, predicted, Set.of("122", "160"), errors);
    PetrarchTally all = tally.get("");
    assertThat(all.codings).isEqualTo(3);
    assertThat(all.rootHits).isEqualTo(3);    // 12 for 122, 05 for 050, 16
    assertThat(all.codingHits).isEqualTo(2);  // CAL>ITH 050 has the root but target OSG
    assertThat(all.cameoCodings).isEqualTo(2);  // 050 is not in this codebook
    assertThat(all.cameoRootHits).isEqualTo(2);
    assertThat(all.cameoCodingHits).isEqualTo(2);
    assertThat(all.noEvent).isEqualTo(2);
    assertThat(all.noEventClean).isEqualTo(1);
    assertThat(tally.get("DEMO").attempted).isEqualTo(2);
    assertThat(tally.get("ERROR").codings).isZero();
    assertThat(errors).hasSize(2).anyMatch(r -> r.contains("\tR1\tmissed\t")).anyMatch(r -> r.contains("\tR4\tspurious\t"));
  }

  @Test
  void recordsAreReadWithDatesAndIds(@TempDir Path dir) throws IOException {
    Path tsv = dir.resolve("records.tsv");
    Files.writeString(tsv, "id\tdate\tcategory\tsentence_flag\ttext\texpected_source|target|eventcode(;...)\n"
        + "A-1\t19950101\tDEMO\ttrue\tArnor met Gondor.\tARN|GON|040\n"
        + "\t\tERROR\ttrue\tNo id here.\t||\n", StandardCharsets.UTF_8);
    List<PetrarchRecord> records = EventEvaluation.readRecords(tsv);
    assertThat(records).hasSize(2);
    assertThat(records.get(0).date()).isEqualTo(LocalDate.of(1995, 1, 1));
    assertThat(records.get(0).expected()).containsExactly(new Coding("ARN", "GON", "040"));
    assertThat(records.get(1).id()).isEqualTo("record-3");
    assertThat(records.get(1).date()).isNull();
    assertThat(records.get(1).expected()).isEmpty();
  }

  @Test
  void onlyTheEventFilesOfAPackAreCopied(@TempDir Path dir) throws IOException {
    Path pack = Files.createDirectories(dir.resolve("pack"));
    Files.writeString(pack.resolve("actors.tsv"), "id\ttype\tname\tcountry\n");
    Files.writeString(pack.resolve("events.tsv"), "cameo\tlang\tcue\n");
    Files.createDirectories(pack.resolve("event-cues/en"));
    Files.writeString(pack.resolve("event-cues/en/modality.tsv"), "x\n");
    Path target = Files.createDirectories(dir.resolve("target"));
    EventEvaluation.copyEventFiles(pack.toString(), target);
    assertThat(target.resolve("events.tsv")).exists();
    assertThat(target.resolve("event-cues/en/modality.tsv")).hasContent("x");
    assertThat(target.resolve("actors.tsv")).doesNotExist();
  }

  @Test
  void theBuiltInPackIsFoundOnTheClasspath(@TempDir Path dir) throws IOException {
    EventEvaluation.copyEventFiles("caucasus", dir); // no failure, whether or not the pack has event files yet
    try (var files = Files.list(dir)) {
      assertThat(files).allMatch(p -> p.getFileName().toString().startsWith("event"));
    }
  }

  private static JsonNode event(String cameo, List<String> source, List<String> target) {
    ObjectNode e = JSON.createObjectNode().put("cameo", cameo).put("modality", "planned");
    source.forEach(c -> e.withArray("source").addObject().put("code", c));
    target.forEach(c -> e.withArray("target").addObject().put("code", c));
    return e;
  }
}
