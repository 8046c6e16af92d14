package org.dossier.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.events.Event;
import org.dossier.ingest.IngestOptions;
import org.dossier.model.RawDocument;
import org.dossier.pack.Cameo;
import org.dossier.pipeline.DocumentPipeline;
import org.dossier.pipeline.PipelineConfig;
import org.junit.jupiter.api.Test;

class DocumentProfileTest {
  private static final DocumentPipeline PIPELINE = new DocumentPipeline(
      new PipelineConfig("caucasus", Set.of(), LocalDate.of(2026, 1, 1), IngestOptions.defaults()));

  @Test
  void aPlainStatementTellsNothingOfWhichEventAReportIsAbout() {
    var analysis = PIPELINE.analyse(new RawDocument("t.txt", null, RawDocument.Kind.TEXT,
        "Russland und Armenien haben am Freitag in Moskau verhandelt, sagte Putin am Freitag.", null, null, "2020-10-09",
        null, null));
    List<Event> events = analysis.events();
    assertThat(events).anyMatch(e -> e.cameo().equals(Cameo.STATEMENT)).anyMatch(e -> !e.cameo().equals(Cameo.STATEMENT));
    List<Event> withoutStatements = new ArrayList<>(events);
    withoutStatements.removeIf(e -> e.cameo().equals(Cameo.STATEMENT));
    DocumentProfile all = DocumentProfile.of(analysis.document(), analysis.timexes(), analysis.entities(), events);
    DocumentProfile fewer = DocumentProfile.of(analysis.document(), analysis.timexes(), analysis.entities(),
        withoutStatements);
    assertThat(all.shared()).isEqualTo(fewer.shared());
    // while the other event does count
    DocumentProfile none = DocumentProfile.of(analysis.document(), analysis.timexes(), analysis.entities(), List.of());
    assertThat(none.shared()).isNotEqualTo(fewer.shared());
  }

  private static float weight(DocumentProfile profile, String kind, String value) {
    long key = org.dossier.text.Hash64.of(kind, value);
    for (int k = 0; k < profile.shared().size(); k++) if (profile.shared().key(k) == key) return profile.shared().weight(k);
    return 0f;
  }

  @Test
  void theNewsOfTheFirstSentenceOutweighsAnEventToldAgainAndAgainFurtherOn() {
    var analysis = PIPELINE.analyse(new RawDocument("t.txt", null, RawDocument.Kind.TEXT,
        "Armenien und Aserbaidschan haben sich am Samstag auf eine neue Waffenruhe geeinigt.\n\n"
            + "Zuvor hatten armenische Truppen am Samstag die Stadt Gandscha beschossen. Die armenischen Truppen beschossen "
            + "am Samstag auch Mingetschaur. Aserbaidschan warf Armenien vor, am Samstag Barda beschossen zu haben.",
        null, null, "2020-10-17", null, null));
    DocumentProfile profile = DocumentProfile.of(analysis.document(), analysis.timexes(), analysis.entities(),
        analysis.events());
    assertThat(analysis.events().stream().filter(e -> e.cameo().startsWith("19") && e.happened()).count())
        .isGreaterThanOrEqualTo(2);
    assertThat(weight(profile, "k:", "08@2020-10-17")).isGreaterThan(weight(profile, "k:", "19@2020-10-17"));
  }

  @Test
  void anEventOnlyTheReportsOwnDayDatesWeighsLessThanOneItsSentenceDates() {
    DocumentProfile stated = profile("Aserbaidschanische Truppen haben am Freitag Stepanakert beschossen.", "2020-10-09");
    DocumentProfile undated = profile("Aserbaidschanische Truppen haben Stepanakert beschossen.", "2020-10-09");
    assertThat(weight(stated, "k:", "19@2020-10-09")).isGreaterThan(0f);
    assertThat(weight(undated, "k:", "19@2020-10-09")).isGreaterThan(0f)
        .isLessThan(weight(stated, "k:", "19@2020-10-09"));
    // the month is as sure either way
    assertThat(weight(undated, "k:", "19@2020-10")).isEqualTo(weight(stated, "k:", "19@2020-10"));
  }

  @Test
  void theMonthOfTheLeadsNewsWeighsMoreThanTheMonthOfAnEventFurtherOn() {
    DocumentProfile lead = profile("Aserbaidschanische Truppen haben am Freitag Stepanakert beschossen.\n\n"
        + "Die Regierung in Eriwan hat am Freitag eine Sitzung abgehalten.", "2020-10-09");
    DocumentProfile later = profile("Die Regierung in Eriwan hat am Freitag eine Sitzung abgehalten.\n\n"
        + "Aserbaidschanische Truppen haben am Freitag Stepanakert beschossen.", "2020-10-09");
    assertThat(weight(lead, "k:", "19@2020-10")).isGreaterThan(weight(later, "k:", "19@2020-10"));
    // and less than the day it is the month of
    assertThat(weight(lead, "k:", "19@2020-10")).isLessThan(weight(lead, "k:", "19@2020-10-09"));
  }

  @Test
  void aBlockadeCodedEitherWayIsOneKindOfEvent() {
    DocumentProfile blocked = profile(
        "Aserbaidschan hat am Montag den Latschin-Korridor nach Armenien blockiert, teilte die Regierung in Eriwan mit.",
        "2022-12-12");
    String kind = Cameo.family("191");
    assertThat(weight(blocked, "k:", kind + "@2022-12-12")).isGreaterThan(0f);
    assertThat(weight(blocked, "k:", "19@2022-12-12")).isZero();
  }

  private static DocumentProfile profile(String text, String published) {
    var analysis = PIPELINE.analyse(new RawDocument("t.txt", null, RawDocument.Kind.TEXT, text, null, null, published,
        null, null));
    return DocumentProfile.of(analysis.document(), analysis.timexes(), analysis.entities(), analysis.events());
  }

  /** What the scan of numbers is meant to find: this pattern's matches, with the grouping signs dropped. */
  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
      "(?<![\\d.,])\\d{1,3}(?:[.,\u00a0 ]\\d{3})+(?![\\d]|[.,]\\d)|(?<![\\d.,])\\d+(?![\\d]|[.,]\\d)");

  private static List<String> scanned(String text) {
    List<String> out = new ArrayList<>();
    DocumentProfile.numbers(text, out::add);
    return out;
  }

  private static List<String> matched(String text) {
    List<String> out = new ArrayList<>();
    var m = NUMBER.matcher(text);
    while (m.find()) out.add(m.group().replaceAll("[^\\d]", ""));
    return out;
  }

  @Test
  void numbersAreWholeNumbersWithTheirThousandsGroupedNotPartsOfDecimals() {
    assertThat(scanned("1,500 Soldaten, 10 000 Flüchtlinge, 2.5 Prozent, 3,14 und 44 Tage"))
        .containsExactly("1500", "10000", "44");
    // a group that runs on into a fourth digit ends the number before it
    assertThat(scanned("1 000 0000")).containsExactly("1000", "0000");
    assertThat(scanned("12.345.6 und 1.234.567,8 und 999")).containsExactly("999");
    assertThat(scanned("")).isEmpty();
  }

  @Test
  void theScanFindsWhatThePatternFinds() {
    java.util.Random random = new java.util.Random(7);
    String alphabet = "0123456789., \u00a0a-";
    for (int t = 0; t < 20_000; t++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(24);
      for (int i = 0; i < length; i++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      assertThat(scanned(text.toString())).as(text.toString()).isEqualTo(matched(text.toString()));
    }
  }
}
