package org.dossier.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateParserTest {
  private final DateParser parser = DateParser.get();

  @Test
  void readsWrittenAndNumericDates() {
    assertThat(parser.parseValue("February 28, 2024")).hasToString("2024-02-28");
    assertThat(parser.parseValue("Feb. 28, 2024")).hasToString("2024-02-28");
    assertThat(parser.parseValue("28. Februar 2024")).hasToString("2024-02-28");
    assertThat(parser.parseValue("17 okt. 2020, 20.57")).hasToString("2020-10-17");
    assertThat(parser.parseValue("19.01.2023 12:09")).hasToString("2023-01-19");
    assertThat(parser.parseValue("2020-10-10T08:12:00+02:00")).hasToString("2020-10-10");
    assertThat(parser.parseValue("13/03/2025 - 20:22")).hasToString("2025-03-13");
    assertThat(parser.parseValue("2020-10")).hasToString("2020-10");
    assertThat(parser.parseValue("September 2023")).hasToString("2023-09");
  }

  @Test
  void refusesImpossibleAndAmbiguousDates() {
    assertThat(parser.parseValue("31.02.2020")).isNull();
    assertThat(parser.parseValue("2020-13-01")).isNull();
    assertThat(parser.parseValue("03/04/2025")).isNull();
    assertThat(parser.parseValue("(not stated)")).isNull();
    assertThat(PartialDate.of(2021, 2, 29)).isNull();
    assertThat(PartialDate.of(2020, 2, 29)).hasToString("2020-02-29");
  }

  @Test
  void findsDatesInUrls() {
    assertThat(parser.parseUrl("https://x.example/2020/10/10/slug").date()).hasToString("2020-10-10");
    assertThat(parser.parseUrl("https://de.sputniknews.com/politik/20201011328132430-waffenstillstand/").date())
        .hasToString("2020-10-11");
    assertThat(parser.parseUrl("https://x.example/news/2021/07/coffee").date()).hasToString("2021-07");
    assertThat(parser.parseUrl("https://x.example/article/1441")).isNull();
  }

  @Test
  void recognisesLinesThatAreOnlyADate() {
    assertThat(parser.dateline("February 28, 2024")).hasToString("2024-02-28");
    assertThat(parser.dateline("Stand: 13.12.2022 17:45 Uhr")).hasToString("2022-12-13");
    assertThat(parser.dateline("Montag, 05.10.2020")).hasToString("2020-10-05");
    assertThat(parser.dateline("Azerbaijan retook Nagorno-Karabakh on 19.09.2023 after a one-day offensive")).isNull();
  }

  @Test
  void readsTheDayOfAgencyDatelinesWithoutAYear() {
    assertThat(parser.agencyDateline("BAKU, May 24. /TASS/. Azerbaijan's border service said ...").day())
        .isEqualTo(java.time.MonthDay.of(5, 24));
    assertThat(parser.agencyDateline("Baku, 7. Oktober, AZERTAC").day()).isEqualTo(java.time.MonthDay.of(10, 7));
    assertThat(parser.agencyDateline("TBILISI/BAKU, Oct. 7 (Reuters) - Talks ...").day()).isEqualTo(java.time.MonthDay.of(10, 7));
    assertThat(parser.agencyDateline("YEREVAN (AFP), 3 March - ...").day()).isEqualTo(java.time.MonthDay.of(3, 3));
    // with a year it is a full dateline; lower-case openings and sentences are not datelines
    assertThat(parser.agencyDateline("Baku, 7. Oktober 2022, AZERTAC")).isNull();
    assertThat(parser.agencyDateline("the talks ended, May 24 was chosen")).isNull();
    assertThat(parser.agencyDateline("The Armenian government said on Thursday, May 24 ...")).isNull();
    assertThat(parser.agencyDateline("Baku, 31. Februar, AZERTAC")).isNull();
  }

  @Test
  void comparesPartialDates() {
    assertThat(PartialDate.parse("2020-10").compatible(PartialDate.parse("2020-10-09"))).isTrue();
    assertThat(PartialDate.parse("2025-07").compatible(PartialDate.parse("2020-10-02"))).isFalse();
    assertThat(PartialDate.parse("2020").precision()).isEqualTo(1);
  }
}
