package org.dossier.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.ingest.IngestOptions;
import org.dossier.model.RawDocument;
import org.dossier.pipeline.DocumentPipeline;
import org.dossier.pipeline.PipelineConfig;
import org.junit.jupiter.api.Test;

/** German constructions the event coder reads, run through the whole pipeline with the real pack. */
class EventCoderGermanTest {
  private static final DocumentPipeline PIPELINE = new DocumentPipeline(
      new PipelineConfig("caucasus", Set.of(), LocalDate.of(2026, 1, 1), IngestOptions.defaults()));

  private static List<Event> code(String text) {
    RawDocument raw = new RawDocument("t.txt", null, RawDocument.Kind.TEXT, text, null, null, "2020-10-09", null, null);
    return PIPELINE.analyse(raw).events();
  }

  /** "cameo modality SRC>TGT" per event, actors by code. */
  private static List<String> coded(String text) {
    return code(text).stream()
        .map(e -> e.cameo() + " " + e.modality().label() + " "
            + e.source().stream().map(Event.Actor::code).sorted().collect(Collectors.joining(",")) + ">"
            + e.target().stream().map(Event.Actor::code).sorted().collect(Collectors.joining(",")))
        .toList();
  }

  @Test
  void weakParticipleTheLemmatiserMissesStillTriggers() {
    // the lemmatiser makes "genigen" of "geeinigt"
    assertThat(coded("Armenien und Aserbaidschan haben sich am Freitag auf einen Gefangenenaustausch geeinigt."))
        .anyMatch(e -> e.startsWith("035") && e.contains("ARM,AZE>"));
  }

  @Test
  void zuInfinitiveWithParticleIsGovernedByItsControlWord() {
    assertThat(coded("Aserbaidschan erklärte sich bereit, mit der Europäischen Union zusammenzuarbeiten."))
        .anyMatch(e -> e.startsWith("030 asserted AZE>"));
  }

  @Test
  void controlWordIsStatedEvenWhenItGovernsAnInfinitive() {
    List<String> events = coded("Armenien erklärte sich bereit, Dörfer an Aserbaidschan zurückzugeben.");
    assertThat(events).anyMatch(e -> e.startsWith("035 asserted ARM>"));
    assertThat(events).noneMatch(e -> e.startsWith("0842 asserted"));
  }

  @Test
  void pronounOfAReportedClauseIsTheSpeaker() {
    assertThat(coded("Russland bekräftigte, es sei bereit, Truppen an die armenische Grenze zu verlegen."))
        .anyMatch(e -> e.startsWith("0334 reported RUS>"));
  }

  @Test
  void attributiveParticipleIsNoEvent() {
    assertThat(coded("Armenien fordert den Abzug aus den besetzten Gebieten, sagte der Minister in Eriwan."))
        .noneMatch(e -> e.startsWith("192"));
    assertThat(coded("Aserbaidschan besetzte am Freitag die Stadt Schuscha in Berg-Karabach.")).anyMatch(e -> e.startsWith("192 asserted AZE>"));
  }

  @Test
  void commissionIsNotAMission() {
    assertThat(coded("Armenien und Aserbaidschan gründeten eine Kommission zur Abgrenzung der Grenze."))
        .noneMatch(e -> e.startsWith("074"));
  }
}
