package org.dossier.dating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dossier.ingest.IngestOptions;
import org.dossier.model.PublishedDate;
import org.dossier.model.RawDocument;
import org.dossier.pack.PackLoader;
import org.dossier.pipeline.DocumentAnalysis;
import org.dossier.pipeline.DocumentPipeline;
import org.dossier.pipeline.PipelineConfig;
import org.dossier.time.Timex;
import org.junit.jupiter.api.Test;

/** Undated reports placed in time by the landmark events they name by weekday. */
class ContentDaterTest {
  private static final DocumentPipeline PIPELINE = new DocumentPipeline(
      new PipelineConfig("caucasus", Set.of(), LocalDate.of(2026, 11, 20), IngestOptions.defaults()),
      PackLoader.load("caucasus"));

  private static DocumentAnalysis analyse(String text) {
    return analyse(null, text);
  }

  private static DocumentAnalysis analyse(String header, String text) {
    return PIPELINE.analyse(new RawDocument("t.txt", null, RawDocument.Kind.TEXT, text, null, null, null, header, null));
  }

  @Test
  void aLandmarkNamedByWeekdayDatesTheReportAndItsEvents() {
    DocumentAnalysis a = analyse("Armenien und Aserbaidschan haben in Moskau direkte Gespräche aufgenommen. "
        + "Das russische Außenministerium veröffentlichte am Freitag ein Foto der Außenminister.");
    assertThat(a.document().published().value()).isEqualTo("2020-10-09");
    assertThat(a.document().published().origin()).isEqualTo(PublishedDate.Origin.CONTENT);
    assertThat(a.document().published().evidence()).contains("Moscow");
    assertThat(a.events()).anyMatch(e -> e.cameo().equals("046") && "2020-10-09".equals(e.date().value()));
  }

  @Test
  void eventsPlacedRelativeToTheDayOfWritingDateTheReportTogether() {
    // Ganja was struck on three days of October 2020; "today" fits each, the truce of "last week" (10 October) only
    // the week after it: together they give 17 October
    DocumentAnalysis a = analyse("Bei einem Raketenangriff auf Gandscha sind heute zwölf Menschen getötet worden, teilte die "
        + "aserbaidschanische Staatsanwaltschaft mit. Trotz der Einigung auf eine Waffenruhe vergangene Woche gehen die Kämpfe zwischen Armenien und Aserbaidschan "
        + "weiter.");
    assertThat(a.document().published().value()).isEqualTo("2020-10-17");
    assertThat(a.document().published().evidence()).contains("Ganja").contains("humanitarian ceasefire");
    // the report's relative dates are resolved against the day found
    assertThat(a.timexes()).extracting(Timex::value).contains("2020-10-17", "2020-W41");
    // one of the two alone is not enough
    assertThat(analyse("Bei einem Raketenangriff auf Gandscha sind heute zwölf Menschen getötet worden, teilte die "
        + "aserbaidschanische Staatsanwaltschaft mit.").document().published().value()).isNull();
  }

  @Test
  void twoMentionsOfOneLandmarkAreOnePieceOfEvidence() {
    // the signing "on Thursday" and the announcement "today" that it was signed fit the same landmark (in Aliyev's
    // time, the joint statement of Thursday 7 December 2023): one piece of evidence, not two
    DocumentAnalysis a = analyse("Azerbaijan signed an agreement on Thursday, President Ilham Aliyev said. Azerbaijan announced "
        + "today that it had signed the agreement.");
    assertThat(a.document().published().value()).isNull();
  }

  @Test
  void theFlightOfAPeopleFitsTheLandmarkOfThatFlightNotAnotherKindOfAid() {
    // taking in refugees (075) and deploying peacekeepers (074, November 2020) are both aid (07), but not the same
    // kind: the lead's flight is the exodus of September 2023
    DocumentAnalysis a = analyse("The town of Goris has become the center of a mass exodus of Armenians from "
        + "Nagorno-Karabakh. After Azerbaijan's recapture of Nagorno-Karabakh, tens of thousands of ethnic Armenians "
        + "have fled to Armenia.");
    assertThat(a.document().published().value()).startsWith("2023-09");
    assertThat(a.document().published().evidence()).contains("flee to Armenia");
  }

  @Test
  void oneAmbiguousHintIsNotEnough() {
    DocumentAnalysis a = analyse("Armenien und Aserbaidschan haben Gespräche aufgenommen.");
    assertThat(a.document().published().value()).isNull();
  }

