package org.dossier.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackLoaderTest {
  @TempDir Path dir;

  @Test
  void loadsAPackFromTheClasspath() {
    Pack pack = PackLoader.load("tiny");
    assertThat(pack.name()).isEqualTo("tiny");
    assertThat(pack.actors()).containsKeys("turkey", "mevlut-cavusoglu");
    assertThat(pack.rolesOf("mevlut-cavusoglu")).hasSize(2);
    assertThat(pack.nameOf("moscow")).isEqualTo("Moscow");
  }

  @Test
  void reportsEveryProblemWithFileAndLine() throws IOException {
    copyTiny();
    Files.writeString(dir.resolve("actors.tsv"), String.join("\n",
        "id\ttype\tname\tcountry",
        "turkey\tCOUNTRY\tTurkey\tTUR",
        "turkey\tCOUNTRY\tTürkiye\tTUR",
        "atlantis\tCOUNTRY\tAtlantis\tATL",
        "russia\tCOUNTRY\tRussia",
        "mevlut-cavusoglu\tPERSON\tMevlüt Çavuşoğlu\tTUR",
        "sergey-lavrov\tPERSON\tSergey Lavrov\tRUS",
        ""));
    Files.writeString(dir.resolve("roles.tsv"), String.join("\n",
        "person\trole\tof\tstart\tend",
        "mevlut-cavusoglu\tforeign_minister\tturkey\t2014-08-29\t2016-01-01",
        "mevlut-cavusoglu\tforeign_minister\tturkey\t2015-11-24\t2023-06-04",
        "sergey-lavrov\tforeign_minister\trussia\t2004-13-09\t",
        ""));
    assertThatThrownBy(() -> PackLoader.fromDirectory(dir))
        .isInstanceOf(PackException.class)
        .satisfies(e -> assertThat(((PackException) e).problems()).contains(
            "actors.tsv:3: duplicate id 'turkey' (first defined at actors.tsv:2)",
            "actors.tsv:4: unknown country code 'ATL' (ISO 3166-1 alpha-3, or a code listed in pack.yaml)",
            "actors.tsv:5: expected 4 tab-separated columns (id, type, name, country), found 3",
            "roles.tsv:3: overlaps another foreign_minister term of mevlut-cavusoglu (2014-08-29 to 2016-01-01)",
            "roles.tsv:4: start '2004-13-09' is not a valid YYYY, YYYY-MM or YYYY-MM-DD date"))
        .hasMessageContaining("roles.tsv:3");
  }

  @Test
  void chronologyRowsNameSeveralPlacesAndEveryOneMustExist() throws IOException {
    copyTiny();
    Files.writeString(dir.resolve("places.tsv"), "ankara\tAnkara\tTUR\t39.93\t32.86\tCITY\n", java.nio.file.StandardOpenOption.APPEND);
    Files.writeString(dir.resolve("chronology.tsv"), String.join("\n",
        "date\tcameo\tactors\tplace\tevent",
        "2020-10-09\t046\tRUS,TUR\tmoscow, ankara\ttalks in two capitals",
        ""));
    assertThat(PackLoader.fromDirectory(dir).chronology().get(0).places()).containsExactlyInAnyOrder("moscow", "ankara");

    Files.writeString(dir.resolve("chronology.tsv"), String.join("\n",
        "date\tcameo\tactors\tplace\tevent",
        "2020-10-09\t046\tRUS,TUR\tmoscow,atlantis\ttalks",
        "2020-10\t999\tRUS\t\ta month is not a day",
        ""));
    assertThatThrownBy(() -> PackLoader.fromDirectory(dir))
        .satisfies(e -> assertThat(((PackException) e).problems()).contains(
            "chronology.tsv:2: place 'atlantis' is not defined in places.tsv",
            "chronology.tsv:3: date '2020-10' must be a day",
            "chronology.tsv:3: unknown CAMEO code '999'"));
  }

  @Test
  void whoHeldAPlaceInFactIsLookedUpByDayAndEveryRowIsChecked() throws IOException {
    copyTiny();
    Files.writeString(dir.resolve("control.tsv"), String.join("\n",
        "place\tholder\tstart\tend",
        "moscow\tturkey\t2020-10\t2020-10-09",
        ""));
    Pack pack = PackLoader.fromDirectory(dir);
    assertThat(pack.holder("moscow", java.time.LocalDate.of(2020, 10, 1)).id()).isEqualTo("turkey");
    assertThat(pack.holder("moscow", java.time.LocalDate.of(2020, 10, 10))).isNull();
    assertThat(pack.holder("moscow", java.time.LocalDate.of(2020, 9, 30))).isNull();

    Files.writeString(dir.resolve("control.tsv"), String.join("\n",
        "place\tholder\tstart\tend",
        "atlantis\tturkey\t2020\t",
        "moscow\tturkey\t2020-10-09\t2020-10-01",
        "moscow\tturkey\t2020\t2020-06",
        "moscow\tturkey\t2020-05\t",
        ""));
    assertThatThrownBy(() -> PackLoader.fromDirectory(dir))
        .satisfies(e -> assertThat(((PackException) e).problems()).anyMatch(p -> p.startsWith("control.tsv:2: place 'atlantis'"))
            .contains("control.tsv:3: end 2020-10-01 is before start 2020-10-09",
                "control.tsv:5: overlaps another holding of moscow (2020 to 2020-06)"));
  }

  @Test
  void adversariesAreLookedUpByCodeAndDayBothWaysAndEveryRowIsChecked() throws IOException {
    copyTiny();
    Files.writeString(dir.resolve("actors.tsv"), "eu\tORGANIZATION\tEuropean Union\tEU\n",
        java.nio.file.StandardOpenOption.APPEND);
    Files.writeString(dir.resolve("adversaries.tsv"), String.join("\n",
        "side\tadversary\tstart\tend",
        "turkey\trussia\t2015-11-24\t2016-06",
        "eu\trussia\t2014\t",
        ""));
    Files.writeString(dir.resolve("pack.yaml"), "name: tiny\nlanguages: [en, de]\ncodes: [EU]\nadversary_roots: [\"19\", \"11\"]\n");
    Pack pack = PackLoader.fromDirectory(dir);
    assertThat(pack.adversaryRoots()).containsExactlyInAnyOrder("19", "11");
    java.time.LocalDate war = java.time.LocalDate.of(2016, 1, 10);
    assertThat(pack.adversaries(java.util.Set.of("TUR"), war)).extracting(Actor::id).containsExactly("russia");
    assertThat(pack.adversaries(java.util.Set.of("RUS"), war)).extracting(Actor::id).containsExactly("turkey", "eu");
    assertThat(pack.adversaries(java.util.Set.of("RUS"), java.time.LocalDate.of(2016, 7, 1))).extracting(Actor::id)
        .containsExactly("eu");
    // without a day, whoever was ever an adversary; a side is never its own
    assertThat(pack.adversaries(java.util.Set.of("TUR", "RUS"), null)).extracting(Actor::id).containsExactly("eu");

    Files.writeString(dir.resolve("adversaries.tsv"), String.join("\n",
        "side\tadversary\tstart\tend",
        "turkey\tatlantis\t2020\t",
        "turkey\tmevlut-cavusoglu\t2020\t",
        "turkey\trussia\t\t",
        ""));
    Files.writeString(dir.resolve("pack.yaml"), "name: tiny\nlanguages: [en, de]\ncodes: [EU]\nadversary_roots: [\"19\", 8, \"21\"]\n");
    assertThatThrownBy(() -> PackLoader.fromDirectory(dir))
        .satisfies(e -> assertThat(((PackException) e).problems()).contains(
            "adversaries.tsv:2: adversary 'atlantis' is not defined in actors.tsv",
            "adversaries.tsv:3: a side cannot be its own adversary (both TUR)",
            "adversaries.tsv:4: empty start",
            "pack.yaml: adversary_roots: '8' is not a CAMEO root (two digits in quotes, \"01\" to \"20\")",
            "pack.yaml: adversary_roots: '21' is not a CAMEO root (two digits in quotes, \"01\" to \"20\")"));

    // a single root not written as a list is an error, not an empty list
    Files.writeString(dir.resolve("adversaries.tsv"), "side\tadversary\tstart\tend\n");
    Files.writeString(dir.resolve("pack.yaml"), "name: tiny\nlanguages: [en, de]\ncodes: [EU]\nadversary_roots: \"19\"\n");
    assertThatThrownBy(() -> PackLoader.fromDirectory(dir))
        .satisfies(e -> assertThat(((PackException) e).problems())
            .containsExactly("pack.yaml: adversary_roots must be a list of quoted CAMEO roots, as [\"11\", \"19\"]"));
  }

  @Test
  void partyCodesAreCameoCodesInAList() throws IOException {
    copyTiny();
    Files.writeString(dir.resolve("pack.yaml"), "name: tiny\nlanguages: [en, de]\ncodes: [EU]\nparty_codes: [\"107\", \"0256\"]\n");
    assertThat(PackLoader.fromDirectory(dir).partyCodes()).containsExactlyInAnyOrder("107", "0256");
    Files.writeString(dir.resolve("pack.yaml"), "name: tiny\nlanguages: [en, de]\ncodes: [EU]\nparty_codes: [\"107\", \"1079\"]\n");
    assertThatThrownBy(() -> PackLoader.fromDirectory(dir))
        .satisfies(e -> assertThat(((PackException) e).problems())
            .containsExactly("pack.yaml: party_codes: '1079' is not a CAMEO code (in quotes, as \"107\")"));
    Files.writeString(dir.resolve("pack.yaml"), "name: tiny\nlanguages: [en, de]\ncodes: [EU]\nparty_codes: \"107\"\n");
    assertThatThrownBy(() -> PackLoader.fromDirectory(dir))
        .satisfies(e -> assertThat(((PackException) e).problems())
            .containsExactly("pack.yaml: party_codes must be a list of quoted CAMEO codes, as [\"107\", \"0256\"]"));
  }

  @Test
  void aGapInALexiconSequenceMustStandBetweenTwoWords() throws IOException {
    copyTiny();
    Files.writeString(dir.resolve("event_lexicon.tsv"), String.join("\n",
        "lang\tlemma\tpos\tcameo\tframe",
        "en\tcross * border\tV\t192\t",
        "en\tcross *\tV\t192\t",
        "en\tlose * * control\tV\t0874\t",
        ""));
    assertThatThrownBy(() -> PackLoader.fromDirectory(dir))
        .satisfies(e -> assertThat(((PackException) e).problems())
            .contains("event_lexicon.tsv:3: a gap '*' in 'cross *' must stand between two words",
                "event_lexicon.tsv:4: a gap '*' in 'lose * * control' must stand between two words")
            .noneMatch(p -> p.startsWith("event_lexicon.tsv:2")));
  }

  @Test
  void aDeixisCueIsOneWord() throws IOException {
    copyTiny();
    Files.writeString(dir.resolve("event_cues.tsv"), "lang\tkind\tcue\nde\tdeixis\thier\nen\tdeixis\tright here\n");
    assertThatThrownBy(() -> PackLoader.fromDirectory(dir))
        .satisfies(e -> assertThat(((PackException) e).problems())
            .containsExactly("event_cues.tsv:3: deixis 'right here' must be one word"));
  }

  @Test
  void aStrongVerbNamesItsInfinitivePastStemAndParticiple() throws IOException {
    copyTiny();
    Files.writeString(dir.resolve("event_cues.tsv"), String.join("\n",
        "lang\tkind\tcue",
        "de\tstrong_verb\tdringen drang gedrungen",
        "de\tstrong_verb\tdringen gedrungen",
        ""));
    assertThatThrownBy(() -> PackLoader.fromDirectory(dir))
        .satisfies(e -> assertThat(((PackException) e).problems())
            .contains("event_cues.tsv:3: strong_verb 'dringen gedrungen' must be three words: infinitive, past stem, participle")
            .noneMatch(p -> p.startsWith("event_cues.tsv:2")));
  }

  @Test
  void aMissingFileIsNamed() throws IOException {
    copyTiny();
    Files.delete(dir.resolve("places.tsv"));
    assertThatThrownBy(() -> PackLoader.fromDirectory(dir)).hasMessageContaining("places.tsv: missing");
  }

  @Test
  void anUnknownPackNameIsAClearError() {
    assertThatThrownBy(() -> PackLoader.load("no-such-pack")).hasMessageContaining("no built-in pack of that name");
  }

  private void copyTiny() throws IOException {
    for (String f : new String[] {"pack.yaml", "actors.tsv", "places.tsv", "aliases.tsv", "roles.tsv", "role_titles.tsv",
        "demonyms.tsv", "metonyms.tsv"}) {
      try (var in = getClass().getClassLoader().getResourceAsStream("packs/tiny/" + f)) {
        Files.copy(in, dir.resolve(f));
      }
    }
  }
}
