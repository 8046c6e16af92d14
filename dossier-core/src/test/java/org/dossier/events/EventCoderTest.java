package org.dossier.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dossier.ingest.IngestOptions;
import org.dossier.model.RawDocument;
import org.dossier.pack.PackLoader;
import org.dossier.pipeline.DocumentAnalysis;
import org.dossier.pipeline.DocumentPipeline;
import org.dossier.pipeline.PipelineConfig;
import org.junit.jupiter.api.Test;

/** The event stage through the real pipeline and pack: codes, roles, modality, dates, places, tolls. */
class EventCoderTest {
  private static final DocumentPipeline PIPELINE = new DocumentPipeline(
      new PipelineConfig("caucasus", Set.of(), LocalDate.of(2026, 11, 20), IngestOptions.defaults()),
      PackLoader.load("caucasus"));

  private static List<Event> events(String text, String header) {
    DocumentAnalysis a = PIPELINE.analyse(
        new RawDocument("t.txt", null, RawDocument.Kind.TEXT, text, null, null, null, header, null));
    return a.events();
  }

  private static Event only(List<Event> events, String root) {
    List<Event> found = events.stream().filter(e -> e.cameo().startsWith(root)).toList();
    assertThat(found).as("events of root %s in %s", root, events).hasSize(1);
    return found.get(0);
  }

  private static List<String> codes(List<Event.Actor> actors) {
    return actors.stream().map(Event.Actor::code).toList();
  }

  @Test
  void talksWithPlaceWeekdayAndParties() {
    Event e = only(events("The foreign ministers of Armenia and Azerbaijan started peace talks in Berlin on Wednesday.",
        "date: 2024-02-28"), "04");
    assertThat(e.cameo()).isEqualTo("046");
    assertThat(e.modality()).isEqualTo(Event.Modality.ASSERTED);
    assertThat(e.date()).isEqualTo(new Event.EventDate("2024-02-28", Event.EventDate.Granularity.DAY));
    assertThat(e.date().basis()).isEqualTo(Event.EventDate.Basis.STATED);
    assertThat(codes(e.source())).containsExactlyInAnyOrder("ARM", "AZE");
    assertThat(e.location().name()).isEqualTo("Berlin");
  }

  @Test
  void anEventTheTextDatesByNothingHasTheDayOfPublicationAsItsBasis() {
    // a report of a day on which the chronology holds no talks: nothing but its publication dates them
    Event e = only(events("The foreign ministers of Armenia and Azerbaijan started peace talks in Berlin.",
        "date: 2024-03-05"), "04");
    assertThat(e.date().value()).isEqualTo("2024-03-05");
    assertThat(e.date().basis()).isEqualTo(Event.EventDate.Basis.PUBLICATION);
    // on the day of the Berlin talks of the chronology, that landmark dates them
    Event berlin = only(events("The foreign ministers of Armenia and Azerbaijan started peace talks in Berlin.",
        "date: 2024-02-28"), "04");
    assertThat(berlin.date().basis()).isEqualTo(Event.EventDate.Basis.LANDMARK);
  }

  @Test
  void germanLemmasShareOneEntryAndTheMediatorIsFound() {
    Event e = only(events("Armenien und Aserbaidschan verhandelten am Freitag unter Vermittlung Russlands in Moskau.",
        "date: 2020-10-10"), "04");
    assertThat(e.cameo()).isEqualTo("046");
    assertThat(codes(e.mediator())).containsExactly("RUS");
    assertThat(codes(e.source())).contains("ARM");
    assertThat(e.date().value()).isEqualTo("2020-10-09");
  }

  @Test
  void aDemandedCeasefireIsADemandNotACeasefire() {
    List<Event> events = events("Russlands Präsident Wladimir Putin forderte von Armenien und Aserbaidschan einen Waffenstillstand.",
        "date: 2020-10-08");
    Event demand = only(events, "10");
    assertThat(demand.cameo()).isEqualTo("107");
    assertThat(codes(demand.source())).containsExactly("RUS");
    assertThat(events).noneMatch(e -> e.cameo().startsWith("08") && e.happened());
  }

  @Test
  void negatedAndHypotheticalAttacksDidNotHappen() {
    List<Event> events = events("Aliyev said Azerbaijan has no plans to attack Armenia. Yerevan fears Azerbaijan could invade Armenia.",
        "date: 2024-02-28");
    assertThat(events).filteredOn(e -> e.cameo().startsWith("19")).isNotEmpty().noneMatch(Event::happened);
  }

  @Test
  void aDeathTollWithItsQualifier() {
    Event e = only(events("Bei den Kämpfen zwischen Armenien und Aserbaidschan wurden fast 200 Menschen getötet.",
        "date: 2020-10-02"), "19");
    assertThat(e.fatalities()).isEqualTo(new Event.Fatalities(200, Event.Fatalities.Qualifier.APPROXIMATE));
    Event f = only(events("Azerbaijani forces shelled Stepanakert, killing at least 13 civilians.", "date: 2020-10-17"), "19");
    assertThat(f.fatalities()).isEqualTo(new Event.Fatalities(13, Event.Fatalities.Qualifier.AT_LEAST));
    assertThat(codes(f.source())).containsExactly("AZE");
  }

