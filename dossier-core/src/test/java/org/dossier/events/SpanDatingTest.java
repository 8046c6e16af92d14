package org.dossier.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When a state that has lasted a span of time up to a report's day began, at the precision the span allows. */
class SpanDatingTest {
  private static final LocalDate DAY = LocalDate.of(2022, 12, 16);

  private static String began(String span, LocalDate day) {
    Event.EventDate date = SentenceCoder.began(span, day);
    return date == null ? "none" : date.value() + " " + date.granularity().label();
  }

  @Test
  void anExactSpanOfDaysGivesItsDay() {
    assertThat(began("P3D", DAY)).isEqualTo("2022-12-13 day");
    assertThat(began("P16D", DAY)).isEqualTo("2022-11-30 day");
  }

  @Test
  void aVagueSpanGivesTheFinestDateThatHoldsEveryDayItCanMean() {
    // the 2nd to the 14th
    assertThat(began("PXD", DAY)).isEqualTo("2022-12 month");
    // 25 September to 7 October
    assertThat(began("PXD", LocalDate.of(2020, 10, 9))).isEqualTo("2020 year");
    // a week back, give or take three days: the 6th to the 12th
    assertThat(began("P1W", DAY)).isEqualTo("2022-12 month");
    assertThat(began("P2W", DAY)).isEqualTo("2022 year");
    // two to twelve months reach into the year before
    assertThat(began("PXM", DAY)).isEqualTo("202 decade");
    assertThat(began("P5Y", LocalDate.of(2023, 9, 1))).isEqualTo("201 decade");
  }

  @Test
  void aSpanBeyondOneDecadeLeavesTheDateUnknownAndOtherValuesAreNoSpan() {
    assertThat(began("PXY", DAY)).isEqualTo("null unknown");
    assertThat(began("PXDE", DAY)).isEqualTo("null unknown");
    assertThat(began("PT2H", DAY)).isEqualTo("none");
    assertThat(began("P1Q", DAY)).isEqualTo("none");
    // a number no report counts days in, which would overflow a date
    assertThat(began("P99999999999999999999D", DAY)).isEqualTo("none");
  }
}
