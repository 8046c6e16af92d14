package org.dossier.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MisspellingsTest {
  private final Misspellings names = new Misspellings(List.of("pashinian", "bairamov", "bairamow", "haiward"));

  @Test
  void aKeyOneEditFromOneNameIsThatName() {
    assertThat(names.correct("panshinian")).isEqualTo("pashinian"); // a letter added
    assertThat(names.correct("pashnian")).isEqualTo("pashinian"); // a letter dropped
    assertThat(names.correct("pashinyan")).isEqualTo("pashinian"); // a letter changed
  }

  @Test
  void noGuessForANameItselfANearTieAShortNameOrAnotherFirstLetter() {
    assertThat(names.correct("pashinian")).isNull();
    // "bairamof" is one edit from both spellings of one name given twice, and they differ: no guess
    assertThat(names.correct("bairamof")).isNull();
    assertThat(names.correct("harvard")).isNull();
    assertThat(names.correct("rashinian")).isNull();
    assertThat(names.correct("panschinian")).isNull();
    assertThat(names.correct("p".repeat(100_000))).isNull();
  }

  @Test
  void oneEditMeansOneInsertionDeletionOrSubstitution() {
    assertThat(Misspellings.oneEdit("abcdef", "abcxef")).isTrue();
    assertThat(Misspellings.oneEdit("abcdef", "abcdf")).isTrue();
    assertThat(Misspellings.oneEdit("abcdef", "abcdefg")).isTrue();
    assertThat(Misspellings.oneEdit("abcdef", "abcdef")).isFalse();
    assertThat(Misspellings.oneEdit("abcdef", "abxdxf")).isFalse();
  }
}
