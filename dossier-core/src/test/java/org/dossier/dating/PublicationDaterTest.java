package org.dossier.dating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.dossier.ingest.IngestOptions;
import org.dossier.model.Document;
import org.dossier.model.PublishedDate;
import org.dossier.model.RawDocument;
import org.dossier.pack.PackLoader;
import org.dossier.pipeline.DocumentPipeline;
import org.dossier.pipeline.PipelineConfig;
import org.junit.jupiter.api.Test;

class PublicationDaterTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  private final DocumentPipeline pipeline = new DocumentPipeline(
      new PipelineConfig("tiny", Set.of(), TODAY, IngestOptions.defaults()), PackLoader.load("tiny"));

  private PublishedDate date(String header, String url, String text) {
    Document d = pipeline.process(new RawDocument("x.txt", null, RawDocument.Kind.TEXT, text, url, null, null, header, null));
    return d.published();
  }

  private static final String CAVUSOGLU = "In einer Pressekonferenz sagte Mevlüt Çavuşoğlu am Freitag, die Türkei stehe an der Seite "
      + "Aserbaidschans. Armenien müsse seine Truppen abziehen, sagte der türkische Außenminister.";

  @Test
  void aHeaderTheOfficesContradictIsRefusedWithTheReason() {
    PublishedDate p = date("date 2025-07", null, CAVUSOGLU);
    assertThat(p.value()).isNull();
    assertThat(p.origin()).isEqualTo(PublishedDate.Origin.NONE);
    assertThat(p.evidence()).isEqualTo("date 2025-07");
    assertThat(p.conflict()).contains("header says 2025-07", "Mevlüt Çavuşoğlu", "foreign minister", "2023-06-04");
  }

  @Test
  void aHeaderTheOfficesAllowIsKept() {
    PublishedDate p = date("date 2020-10", null, CAVUSOGLU);
    assertThat(p.value()).isEqualTo("2020-10");
    assertThat(p.origin()).isEqualTo(PublishedDate.Origin.HEADER);
    assertThat(p.conflict()).isNull();
  }

  @Test
  void aFormerOfficeSaysNothingAboutTheDate() {
    String text = "Der frühere türkische Außenminister Mevlüt Çavuşoğlu sprach am Freitag in Ankara über den Konflikt.";
    assertThat(date("date 2025-07", null, text).value()).isEqualTo("2025-07");
  }

  @Test
  void theMorePreciseOfTwoAgreeingDatesWinsAndUrlsCount() {
    PublishedDate p = date("date 2020-10", "https://x.example/2020/10/09/talks", "Die Gespräche in Moskau dauerten den ganzen Tag.");
    assertThat(p.value()).isEqualTo("2020-10-09");
    assertThat(p.origin()).isEqualTo(PublishedDate.Origin.URL);
  }

  @Test
  void aDateAfterTheRunIsRefused() {
    PublishedDate p = date("date 2030-01", null, "Die Gespräche in Moskau dauerten den ganzen Tag.");
    assertThat(p.value()).isNull();
    assertThat(p.conflict()).contains("later than");
  }

  @Test
  void anAgencyDatelineWithoutAYearGivesTheDayOfAMonthOnlyDate() {
    String text = "Baku, 7. Oktober, AZERTAC\n\nNach einem Treffen in Prag wurde eine Erklärung verabschiedet, "
        + "die die territoriale Integrität beider Staaten anerkennt.";
    PublishedDate p = date("date: 2022-10 (page metadata)", null, text);
    assertThat(p.value()).isEqualTo("2022-10-07");
    assertThat(p.origin()).isEqualTo(PublishedDate.Origin.TEXT);
    assertThat(p.evidence()).contains("Baku, 7. Oktober, AZERTAC", "2022-10");
    // another month's day is not this page's day
    assertThat(date("date: 2022-11 (page metadata)", null, text).value()).isEqualTo("2022-11");
    // with nothing to give the year, the dateline is kept as evidence
    PublishedDate none = date(null, null, text);
    assertThat(none.value()).isNull();
    assertThat(none.evidence()).isEqualTo("Baku, 7. Oktober, AZERTAC");
  }

  @Test
  void noDateAtAllIsNone() {
    PublishedDate p = date(null, null, "Die Gespräche in Moskau dauerten den ganzen Tag und wurden am Abend vertagt.");
    assertThat(p).isEqualTo(PublishedDate.unknown());
  }
}
