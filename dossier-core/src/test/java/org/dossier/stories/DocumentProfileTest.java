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
}
