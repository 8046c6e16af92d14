package org.dossier.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.time.LocalDate;
import java.util.List;
import org.dossier.calendar.PartialDate;
import org.dossier.clean.Cleaned;
import org.dossier.clean.Cleaner;
import org.dossier.dating.PublicationDater;
import org.dossier.dating.TenureEvidence;
import org.dossier.dating.TenureWindow;
import org.dossier.entities.Entities;
import org.dossier.entities.EntityRecognizer;
import org.dossier.events.Event;
import org.dossier.events.EventCoder;
import org.dossier.dating.ContentDater;
import org.dossier.model.PublishedDate;
import org.dossier.model.Document;
import org.dossier.model.RawDocument;
import org.dossier.model.Span;
import org.dossier.pack.ChronologyEntry;
import org.dossier.pack.Pack;
import org.dossier.pack.PackLoader;
import org.dossier.text.LanguageIdentifier;
import org.dossier.text.Segmentation;
import org.dossier.text.Segmenter;
import org.dossier.time.TemporalTagger;
import org.dossier.time.Timex;

/**
 * The per-document analysis, one stage after another: clean, identify the language, split sentences and
 * tokens, date the publication, find the temporal expressions, the entities and the events. Each stage is a pure function of its inputs; the pipeline holds only
 * immutable models and data, so one instance serves many threads.
 */
public final class DocumentPipeline {
  private final PipelineConfig config;
  private final Pack pack;
  private final Cleaner cleaner = new Cleaner();
  private final LanguageIdentifier languages;
  private final Segmenter segmenter = new Segmenter();
  private final TenureEvidence tenure;
  private final PublicationDater dater = new PublicationDater();
  private final TemporalTagger timexes = new TemporalTagger();
  private final EntityRecognizer entities;
  private final EventCoder events;
  private final ContentDater contentDater;

  public DocumentPipeline(PipelineConfig config) {
    this(config, PackLoader.load(config.pack()));
  }

  public DocumentPipeline(PipelineConfig config, Pack pack) {
    this.config = config;
    this.pack = pack;
    this.languages = new LanguageIdentifier(config.languages());
    this.tenure = new TenureEvidence(pack);
    this.entities = new EntityRecognizer(pack);
    this.events = new EventCoder(pack);
    this.contentDater = new ContentDater(pack);
  }

  public Pack pack() {
    return pack;
  }

  /** What the pipeline was built from: pack name, languages, the run's day, input limits. */
  public PipelineConfig config() {
    return config;
  }

  /** All per-document stages: the foundation, then temporal expressions, entities and events. */
  public DocumentAnalysis analyse(RawDocument raw) {
    return analyse(raw, events, contentDater);
  }

  /**
   * The per-document stages with landmark events beyond the pack's chronology: those that other reports of
   * the document's story date, by which a report without a day of its own can be dated.
   */
  public DocumentAnalysis analyse(RawDocument raw, List<ChronologyEntry> reported) {
    return analyse(raw, events.withLandmarks(reported), contentDater.withLandmarks(reported));
  }

  private DocumentAnalysis analyse(RawDocument raw, EventCoder events, ContentDater contentDater) {
    Document d = process(raw);
    List<Timex> found = timexes.tag(d.text(), d.sentences(), d.language(), d.published().value());
    Entities recognised = recognise(d);
    List<Event> coded = events.code(d, found, recognised);
    if (ContentDater.needed(d.published())) {
      // an undated report placed by the landmark events it names: analyse it again against that day
      TenureWindow window = tenure.window(d.text(), d.sentences(), d.language());
      int lead = d.text().indexOf("\n\n");
      PublishedDate dated = contentDater.date(d.published(), d.text(), d.language(), found, coded, window, lead < 0 ? d.text().length() : lead,
          config.today());
      if (dated != null) {
        d = d.withPublished(dated);
        found = timexes.tag(d.text(), d.sentences(), d.language(), dated.value());
        recognised = recognise(d);
        coded = events.code(d, found, recognised);
      } else {
        coded = contentDater.anchor(coded, d.published(), d.text(), d.language(), found, window);
        PublishedDate bounded = ContentDater.byTenure(d.published(), window);
        if (bounded != d.published()) d = d.withPublished(bounded);
      }
    }
    return new DocumentAnalysis(d, found, recognised, coded);
  }

  /** The entity stage alone, on a processed document. */
  public Entities recognise(Document d) {
    PartialDate published = d.published().value() == null ? null : PartialDate.parse(d.published().value());
    LocalDate reference = published == null ? null : published.first();
    Entities inText = entities.recognise(d.text(), d.sentences(), d.tokens(), d.language(), reference);
    if (d.title() == null || d.title().isBlank()) return inText;
    String title = d.title();
    Entities inTitle = entities.recognise(title, List.of(new Span(0, title.length())), List.of(), d.language(), reference);
    return inText.withTitle(inTitle.mentions());
  }

  /** The foundation stages: the cleaned, segmented and dated document. */
  public Document process(RawDocument raw) {
    Cleaned cleaned = cleaner.clean(raw);
    String text = cleaned.text();
    String language = languages.identify(text);
    Segmentation segments = segmenter.segment(text, language);
    TenureWindow window = tenure.window(text, segments.sentences(), language);
    var published = dater.date(raw, cleaned, window, config.today());
    return new Document(
        id(raw),
        raw.input(),
        cleaned.url() != null ? cleaned.url() : raw.url(),
        cleaned.title(),
        language,
        published,
        text,
        cleaned.removed(),
        cleaned.agencies(),
        segments.sentences(),
        segments.tokens());
  }

  /** The input's own id, else a hash of its URL and content, stable across runs and machines. */
  public static String id(RawDocument raw) {
    if (raw.ownId() != null && !raw.ownId().isBlank()) {
      return raw.ownId().strip();
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      if (raw.url() != null) {
        sha.update(raw.url().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
      sha.update(raw.content().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
