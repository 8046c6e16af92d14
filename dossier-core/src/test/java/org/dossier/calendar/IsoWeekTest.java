package org.dossier.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoWeekTest {
  @Test
  void aWeekValueNamesTheMondayOfItsIsoWeek() {
    assertThat(IsoWeek.monday("2023-W38")).isEqualTo(LocalDate.of(2023, 9, 18));
    // week 1 of 2026 begins in 2025; 2020 has a week 53
    assertThat(IsoWeek.monday("2026-W01")).isEqualTo(LocalDate.of(2025, 12, 29));
    assertThat(IsoWeek.monday("2020-W53")).isEqualTo(LocalDate.of(2020, 12, 28));
  }

  @Test
  void anythingElseNamesNoWeek() {
    assertThat(IsoWeek.monday("2023-W53")).isNull();
    assertThat(IsoWeek.monday("2023-W00")).isNull();
    assertThat(IsoWeek.monday("2023-09")).isNull();
    assertThat(IsoWeek.monday("XXXX-WXX-5")).isNull();
    assertThat(IsoWeek.monday(null)).isNull();
  }
}
