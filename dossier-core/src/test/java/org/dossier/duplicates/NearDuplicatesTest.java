package org.dossier.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
  private static final String WIRE = "Armenia and Azerbaijan agreed on Saturday to a new humanitarian ceasefire in the "
      + "Nagorno-Karabakh conflict from midnight, the foreign ministries of both countries said in identical statements. "
      + "The decision follows a call between the Russian foreign minister Sergey Lavrov and his counterparts, the "
      + "statements said. A truce agreed a week earlier in Moscow after talks lasting more than ten hours did not hold, "
      + "and both sides accused each other of shelling civilian areas within minutes of it taking effect.";

  @Test
  void anAgencyCopyWithAnotherHeadlineAndTeaserIsACopyOfTheEarliest() {
    Fingerprint original = Fingerprint.of(WIRE);
    Fingerprint copy = Fingerprint.of("Ceasefire agreed\n\n" + WIRE + "\n\nRead more: football results of the week");
    Fingerprint other = Fingerprint.of("Azerbaijan's president said the country would never give up the lands it "
        + "regained, speaking at a military parade in Baku on Thursday where hundreds of soldiers and dozens of drones "
        + "and armoured vehicles captured in the fighting were shown to crowds lining the streets of the capital city.");
    assertThat(copy.similarity(original)).isGreaterThanOrEqualTo(NearDuplicates.THRESHOLD);
    assertThat(other.similarity(original)).isLessThan(0.2);

    int[] copyOf = NearDuplicates.find(List.of(
        new NearDuplicates.Item(copy, LocalDate.of(2020, 10, 18)),
        new NearDuplicates.Item(other, LocalDate.of(2020, 10, 17)),
        new NearDuplicates.Item(original, LocalDate.of(2020, 10, 17)),
        new NearDuplicates.Item(Fingerprint.of(WIRE), null)));
    // the copy published a day later and the undated copy point to the earliest report
    assertThat(copyOf).containsExactly(2, -1, -1, 2);
  }

  @Test
  void aSketchIsTheSameFromBuildToBuild() {
    // stores keep sketches and compare them with those of documents added later: the hash functions must not change
    int[] minima = Fingerprint.of(WIRE).minima();
    assertThat(new int[] {minima[0], minima[1], minima[Fingerprint.SIZE - 1]})
        .containsExactly(149297093, 50264226, 221625563);
  }

  @Test
  void shortTextsAreNeverCopies() {
    Fingerprint a = Fingerprint.of("Ceasefire agreed in Moscow.");
    assertThat(a.isEmpty()).isTrue();
    assertThat(a.similarity(a)).isZero();
    int[] copyOf = NearDuplicates.find(List.of(new NearDuplicates.Item(a, null), new NearDuplicates.Item(a, null)));
    assertThat(copyOf).containsExactly(-1, -1);
  }

  @Test
  void aSketchSurvivesBeingStored() {
    Fingerprint f = Fingerprint.of(WIRE);
    assertThat(Fingerprint.of(f.minima(), f.shingles()).similarity(f)).isEqualTo(1.0);
  }

  @Test
  void theCandidateGroupsOfEachBandKeyFindTheCopiesTogether() {
    Fingerprint original = Fingerprint.of(WIRE);
    Fingerprint copy = Fingerprint.of("Ceasefire agreed\n\n" + WIRE);
    long[] keys = NearDuplicates.bandKeys(original);
    assertThat(keys).hasSize(NearDuplicates.BANDS);
    assertThat(NearDuplicates.bandKeys(Fingerprint.of("Too short."))).isEmpty();
    // a copy shares most band keys with its original, and one shared key is enough to compare them
    long shared = java.util.Arrays.stream(NearDuplicates.bandKeys(copy))
        .filter(k -> java.util.Arrays.stream(keys).anyMatch(o -> o == k)).count();
    assertThat(shared).isGreaterThan(0);
    assertThat(NearDuplicates.copiesIn(List.of(original, copy, Fingerprint.of(WIRE))))
        // three copies of one text are connected by two pairs: the third pair is not checked
        .hasSize(2);
    assertThat(NearDuplicates.earlier(LocalDate.of(2020, 10, 17), 5, null, 1)).isTrue();
    assertThat(NearDuplicates.earlier(LocalDate.of(2020, 10, 17), 5, LocalDate.of(2020, 10, 17), 1)).isFalse();
  }
}
