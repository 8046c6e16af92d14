package org.dossier.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.dossier.evaluation.TestVectors.DetectionCase;
import org.dossier.evaluation.TestVectors.Expected;
import org.dossier.evaluation.TestVectors.Vector;
import org.dossier.evaluation.TimexCounts.Prf;
import org.dossier.ingest.Ingest;
import org.dossier.model.Document;
import org.dossier.model.IngestItem;
import org.dossier.model.PublishedDate;
import org.dossier.model.RawDocument;
import org.dossier.model.Span;
import org.dossier.pipeline.Analysis;
import org.dossier.pipeline.DocumentPipeline;
import org.dossier.pipeline.PipelineConfig;
import org.dossier.text.Segmenter;
import org.dossier.time.TemporalTagger;
import org.dossier.time.Timex;

/**
 * Scores the temporal tagger on the shared temporal suites:
 * <ul>
 *   <li>{@code te3}: TempEval-3 platinum (English news, TIMEX3), with the official TempEval-3 measures;</li>
 *   <li>{@code wikiwarsde}: WikiWarsDE (German narratives, TIMEX2), lenient/strict span, value accuracy and
 *       strict+value F, values compared through {@link Timex2Values};</li>
 *   <li>{@code heideltime_en}: HeidelTime's English test vectors (expected span and value per fragment);</li>
 *   <li>{@code heideltime_de}: German detection cases (an expression expected or not);</li>
 *   <li>{@code seeds}, {@code dev}: the gold timexes of the project's own corpus, matched by text on the
 *       output of the real document pipeline.</li>
 * </ul>
 * The tagger is timed per suite (tagging calls only, one thread). Every failure goes to the suite's
 * {@link ErrorReport}. A tagger exception on one input is reported and counts as an empty answer.
 */
public final class TemporalEvaluation {
  /** The tagger under test, as {@link TemporalTagger#tag} is called. */
  @FunctionalInterface
  public interface Tagger {
    List<Timex> tag(String text, List<Span> sentences, String language, String documentDate);
  }

  /** Every key this evaluation can report. */
  public static final List<String> KEYS = List.of(
      "te3.strict_f1", "te3.relaxed_f1", "te3.value_f1", "te3.type_f1",
      "wikiwarsde.strict_value_f1", "wikiwarsde.strict_f1", "wikiwarsde.lenient_f1", "wikiwarsde.value_accuracy",
      "heideltime_en.pass_rate",
      "heideltime_de.pass_rate", "heideltime_de.negatives_pass_rate",
      "seeds.timex_recall", "seeds.timex_precision", "seeds.timex_value_accuracy",
      "dev.timex_recall", "dev.timex_precision", "dev.timex_value_accuracy");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Tagger tagger;
  private final PipelineConfig config;
  private final PrintStream log;
  private final Segmenter segmenter = new Segmenter();
  private final Map<String, ErrorReport> errors = new LinkedHashMap<>();
  private DocumentPipeline pipeline;

  public TemporalEvaluation(PipelineConfig config) {
    this(new TemporalTagger()::tag, config, System.err);
  }

  /**
   * @param tagger the tagger under test
   * @param config the document pipeline's configuration, for the seeds and dev suites
   * @param log    where notes on skipped data and tagger failures go
   */
  public TemporalEvaluation(Tagger tagger, PipelineConfig config, PrintStream log) {
    this.tagger = tagger;
    this.config = config;
    this.log = log;
  }