  @Test
  void aReportedEventTakesTheDateOfTheReport() {
    Event e = only(events("Armenia reported earlier this month that Azerbaijan's military killed four of its soldiers.",
        "date: 2024-02-28"), "19");
    assertThat(e.modality()).isEqualTo(Event.Modality.REPORTED);
    assertThat(e.date().value()).isEqualTo("2024-02");
    assertThat(codes(e.source())).containsExactly("AZE");
    assertThat(e.fatalities().count()).isEqualTo(4);
  }

  @Test
  void readyToNegotiateIsAnIntentAndTheTalksArePlanned() {
    List<Event> events = events("Armenien hat sich zu Verhandlungen mit Aserbaidschan bereit erklärt.", "date: 2020-10-02");
    Event intent = only(events, "03");
    assertThat(intent.cameo()).isEqualTo("036");
    assertThat(intent.happened()).isTrue();
    assertThat(events).filteredOn(e -> e.cameo().startsWith("04")).allMatch(e -> e.modality() == Event.Modality.PLANNED);
  }

  @Test
  void sentencesWithoutActorsOrTriggersCostNothingAndYieldNothing() {
    assertThat(events("Das Wetter war gut. Es regnete am Abend.", "date: 2020-10-02")).isEmpty();
  }

  @Test
  void anUndatedEventOfTheDayBeforeIsPlacedByTheLandmarkItFits() {
    String text = "Armenian forces struck the Azerbaijani city of Ganja with a missile, killing 13 civilians.";
    // the strike on Ganja of 17 October 2020, reported the morning after
    assertThat(EventCoderEnglishTest.code("2020-10-18", text)).anyMatch(e -> e.startsWith("19") && e.contains(" 2020-10-17 "));
    // a week later there is no such landmark: the report's day stands
    assertThat(EventCoderEnglishTest.code("2020-10-24", text)).anyMatch(e -> e.startsWith("19") && e.contains(" 2020-10-24 "));
  }

  @Test
  void whatTheReportGoesOnToTellBelongsToTheDayItsLeadReports() {
    String later = "\n\nAzerbaijan accused Armenia of violating the ceasefire.";
    assertThat(EventCoderEnglishTest.code("2021-03-05", "The foreign ministers of Armenia and Azerbaijan met in Tbilisi on Thursday." + later))
        .anyMatch(e -> e.startsWith("11") && e.contains(" 2021-03-04 "));
    // that day bounds the accusation as the day of publication would: it is the report's own day, not a date stated
    assertThat(events("The foreign ministers of Armenia and Azerbaijan met in Tbilisi on Thursday." + later, "date: 2021-03-05"))
        .filteredOn(e -> e.cameo().startsWith("11")).extracting(e -> e.date().basis())
        .containsOnly(Event.EventDate.Basis.PUBLICATION);
    // a lead about last month says nothing of the report's own day
    assertThat(EventCoderEnglishTest.code("2021-03-05", "The foreign ministers of Armenia and Azerbaijan met in Tbilisi last month." + later))
        .anyMatch(e -> e.startsWith("11") && e.contains(" 2021-03-05 "));
  }

  @Test
  void aYearThatNamesAThingDoesNotDateTheEvent() {
    assertThat(EventCoderEnglishTest.code("2020-07-14", "Armenia accused Azerbaijan of breaking the 1994 ceasefire agreement."))
        .anyMatch(e -> e.startsWith("11") && e.contains(" 2020-07-14 "));
    assertThat(EventCoderEnglishTest.code("2020-07-14", "Armenia and Azerbaijan agreed a ceasefire in 1994."))
        .anyMatch(e -> e.contains(" 1994 "));
    // past adjectives to the noun it modifies: the war's year, not the ceasefire's or the troops'
    List<String> corridor = EventCoderEnglishTest.code("2022-12-13",
        "Russian peacekeepers control the corridor under the ceasefire that stopped the 2020 Armenian-Azerbaijani war.");
    assertThat(corridor).anyMatch(e -> e.startsWith("19") && e.contains(" 2020 "))
        .noneMatch(e -> e.startsWith("087") && e.contains(" 2020 "));
    assertThat(EventCoderEnglishTest.code("2022-12-13", "Armenia lost the 2020 Azerbaijani offensive, officials said."))
        .anyMatch(e -> e.startsWith("19") && e.contains(" 2020 "));
    // a year after "of" / "von" a noun other than the trigger dates that noun
    assertThat(EventCoderEnglishTest.code("2022-10-07",
        "Armenia and Azerbaijan confirmed their commitment to the Alma-Ata Declaration of 1991 on Thursday."))
        .isNotEmpty().noneMatch(e -> e.contains(" 1991 "));
    assertThat(EventCoderEnglishTest.code("2022-10-07", "Armenia accused Azerbaijan of breaking the ceasefire of 1994."))
        .anyMatch(e -> e.startsWith("11") && !e.contains(" 1994 "));
  }

  @Test
  void aYearThatNamesTheEventDoesNotSetTheTimeOfWhatFollows() {
    // "the 2020 war" dates the war, but the statement two paragraphs on is the day's news
    List<String> events = EventCoderEnglishTest.code("2022-12-13",
        "Azerbaijani protesters blocked the Lachin corridor on Monday.\n\n"
            + "Russian peacekeepers control the corridor under the ceasefire that stopped the 2020 Armenian-Azerbaijani war.\n\n"
            + "In a statement, Armenia's Foreign Ministry urged the international community to respond to the blockade, it said.");
    assertThat(events).anyMatch(e -> e.startsWith("19") && e.contains(" 2020 "))
        .anyMatch(e -> e.startsWith("02") && !e.contains(" 2020 "));
  }
}
