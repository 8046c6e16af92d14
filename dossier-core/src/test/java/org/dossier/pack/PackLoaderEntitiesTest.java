package org.dossier.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.entities.EntityRecognizer;
import org.dossier.entities.Mention;
import org.dossier.text.Segmentation;
import org.dossier.text.Segmenter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files entity recognition adds to a pack: institutions, institution nouns, collectives, transliteration. */
class PackLoaderEntitiesTest {
  private static final List<String> REQUIRED = List.of("pack.yaml", "actors.tsv", "places.tsv", "aliases.tsv",
      "roles.tsv", "role_titles.tsv", "demonyms.tsv", "metonyms.tsv");
  private static final List<String> OPTIONAL = List.of("transliteration.tsv", "institutions.tsv",
      "institution_nouns.tsv", "collectives.tsv");

  @TempDir Path dir;

  /** The caucasus pack without its optional files; each test writes the ones it needs. */
  @BeforeEach
  void copyRequiredFiles() throws IOException {
    for (String f : REQUIRED) copy(f);
  }

  private void copy(String file) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("packs/caucasus/" + file)) {
      assertThat(in).as("packs/caucasus/%s on the classpath", file).isNotNull();
      Files.copy(in, dir.resolve(file));
    }
  }

  private void write(String file, String... lines) throws IOException {
    Files.writeString(dir.resolve(file), String.join("\n", lines) + "\n");
  }

  private PackException failure() {
    PackException e = catchThrowableOfType(PackException.class, () -> PackLoader.fromDirectory(dir));
    assertThat(e).as("loading a malformed pack fails with a PackException").isNotNull();
    return e;
  }

  @Test
  void aMissingColumnInInstitutionsIsReportedWithFileAndLine() throws IOException {
    write("institutions.tsv",
        "actor\tkind",
        "# comment lines count",
        "ministry-of-foreign-affairs-armenia\tforeign_ministry",
        "ministry-of-defence-armenia");
    PackException e = failure();
    assertThat(e.problems()).containsExactly(
        "institutions.tsv:4: expected 2 tab-separated columns (actor, kind), found 1");
    assertThat(e).hasMessageContaining("institutions.tsv:4");
  }

  @Test
  void anUnknownActorInInstitutionsIsReported() throws IOException {
    write("institutions.tsv",
        "actor\tkind",
        "ministry-of-foreign-affairs-armenia\tforeign_ministry",
        "ministry-of-magic-armenia\tmagic_ministry");
    PackException e = failure();
    assertThat(e.problems()).containsExactly(
        "institutions.tsv:3: actor 'ministry-of-magic-armenia' is not defined in actors.tsv");
    assertThat(e).hasMessageContaining("institutions.tsv:3");
  }

  @Test
  void aCountryHasOneInstitutionOfEachKind() throws IOException {
    write("institutions.tsv",
        "actor\tkind",
        "ministry-of-foreign-affairs-armenia\tforeign_ministry",
        "ministry-of-foreign-affairs-azerbaijan\tforeign_ministry",
        "government-of-armenia\tforeign_ministry");
    PackException e = failure();
    assertThat(e.problems()).containsExactly(
        "institutions.tsv:4: 'ministry-of-foreign-affairs-armenia' is already the foreign_ministry of ARM");
    assertThat(e).hasMessageContaining("institutions.tsv:4");
  }

  @Test
  void bareMustBeYesOrNo() throws IOException {
    write("institutions.tsv",
        "actor\tkind",
        "armenian-armed-forces\tarmed_forces");
    write("institution_nouns.tsv",
        "kind\tlang\tnoun\tbare",
        "armed_forces\tde\tStreitkräfte\tyes",
        "armed_forces\tde\tTruppen\tja",
        "armed_forces\ten\ttroops\t");
    PackException e = failure();
    assertThat(e.problems()).containsExactly(
        "institution_nouns.tsv:3: bare must be yes or no, found 'ja'",
        "institution_nouns.tsv:4: bare must be yes or no, found ''");
    assertThat(e).hasMessageContaining("institution_nouns.tsv:3").hasMessageContaining("institution_nouns.tsv:4");
  }

  @Test
  void transliterationRulesMustBeFolded() throws IOException {
    write("transliteration.tsv",
        "from\tto",
        "sch\ts",
        "Sch\ts",
        "ş\ts");
    PackException e = failure();
    assertThat(e.problems()).containsExactly(
        "transliteration.tsv:3: 'Sch' must be folded: lower case, without diacritics",
        "transliteration.tsv:4: 'ş' must be folded: lower case, without diacritics");
    assertThat(e).hasMessageContaining("transliteration.tsv:3");
  }

  @Test
  void aCollectiveSizeMustBeANumber() throws IOException {
    write("collectives.tsv",
        "lang\tphrase\tsize",
        "de\tbeide Seiten\t2",
        "en\tboth sides\ttwo");
    PackException e = failure();
    assertThat(e.problems()).containsExactly("collectives.tsv:3: size 'two' is not a number");
    assertThat(e).hasMessageContaining("collectives.tsv:3");
  }

  @Test
  void problemsInSeveralOptionalFilesAreReportedTogether() throws IOException {
    write("transliteration.tsv", "from\tto", "W\tv");
    write("institutions.tsv", "actor\tkind", "nobody\tgovernment");
    write("collectives.tsv", "lang\tphrase\tsize", "en\tboth sides\tzwei");
    assertThat(failure().problems()).containsExactly(
        "transliteration.tsv:2: 'W' must be folded: lower case, without diacritics",
        "institutions.tsv:2: actor 'nobody' is not defined in actors.tsv",
        "collectives.tsv:2: size 'zwei' is not a number");
  }

  @Test
  void aPackWithoutTheOptionalFilesLoadsAndStillRecognisesNames() throws IOException {
    for (String f : OPTIONAL) assertThat(dir.resolve(f)).doesNotExist();
    Pack pack = PackLoader.fromDirectory(dir);
    assertThat(pack.transliterations()).isEmpty();
    assertThat(pack.institutions()).isEmpty();
    assertThat(pack.institutionNouns()).isEmpty();
    assertThat(pack.collectives()).isEmpty();
    assertThat(pack.actors()).containsKeys("armenia", "ilham-aliyev");

    EntityRecognizer recognizer = new EntityRecognizer(pack);
    Segmenter segmenter = new Segmenter();
    String text = "Ilham Aliyev and Armenia talked. Both sides agreed. Ilham Alijev left.";
    Segmentation s = segmenter.segment(text, "en");
    List<Mention> mentions = recognizer.recognise(text, s.sentences(), s.tokens(), "en", null).mentions();
    // names still match; without collectives "both sides" stays unresolved, without rules "Alijev" is unknown
    assertThat(mentions).extracting(m -> m.surface() + "=" + m.entity())
        .containsExactly("Ilham Aliyev=ilham-aliyev", "Armenia=armenia");

    // the same text with the full pack: the optional files are what resolve the rest
    for (String f : OPTIONAL) copy(f);
    EntityRecognizer full = new EntityRecognizer(PackLoader.fromDirectory(dir));
    assertThat(full.recognise(text, s.sentences(), s.tokens(), "en", null).mentions())
        .extracting(m -> m.surface() + "=" + m.entity())
        .contains("Ilham Alijev=ilham-aliyev");
  }
}