  /** Runs every suite whose data is in the shared folder ({@code eval/...}, {@code corpus/...}). */
  public List<Score> run(Path shared) throws IOException {
    List<Score> out = new ArrayList<>();
    Path eval = shared.resolve("eval");
    Path corpus = shared.resolve("corpus");
    Path te3 = eval.resolve("tempeval3-platinum/te3-platinum-normalized");
    Path wikiwars = eval.resolve("wikiwarsde");
    Path vectors = eval.resolve("heideltime-en-vectors/heideltime_english_test_vectors.tsv");
    Path cases = eval.resolve("heideltimex-de-detection/german_timex_detection_cases.tsv");
    if (present(te3)) out.addAll(tempEval3(te3));
    if (present(wikiwars.resolve("key"))) out.addAll(wikiWarsDe(wikiwars));
    if (present(vectors)) out.addAll(heidelTimeEnglish(vectors));
    if (present(cases)) out.addAll(germanDetection(cases));
    if (present(corpus.resolve("gold/seeds.gold.jsonl"))) {
      out.addAll(corpusTimexes("seeds", corpus.resolve("seeds"), corpus.resolve("gold/seeds.gold.jsonl")));
    }
    if (present(corpus.resolve("dev/gold.jsonl"))) {
      out.addAll(corpusTimexes("dev", corpus.resolve("dev/articles"), corpus.resolve("dev/gold.jsonl")));
    }
    return out;
  }

  /** The failures of every suite run so far, by suite. */
  public Map<String, ErrorReport> errors() {
    return errors;
  }