  @Test
  void aWeekdayThatDoesNotFitTheLandmarkDoesNotPlaceIt() {
    DocumentAnalysis a = analyse("Armenien und Aserbaidschan haben am Dienstag in Moskau Gespräche aufgenommen.");
    assertThat(a.document().published().value()).isNull();
  }

  @Test
  void aLandmarkOnAYearlessDayDatesTheEventNotTheReport() {
    // the summit was on 16 May 2016; the report may be from any day after it
    DocumentAnalysis a = analyse("Die Präsidenten Armeniens und Aserbaidschans trafen sich am Montag, 16. Mai, in Wien zu Gesprächen.");
    assertThat(a.document().published().value()).isNull();
    assertThat(a.events()).anyMatch(e -> e.cameo().startsWith("04") && "2016-05-16".equals(e.date().value()));
  }

  @Test
  void anAgencyDatelineWithoutAYearGivesTheReportsDay() {
    DocumentAnalysis a = analyse("WIEN, 17. Mai (AFP) - Die Präsidenten Armeniens und Aserbaidschans haben sich in Wien "
        + "zu Gesprächen getroffen.");
    assertThat(a.document().published().value()).isEqualTo("2016-05-17");
    assertThat(a.document().published().evidence()).contains("WIEN, 17. Mai");
  }

  @Test
  void anUndatedReportsEventOnAYearlessLandmarkDayIsPlacedThere() {
    DocumentAnalysis a = analyse("Azerbaijani forces attacked Nagorno-Karabakh on September 19. Since then, many people have fled.");
    assertThat(a.document().published().value()).isNull();
    assertThat(a.events()).anyMatch(e -> e.cameo().startsWith("19") && "2023-09-19".equals(e.date().value()));
  }

  @Test
  void aLandmarkDayOfTheWrongKindPlacesNothing() {
    DocumentAnalysis a = analyse("Armenien und Aserbaidschan unterzeichneten am 19. September ein Abkommen über den Handel.");
    assertThat(a.document().published().value()).isNull();
    assertThat(a.events()).anyMatch(e -> e.cameo().equals("057") && "XXXX-09-19".equals(e.date().value()));
  }

  @Test
  void aWeekdayEventOfAMonthOnlyReportIsPlacedByTheOneLandmarkThatFits() {
    String text = "Die Außenminister Armeniens und Aserbaidschans verhandelten am Freitag in Moskau über eine Waffenruhe.";
    DocumentAnalysis a = analyse("date 2020-10", text);
    assertThat(a.events()).anyMatch(e -> e.cameo().startsWith("04") && "2020-10-09".equals(e.date().value()));
    // without a month or an office to bound the weeks, a Friday could be any Friday
    assertThat(analyse(text).events()).noneMatch(e -> "2020-10-09".equals(e.date().value()));
  }

  @Test
  void aDayAndItsWeekdayFixTheYearWithinTheTermsOfOfficeNamed() {
    DocumentAnalysis a = analyse("Armenia's Prime Minister Nikol Pashinyan said on Thursday (March 13) that the border "
        + "commissions would meet again.\n\nNo date was set.");
    // 13 March fell on a Thursday in 2014 and 2025; Pashinyan has been prime minister since 2018
    assertThat(a.document().published().value()).isEqualTo("2025-03-13");
    assertThat(a.document().published().evidence()).contains("Thursday (March 13)", "Pashinyan");
    // without an office to bound the years, the day stays open
    assertThat(analyse("Officials said on Thursday (March 13) that the commissions would meet again.")
        .document().published().value()).isNull();
  }

  @Test
  void aTwentyNinthOfFebruaryIsLookedForInLeapYearsOnly() {
    // a Saturday 29 February in Pashinyan's term: 2020 only (28 February 2026 is a Saturday too, but no 29th)
    DocumentAnalysis a = analyse("Armenia's Prime Minister Nikol Pashinyan said on Saturday (February 29) that the talks "
        + "would go on.\n\nNo date was set.");
    assertThat(a.document().published().value()).isEqualTo("2020-02-29");
  }

