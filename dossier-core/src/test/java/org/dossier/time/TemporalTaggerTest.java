package org.dossier.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.dossier.model.Span;
import org.dossier.text.Segmenter;
import org.junit.jupiter.api.Test;

class TemporalTaggerTest {
  private static final TemporalTagger TAGGER = new TemporalTagger();
  private static final Segmenter SEGMENTER = new Segmenter();

  private static List<Timex> tag(String lang, String dct, String text) {
    return TAGGER.tag(text, SEGMENTER.segment(text, lang).sentences(), lang, dct);
  }

  /** "surface=TYPE:value" for each expression, in text order. */
  private static String found(String lang, String dct, String text) {
    return tag(lang, dct, text).stream().map(t -> t.surface() + "=" + t.type() + ":" + t.value())
        .collect(Collectors.joining("; "));
  }

  @Test
  void explicitDatesInBothLanguages() {
    assertThat(found("de", null, "Das Treffen fand am 28. Februar 2024 statt.")).isEqualTo("28. Februar 2024=DATE:2024-02-28");
    assertThat(found("de", null, "Stand: 19.01.2023 12:09")).isEqualTo("19.01.2023 12:09=TIME:2023-01-19T12:09");
    assertThat(found("en", "2013-03-21", "Deutsche Bank released a note on Feb. 28.")).isEqualTo("Feb. 28=DATE:2013-02-28");
    assertThat(found("en", null, "It happened on March 18, 2011.")).isEqualTo("March 18, 2011=DATE:2011-03-18");
    assertThat(found("en", null, "Fighting broke out in the 1990s.")).isEqualTo("the 1990s=DATE:199");
    assertThat(found("de", null, "Der Krieg in den 90er Jahren")).isEqualTo("den 90er Jahren=DATE:199");
  }

  /**
   * A rule whose context is a lookbehind ("seit" before a weekday) is tried where its match starts, after that word:
   * "wird ... blockiert" is a passive, whose "wird" would otherwise read as the future.
   */
  @Test
  void aWeekdayAfterSeitIsTheOneBefore() {
    assertThat(found("de", "2022-12-16", "Seit Montag wird die Verbindung blockiert.")).isEqualTo("Montag=DATE:2022-12-12");
    assertThat(found("de", "2022-12-16", "Seit dem Montag wird die Verbindung blockiert."))
        .isEqualTo("dem Montag=DATE:2022-12-12");
    assertThat(found("de", "2022-12-16", "Am Montag wird die Verbindung blockiert.")).isEqualTo("Montag=DATE:2022-12-19");
  }

  @Test
  void relativeExpressionsResolveAgainstThePublicationDate() {
    assertThat(found("en", "2024-02-28", "The ministers met on Wednesday.")).isEqualTo("Wednesday=DATE:2024-02-28");
    assertThat(found("en", "2024-02-28", "They talked earlier this month and last month."))
        .isEqualTo("earlier this month=DATE:2024-02; last month=DATE:2024-01");
    assertThat(found("en", "2013-03-22", "It ended two years ago.")).isEqualTo("two years ago=DATE:2011");
    assertThat(found("de", "2020-10-09", "Das Ministerium veröffentlichte am Freitag ein Foto."))
        .isEqualTo("Freitag=DATE:2020-10-09");
    assertThat(found("de", "2020-10-02", "Die Kämpfe dauern seit Sonntag an. Am Freitagmorgen fielen Raketen."))
        .isEqualTo("Sonntag=DATE:2020-09-27; Freitagmorgen=TIME:2020-10-02TMO");
    assertThat(found("de", "2020-10-09", "Das war vor fünf Monaten.")).isEqualTo("vor fünf Monaten=DATE:2020-05");
    assertThat(found("de", "2023-01-19", "Im September letzten Jahres kam es zu Gefechten."))
        .isEqualTo("September letzten Jahres=DATE:2022-09");
  }