  /** Writes {@code SUITE.errors.tsv} for every suite run so far. */
  public void writeErrors(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (var e : errors.entrySet()) {
      e.getValue().write(dir.resolve(e.getKey() + ".errors.tsv"));
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // TempEval-3 platinum

  /** TempEval-3: strict and relaxed span P/R/F1, value and type attribute F1 (the official scorer's). */
  public List<Score> tempEval3(Path dir) throws IOException {
    ErrorReport report = report("te3");
    Clock clock = new Clock();
    TimexCounts total = new TimexCounts();
    for (Path file : files(dir, ".tml")) {
      AnnotatedText d = TimeMlReader.read(file);
      d.warnings().forEach(w -> log.println("  te3: " + w));
      List<Span> sentences = segmenter.segment(d.text(), "en").sentences();
      List<Timex> sys = tag(clock, report, "te3", d.id(), d.text(), sentences, "en", TimeMlReader.dateOf(d.dct()));
      total.add(scoreSpans(d, sys, Objects::equals, true, report));
    }
    Prf s = total.strict();
    Prf r = total.relaxed();
    Prf v = total.value();
    Prf t = total.type();
    return List.of(
        new Score("te3", "strict_f1", s.f(), String.format(Locale.ROOT,
            "P %.3f R %.3f: %d exact of %d gold, %d system; HeidelTime 0.813; %s",
            s.p(), s.r(), total.strictMatches(), total.gold(), total.system(), clock.speed())),
        new Score("te3", "relaxed_f1", r.f(), String.format(Locale.ROOT,
            "P %.3f R %.3f: %d overlapping of %d gold, %d system; HeidelTime 0.903",
            r.p(), r.r(), total.relaxedMatches(), total.gold(), total.system())),
        new Score("te3", "value_f1", v.f(), String.format(Locale.ROOT,
            "P %.3f R %.3f, value accuracy %.3f (%d/%d relaxed matches); HeidelTime 0.776",
            v.p(), v.r(), total.valueAccuracy(), total.valueCorrect(), total.valueChecked())),
        new Score("te3", "type_f1", t.f(), String.format(Locale.ROOT,
            "P %.3f R %.3f, type accuracy %.3f (%d/%d relaxed matches)",
            t.p(), t.r(), total.typeAccuracy(), total.typeCorrect(), total.relaxedMatches())));
  }

  // ---------------------------------------------------------------------------------------------------
  // WikiWarsDE

  /**
   * WikiWarsDE: lenient (overlap) and strict span F, value accuracy over lenient matches, and strict+value
   * F. Tagged without a document date: the DATETIME is the download time, not a reference time of the
   * narrative, and the gold resolves relative expressions against the narrative.
   */
  public List<Score> wikiWarsDe(Path dir) throws IOException {
    ErrorReport report = report("wikiwarsde");
    Clock clock = new Clock();
    TimexCounts total = new TimexCounts();
    for (String name : WikiWarsReader.names(dir)) {
      AnnotatedText d = WikiWarsReader.read(dir, name);
      d.warnings().forEach(w -> log.println("  wikiwarsde: " + w));
      List<Span> sentences = segmenter.segment(d.text(), "de").sentences();
      List<Timex> sys = tag(clock, report, "wikiwarsde", d.id(), d.text(), sentences, "de", null);
      total.add(scoreSpans(d, sys, Timex2Values::same, false, report));
    }
    Prf sv = total.strictValue();
    Prf s = total.strict();
    Prf l = total.relaxed();
    return List.of(
        new Score("wikiwarsde", "strict_value_f1", sv.f(), String.format(Locale.ROOT,
            "P %.3f R %.3f: %d exact span and value of %d gold, %d system; HeidelTime 0.787; %s",
            sv.p(), sv.r(), total.strictValueCorrect(), total.gold(), total.system(), clock.speed())),
        new Score("wikiwarsde", "strict_f1", s.f(), String.format(Locale.ROOT,
            "P %.3f R %.3f: %d exact of %d gold, %d system; HeidelTime 0.877",
            s.p(), s.r(), total.strictMatches(), total.gold(), total.system())),
        new Score("wikiwarsde", "lenient_f1", l.f(), String.format(Locale.ROOT,
            "P %.3f R %.3f: %d overlapping of %d gold, %d system; HeidelTime 0.933",
            l.p(), l.r(), total.relaxedMatches(), total.gold(), total.system())),
        new Score("wikiwarsde", "value_accuracy", total.valueAccuracy(), String.format(Locale.ROOT,
            "%d/%d lenient matches with the gold value (TIMEX2 vs TIMEX3 spelling aligned); HeidelTime 0.885",
            total.valueCorrect(), total.valueChecked())));
  }

  // ---------------------------------------------------------------------------------------------------
  // HeidelTime English test vectors

  /**
   * A vector passes when every expected expression is found with exactly its span and value (other
   * expressions may be found too); a vector expecting nothing passes when nothing is found. Ignored
   * vectors are skipped, and so are interval vectors, which expect a TIMEX3INTERVAL and no TIMEX3 value.
   */
  public List<Score> heidelTimeEnglish(Path tsv) throws IOException {
    ErrorReport report = report("heideltime_en");
    Clock clock = new Clock();
    int ignored = 0, intervals = 0, scored = 0, passed = 0, negatives = 0, negativesPassed = 0;
    for (Vector v : TestVectors.vectors(tsv)) {
      if (v.ignored()) {
        ignored++;
        continue;
      }
      if (!v.hasValues()) {
        intervals++;
        continue;
      }
      scored++;
      String doc = String.format(Locale.ROOT, "%03d %s", v.line(), v.method());
      List<Span> sentences = segmenter.segment(v.fragment(), "en").sentences();
      List<Timex> sys = tag(clock, report, "heideltime_en", doc, v.fragment(), sentences, "en", v.dct());
      if (v.expected().isEmpty()) {
        negatives++;
        if (sys.isEmpty()) {
          negativesPassed++;
          passed++;
        }
        for (Timex t : sys) report.add(spurious(doc, v.fragment(), t));
        continue;
      }
      boolean pass = true;
      for (Expected e : v.expected()) {
        if (e.span() != null && sys.stream().anyMatch(t -> t.span().equals(e.span()) && e.value().equals(t.value()))) {
          continue;
        }
        pass = false;
        report.add(vectorFailure(doc, v.fragment(), e, sys));
      }
      if (pass) passed++;
    }
    return List.of(new Score("heideltime_en", "pass_rate", share(passed, scored), String.format(Locale.ROOT,
        "%d/%d vectors pass (expecting nothing: %d/%d); %d ignored, %d interval vectors not scored; %s",
        passed, scored, negativesPassed, negatives, ignored, intervals, clock.speed())));
  }

  private static ErrorReport.Row vectorFailure(String doc, String fragment, Expected e, List<Timex> sys) {
    if (e.span() == null) {
      return new ErrorReport.Row(doc, 0, null, e.text(), null, e.value(), null, null, null, null, "missed",
          "expected text not in the fragment: " + fragment, "(expected " + e.rule() + ")");
    }
    Timex best = null;
    int bestOverlap = 0;
    for (Timex t : sys) {
      int o = t.span().equals(e.span()) ? Integer.MAX_VALUE : TimexAlignment.overlap(t.span(), e.span());
      if (o > bestOverlap) {
        best = t;
        bestOverlap = o;
      }
    }
    if (best == null) {
      return new ErrorReport.Row(doc, e.span().start(), e.span(), e.text(), null, e.value(), null, null, null, null,
          "missed", ErrorReport.context(fragment, e.span()), "(expected " + e.rule() + ")");
    }
    List<String> faults = new ArrayList<>();
    if (!best.span().equals(e.span())) faults.add("wrong-span");
    if (!e.value().equals(best.value())) faults.add("wrong-value");
    return new ErrorReport.Row(doc, e.span().start(), e.span(), e.text(), null, e.value(), best.span(),
        best.surface(), typeName(best), best.value(), String.join("+", faults),
        ErrorReport.context(fragment, e.span()), best.rule() + " (expected " + e.rule() + ")");
  }

  // ---------------------------------------------------------------------------------------------------
  // German detection cases

  /** A case passes when the tagger finds at least one expression where one is expected, and none where none is. */
  public List<Score> germanDetection(Path tsv) throws IOException {
    ErrorReport report = report("heideltime_de");
    Clock clock = new Clock();
    int n = 0, passed = 0, negatives = 0, negativesPassed = 0;
    for (DetectionCase c : TestVectors.detectionCases(tsv)) {
      n++;
      String doc = String.format(Locale.ROOT, "%03d %s", c.line(), c.group());
      List<Span> sentences = segmenter.segment(c.input(), "de").sentences();
      List<Timex> sys = tag(clock, report, "heideltime_de", doc, c.input(), sentences, "de", null);
      boolean pass = c.expectSome() ? !sys.isEmpty() : sys.isEmpty();
      if (!c.expectSome()) negatives++;
      if (pass) {
        passed++;
        if (!c.expectSome()) negativesPassed++;
      } else if (c.expectSome()) {
        report.add(new ErrorReport.Row(doc, 0, null, c.input(), null, null, null, null, null, null, "missed",
            ErrorReport.context(c.input(), null), "(" + c.comment() + ")"));
      } else {
        for (Timex t : sys) report.add(spurious(doc, c.input(), t));
      }
    }
    int positives = n - negatives;
    return List.of(
        new Score("heideltime_de", "pass_rate", share(passed, n), String.format(Locale.ROOT,
            "%d/%d cases (expecting one: %d/%d, expecting none: %d/%d); %s", passed, n, passed - negativesPassed,
            positives, negativesPassed, negatives, clock.speed())),
        new Score("heideltime_de", "negatives_pass_rate", share(negativesPassed, negatives), String.format(Locale.ROOT,
            "%d/%d inputs without a temporal expression left untagged", negativesPassed, negatives)));
  }

  // ---------------------------------------------------------------------------------------------------
  // Seeds and dev gold

  /**
   * The corpus's gold timexes (text, value, type; no offsets) against the tagger's output on the real
   * pipeline's text, language and publication date. Gold and system expressions are paired by text
   * ({@link TimexAlignment#bySurface}). Recall = paired gold / gold, precision = paired system / system
   * (in the documents that have gold timexes), value accuracy = paired with the gold value / paired.
   * Documents whose gold line has no {@code timexes} field are not annotated for them and not counted.
   */
  public List<Score> corpusTimexes(String suite, Path docsDir, Path goldFile) throws IOException {
    ErrorReport report = report(suite);
    Clock clock = new Clock();
    List<JsonNode> gold = new ArrayList<>();
    int lines = 0;
    for (JsonNode g : jsonLines(goldFile)) {
      lines++;
      if (g.path("timexes").isArray()) gold.add(g);
    }
    if (gold.isEmpty()) {
      String why = "not measured: no gold timexes in " + goldFile.getFileName() + " (0 of " + lines + " documents annotated)";
      return List.of(
          new Score(suite, "timex_recall", Double.NaN, why),
          new Score(suite, "timex_precision", Double.NaN, why),
          new Score(suite, "timex_value_accuracy", Double.NaN, why));
    }
    Map<String, Document> docs = analyse(docsDir);
    int goldN = 0, systemN = 0, paired = 0, valueOk = 0, unanalysed = 0;
    for (JsonNode g : gold) {
      String name = g.path("doc").asText();
      List<JsonNode> timexes = new ArrayList<>();
      g.get("timexes").forEach(timexes::add);
      goldN += timexes.size();
      Document d = docs.get(name);
      if (d == null) {
        unanalysed++;
        log.println("  " + suite + ": " + name + ": not analysed; its " + timexes.size() + " gold timexes count as missed");
        for (JsonNode t : timexes) {
          report.add(new ErrorReport.Row(name, 0, null, t.path("text").asText(), t.path("type").asText(null),
              t.path("value").asText(null), null, null, null, null, "missed", "document not analysed", null));
        }
        continue;
      }
      List<Timex> sys = tag(clock, report, suite, name, d.text(), d.sentences(), d.language(), d.published().value());
      systemN += sys.size();
      List<String> goldTexts = timexes.stream().map(t -> t.path("text").asText()).toList();
      List<String> surfaces = sys.stream().map(TemporalEvaluation::surface).toList();
      TimexAlignment.Result r = TimexAlignment.bySurface(goldTexts, surfaces);
      for (TimexAlignment.Pair p : r.pairs()) {
        paired++;
        JsonNode gt = timexes.get(p.gold());
        Timex st = sys.get(p.system());
        boolean valueRight = Objects.equals(gt.path("value").asText(null), st.value());
        String goldType = gt.path("type").asText(null);
        boolean typeRight = goldType == null || goldType.equals(typeName(st));
        if (valueRight) valueOk++;
        if (valueRight && typeRight) continue;
        List<String> faults = new ArrayList<>();
        if (!valueRight) faults.add("wrong-value");
        if (!typeRight) faults.add("wrong-type");
        report.add(new ErrorReport.Row(name, st.span().start(), null, gt.path("text").asText(), goldType,
            gt.path("value").asText(null), st.span(), st.surface(), typeName(st), st.value(), String.join("+", faults),
            ErrorReport.context(d.text(), st.span()), st.rule()));
      }
      for (int i : r.missed()) {
        JsonNode gt = timexes.get(i);
        String text = gt.path("text").asText();
        Span where = find(d.text(), text);
        report.add(new ErrorReport.Row(name, where == null ? 0 : where.start(), null, text, gt.path("type").asText(null),
            gt.path("value").asText(null), null, null, null, null, "missed",
            where == null ? "gold text not in the analysed text" : ErrorReport.context(d.text(), where), null));
      }
      for (int i : r.spurious()) report.add(spurious(name, d.text(), sys.get(i)));
    }
    String docsNote = gold.size() + " documents" + (unanalysed > 0 ? ", " + unanalysed + " not analysed" : "");
    return List.of(
        new Score(suite, "timex_recall", share(paired, goldN), String.format(Locale.ROOT,
            "%d/%d gold timexes found (matched by text; %s); %s", paired, goldN, docsNote, clock.speed())),
        new Score(suite, "timex_precision", share(paired, systemN), String.format(Locale.ROOT,
            "%d/%d system timexes match a gold text", paired, systemN)),
        new Score(suite, "timex_value_accuracy", share(valueOk, paired), String.format(Locale.ROOT,
            "%d/%d matched timexes with the gold value", valueOk, paired)));
  }

  // ---------------------------------------------------------------------------------------------------
  // Shared

  /**
   * Pairs one document's gold and system expressions by span and counts them; failures go to the report.
   *
   * @param sameValue whether a gold value and a system value are the same
   * @param types     whether the gold has TIMEX3 types to compare
   */
  static TimexCounts scoreSpans(AnnotatedText d, List<Timex> sys, BiPredicate<String, String> sameValue, boolean types,
      ErrorReport report) {
    TimexCounts c = new TimexCounts();
    List<AnnotatedText.Gold> gold = d.timexes();
    TimexAlignment.Result r = TimexAlignment.bySpan(gold.stream().map(AnnotatedText.Gold::span).toList(),
        sys.stream().map(Timex::span).toList());
    c.gold = gold.size();
    c.system = sys.size();
    for (TimexAlignment.Pair p : r.pairs()) {
      AnnotatedText.Gold g = gold.get(p.gold());
      Timex s = sys.get(p.system());
      boolean checkable = g.value() != null;
      boolean valueRight = !checkable || sameValue.test(g.value(), s.value());
      boolean typeRight = types && g.type() != null && g.type().equals(typeName(s));
      c.relaxed++;
      if (p.exact()) c.strict++;
      if (checkable) c.valueChecked++;
      if (checkable && valueRight) c.valueCorrect++;
      if (typeRight) c.typeCorrect++;
      if (p.exact() && valueRight) c.strictValueCorrect++;
      List<String> faults = new ArrayList<>();
      if (!p.exact()) faults.add("wrong-span");
      if (!valueRight) faults.add("wrong-value");
      if (types && !typeRight) faults.add("wrong-type");
      if (report != null && !faults.isEmpty()) {
        report.add(new ErrorReport.Row(d.id(), g.span().start(), g.span(), g.text(), g.type(), g.value(), s.span(),
            s.surface(), typeName(s), s.value(), String.join("+", faults), ErrorReport.context(d.text(), g.span()),
            s.rule()));
      }
    }
    if (report != null) {
      for (int i : r.missed()) {
        AnnotatedText.Gold g = gold.get(i);
        report.add(new ErrorReport.Row(d.id(), g.span().start(), g.span(), g.text(), g.type(), g.value(), null, null,
            null, null, "missed", ErrorReport.context(d.text(), g.span()), null));
      }
      for (int i : r.spurious()) report.add(spurious(d.id(), d.text(), sys.get(i)));
    }
    return c;
  }

  private static ErrorReport.Row spurious(String doc, String text, Timex t) {
    return new ErrorReport.Row(doc, t.span().start(), null, null, null, null, t.span(), t.surface(), typeName(t),
        t.value(), "spurious", ErrorReport.context(text, t.span()), t.rule());
  }

  /**
   * Calls the tagger on one input, timing the call. An exception is logged and reported and counts as no
   * expressions; expressions whose span lies outside the text are dropped and reported.
   */
  private List<Timex> tag(Clock clock, ErrorReport report, String suite, String doc, String text, List<Span> sentences,
      String language, String documentDate) {
    List<Timex> out;
    clock.record(text, sentences, language, documentDate);
    long t0 = System.nanoTime();
    try {
      out = tagger.tag(text, sentences, language, documentDate);
    } catch (RuntimeException e) {
      clock.nanos += System.nanoTime() - t0;
      clock.docs++;
      clock.failures++;
      log.println("  " + suite + ": " + doc + ": tagger failed: " + e);
      report.add(new ErrorReport.Row(doc, 0, null, null, null, null, null, null, null, null, "tagger-exception",
          e.toString(), null));
      return List.of();
    }
    clock.nanos += System.nanoTime() - t0;
    clock.docs++;
    if (out == null) return List.of();
    List<Timex> kept = new ArrayList<>(out.size());
    for (Timex t : out) {
      if (t == null || t.span() == null || t.span().end() > text.length()) {
        log.println("  " + suite + ": " + doc + ": expression outside the text dropped: " + t);
        report.add(new ErrorReport.Row(doc, 0, null, null, null, null, null, t == null ? null : t.surface(), null,
            t == null ? null : t.value(), "bad-span", "span outside the text", t == null ? null : t.rule()));
        continue;
      }
      if (t.surface() != null && !t.surface().equals(t.span().of(text))) {
        log.println("  " + suite + ": " + doc + ": surface '" + t.surface() + "' is not the text at " + t.span()
            + " ('" + t.span().of(text) + "')");
      }
      kept.add(t);
    }
    return kept;
  }

  private ErrorReport report(String suite) {
    ErrorReport r = new ErrorReport();
    errors.put(suite, r);
    return r;
  }

  private Map<String, Document> analyse(Path dir) throws IOException {
    if (pipeline == null) pipeline = new DocumentPipeline(config);
    Map<String, Document> out = new HashMap<>();
    if (!Files.isDirectory(dir)) return out;
    Map<String, PublishedDate> dated = datedAsInAnalyze(dir);
    try (Ingest ingest = new Ingest(List.of(dir), config.ingest())) {
      while (ingest.hasNext()) {
        IngestItem item = ingest.next();
        if (item instanceof RawDocument raw) {
          // the whole analysis, so that a report dated from its content is read against that day, as in analyze
          String name = Path.of(raw.input()).getFileName().toString();
          Document d = pipeline.analyse(raw).document();
          PublishedDate published = dated.get(name);
          out.put(name, published == null ? d : d.withPublished(published));
        }
      }
    }
    return out;
  }

  /**
   * The publication dates a whole {@code analyze} run gives the documents of a folder, by file name: beyond
   * the per-document analysis, a report without a day may be dated by the other reports of its story.
   */
  private Map<String, PublishedDate> datedAsInAnalyze(Path dir) throws IOException {
    Path out = Files.createTempDirectory("dossier-time-");
    Map<String, PublishedDate> dated = new HashMap<>();
    try {
      new Analysis(config, Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())))
          .run(List.of(dir), out, (item, accepted) -> { });
      for (JsonNode d : jsonLines(out.resolve("documents.jsonl"))) {
        JsonNode p = d.path("published");
        dated.put(Path.of(d.path("input").asText()).getFileName().toString(), new PublishedDate(
            p.path("value").asText(null), PublishedDate.Origin.valueOf(p.path("origin").asText("none").toUpperCase(Locale.ROOT)),
            p.path("evidence").asText(null), p.path("conflict").asText(null)));
      }
    } finally {
      try (Stream<Path> walk = Files.walk(out)) {
        for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
      }
    }
    return dated;
  }