  @Test
  void theOfficesAnUndatedReportNamesBoundItsDate() {
    PublishedDate p = analyse("Turkish Foreign Minister Mevlut Cavusoglu met US President Donald Trump in Washington to "
        + "discuss the fighting over Nagorno-Karabakh, officials said.").document().published();
    // "from 2017-2021": too wide for a value, kept as the evidence
    assertThat(p.value()).isNull();
    assertThat(p.origin()).isEqualTo(PublishedDate.Origin.NONE);
    assertThat(p.evidence()).contains("Mevlüt Çavuşoğlu as foreign minister", "Donald Trump as head of state",
        "together: 2017-01-20 to 2021-01-20");

    TenureWindow oneYear = new TenureWindow(List.of(new TenureWindow.Interval(LocalDate.of(2018, 5, 8),
        LocalDate.of(2018, 11, 30))), List.of("A as foreign minister of X (2018-05-08 to 2018-11-30)"));
    PublishedDate year = ContentDater.byTenure(PublishedDate.unknown(), oneYear);
    assertThat(year.value()).isEqualTo("2018");
    assertThat(year.origin()).isEqualTo(PublishedDate.Origin.CONTENT);
    PublishedDate dated = new PublishedDate("2020-10-09", PublishedDate.Origin.HEADER, "date 2020-10-09", null);
    assertThat(ContentDater.byTenure(dated, oneYear)).isSameAs(dated);
  }

  @Test
  void aLandmarkOfTheReportsOwnStoryFittingByWeekdayAndPlaceDatesIt() {
    String text = "Die Außenminister Armeniens und Aserbaidschans trafen sich am Donnerstag in Wien zu Gesprächen.";
    RawDocument raw = new RawDocument("t.txt", null, RawDocument.Kind.TEXT, text, null, null, null, null, null);
    assertThat(PIPELINE.analyse(raw).document().published().value()).isNull();
    var talks = new org.dossier.pack.ChronologyEntry(LocalDate.of(2023, 3, 16), "046", Set.of("ARM", "AZE"),
        Set.of("vienna"), "talks in Vienna, as report r1 has it");
    PublishedDate p = PIPELINE.analyse(raw, List.of(talks)).document().published();
    assertThat(p.value()).isEqualTo("2023-03-16");
    assertThat(p.origin()).isEqualTo(PublishedDate.Origin.CONTENT);
    assertThat(p.evidence()).contains("as report r1 has it");
  }

  @Test
  void aDeadlineStillToComeRulesOutTheLandmarksAfterIt() {
    String lead = "European Council President Charles Michel said Wednesday after a meeting with Azerbaijani President "
        + "Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan in Brussels that they had made progress.";
    // Brussels meetings with Michel fell on a Wednesday on 6 April and 31 August 2022: two readings, no date
    assertThat(analyse(lead).document().published().value()).isNull();
    PublishedDate p = analyse(lead + "\n\nThey also agreed to convene a joint border commission by the end of April, "
        + "according to a statement released by the European Council after the five-hour meeting.").document().published();
    assertThat(p.value()).isEqualTo("2022-04-06");
    assertThat(p.evidence()).contains("Brussels", "its deadline \"by the end of April\" is still to come");
  }

  @Test
  void aDeadlineAloneDoesNotPickALandmarkForAnEventNothingElsePlaces() {
    // among the many days of fighting, the first months of a year hold one landmark (2 April 2016): by elimination
    // only, which is no evidence
    DocumentAnalysis a = analyse("Aserbaidschanische Truppen haben armenische Stellungen in Berg-Karabach angegriffen. "
        + "Eine Kommission soll bis Ende April dieses Jahres gegründet werden.");
    assertThat(a.document().published().value()).isNull();
  }

  @Test
  void aDeadlineWithoutAYearIsWithinHalfAYearAndThisYearsInThatYear() {
    Deadline april = new Deadline("by the end of April", 4, 0, false);
    assertThat(april.admits(LocalDate.of(2022, 4, 6))).isTrue();
    assertThat(april.admits(LocalDate.of(2022, 4, 30))).isTrue();
    assertThat(april.admits(LocalDate.of(2021, 12, 14))).isTrue();
    assertThat(april.admits(LocalDate.of(2022, 8, 31))).isFalse();
    Deadline thisYears = new Deadline("bis Ende April dieses Jahres", 4, 0, true);
    assertThat(thisYears.admits(LocalDate.of(2022, 1, 1))).isTrue();
    assertThat(thisYears.admits(LocalDate.of(2021, 12, 14))).isFalse();
    assertThat(thisYears.admits(LocalDate.of(2022, 5, 1))).isFalse();
    assertThat(new Deadline("by March 13", 3, 13, false).admits(LocalDate.of(2025, 3, 14))).isFalse();
  }
}