  @Test
  void aTextWithoutADateKeepsHowFarBackFromItsWritingAnExpressionLies() {
    // once the report is dated from its content, the shift places these; until then a week or day unknown
    String shifts = tag("de", null, "Die Waffenruhe war vergangene Woche vereinbart worden. Gestern und heute wurde gekämpft.")
        .stream().map(t -> t.surface() + "=" + t.value() + " " + t.shift()).collect(Collectors.joining("; "));
    assertThat(shifts).isEqualTo("vergangene Woche=XXXX-WXX -1W; Gestern=XXXX-XX-XX -1D; heute=PRESENT_REF 0D");
    assertThat(tag("en", null, "The truce was agreed last week.").get(0).shift()).isEqualTo("-1W");
    // with a date of writing they resolve, and no shift is kept
    assertThat(tag("de", "2020-10-17", "Die Waffenruhe war vergangene Woche vereinbart worden. Heute wurde gekämpft."))
        .extracting(Timex::value, Timex::shift).containsExactly(org.assertj.core.groups.Tuple.tuple("2020-W41", null),
            org.assertj.core.groups.Tuple.tuple("2020-10-17", null));
  }

  @Test
  void yearlessDatesFollowTheTense() {
    // Written in October 2020 about a past 27 September: 2020, not 2021.
    assertThat(found("de", "2020-10-09", "Die Kämpfe hatten am 27. September begonnen.")).isEqualTo("27. September=DATE:2020-09-27");
    assertThat(found("en", "2013-03-22", "The closures will begin on April 7.")).isEqualTo("April 7=DATE:2013-04-07");
    assertThat(found("en", "2013-03-22", "Sales fell in August.")).isEqualTo("August=DATE:2012-08");
  }

  @Test
  void durationsAndSets() {
    assertThat(found("en", "2024-02-28", "a two-day meeting after five months")).isEqualTo("two-day=DURATION:P2D; five months=DURATION:P5M");
    assertThat(found("de", null, "die zehntägigen Gespräche")).isEqualTo("zehntägigen=DURATION:P10D");
    assertThat(found("en", null, "They meet every Tuesday.")).isEqualTo("every Tuesday=SET:XXXX-WXX-2");
    assertThat(found("de", null, "Sie treffen sich jeden Dienstag.")).isEqualTo("jeden Dienstag=SET:XXXX-WXX-2");
  }

  @Test
  void numbersThatAreNotDates() {
    for (String s : List.of("mindestens 2000 sind tot", "UN Resolution 1441", "30.000 Tote", "Paragraph 1994", "1200 davon sind tot",
        "von 2000 auf 1800 reduziert", "1600 Pennsylvania Avenue", "20 Jahre alt")) {
      assertThat(tag("de", null, s)).as(s).isEmpty();
    }
    assertThat(tag("en", null, "at least 2000 people were killed under UN Resolution 1441")).isEmpty();
  }

  @Test
  void withoutAPublicationDateTheLatestExplicitDateIsTheReference() {
    List<Timex> t = tag("de", null, "Am 22. Juni 1941 begann der Angriff. Im Dezember stand die Armee vor Moskau. "
        + "Am 5. Dezember begann die Gegenoffensive; am Tag zuvor hatte es geschneit.");
    assertThat(t).extracting(Timex::value).containsExactly("1941-06-22", "1941-12", "1941-12-05", "1941-12-04");
    assertThat(t.get(1).anchor().source()).isEqualTo(TimeReference.Source.TEXT);
    assertThat(t.get(1).anchor().evidence()).isEqualTo("22. Juni 1941");
    assertThat(t.get(0).anchor()).isNull();
    List<Timex> unknown = tag("de", null, "Am Freitag trafen sich die Minister.");
    assertThat(unknown).extracting(Timex::value).containsExactly("XXXX-WXX-5");
  }

  @Test
  void aMonthOfThisYearWithoutAnyReferenceKeepsItsMonth() {
    assertThat(found("de", null, "Die Kommission soll bis Ende April dieses Jahres gegründet werden."))
        .isEqualTo("Ende April dieses Jahres=DATE:XXXX-04");
    assertThat(found("de", "2022-04-06", "Die Kommission soll bis Ende April dieses Jahres gegründet werden."))
        .isEqualTo("Ende April dieses Jahres=DATE:2022-04");
    // last year's April is no month of an unknown year: nothing to say without a reference
    assertThat(found("de", null, "Im April letzten Jahres wurde verhandelt.")).isEmpty();
  }