  private static List<JsonNode> jsonLines(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) out.add(JSON.readTree(line));
    }
    return out;
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  private boolean present(Path p) {
    if (Files.exists(p)) return true;
    log.println("  time: " + p + " not found, suite skipped");
    return false;
  }

  /** The first occurrence of a text, case-insensitively, or null. */
  private static Span find(String text, String needle) {
    if (needle == null || needle.isEmpty()) return null;
    int at = text.indexOf(needle);
    if (at < 0) at = text.toLowerCase(Locale.ROOT).indexOf(needle.toLowerCase(Locale.ROOT));
    return at < 0 || at + needle.length() > text.length() ? null : new Span(at, at + needle.length());
  }

  private static String surface(Timex t) {
    return t.surface() == null ? "" : t.surface();
  }

  private static String typeName(Timex t) {
    return t.type() == null ? null : t.type().name();
  }

  private static double share(int a, int b) {
    return b == 0 ? 0 : a / (double) b;
  }

  /** Tagging time of one suite: the scoring pass, then a second pass over the same inputs, warm. */
  private final class Clock {
    private record Input(String text, List<Span> sentences, String language, String documentDate) {}

    private final List<Input> inputs = new ArrayList<>();
    long nanos;
    int docs;
    int failures;

    void record(String text, List<Span> sentences, String language, String documentDate) {
      inputs.add(new Input(text, sentences, language, documentDate));
    }

    String speed() {
      String failed = failures > 0 ? ", " + failures + " tagger failures" : "";
      if (docs == 0) return "no docs tagged";
      long warm = 0;
      for (Input in : inputs) {
        long t0 = System.nanoTime();
        try {
          tagger.tag(in.text(), in.sentences(), in.language(), in.documentDate());
        } catch (RuntimeException e) {
          // Reported on the scoring pass.
        }
        warm += System.nanoTime() - t0;
      }
      return String.format(Locale.ROOT, "tagging %d docs, one thread: %s docs/s warm, %s docs/s first pass%s", docs,
          rate(inputs.size(), warm), rate(docs, nanos), failed);
    }

    private String rate(int n, long ns) {
      return ns <= 0 ? "n/a" : String.format(Locale.ROOT, "%.0f", n / (ns / 1e9));
    }
  }
}
