package org.dossier.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.ingest.Ingest;
import org.dossier.ingest.IngestOptions;
import org.dossier.model.Document;
import org.dossier.model.RawDocument;
import org.dossier.model.Span;
import org.dossier.pipeline.DocumentPipeline;
import org.dossier.pipeline.PipelineConfig;
import org.dossier.time.Timex;
import org.dossier.time.TimexType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The suites, run with stand-in taggers whose answers are known, on the bundled small fixtures. */
class TemporalEvaluationTest {
  private static final Path EVAL = TemporalReadersTest.EVAL;
  private static final double EPS = 1e-9;
  private static final PipelineConfig CONFIG =
      new PipelineConfig(PipelineConfig.DEFAULT_PACK, Set.of(), LocalDate.of(2026, 1, 1), IngestOptions.defaults());

  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  private TemporalEvaluation evaluation(TemporalEvaluation.Tagger tagger) {
    return new TemporalEvaluation(tagger, CONFIG, new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  /** Finds the given phrases wherever they stand, with fixed types and values. */
  private static TemporalEvaluation.Tagger phrases(Object... phraseTypeValue) {
    return (text, sentences, language, dct) -> {
      List<Timex> out = new ArrayList<>();
      for (int i = 0; i < phraseTypeValue.length; i += 3) {
        String phrase = (String) phraseTypeValue[i];
        int at = text.indexOf(phrase);
        if (at >= 0) {
          out.add(new Timex(new Span(at, at + phrase.length()), phrase, (TimexType) phraseTypeValue[i + 1],
              (String) phraseTypeValue[i + 2], "phrase_rule", null));
        }
      }
      return out;
    };
  }

  /** Every four-digit number is a year. */
  private static final TemporalEvaluation.Tagger YEARS = (text, sentences, language, dct) -> {
    List<Timex> out = new ArrayList<>();
    Matcher m = Pattern.compile("\\b\\d{4}").matcher(text);
    while (m.find()) {
      out.add(new Timex(new Span(m.start(), m.end()), m.group(), TimexType.DATE, m.group(), "year_rule", null));
    }
    return out;
  };

  private static Map<String, Score> byKey(List<Score> scores) {
    Map<String, Score> out = new HashMap<>();
    scores.forEach(s -> out.put(s.key(), s));
    return out;
  }

  @Test
  void tempEval3ScoresTheOfficialWay() throws Exception {
    List<String> dates = new ArrayList<>();
    TemporalEvaluation.Tagger tagger = phrases(
        "Tuesday", TimexType.DATE, "2021-06-08",          // inside "on Tuesday", wrong value
        "three months", TimexType.DURATION, "P3M",        // exact
        "every Saturday", TimexType.SET, "XXXX-WXX-6",    // exact
        "a pause", TimexType.DURATION, "PXD");            // spurious; "2022" is missed
    TemporalEvaluation e = evaluation((text, sentences, language, dct) -> {
      dates.add(dct);
      assertThat(language).isEqualTo("en");
      assertThat(sentences).isNotEmpty();
      return tagger.tag(text, sentences, language, dct);
    });
    Map<String, Score> s = byKey(e.tempEval3(EVAL.resolve("tempeval3-platinum/te3-platinum-normalized")));

    // Called on the scoring pass and again on the timed warm pass.
    assertThat(dates).hasSize(2).containsOnly("2021-06-15");
    // 4 gold, 4 system: strict 2, relaxed 3, values right on 2 of 3 matches, types on 3 of 3.
    assertThat(s.get("te3.strict_f1").value()).isCloseTo(0.5, within(EPS));
    assertThat(s.get("te3.relaxed_f1").value()).isCloseTo(0.75, within(EPS));
    assertThat(s.get("te3.value_f1").value()).isCloseTo(0.5, within(EPS));
    assertThat(s.get("te3.type_f1").value()).isCloseTo(0.75, within(EPS));
    assertThat(s.get("te3.strict_f1").detail()).contains("HeidelTime 0.813").contains("docs/s");
    assertThat(s.get("te3.value_f1").detail()).contains("HeidelTime 0.776");

    assertThat(e.errors().get("te3").rows()).extracting(ErrorReport.Row::kind, ErrorReport.Row::goldText,
        ErrorReport.Row::sysText).containsExactly(
            tuple("wrong-span+wrong-value", "on Tuesday", "Tuesday"),
            tuple("spurious", null, "a pause"),
            tuple("missed", "2022", null));
  }

  @Test
  void wikiWarsDeComparesTimex2ValuesWithoutADocumentDate() throws Exception {
    List<String> dates = new ArrayList<>();
    TemporalEvaluation.Tagger tagger = phrases(
        "Frühjahr 1911", TimexType.DATE, "1911-SP",       // exact, right
        "März 1913", TimexType.DATE, "1913-03-03",        // inside "3. März 1913", right
        "Über Jahre", TimexType.DURATION, "P1Y",          // exact, wrong (gold PXY)
        "In dieser Zeit", TimexType.DATE, "1913",         // exact; the gold has no value
        "Täglich", TimexType.SET, "P1D",                  // exact, right
        "Flotte", TimexType.DATE, "XXXX");                // spurious; "bald danach" is missed
    TemporalEvaluation e = evaluation((text, sentences, language, dct) -> {
      dates.add(dct);
      assertThat(language).isEqualTo("de");
      return tagger.tag(text, sentences, language, dct);
    });
    Map<String, Score> s = byKey(e.wikiWarsDe(EVAL.resolve("wikiwarsde")));

    assertThat(dates).hasSize(2).containsOnly((String) null);
    // 6 gold, 6 system; strict 4 (Frühjahr, Über Jahre, In dieser Zeit, Täglich), lenient 5.
    assertThat(s.get("wikiwarsde.strict_f1").value()).isCloseTo(4 / 6.0, within(EPS));
    assertThat(s.get("wikiwarsde.lenient_f1").value()).isCloseTo(5 / 6.0, within(EPS));
    // Values checked on the 4 lenient matches with a gold value: 3 right.
    assertThat(s.get("wikiwarsde.value_accuracy").value()).isCloseTo(0.75, within(EPS));
    // Exact span and right value: Frühjahr, Täglich, and "In dieser Zeit" (no value to check) = 3 of 6.
    assertThat(s.get("wikiwarsde.strict_value_f1").value()).isCloseTo(0.5, within(EPS));
    assertThat(e.errors().get("wikiwarsde").rows()).extracting(ErrorReport.Row::kind).containsExactly(
        "wrong-span", "wrong-value", "missed", "spurious");
  }

  @Test
  void heidelTimeVectorsPassOnlyWithEveryExpectedSpanAndValue() throws Exception {
    TemporalEvaluation e = evaluation(YEARS);
    Score s = e.heidelTimeEnglish(EVAL.resolve("heideltime-en-vectors/heideltime_english_test_vectors.tsv")).get(0);
    // Scored: a, b, d, e, g, h (c ignored, f an interval). Pass: a, b, d (nothing expected), g. Fail: e, h.
    assertThat(s.key()).isEqualTo("heideltime_en.pass_rate");
    assertThat(s.value()).isCloseTo(4 / 6.0, within(EPS));
    assertThat(s.detail()).contains("4/6", "1 ignored", "1 interval");
    assertThat(e.errors().get("heideltime_en").rows()).extracting(ErrorReport.Row::doc, ErrorReport.Row::kind)
        .containsExactly(tuple("006 test_e", "missed"), tuple("009 test_h", "wrong-span+wrong-value"));
  }

  @Test
  void germanDetectionCountsTrapsSeparately() throws Exception {
    TemporalEvaluation e = evaluation(YEARS);
    Map<String, Score> s = byKey(e.germanDetection(EVAL.resolve("heideltimex-de-detection/german_timex_detection_cases.tsv")));
    // "am 3. Mai 1999" found, "gestern Abend" missed, "Bus 1999 fährt" wrongly tagged, "zwei Äpfel" left alone.
    assertThat(s.get("heideltime_de.pass_rate").value()).isCloseTo(0.5, within(EPS));
    assertThat(s.get("heideltime_de.negatives_pass_rate").value()).isCloseTo(0.5, within(EPS));
    assertThat(e.errors().get("heideltime_de").rows()).extracting(ErrorReport.Row::kind, ErrorReport.Row::rule)
        .containsExactly(tuple("missed", "(EXAMPLE r2: (find \"gestern\"))"), tuple("spurious", "year_rule"));
  }

  @Test
  void corpusGoldIsMatchedByTextOnThePipelineOutput() throws Exception {
    Path corpus = TemporalReadersTest.SHARED.resolve("corpus");
    Document seed = analysed(corpus.resolve("seeds/s1.txt"));
    List<String> seen = new ArrayList<>();
    TemporalEvaluation.Tagger tagger = phrases(
        "Monday", TimexType.DATE, "2021-03-01",           // in "on Monday", right
        "two weeks", TimexType.DURATION, "P14D",          // equal text, wrong value
        "March 2021", TimexType.DATE, "2021-03");         // spurious; "every hour" missed
    TemporalEvaluation e = evaluation((text, sentences, language, dct) -> {
      seen.add(language + " " + dct + " " + text.equals(seed.text()) + " " + sentences.equals(seed.sentences()));
      return tagger.tag(text, sentences, language, dct);
    });
    Map<String, Score> s = byKey(e.corpusTimexes("seeds", corpus.resolve("seeds"), corpus.resolve("gold/seeds.gold.jsonl")));

    assertThat(seed.published().value()).isNotNull();
    assertThat(seen).hasSize(2).containsOnly(seed.language() + " " + seed.published().value() + " true true");
    assertThat(s.get("seeds.timex_recall").value()).isCloseTo(2 / 3.0, within(EPS));
    assertThat(s.get("seeds.timex_precision").value()).isCloseTo(2 / 3.0, within(EPS));
    assertThat(s.get("seeds.timex_value_accuracy").value()).isCloseTo(0.5, within(EPS));
    assertThat(e.errors().get("seeds").rows()).extracting(ErrorReport.Row::kind, ErrorReport.Row::goldText,
        ErrorReport.Row::sysText).containsExactly(
            tuple("wrong-value", "two weeks", "two weeks"),
            tuple("missed", "every hour", null),
            tuple("spurious", null, "March 2021"));
  }

  @Test
  void corpusWithoutGoldTimexesIsNotMeasured() throws Exception {
    Path corpus = TemporalReadersTest.SHARED.resolve("corpus");
    TemporalEvaluation e = evaluation(YEARS);
    List<Score> s = e.corpusTimexes("dev", corpus.resolve("dev/articles"), corpus.resolve("dev/gold.jsonl"));
    assertThat(s).extracting(Score::key).containsExactly("dev.timex_recall", "dev.timex_precision",
        "dev.timex_value_accuracy");
    assertThat(s).allSatisfy(x -> assertThat(x.value()).isNaN());
    assertThat(s.get(0).detail()).contains("no gold timexes");
  }

  @Test
  void aTaggerExceptionIsReportedAndTheSuiteGoesOn() throws Exception {
    TemporalEvaluation e = evaluation((text, sentences, language, dct) -> {
      if (text.contains("Mai")) throw new IllegalStateException("boom");
      return YEARS.tag(text, sentences, language, dct);
    });
    Score s = e.germanDetection(EVAL.resolve("heideltimex-de-detection/german_timex_detection_cases.tsv")).get(0);
    assertThat(s.value()).isCloseTo(0.25, within(EPS));
    assertThat(s.detail()).contains("1 tagger failures");
    assertThat(e.errors().get("heideltime_de").rows()).extracting(ErrorReport.Row::kind).contains("tagger-exception");
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("boom");
  }

  @Test
  void runCoversEverySuiteAndWritesTheirFailures(@TempDir Path out) throws Exception {
    TemporalEvaluation e = evaluation(YEARS);
    List<Score> scores = e.run(TemporalReadersTest.SHARED);
    assertThat(scores).extracting(Score::key).containsExactlyElementsOf(TemporalEvaluation.KEYS);
    e.writeErrors(out);
    for (String suite : List.of("te3", "wikiwarsde", "heideltime_en", "heideltime_de", "seeds", "dev")) {
      List<String> lines = Files.readAllLines(out.resolve(suite + ".errors.tsv"));
      assertThat(lines.get(0)).isEqualTo(ErrorReport.HEADER);
    }
    assertThat(Files.readAllLines(out.resolve("te3.errors.tsv"))).anyMatch(l -> l.contains("\tmissed\t"));
  }

  private static Document analysed(Path file) throws Exception {
    try (Ingest ingest = new Ingest(List.of(file), CONFIG.ingest())) {
      return new DocumentPipeline(CONFIG).analyse((RawDocument) ingest.next()).document();
    }
  }
}
