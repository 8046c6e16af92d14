package org.dossier.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dossier.evaluation.TimexCounts.Prf;
import org.dossier.model.Span;
import org.dossier.time.Timex;
import org.dossier.time.TimexType;
import org.junit.jupiter.api.Test;

/** Hand-computed P/R/F for small gold and system sets. */
class TimexScoringTest {
  private static final double EPS = 1e-9;
  // 0         1         2         3         4         5
  // 0123456789012345678901234567890123456789012345678901234
  private static final String TEXT = "On Monday, 3 May 2021, talks began and lasted two days.";

  private static AnnotatedText.Gold gold(int start, int end, String type, String value) {
    return new AnnotatedText.Gold(new Span(start, end), TEXT.substring(start, end), type, value);
  }

  private static Timex sys(int start, int end, TimexType type, String value) {
    return new Timex(new Span(start, end), TEXT.substring(start, end), type, value, "test_rule", null);
  }

  private static final List<AnnotatedText.Gold> GOLD = List.of(
      gold(3, 9, "DATE", "2021-05-03"),      // Monday
      gold(11, 21, "DATE", "2021-05-03"),    // 3 May 2021
      gold(46, 54, "DURATION", "P2D"));      // two days

  private static TimexCounts score(List<Timex> system, ErrorReport report) {
    return TemporalEvaluation.scoreSpans(new AnnotatedText("d", null, TEXT, GOLD, List.of()), system, Objects::equals,
        true, report);
  }

  @Test
  void perfectOutputScoresOneEverywhere() {
    ErrorReport report = new ErrorReport();
    TimexCounts c = score(List.of(sys(3, 9, TimexType.DATE, "2021-05-03"), sys(11, 21, TimexType.DATE, "2021-05-03"),
        sys(46, 54, TimexType.DURATION, "P2D")), report);
    for (Prf p : List.of(c.strict(), c.relaxed(), c.value(), c.type(), c.strictValue())) {
      assertThat(p.p()).isEqualTo(1.0);
      assertThat(p.r()).isEqualTo(1.0);
      assertThat(p.f()).isEqualTo(1.0);
    }
    assertThat(report.rows()).isEmpty();
  }

  @Test
  void missingExpressionsLowerRecallOnly() {
    ErrorReport report = new ErrorReport();
    TimexCounts c = score(List.of(sys(11, 21, TimexType.DATE, "2021-05-03")), report);
    assertThat(c.strict().p()).isEqualTo(1.0);
    assertThat(c.strict().r()).isCloseTo(1 / 3.0, within(EPS));
    assertThat(c.strict().f()).isCloseTo(0.5, within(EPS));
    assertThat(c.relaxed().f()).isCloseTo(0.5, within(EPS));
    assertThat(c.value().f()).isCloseTo(0.5, within(EPS));
    assertThat(report.rows()).extracting(ErrorReport.Row::kind).containsExactly("missed", "missed");
    assertThat(report.rows()).extracting(ErrorReport.Row::goldText).containsExactly("Monday", "two days");
  }

