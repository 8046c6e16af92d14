package org.dossier.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dossier.duplicates.Fingerprint;
import org.dossier.events.Event;
import org.dossier.ingest.Ingest;
import org.dossier.ingest.IngestOptions;
import org.dossier.model.IngestItem;
import org.dossier.model.RawDocument;
import org.dossier.model.Span;
import org.dossier.pipeline.DocumentAnalysis;
import org.dossier.pipeline.DocumentPipeline;
import org.dossier.pipeline.PipelineConfig;
import org.dossier.stories.DocumentProfile;
import org.dossier.stories.SparseVector;
import org.junit.jupiter.api.Test;

class SummaryCodecTest {
  private static final Path SEEDS = Path.of("..", "examples", "seeds");

  @Test
  void theSummariesOfRealReportsComeBackEqual() throws Exception {
    DocumentPipeline pipeline = new DocumentPipeline(
        new PipelineConfig("caucasus", Set.of(), LocalDate.of(2026, 11, 20), IngestOptions.defaults()));
    int events = 0;
    int summaries = 0;
    try (Ingest ingest = new Ingest(List.of(SEEDS), IngestOptions.defaults())) {
      while (ingest.hasNext()) {
        IngestItem item = ingest.next();
        DocumentAnalysis a = pipeline.analyse((RawDocument) item);
        DocumentSummary summary = DocumentSummary.of(a.document(), a.timexes(), a.entities(), a.events());
        byte[] bytes = SummaryCodec.encode(summary);
        DocumentSummary back = SummaryCodec.decode(bytes);
        assertThat(back).as(item.input()).isEqualTo(summary);
        assertThat(back.profile().shared()).isEqualTo(summary.profile().shared());
        assertThat(back.fingerprint().minima()).containsExactly(summary.fingerprint().minima());
        assertThat(SummaryCodec.encode(back)).isEqualTo(bytes);
        // compact: 12 bytes a feature and 4 a MinHash value; headline, lead, labels and names once each
        int features = summary.profile().shared().size() + summary.profile().words().size();
        assertThat(bytes.length).isLessThan(12 * features + 4 * Fingerprint.SIZE + 600 + 80 * summary.events().size());
        events += summary.events().size();
        summaries++;
      }
    }
    assertThat(summaries).isEqualTo(5);
    assertThat(events).isGreaterThan(50);
  }

  @Test
  void nullsEmptyPartsOldDatesAndAnyTextSurvive() {
    Event bare = new Event("190", "Use conventional military force", Event.Modality.HYPOTHETICAL, Event.EventDate.UNKNOWN,
        List.of(), List.of(), List.of(), null, null, new Span(0, 0), new Span(0, 0));
    Event full = new Event("0871", null, Event.Modality.NEGATED, new Event.EventDate("XXXX-WXX-5", Event.EventDate.Granularity.UNKNOWN),
        List.of(new Event.Actor("armenia", "Armenia", "ARM"), new Event.Actor("unlisted:x", "Ä 𝔘 \u2028", null)),
        List.of(new Event.Actor("azerbaijan", "Azerbaijan", "AZE", "adversary")), List.of(new Event.Actor("osce", "OSCE", "OSCE")),
        new Event.Location("stepanakert", "Stepanakert", "AZE"),
        new Event.Fatalities(Long.MAX_VALUE, Event.Fatalities.Qualifier.AT_MOST), new Span(10, 400), new Span(12, 20));
    DocumentProfile profile = new DocumentProfile("ü-1", "und", null, null, null, LocalDate.of(1899, 12, 31),
        LocalDate.of(-40, 3, 15), SparseVector.of(Map.of()), SparseVector.of(Map.of(Long.MIN_VALUE, -0.5f, -1L, 0.25f,
        Long.MAX_VALUE, Float.MIN_VALUE)));
    Event published = new Event("190", null, Event.Modality.REPORTED, new Event.EventDate("2021-05-16",
        Event.EventDate.Granularity.DAY, Event.EventDate.Basis.PUBLICATION), List.of(), List.of(), List.of(), null, null,
        new Span(0, 0), new Span(0, 0));
    DocumentSummary summary = new DocumentSummary(profile, Fingerprint.of(new int[0], 3), List.of(bare, full, full, published));
    DocumentSummary back = SummaryCodec.decode(SummaryCodec.encode(summary));
    assertThat(back).isEqualTo(summary);
    // where a date was read is no part of its equality, so it is checked apart
    assertThat(back.events()).extracting(e -> e.date().basis()).containsExactly(Event.EventDate.Basis.NONE,
        Event.EventDate.Basis.STATED, Event.EventDate.Basis.STATED, Event.EventDate.Basis.PUBLICATION);
    assertThat(back.events().get(1).source().get(1).name()).isEqualTo("Ä 𝔘 \u2028");
    assertThat(back.events().get(1).target().get(0).inferred()).isEqualTo("adversary");
    assertThat(back.fingerprint().isEmpty()).isTrue();
    assertThat(back.fingerprint().shingles()).isEqualTo(3);
  }

  @Test
  void aRecurringStringIsWrittenOnce() {
    Event.Actor armenia = new Event.Actor("armenia-government-with-a-long-id", "Government of Armenia", "ARM");
    Event one = new Event("042", "Make a visit", Event.Modality.ASSERTED, Event.EventDate.of("2020-10-09"), List.of(armenia),
        List.of(), List.of(), null, null, new Span(0, 5), new Span(1, 2));
    DocumentProfile profile = new DocumentProfile("d", "en", "t", "l", "2020-10-09", LocalDate.of(2020, 10, 9),
        LocalDate.of(2020, 10, 9), SparseVector.of(Map.of()), SparseVector.of(Map.of()));
    Fingerprint empty = Fingerprint.of(new int[0], 0);
    int once = SummaryCodec.encode(new DocumentSummary(profile, empty, List.of(one))).length;
    int tenTimes = SummaryCodec.encode(new DocumentSummary(profile, empty, java.util.Collections.nCopies(10, one))).length;
    // each further copy costs its codes and spans, not the strings again
    assertThat((tenTimes - once) / 9).isLessThan(20);
  }

  @Test
  void bytesItDidNotWriteAreRefusedWithAReason() {
    DocumentProfile profile = new DocumentProfile("d", "en", "t", "l", null, null, null, SparseVector.of(Map.of(1L, 1f)),
        SparseVector.of(Map.of()));
    byte[] bytes = SummaryCodec.encode(new DocumentSummary(profile, Fingerprint.of(new int[0], 0), List.of()));
    // the format before event dates carried their basis, as a store of an earlier release holds it, still reads
    byte[] firstVersion = bytes.clone();
    firstVersion[0] = 1;
    assertThat(SummaryCodec.decode(firstVersion).profile()).isEqualTo(profile);
    byte[] otherVersion = bytes.clone();
    otherVersion[0] = 9;
    assertThatThrownBy(() -> SummaryCodec.decode(otherVersion)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version 9");
    for (int cut : Stream.of(1, 5, bytes.length - 1).mapToInt(Integer::intValue).toArray()) {
      assertThatThrownBy(() -> SummaryCodec.decode(Arrays.copyOf(bytes, cut))).as("cut at %d", cut)
          .isInstanceOf(IllegalArgumentException.class);
    }
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
    assertThatThrownBy(() -> SummaryCodec.decode(longer)).hasMessageContaining("after the summary");
  }
}
