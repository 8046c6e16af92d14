package org.dossier.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.dossier.evaluation.TestVectors.DetectionCase;
import org.dossier.evaluation.TestVectors.Vector;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

/** The gold readers place every annotation on the right characters of the text the tagger is given. */
class TemporalReadersTest {
  static final Path SHARED = resource("/temporal-shared");
  static final Path EVAL = SHARED.resolve("eval");

  static Path resource(String name) {
    try {
      return Path.of(TemporalReadersTest.class.getResource(name).toURI());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void timeMlGivesTheTextInsideTextAndItsTimex3Offsets() throws Exception {
    AnnotatedText d = TimeMlReader.read(EVAL.resolve("tempeval3-platinum/te3-platinum-normalized/fixture_001.tml"));

    assertThat(d.id()).isEqualTo("fixture_001");
    assertThat(d.dct()).isEqualTo("2021-06-15");
    // Tags gone, the character reference counts as one character, the title is not part of the text.
    assertThat(d.text()).isEqualTo("\nThe ferry resumed service on Tuesday after a pause of three months.\n\n"
        + "Smith & Sons said the boats run every Saturday and that a new pier opens in 2022.\n");
    // The DCT's TIMEX3 is not gold; the four in TEXT are, with their offsets, types and values.
    assertThat(d.timexes()).extracting(g -> g.span(), g -> g.text(), g -> g.type(), g -> g.value()).containsExactly(
        tuple(new Span(27, 37), "on Tuesday", "DATE", "2021-06-15"),
        tuple(new Span(55, 67), "three months", "DURATION", "P3M"),
        tuple(new Span(102, 116), "every Saturday", "SET", "XXXX-WXX-6"),
        tuple(new Span(146, 150), "2022", "DATE", "2022"));
    for (AnnotatedText.Gold g : d.timexes()) {
      assertThat(g.span().of(d.text())).isEqualTo(g.text());
    }
    assertThat(d.warnings()).isEmpty();
  }

  @Test
  void timeMlDocumentDateDropsTheTimeOfDay() {
    assertThat(TimeMlReader.dateOf("2013-03-22")).isEqualTo("2013-03-22");
    assertThat(TimeMlReader.dateOf("2013-03-22T10:30")).isEqualTo("2013-03-22");
    assertThat(TimeMlReader.dateOf(null)).isNull();
  }

  @Test
  void timeMlSkipsEmptyTimexesAndKeepsNestedOnes() {
    AnnotatedText d = TimeMlReader.parse("x", "<TimeML><TEXT>Since <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001\"/>"
        + "<EVENT eid=\"e1\">early <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2001-03\">March 2001</TIMEX3></EVENT>.</TEXT></TimeML>");
    assertThat(d.text()).isEqualTo("Since early March 2001.");
    assertThat(d.timexes()).extracting(AnnotatedText.Gold::span, AnnotatedText.Gold::text)
        .containsExactly(tuple(new Span(12, 22), "March 2001"));
    assertThat(d.warnings()).singleElement().asString().contains("t1");
  }

  @Test
  void ternByteOffsetsBecomeCharacterOffsetsOfTheTextPart() throws Exception {
    Path corpus = EVAL.resolve("wikiwarsde");
    assertThat(WikiWarsReader.names(corpus)).containsExactly("99_Probe");
    AnnotatedText d = WikiWarsReader.read(corpus, "99_Probe");

    assertThat(d.dct()).isEqualTo("2011-05-01T10:00:00");
    assertThat(d.text()).startsWith("\nÜbungskrieg\n\nDer Krieg begann im Frühjahr 1911");
    // The DATETIME's TIMEX2 is not gold. The APF offsets count UTF-8 bytes (each umlaut before an
    // expression moves it by one more), the spans here count characters from the start of TEXT.
    assertThat(d.timexes()).extracting(g -> g.span(), g -> g.text(), g -> g.value()).containsExactly(
        tuple(new Span(34, 47), "Frühjahr 1911", "1911-SP"),
        tuple(new Span(62, 74), "3. März 1913", "1913-03-03"),
        tuple(new Span(76, 86), "Über Jahre", "PXY"),
        tuple(new Span(112, 123), "bald danach", "FUTURE_REF"),
        tuple(new Span(146, 160), "In dieser Zeit", null),
        tuple(new Span(179, 186), "Täglich", "P1D"));
    for (AnnotatedText.Gold g : d.timexes()) {
      assertThat(g.span().of(d.text())).isEqualTo(g.text());
      assertThat(g.type()).isNull();
    }
    assertThat(d.warnings()).isEmpty();
  }

  @Test
  void withoutTheInlineKeyTheLastApfValIsTheValue() throws Exception {
    Path corpus = EVAL.resolve("wikiwarsde");
    String sgml = java.nio.file.Files.readString(corpus.resolve("in/99_Probe.sgm"));
    String apf = java.nio.file.Files.readString(corpus.resolve("key/99_Probe.key.apf.xml"));
    AnnotatedText d = WikiWarsReader.parse("99_Probe", sgml, apf, null);
    // Two VALs (anchor first): the second is the value. A lone VAL is taken as written, even where the
    // inline key shows it is an anchor ("In dieser Zeit"): that is what the inline key is read for.
    assertThat(d.timexes()).extracting(AnnotatedText.Gold::text, AnnotatedText.Gold::value).containsExactly(
        tuple("Frühjahr 1911", "1911-SP"), tuple("3. März 1913", "1913-03-03"), tuple("Über Jahre", "PXY"),
        tuple("bald danach", "FUTURE_REF"), tuple("In dieser Zeit", "1913"), tuple("Täglich", "P1D"));
  }

  @Test
  void ternCharacterOffsetsAreReadToo() {
    String sgml = "<DOC>\n<TEXT>\nIm März 1913 und 1914.\n</TEXT>\n</DOC>\n";
    // Plain text "\n\nIm März 1913 und 1914.\n\n": "März 1913" at characters 5..13 (inclusive).
    String apf = "<timex2 ID=\"a\" VAL=\"1913-03\"><timex2_mention><extent><charseq START=\"5\" END=\"13\">März 1913</charseq>"
        + "</extent></timex2_mention></timex2><timex2 ID=\"b\" VAL=\"1914\"><timex2_mention><extent>"
        + "<charseq START=\"40\" END=\"43\">1914</charseq></extent></timex2_mention></timex2>";
    AnnotatedText d = WikiWarsReader.parse("x", sgml, apf, null);
    assertThat(d.timexes()).extracting(AnnotatedText.Gold::span, AnnotatedText.Gold::text)
        .containsExactly(tuple(new Span(4, 13), "März 1913"));
    assertThat(d.warnings()).singleElement().asString().contains("'1914' not found");
  }

  @Test
  void byteToCharMapsMultiByteCharacters() {
    int[] map = WikiWarsReader.byteToChar("aü€😀b");
    // a=1 byte, ü=2, €=3, 😀=4 (two UTF-16 units), b=1
    assertThat(map[0]).isZero();
    assertThat(map[1]).isEqualTo(1);
    assertThat(map[2]).isEqualTo(-1);
    assertThat(map[3]).isEqualTo(2);
    assertThat(map[6]).isEqualTo(3);
    assertThat(map[10]).isEqualTo(5);
    assertThat(map[11]).isEqualTo(6);
  }

  @Test
  void vectorsReadWithSpansDatesAndIgnoredRows() throws Exception {
    List<Vector> v = TestVectors.vectors(EVAL.resolve("heideltime-en-vectors/heideltime_english_test_vectors.tsv"));
    assertThat(v).hasSize(8);
    assertThat(v).extracting(Vector::method).containsExactly("test_a", "test_b", "test_c", "test_d", "test_e", "test_f",
        "test_g", "test_h");
    assertThat(v).extracting(Vector::ignored).containsExactly(false, false, true, false, false, false, false, false);

    Vector b = v.get(1);
    assertThat(b.line()).isEqualTo(3);
    assertThat(b.fragment()).isEqualTo("from 1990 to 1995");
    assertThat(b.dct()).isNull();
    assertThat(b.expected()).extracting(e -> e.rule(), e -> e.text(), e -> e.value(), e -> e.span()).containsExactly(
        tuple("r_year", "1990", "1990", new Span(5, 9)), tuple("r_year", "1995", "1995", new Span(13, 17)));

    assertThat(v.get(3).expected()).isEmpty();
    assertThat(v.get(4).dct()).isEqualTo("2000-01-05");
    assertThat(v.get(4).expected().get(0).value()).isEqualTo("2000-01-03");
    assertThat(v.get(5).hasValues()).isFalse();
    // Listed out of text order: each expected text is still found in the fragment.
    assertThat(v.get(6).expected()).extracting(TestVectors.Expected::span)
        .containsExactly(new Span(18, 22), new Span(9, 13));
    assertThat(v.get(7).dct()).isEqualTo("2000-01-05");
    assertThat(v.get(7).expected().get(0).value()).isEqualTo("199");
  }

  @Test
  void detectionCasesReadWithExpectationsAndUnquotedComments() throws Exception {
    List<DetectionCase> c = TestVectors.detectionCases(EVAL.resolve("heideltimex-de-detection/german_timex_detection_cases.tsv"));
    assertThat(c).extracting(DetectionCase::input, DetectionCase::expectSome).containsExactly(
        tuple("am 3. Mai 1999", true), tuple("gestern Abend", true), tuple("Bus 1999 fährt", false),
        tuple("zwei Äpfel", false));
    assertThat(c.get(1).comment()).isEqualTo("EXAMPLE r2: (find \"gestern\")");
    assertThat(c.get(3).line()).isEqualTo(5);
  }
}