  @Test
  void yearsBeforeChrist() {
    assertThat(found("de", null, "Im Jahr 492 v. Chr. zog Mardonios nach Thrakien. Von 264–260 v. Chr. kämpften sie."))
        .isEqualTo("Jahr 492 v. Chr.=DATE:BC0492; 264=DATE:BC0264; 260 v. Chr.=DATE:BC0260");
    assertThat(found("de", null, "Im Frühjahr 479 v. Chr. endete die Invasion; im 4. Jh. v. Chr. stieg Makedonien auf."))
        .isEqualTo("Frühjahr 479 v. Chr.=DATE:BC0479-SP; 4. Jh. v. Chr.=DATE:BC03");
  }

  @Test
  void todayIsTheWritersPresent() {
    // In a narrative without a publication date "heute" is not the story's latest date.
    assertThat(found("de", null, "Am 5. Mai 1789 tagten die Stände in Versailles, heute ein Museum."))
        .isEqualTo("5. Mai 1789=DATE:1789-05-05; heute=DATE:PRESENT_REF");
    assertThat(found("de", "2020-10-09", "Die Minister treffen sich heute.")).isEqualTo("heute=DATE:2020-10-09");
  }

  @Test
  void aSeasonWithAYearMovesTheNarrativesReference() {
    assertThat(found("de", null, "Am 22. Juni 1940 fiel Paris. Im Sommer 1941 begann der Angriff. Am 5. Dezember kam der Frost."))
        .isEqualTo("22. Juni 1940=DATE:1940-06-22; Sommer 1941=DATE:1941-SU; 5. Dezember=DATE:1941-12-05");
  }

  @Test
  void aYearBoundingAnIntervalDoesNotMoveTheNarrativesReference() {
    assertThat(found("de", null, "Am 21. August 1914 wurden Divisionen aufgestellt, bis 1915 mehr als 40. Am 10. September fiel Lille."))
        .isEqualTo("21. August 1914=DATE:1914-08-21; 1915=DATE:1915; 10. September=DATE:1914-09-10");
  }

  @Test
  void aRuleIsSkippedOnlyForSentencesLackingItsWords() {
    // the words a rule needs are read from its pattern (RegexWordsTest); a compound's parts are not required words
    assertThat(found("de", null, "Zur Jahresmitte 1789 war Brot teuer.")).isEqualTo("Jahresmitte 1789=DATE:1789");
  }

  @Test
  void rejectsApplyOnlyWhereTheirWordsAndDigitsAre() {
    // the English reject of ages ("a 20-year-old soldier") needs a digit and a hyphenated age; it still applies
    assertThat(found("en", "2020-10-10", "A 20-years-old soldier died in 2020.")).isEqualTo("2020=DATE:2020");
    assertThat(found("en", "2020-10-10", "A 20-year-old soldier died on Friday.")).isEqualTo("Friday=DATE:2020-10-09");
    // a compound announces a lexicon by its start only when it is longer than six letters
    assertThat(found("de", "2020-10-10", "Am Freitagabend fielen Schüsse.")).isEqualTo("Freitagabend=TIME:2020-10-09TEV");
  }

  @Test
  void aLexiconWordThePatternLetsRunOnStillTriggersItsRule() {
    // "%gran(?:s)?\\s+ago": "years" is no word of the lexicon, but starts with one; no other word of the
    // sentence names a granularity ("Two" would announce the numbers, "day" the granularities)
    assertThat(found("en", "2018-01-08", "When 20 years ago the index fell, traders panicked."))
        .isEqualTo("20 years ago=DATE:1998");
    assertThat(found("en", "2018-01-08", "Prices rose 9 months ago.")).isEqualTo("9 months ago=DATE:2017-04");
  }

