package org.dossier.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dossier.pack.ChronologyEntry;
import org.junit.jupiter.api.Test;

class LandmarksTest {
  private static final Event.Actor AZERBAIJAN = new Event.Actor("azerbaijan", "Azerbaijan", "AZE");
  private static final ChronologyEntry BLOCKADE = new ChronologyEntry(LocalDate.parse("2022-12-12"), "191",
      Set.of("AZE", "ARM", "NKR"), Set.of(), "blockade begins");
  private static final ChronologyEntry SHELLING = new ChronologyEntry(LocalDate.parse("2020-10-04"), "195",
      Set.of("AZE", "ARM"), Set.of(), "towns shelled");
  private final Landmarks landmarks = new Landmarks(List.of(BLOCKADE, SHELLING));

  @Test
  void aCeasefireViolationIsNoBlockade() {
    assertThat(landmarks.fitting("196", List.of(AZERBAIJAN), null, day -> true)).isEmpty();
    assertThat(landmarks.fitting("191", List.of(AZERBAIJAN), null, day -> true)).containsExactly(BLOCKADE);
  }

  @Test
  void shellingAndMissileStrikesAreOneKindAndUnspecifiedFightingFitsAny() {
    assertThat(landmarks.fitting("194", List.of(AZERBAIJAN), null, day -> day.getYear() == 2020)).containsExactly(SHELLING);
    assertThat(landmarks.fitting("190", List.of(AZERBAIJAN), null, day -> true)).containsExactlyInAnyOrder(BLOCKADE, SHELLING);
  }

  @Test
  void kindsOfAidOrForceDifferOnlyWithinTheirRoots() {
    assertThat(Landmarks.otherKind("202", "201")).isTrue();
    assertThat(Landmarks.otherKind("075", "074")).isTrue();
    assertThat(Landmarks.otherKind("070", "074")).isFalse();
    assertThat(Landmarks.otherKind("1951", "194")).isFalse();
    assertThat(Landmarks.otherKind("111", "112")).isFalse();
    assertThat(Landmarks.otherKind("0842", "087")).isFalse();
  }
}