  @Test
  void spuriousExpressionsLowerPrecisionOnly() {
    ErrorReport report = new ErrorReport();
    TimexCounts c = score(List.of(sys(3, 9, TimexType.DATE, "2021-05-03"), sys(11, 21, TimexType.DATE, "2021-05-03"),
        sys(46, 54, TimexType.DURATION, "P2D"), sys(23, 28, TimexType.DATE, "XXXX"), sys(39, 45, TimexType.DURATION, "PXD")),
        report);
    assertThat(c.strict().p()).isCloseTo(0.6, within(EPS));
    assertThat(c.strict().r()).isEqualTo(1.0);
    assertThat(c.strict().f()).isCloseTo(0.75, within(EPS));
    assertThat(c.relaxed().f()).isCloseTo(0.75, within(EPS));
    assertThat(report.rows()).extracting(ErrorReport.Row::kind, ErrorReport.Row::sysText)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("spurious", "talks"),
            org.assertj.core.groups.Tuple.tuple("spurious", "lasted"));
  }

  @Test
  void overlappingButNotExactCountsForRelaxedNotStrict() {
    ErrorReport report = new ErrorReport();
    // "On Monday" for "Monday", "May 2021" for "3 May 2021", "two days" exact.
    TimexCounts c = score(List.of(sys(0, 9, TimexType.DATE, "2021-05-03"), sys(13, 21, TimexType.DATE, "2021-05"),
        sys(46, 54, TimexType.DURATION, "P2D")), report);
    assertThat(c.strict().p()).isCloseTo(1 / 3.0, within(EPS));
    assertThat(c.strict().r()).isCloseTo(1 / 3.0, within(EPS));
    assertThat(c.relaxed().p()).isEqualTo(1.0);
    assertThat(c.relaxed().r()).isEqualTo(1.0);
    // Values: 2 of 3 relaxed matches right (the May 2021 one is not): accuracy 2/3 times relaxed P and R.
    assertThat(c.valueAccuracy()).isCloseTo(2 / 3.0, within(EPS));
    assertThat(c.value().p()).isCloseTo(2 / 3.0, within(EPS));
    assertThat(c.value().f()).isCloseTo(2 / 3.0, within(EPS));
    // Strict and value: only "two days".
    assertThat(c.strictValue().f()).isCloseTo(1 / 3.0, within(EPS));
    assertThat(report.rows()).extracting(ErrorReport.Row::kind).containsExactly("wrong-span", "wrong-span+wrong-value");
    assertThat(report.rows().get(0).context()).contains("[[Monday]]");
  }

  @Test
  void wrongValuesAndTypesScaleTheAttributeF1() {
    ErrorReport report = new ErrorReport();
    // Three exact matches plus one spurious: relaxed P 3/4, R 1. Values right 1/3, types right 2/3.
    TimexCounts c = score(List.of(sys(3, 9, TimexType.DATE, "2021-05-10"), sys(11, 21, TimexType.DATE, "2021-05-03"),
        sys(46, 54, TimexType.DATE, "P3D"), sys(23, 28, TimexType.DATE, "XXXX")), report);
    assertThat(c.relaxed().p()).isCloseTo(0.75, within(EPS));
    assertThat(c.relaxed().r()).isEqualTo(1.0);
    assertThat(c.valueAccuracy()).isCloseTo(1 / 3.0, within(EPS));
    // TempEval-3: P = acc * relaxed P = 1/4 (= 1 correct / 4 system), R = acc * relaxed R = 1/3 (= 1 / 3 gold).
    assertThat(c.value().p()).isCloseTo(0.25, within(EPS));
    assertThat(c.value().r()).isCloseTo(1 / 3.0, within(EPS));
    assertThat(c.value().f()).isCloseTo(2 * 0.25 * (1 / 3.0) / (0.25 + 1 / 3.0), within(EPS));
    assertThat(c.value().f()).isCloseTo(c.valueAccuracy() * c.relaxed().f(), within(EPS));
    assertThat(c.type().p()).isCloseTo(0.5, within(EPS));
    assertThat(c.type().r()).isCloseTo(2 / 3.0, within(EPS));
    assertThat(c.strictValue().p()).isCloseTo(0.25, within(EPS));
    assertThat(report.rows()).extracting(ErrorReport.Row::kind)
        .containsExactly("wrong-value", "spurious", "wrong-value+wrong-type");
  }

  @Test
  void nothingFoundScoresZeroWithoutDividingByZero() {
    TimexCounts c = score(List.of(), null);
    assertThat(c.strict()).isEqualTo(new Prf(0, 0, 0));
    assertThat(c.value()).isEqualTo(new Prf(0, 0, 0));
    assertThat(c.valueAccuracy()).isZero();
  }

  @Test
  void countsAddUpOverDocuments() {
    TimexCounts total = new TimexCounts();
    total.add(score(List.of(sys(3, 9, TimexType.DATE, "2021-05-03")), null));
    total.add(score(List.of(sys(11, 21, TimexType.DATE, "2021-05-03"), sys(23, 28, TimexType.DATE, "X")), null));
    // 6 gold, 3 system, 2 exact matches.
    assertThat(total.strict().p()).isCloseTo(2 / 3.0, within(EPS));
    assertThat(total.strict().r()).isCloseTo(1 / 3.0, within(EPS));
  }

  @Test
  void alignmentIsOneToOne() {
    // Two system expressions inside one gold one: one match, one spurious.
    TimexAlignment.Result r = TimexAlignment.bySpan(List.of(new Span(0, 10)), List.of(new Span(0, 4), new Span(5, 10)));
    assertThat(r.pairs()).hasSize(1);
    assertThat(r.spurious()).hasSize(1);
    // One system expression over two gold ones: one match, one missed.
    r = TimexAlignment.bySpan(List.of(new Span(0, 4), new Span(5, 10)), List.of(new Span(0, 10)));
    assertThat(r.pairs()).hasSize(1);
    assertThat(r.missed()).hasSize(1);
  }

  @Test
  void alignmentFindsTheMostPairs() {
    // s0 overlaps g0 most, but only s0 can reach g1: the best pairing is g0-s1, g1-s0.
    List<Span> gold = List.of(new Span(0, 10), new Span(10, 20));
    List<Span> system = List.of(new Span(4, 12), new Span(0, 3));
    TimexAlignment.Result r = TimexAlignment.bySpan(gold, system);
    assertThat(r.pairs()).containsExactly(new TimexAlignment.Pair(0, 1, false), new TimexAlignment.Pair(1, 0, false));
    assertThat(r.missed()).isEmpty();
    assertThat(r.spurious()).isEmpty();
  }

  @Test
  void exactPairsAreNotBrokenUpForMoreOverlaps() {
    List<Span> gold = List.of(new Span(0, 5), new Span(3, 8));
    List<Span> system = List.of(new Span(0, 5));
    TimexAlignment.Result r = TimexAlignment.bySpan(gold, system);
    assertThat(r.pairs()).containsExactly(new TimexAlignment.Pair(0, 0, true));
    assertThat(r.missed()).containsExactly(1);
  }

  @Test
  void surfaceAlignmentPrefersEqualTextThenContainment() {
    List<String> gold = List.of("in September", "on Wednesday", "months", "five months");
    List<String> system = List.of("September", "Wednesday", "Five  months");
    TimexAlignment.Result r = TimexAlignment.bySurface(gold, system);
    assertThat(r.pairs()).containsExactly(new TimexAlignment.Pair(0, 0, false), new TimexAlignment.Pair(1, 1, false),
        new TimexAlignment.Pair(3, 2, true));
    assertThat(r.missed()).containsExactly(2);
    assertThat(r.spurious()).isEmpty();
  }

  @Test
  void timex2ValuesMatchOnlyTheSameValue() {
    assertThat(Timex2Values.same("1944-06-06", "1944-06-06")).isTrue();
    assertThat(Timex2Values.same("194", "194X")).isTrue();
    assertThat(Timex2Values.same("19", "19XX")).isTrue();
    assertThat(Timex2Values.same("BC049", "BC049X")).isTrue();
    assertThat(Timex2Values.same("P1DE", "P10Y")).isTrue();
    assertThat(Timex2Values.same("P2CE", "P200Y")).isTrue();
    assertThat(Timex2Values.same(" 1944-su ", "1944-SU")).isTrue();
    assertThat(Timex2Values.same("P1D", "P1D")).isTrue();
    // Different values stay different.
    assertThat(Timex2Values.same("1944-06", "1944-06-06")).isFalse();
    assertThat(Timex2Values.same("194", "1940")).isFalse();
    assertThat(Timex2Values.same("19", "1900")).isFalse();
    assertThat(Timex2Values.same("PXY", "P1Y")).isFalse();
    assertThat(Timex2Values.same("PXDE", "PXY")).isFalse();
    assertThat(Timex2Values.same("PRESENT_REF", "2011-02-16")).isFalse();
    assertThat(Timex2Values.same(null, "1944")).isFalse();
    assertThat(Timex2Values.same("1944", null)).isFalse();
  }

  @Test
  void goldWithoutValueIsNotValueChecked() {
    List<AnnotatedText.Gold> gold = new ArrayList<>(GOLD);
    gold.set(2, gold(46, 54, null, null));
    TimexCounts c = TemporalEvaluation.scoreSpans(new AnnotatedText("d", null, TEXT, gold, List.of()),
        List.of(sys(3, 9, TimexType.DATE, "2021-05-03"), sys(46, 54, TimexType.DURATION, "P2D")), Timex2Values::same,
        false, null);
    assertThat(c.valueChecked()).isEqualTo(1);
    assertThat(c.valueAccuracy()).isEqualTo(1.0);
    assertThat(c.strictValueCorrect()).isEqualTo(2);
  }

  @Test
  void errorReportIsSortedByDocumentAndOffset(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    ErrorReport report = new ErrorReport();
    report.add(new ErrorReport.Row("b", 5, new Span(5, 9), "x\ty", null, null, null, null, null, null, "missed", "c", null));
    report.add(new ErrorReport.Row("a", 40, null, null, null, null, new Span(40, 44), "s", "DATE", "v", "spurious", "c", "r"));
    report.add(new ErrorReport.Row("a", 3, new Span(3, 9), "g", "DATE", "1", new Span(3, 9), "g", "DATE", "2",
        "wrong-value", "c", "r"));
    java.nio.file.Path f = dir.resolve("x.tsv");
    report.write(f);
    List<String> lines = java.nio.file.Files.readAllLines(f);
    assertThat(lines.get(0)).isEqualTo(ErrorReport.HEADER);
    assertThat(lines.subList(1, 4)).extracting(l -> l.split("\t", -1)[0] + " " + l.split("\t", -1)[9])
        .containsExactly("a wrong-value", "a spurious", "b missed");
    assertThat(lines.get(3).split("\t", -1)).hasSize(12);
    assertThat(lines.get(3).split("\t", -1)[2]).isEqualTo("x y");
  }

  @Test
  void contextMarksTheSpan() {
    assertThat(ErrorReport.context("a b c", new Span(2, 3))).isEqualTo("a [[b]] c");
    String longText = "x".repeat(50) + "\nMonday\n" + "y".repeat(50);
    assertThat(ErrorReport.context(longText, new Span(51, 57))).isEqualTo("…" + "x".repeat(29) + " [[Monday]] " + "y".repeat(29) + "…");
  }
}