  @Test
  void malformedAndRandomInputNeverGivesInvalidValues() {
    assertThat(tag("de", null, "31.02.2020")).extracting(Timex::value).doesNotContain("2020-02-31");
    assertThat(tag("en", null, "2020-13-01")).extracting(Timex::value).doesNotContain("2020-13-01");
    Random random = new Random(20201009L);
    String[] pieces = {"31.", "02.", "2020", "13", "Februar", "Feb.", "29", "0", "99", "Montag", "morgen", "vor", "Jahren",
        "12:99", "25:00", "1990s", "90er", "the", "last", "next", "week", "ago", " ", ".", ",", "-", "\n", "Uhr", "p.m.",
        "seit", "20th", "century", "every", "jeden", "Q5", "year", "day", "zehntägigen", "1.000.000", "9999"};
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + random.nextInt(40);
      for (int i = 0; i < n; i++) sb.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
      String text = sb.toString();
      String dct = random.nextBoolean() ? null : "2020-10-0" + (1 + random.nextInt(9));
      for (String lang : List.of("en", "de")) {
        for (Timex t : tag(lang, dct, text)) {
          assertThat(TimexValues.valid(t.value())).as(text + " -> " + t.value()).isTrue();
          assertThat(t.surface()).isEqualTo(text.substring(t.span().start(), t.span().end()));
        }
      }
    }
  }

  @Test
  void longAndNumericDocumentsStayFast() {
    StringBuilder numbers = new StringBuilder();
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) numbers.append(random.nextInt(100_000)).append(i % 17 == 0 ? ". " : " ");
    String text = numbers.toString();
    long started = System.nanoTime();
    List<Timex> t = TAGGER.tag(text, List.of(new Span(0, text.length())), "de", null);
    assertThat(t).allMatch(x -> TimexValues.valid(x.value()));
    assertThat((System.nanoTime() - started) / 1e9).as("seconds for 20,000 numbers").isLessThan(10);
  }

  @Test
  void aLexiconLetRunOnInsideAMacroIsFoundToo() throws Exception {
    String grammar = "lexicon\tgran\tY\tyear\ndefine\tGRANS\t%gran(?:s)?\nrule\tx\tDATE\t{gran}\t\\d+\\s+@GRANS\\s+ago\n";
    TimexRules rules = TimexRules.parse("en", "test.rules", new BufferedReader(new StringReader(grammar)));
    TriggerTrie.Found found = rules.triggers.found();
    rules.triggers.word("20 years ago", 3, 8, found);
    assertThat(found.lexicons).isNotZero();
  }

  /** A lookbehind's word selects its rule, but the rule may start after it: it bounds nothing. */
  @Test
  void aLookbehindsWordsSelectTheRuleWithoutBoundingItsStart() throws Exception {
    String grammar = "lexicon\tweekday\t1\tmonday\nrule\tsince\tDATE\tpast:WD({weekday})\t(?<=\\bseit\\s)%weekday\n";
    TimexRules rules = TimexRules.parse("de", "test.rules", new BufferedReader(new StringReader(grammar)));
    TimexRules.Rule since = rules.rules.get(0);
    String text = "seit Monday";
    TriggerTrie.Found found = rules.triggers.found();
    rules.triggers.word(text, 0, 4, found);
    rules.triggers.word(text, 5, 11, found);
    assertThat(TimexRules.startLimit(since, found, -1, text.length())).as("may start at 'Monday'").isGreaterThan(5);
    String without = "am Monday";
    TriggerTrie.Found alone = rules.triggers.found();
    rules.triggers.word(without, 0, 2, alone);
    rules.triggers.word(without, 3, 9, alone);
    assertThat(TimexRules.startLimit(since, alone, -1, without.length())).as("no 'seit': not tried").isLessThanOrEqualTo(0);
  }

  @Test
  void grammarErrorsNameTheLine() {
    String bad = "lexicon\tmonth\t01\tjanuary\nrule\tx\tDATE\t{year}\t%month\n";
    assertThatThrownBy(() -> TimexRules.parse("en", "test.rules", new BufferedReader(new StringReader(bad))))
        .hasMessageContaining("test.rules:2").hasMessageContaining("year");
    String unknown = "rule\tx\tDATE\t{month}\t%mnth\n";
    assertThatThrownBy(() -> TimexRules.parse("en", "test.rules", new BufferedReader(new StringReader(unknown))))
        .hasMessageContaining("test.rules:1").hasMessageContaining("%mnth");
  }

  @Test
  void languagesWithoutRulesGiveNothing() {
    assertThat(TAGGER.languages()).containsExactly("en", "de");
    assertThat(tag("fr", "2020-10-09", "Le 9 octobre 2020, vendredi.")).isEmpty();
  }
}
