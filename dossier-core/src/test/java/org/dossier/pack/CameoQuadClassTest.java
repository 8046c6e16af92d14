package org.dossier.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CameoQuadClassTest {
  @Test
  void rootsFallIntoTheFourQuadClasses() {
    assertThat(Cameo.quadClass("010")).isEqualTo(1);
    assertThat(Cameo.quadClass("057")).isEqualTo(1);
    assertThat(Cameo.quadClass("061")).isEqualTo(2);
    assertThat(Cameo.quadClass("0871")).isEqualTo(2);
    assertThat(Cameo.quadClass("090")).isEqualTo(3);
    assertThat(Cameo.quadClass("1123")).isEqualTo(3);
    assertThat(Cameo.quadClass("138")).isEqualTo(3);
    assertThat(Cameo.quadClass("140")).isEqualTo(4);
    assertThat(Cameo.quadClass("190")).isEqualTo(4);
    assertThat(Cameo.quadClass("2042")).isEqualTo(4);
  }

  @Test
  void aCodeOutsideTheRootsHasNoQuadClass() {
    assertThat(Cameo.quadClass("000")).isZero();
    assertThat(Cameo.quadClass("21")).isZero();
    assertThat(Cameo.quadClass("x1")).isZero();
    assertThat(Cameo.quadClass(null)).isZero();
  }

  @Test
  void aRootsNotSpecifiedCodeNamesNoKindInParticular() {
    assertThat(Cameo.specific("191")).isTrue();
    assertThat(Cameo.specific("0871")).isTrue();
    assertThat(Cameo.specific("190")).isFalse();
    assertThat(Cameo.specific("010")).isFalse();
    assertThat(Cameo.specific("19")).isFalse();
    assertThat(Cameo.specific(null)).isFalse();
  }

  @Test
  void codesOfOneActThatDifferOnlyByWhoDoesItShareAFamily() {
    // a road blocked by protesters (144) and a blockade imposed by a state (191) are one kind of act
    assertThat(Cameo.family("144")).isEqualTo(Cameo.family("191")).isNotEqualTo(Cameo.root("191"));
    assertThat(Cameo.family("173")).isEqualTo(Cameo.family("181"));
    assertThat(Cameo.family("173")).isNotEqualTo(Cameo.family("144"));
    // a code below a listed one is in its family; any other code's family is its root
    assertThat(Cameo.family("1441")).isEqualTo(Cameo.family("144"));
    assertThat(Cameo.family("190")).isEqualTo("19");
    assertThat(Cameo.family("195")).isEqualTo("19");
    assertThat(Cameo.family("0871")).isEqualTo("08");
    assertThat(Cameo.family("14")).isEqualTo("14");
  }
}
