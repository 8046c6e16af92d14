package org.dossier.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.entities.Mention.Via;
import org.dossier.pack.Actor;
import org.dossier.pack.Alias;
import org.dossier.pack.Demonym;
import org.dossier.pack.EntityType;
import org.dossier.pack.Pack;
import org.dossier.pack.PackLoader;
import org.dossier.pack.Role;
import org.dossier.text.Segmentation;
import org.dossier.text.Segmenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityRecognizerTest {
  private static final Pack PACK = PackLoader.load("caucasus");
  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(PACK);
  private static final Segmenter SEGMENTER = new Segmenter();
  private static final String[] PACK_FILES = {"pack.yaml", "actors.tsv", "places.tsv", "aliases.tsv", "roles.tsv",
      "role_titles.tsv", "demonyms.tsv", "metonyms.tsv", "transliteration.tsv", "institutions.tsv",
      "institution_nouns.tsv", "collectives.tsv"};

  private static Entities recognise(EntityRecognizer recognizer, String lang, LocalDate reference, String text) {
    Segmentation s = SEGMENTER.segment(text, lang);
    Entities entities = recognizer.recognise(text, s.sentences(), s.tokens(), lang, reference);
    assertWellFormed(text, entities);
    return entities;
  }

  private static Entities recognise(String lang, LocalDate reference, String text) {
    return recognise(RECOGNIZER, lang, reference, text);
  }

  private static List<Mention> mentions(String lang, String text) {
    return recognise(lang, null, text).mentions();
  }

  /** "surface=entity" for each mention, in text order. */
  private static String found(String lang, LocalDate reference, String text) {
    return recognise(lang, reference, text).mentions().stream().map(m -> m.surface() + "=" + m.entity())
        .collect(Collectors.joining("; "));
  }

  private static String found(String lang, String text) {
    return found(lang, null, text);
  }

  /** "surface=entity/via" for each mention, in text order. */
  private static String foundVia(String lang, String text) {
    return mentions(lang, text).stream().map(m -> m.surface() + "=" + m.entity() + "/" + m.via().label())
        .collect(Collectors.joining("; "));
  }

  private static void assertWellFormed(String text, Entities entities) {
    for (Mention m : entities.mentions()) {
      assertThat(m.start()).as("start of %s", m).isBetween(0, text.length());
      assertThat(m.end()).as("end of %s", m).isBetween(m.start() + 1, text.length());
      assertThat(m.surface()).as("surface of %s", m).isEqualTo(text.substring(m.start(), m.end()));
      assertThat(m.entity()).isNotBlank();
      assertThat(m.type()).isNotNull();
    }
    for (Nationality n : entities.nationalities()) {
      assertThat(n.start()).isBetween(0, text.length());
      assertThat(n.end()).isBetween(n.start() + 1, text.length());
      assertThat(n.surface()).isEqualTo(text.substring(n.start(), n.end()));
    }
    for (int i = 1; i < entities.mentions().size(); i++) {
      assertThat(entities.mentions().get(i).start()).as("mentions in text order")
          .isGreaterThanOrEqualTo(entities.mentions().get(i - 1).start());
    }
  }

  /** Every spelling the pack lists for an entity: its canonical name and its aliases. */
  private static Set<String> listedNames(String id) {
    Set<String> out = new HashSet<>();
    String name = PACK.nameOf(id);
    if (name != null) out.add(name);
    for (Alias a : PACK.aliases()) {
      if (a.id().equals(id)) out.add(a.text());
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------------

  @Test
  void germanInflectionsAndEnglishPossessivesLinkToTheBaseName() {
    assertThat(found("de", "Aserbaidschans Präsident traf Vertreter Russlands und Armeniens in Berg-Karabachs Hauptstadt."))
        .isEqualTo("Aserbaidschans=azerbaijan; Russlands=russia; Armeniens=armenia; Berg-Karabachs=nagorno-karabakh");
    // the inflected forms are not listed themselves: the matcher derives them
    assertThat(listedNames("azerbaijan")).doesNotContain("Aserbaidschans");
    assertThat(listedNames("russia")).doesNotContain("Russlands");
    assertThat(listedNames("nagorno-karabakh")).doesNotContain("Berg-Karabachs");

    List<Mention> en = mentions("en", "Armenia's position hardened after the talks.");
    assertThat(en).hasSize(1);
    Mention armenia = en.get(0);
    assertThat(armenia.surface()).isEqualTo("Armenia");
    assertThat(armenia.entity()).isEqualTo("armenia");
    assertThat(armenia.type()).isEqualTo(EntityType.COUNTRY);
    assertThat(armenia.country()).isEqualTo("ARM");
    assertThat(armenia.start()).isZero();
    assertThat(armenia.end()).isEqualTo(7);
  }

  @Test
  void transliterationRulesUniteSpellingsThePackDoesNotList() {
    // Spellings the rules bring together but aliases.tsv does not list: the rules alone must find them.
    assertThat(listedNames("ilham-aliyev")).contains("Ilham Aliyev", "Ilham Alijew", "Ilham Aliev")
        .doesNotContain("Ilham Alijev", "Ilham Aliew");
    assertThat(listedNames("nikol-pashinyan")).contains("Nikol Paschinjan", "Nikol Pashinian")
        .doesNotContain("Nikol Paschinyan");
    assertThat(listedNames("sergey-lavrov")).contains("Sergej Lawrow", "Sergey Lavrov").doesNotContain("Sergey Lawrow");
    assertThat(listedNames("zohrab-mnatsakanyan")).contains("Zohrab Mnatsakanyan", "Zohrab Mnazakanjan")
        .doesNotContain("Zohrab Mnazakanian");
    assertThat(listedNames("shusha")).contains("Shusha", "Schuscha").doesNotContain("Shuscha");

    String expected = "Ilham Alijev=ilham-aliyev; Ilham Aliew=ilham-aliyev; Nikol Paschinyan=nikol-pashinyan; "
        + "Sergey Lawrow=sergey-lavrov; Zohrab Mnazakanian=zohrab-mnatsakanyan; Shuscha=shusha";
    assertThat(found("de", "Ilham Alijev und Ilham Aliew trafen Nikol Paschinyan, Sergey Lawrow und Zohrab Mnazakanian in Shuscha."))
        .isEqualTo(expected);
    assertThat(found("en", "Ilham Alijev and Ilham Aliew met Nikol Paschinyan, Sergey Lawrow and Zohrab Mnazakanian in Shuscha."))
        .isEqualTo(expected);

    Mention lavrov = mentions("en", "Sergey Lawrow said so.").get(0);
    assertThat(lavrov.name()).isEqualTo("Sergey Lavrov");
    assertThat(lavrov.type()).isEqualTo(EntityType.PERSON);
    assertThat(lavrov.country()).isEqualTo("RUS");
    assertThat(lavrov.via()).isEqualTo(Via.NAME);
  }

  @Test
  void nationalityAdjectivesAreNationalitiesNotMentions() {
    Entities de = recognise("de", null, "In Moskau gab es armenisch-aserbaidschanische Gespräche, die armenische Seite blieb hart.");
    assertThat(de.mentions()).noneMatch(m -> m.type() == EntityType.PERSON);
    assertThat(de.mentions()).extracting(Mention::entity).containsExactly("moscow");
    assertThat(de.nationalities()).extracting(n -> n.surface() + "=" + n.country() + "/" + n.code())
        .containsExactly("armenisch=armenia/ARM", "aserbaidschanische=azerbaijan/AZE", "armenische=armenia/ARM");

    Entities talks = recognise("de", null, "Die armenisch-aserbaidschanischen Gespräche begannen am Montag.");
    assertThat(talks.mentions()).isEmpty();
    assertThat(talks.nationalities()).extracting(Nationality::country).containsExactly("armenia", "azerbaijan");

    Entities en = recognise("en", null, "The Azerbaijani side rejected the claim.");
    assertThat(en.mentions()).isEmpty();
    assertThat(en.nationalities()).singleElement().satisfies(n -> {
      assertThat(n.surface()).isEqualTo("Azerbaijani");
      assertThat(n.country()).isEqualTo("azerbaijan");
      assertThat(n.code()).isEqualTo("AZE");
      assertThat(n.start()).isEqualTo(4);
    });
  }

  @Test
  void aSurnameIsThePersonNamedInFullElseTheOfficeHolderAtTheReferenceDate() {
    // the pack's terms that decide between the two Aliyevs
    assertThat(PACK.rolesOf("heydar-aliyev")).extracting(Role::role).contains("head_of_state");
    assertThat(PACK.rolesOf("heydar-aliyev")).filteredOn(r -> r.role().equals("head_of_state"))
        .allMatch(r -> r.overlaps(LocalDate.of(1998, 6, 1), LocalDate.of(1998, 6, 1)))
        .noneMatch(r -> r.overlaps(LocalDate.of(2015, 6, 1), LocalDate.of(2015, 6, 1)));
    assertThat(PACK.rolesOf("ilham-aliyev")).anyMatch(r -> r.role().equals("head_of_state")
        && r.overlaps(LocalDate.of(2015, 6, 1), LocalDate.of(2015, 6, 1)));
    assertThat(PACK.rolesOf("ilham-aliyev")).noneMatch(r -> r.overlaps(LocalDate.of(1998, 6, 1), LocalDate.of(1998, 6, 1)));

    // named in full first: the surname is that person, whatever the date says
    List<Mention> both = recognise("de", LocalDate.of(1998, 6, 1),
        "Ilham Alijew kam nach Baku. Alijew sagte, er sei zufrieden.").mentions();
    assertThat(both).filteredOn(m -> m.type() == EntityType.PERSON)
        .extracting(m -> m.surface() + "=" + m.entity() + "/" + m.via().label())
        .containsExactly("Ilham Alijew=ilham-aliyev/name", "Alijew=ilham-aliyev/surname");

    // a surname alone: the one in office at the reference date
    assertThat(found("en", LocalDate.of(1998, 6, 1), "Aliyev said the talks would continue.")).isEqualTo("Aliyev=heydar-aliyev");
    assertThat(found("en", LocalDate.of(2015, 6, 1), "Aliyev said the talks would continue.")).isEqualTo("Aliyev=ilham-aliyev");
    assertThat(found("de", LocalDate.of(1998, 6, 1), "Alijew sagte, die Gespräche gingen weiter.")).isEqualTo("Alijew=heydar-aliyev");
    assertThat(found("de", LocalDate.of(2015, 6, 1), "Alijew sagte, die Gespräche gingen weiter.")).isEqualTo("Alijew=ilham-aliyev");
    Mention viaSurname = recognise("en", LocalDate.of(2015, 6, 1), "Aliyev said the talks would continue.").mentions().get(0);
    assertThat(viaSurname.via()).isEqualTo(Via.SURNAME);
    assertThat(viaSurname.name()).isEqualTo("Ilham Aliyev");

    // two namesakes, no full name and no date: not guessed
    assertThat(found("en", null, "Aliyev said the talks would continue.")).isEmpty();
  }

  @Test
  void anOfficeTitleIntroducesAPersonThePackDoesNotKnow() {
    assertThat(PACK.demonyms()).extracting(Demonym::country, Demonym::lang, Demonym::adjective)
        .contains(tuple("italy", "de", "italienisch"),
            tuple("italy", "en", "Italian"));
    assertThat(PACK.actors().get("italy").country()).isEqualTo("ITA");
    assertThat(PACK.actors().values()).noneMatch(a -> a.name().contains("Rossetti"));
    assertThat(PACK.aliases()).noneMatch(a -> a.text().contains("Rossetti"));

    Mention de = unlisted("de", "Der italienische Außenminister Giancarlo Rossetti traf seinen Kollegen in Rom.");
    Mention en = unlisted("en", "Italy's foreign minister Giancarlo Rossetti said the talks were useful.");
    Mention enAdjective = unlisted("en", "Italian foreign minister Giancarlo Rossetti said the talks were useful.");
    assertThat(de.entity()).isEqualTo(en.entity()).isEqualTo(enAdjective.entity());
  }

  private static Mention unlisted(String lang, String text) {
    List<Mention> persons = mentions(lang, text).stream().filter(m -> m.type() == EntityType.PERSON).toList();
    assertThat(persons).as("persons in %s", text).hasSize(1);
    Mention m = persons.get(0);
    assertThat(m.surface()).isEqualTo("Giancarlo Rossetti");
    assertThat(m.name()).isEqualTo("Giancarlo Rossetti");
    assertThat(m.entity()).startsWith(Mention.UNLISTED);
    assertThat(m.unlisted()).isTrue();
    assertThat(m.via()).isEqualTo(Via.TITLE);
    assertThat(m.role()).isEqualTo("foreign_minister");
    assertThat(m.country()).isEqualTo("ITA");
    return m;
  }

  @Test
  void institutionNounsTakeTheirCountryFromTheirQualifier() {
    assertThat(found("de", "Das russische Außenministerium erklärte, das Außenministerium in Eriwan widersprach."))
        .contains("russische Außenministerium=ministry-of-foreign-affairs-russia")
        .contains("Außenministerium in Eriwan=ministry-of-foreign-affairs-armenia")
        .doesNotContain("azerbaijan");
    assertThat(foundVia("en", "Armenia's defence ministry said the attack was repelled."))
        .contains("Armenia's defence ministry=ministry-of-defence-armenia/institution");
    // phrasings no alias lists: only the institution nouns can resolve them
    assertThat(foundVia("de", "Das Verteidigungsministerium in Baku und das Außenministerium in Ankara äußerten sich."))
        .isEqualTo("Verteidigungsministerium=ministry-of-defence-azerbaijan/institution; Baku=baku/name; "
            + "Außenministerium=ministry-of-foreign-affairs-turkey/institution; Ankara=ankara/name");
    assertThat(foundVia("en", "Russia's foreign ministry said the defence ministry of Azerbaijan agreed."))
        .isEqualTo("Russia=russia/name; Russia's foreign ministry=ministry-of-foreign-affairs-russia/institution; "
            + "defence ministry=ministry-of-defence-azerbaijan/institution; Azerbaijan=azerbaijan/name");
  }

  @Test
  void theAuthoritiesOrTheGovernmentAtASeatOfPowerAreThatGovernment() {
    assertThat(foundVia("en", "Officials in Stepanakert said the town was shelled."))
        .startsWith("Officials=republic-of-artsakh/institution");
    assertThat(foundVia("de", "Die Führung in Stepanakert stimmte zu, die Regierung in Stepanakert schwieg."))
        .contains("Führung=republic-of-artsakh/institution").contains("Regierung=republic-of-artsakh/institution");
    // only with a seat: an adjective or the context gives no such noun a country
    assertThat(found("de", "Die armenischen Behörden schwiegen.")).isEmpty();
    assertThat(found("en", "Armenia protested. Officials said nothing.")).isEqualTo("Armenia=armenia");
  }

  @Test
  void aPhraseCanNameOneEntityAndActForAnother() {
    // "ethnic Armenians" are Armenians, who in this conflict stand for the Karabakh side
    assertThat(mentions("en", "Tens of thousands of ethnic Armenians fled."))
        .singleElement().satisfies(m -> {
          assertThat(m.entity()).isEqualTo("armenians");
          assertThat(m.actsFor()).isEqualTo("republic-of-artsakh");
        });
    assertThat(mentions("de", "Die ethnischen Armenier flohen."))
        .singleElement().satisfies(m -> assertThat(m.actsFor()).isEqualTo("republic-of-artsakh"));
    // the people named as such stand for no one
    assertThat(mentions("en", "Armenians fled.")).singleElement().satisfies(m -> assertThat(m.actsFor()).isNull());
  }

  @Test
  void aNounThatCannotStandBareNeedsAQualifierOrAnEarlierInstitution() {
    assertThat(PACK.institutionNouns()).anyMatch(n -> n.noun().equals("Truppen") && n.lang().equals("de") && !n.bare());
    assertThat(mentions("de", "Die Truppen zogen sich zurück.")).isEmpty();
    // a country in the sentence before is not enough for a noun that may not stand bare
    assertThat(found("de", "Armenien meldete Beschuss. Die Truppen zogen sich zurück.")).isEqualTo("Armenien=armenia");
    // armed forces named before: the noun refers back to them
    assertThat(foundVia("de", "Die armenischen Streitkräfte meldeten Beschuss. Die Truppen zogen sich zurück."))
        .isEqualTo("armenischen Streitkräfte=armenian-armed-forces/name; Truppen=armenian-armed-forces/institution");
  }

  @Test
  void groupNounsStandForTheTwoCountriesTheTextNamesMost() {
    List<Mention> de = mentions("de",
        "Armenien und Aserbaidschan streiten. Armenien fordert, Aserbaidschan lehnt ab. Armenien warnt. Beide Seiten verhandeln.");
    assertThat(de).filteredOn(m -> m.via() == Via.COLLECTIVE)
        .extracting(m -> m.surface() + "=" + m.entity())
        .containsExactlyInAnyOrder("Beide Seiten=armenia", "Beide Seiten=azerbaijan");
    List<Mention> en = mentions("en", "Armenia and Azerbaijan met. Armenia and Azerbaijan agreed. Both sides signed.");
    assertThat(en).filteredOn(m -> m.via() == Via.COLLECTIVE)
        .extracting(Mention::entity).containsExactlyInAnyOrder("armenia", "azerbaijan");
    assertThat(en).filteredOn(m -> m.via() == Via.COLLECTIVE).allSatisfy(m -> {
      assertThat(m.surface()).isEqualTo("Both sides");
      assertThat(m.type()).isEqualTo(EntityType.COUNTRY);
    });

    // only one country named: "both sides" stays unresolved
    assertThat(mentions("de", "Armenien fordert Frieden. Armenien warnt. Beide Seiten verhandeln."))
        .noneMatch(m -> m.via() == Via.COLLECTIVE);
    assertThat(mentions("en", "Armenia wants peace. Armenia warns. Both sides must talk."))
        .noneMatch(m -> m.via() == Via.COLLECTIVE);

    // the one country the sentence names before the group noun addresses the parties, however often it was named
    List<Mention> addressed = mentions("de", "Russland lädt ein. Armenien und Aserbaidschan kommen nach Russland. "
        + "Aserbaidschan verhandelt. Russland hat die Konfliktparteien aufgefordert.");
    assertThat(addressed).filteredOn(m -> m.via() == Via.COLLECTIVE).extracting(Mention::entity)
        .containsExactlyInAnyOrder("armenia", "azerbaijan");
    // a speaker may be one of the sides it speaks of
    assertThat(mentions("en", "Russia hosted talks. Armenia and Azerbaijan met. Armenia and Azerbaijan spoke. "
        + "Armenia said both sides had agreed.")).filteredOn(m -> m.via() == Via.COLLECTIVE).extracting(Mention::entity)
        .containsExactlyInAnyOrder("armenia", "azerbaijan");
    // two countries before it in the sentence may be the parties themselves
    assertThat(mentions("en", "Russia hosted talks. Armenia and Azerbaijan fought. Armenia and Azerbaijan met, and both "
        + "sides signed.")).filteredOn(m -> m.via() == Via.COLLECTIVE).extracting(Mention::entity)
        .containsExactlyInAnyOrder("armenia", "azerbaijan");
  }

  @Test
  void theEnglishPronounUsIsNotTheUnitedStates() {
    String text = "Let us see what the US says. Us? He told us nothing.";
    List<Mention> found = mentions("en", text);
    assertThat(found).singleElement().satisfies(m -> {
      assertThat(m.entity()).isEqualTo("united-states");
      assertThat(m.surface()).isEqualTo("US");
      assertThat(m.start()).isEqualTo(text.indexOf("US"));
    });
    assertThat(mentions("en", "Give us a chance, said the minister.")).isEmpty();
  }

  @Test
  void aPersonAddedToTheDataIsRecognisedWithoutCodeChanges(@TempDir Path dir) throws IOException {
    copyCaucasus(dir);
    append(dir.resolve("actors.tsv"), "gevorg-tsaturyan\tPERSON\tGevorg Tsaturyan\tARM");
    append(dir.resolve("aliases.tsv"), "gevorg-tsaturyan\t*\tGevorg Tsaturyan", "gevorg-tsaturyan\tde\tGeorg Zaturjan");
    EntityRecognizer extended = new EntityRecognizer(PackLoader.fromDirectory(dir));

    String de = "Gevorg Tsaturyan sprach in Eriwan. Später sagte Georg Zaturjan, die Lage sei ernst.";
    List<Mention> persons = recognise(extended, "de", null, de).mentions().stream()
        .filter(m -> m.type() == EntityType.PERSON).toList();
    assertThat(persons).extracting(m -> m.surface() + "=" + m.entity() + "/" + m.via().label())
        .containsExactly("Gevorg Tsaturyan=gevorg-tsaturyan/name", "Georg Zaturjan=gevorg-tsaturyan/name");
    assertThat(persons).allSatisfy(m -> {
      assertThat(m.name()).isEqualTo("Gevorg Tsaturyan");
      assertThat(m.country()).isEqualTo("ARM");
    });
    // by the German alias alone, and in English by the canonical name
    assertThat(recognise(extended, "de", null, "Georg Zaturjan warnte vor einer Eskalation.").mentions())
        .extracting(Mention::surface, Mention::entity)
        .containsExactly(tuple("Georg Zaturjan", "gevorg-tsaturyan"));
    assertThat(recognise(extended, "en", null, "Gevorg Tsaturyan warned of an escalation.").mentions())
        .extracting(Mention::entity).containsExactly("gevorg-tsaturyan");

    // the built-in pack does not know him
    assertThat(mentions("de", "Georg Zaturjan warnte vor einer Eskalation.")).isEmpty();
  }

  private static void copyCaucasus(Path dir) throws IOException {
    for (String f : PACK_FILES) {
      try (InputStream in = EntityRecognizerTest.class.getClassLoader().getResourceAsStream("packs/caucasus/" + f)) {
        assertThat(in).as("packs/caucasus/%s on the classpath", f).isNotNull();
        Files.copy(in, dir.resolve(f));
      }
    }
  }

  private static void append(Path file, String... rows) throws IOException {
    String content = Files.readString(file);
    String prefix = content.endsWith("\n") ? "" : "\n";
    Files.writeString(file, prefix + String.join("\n", rows) + "\n", StandardOpenOption.APPEND);
  }

  // ------------------------------------------------------------------------------------------------
  // Cost on adversarial input

  private static final List<String> PACK_WORDS = packWords();
  /** Titles, group nouns, institution nouns and names that send the matcher down its context rules. */
  private static final String[] TRIGGERS = {"Außenminister", "Präsident", "foreign minister", "President", "Aliyev",
      "Alijew", "Armenien", "Armenia's", "beide Seiten", "both sides", "das Außenministerium", "die Truppen",
      "the defence ministry", "armenische", "Azerbaijani", "Berg-Karabachs", "US", "us"};

  private static List<String> packWords() {
    List<String> out = new ArrayList<>();
    for (Actor a : PACK.actors().values()) {
      if (a.type() == EntityType.PERSON) out.addAll(List.of(a.name().split(" ")));
    }
    return out;
  }

  /**
   * Random capitalised words, pack first names and surnames and now and then a word that triggers the
   * context rules; a sentence ends after about every twelfth word.
   */
  private static String words(long seed, int count) {
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) out.append(random.nextInt(12) == 0 ? ". " : " ");
      int pick = random.nextInt(100);
      if (pick < 45) {
        out.append(PACK_WORDS.get(random.nextInt(PACK_WORDS.size())));
      } else if (pick < 50) {
        out.append(TRIGGERS[random.nextInt(TRIGGERS.length)]);
      } else {
        int length = 2 + random.nextInt(10);
        out.append((char) ('A' + random.nextInt(26)));
        for (int k = 1; k < length; k++) out.append((char) ('a' + random.nextInt(26)));
      }
    }
    return out.append('.').toString();
  }

  private static String letters(long seed, int count) {
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      int r = random.nextInt(40);
      out.append(r < 26 ? (char) ('a' + r) : r < 36 ? (char) ('A' + r - 26) : "äöüß".charAt(r - 36));
    }
    return out.toString();
  }

  /** The best of three runs of the recogniser alone, in nanoseconds (segmentation is done once, outside). */
  private static long bestOfThree(String text, String lang) {
    Segmentation s = SEGMENTER.segment(text, lang);
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      long t0 = System.nanoTime();
      Entities e = RECOGNIZER.recognise(text, s.sentences(), s.tokens(), lang, LocalDate.of(2020, 10, 1));
      best = Math.min(best, System.nanoTime() - t0);
      if (run == 0) assertWellFormed(text, e);
    }
    return best;
  }

  /** The larger input (10x) may take at most ~30x the time of the smaller one (with a floor for timer noise). */
  private static void assertScalesLinearly(String label, String small, String large, String lang) {
    bestOfThree(small, lang); // warm-up
    long smallTime = bestOfThree(small, lang);
    long largeTime = bestOfThree(large, lang);
    long floor = 5_000_000L; // 5 ms
    assertThat(largeTime).as("%s: %d ms for %d chars vs %d ms for %d chars", label, largeTime / 1_000_000,
        large.length(), smallTime / 1_000_000, small.length()).isLessThan(30 * Math.max(smallTime, floor));
  }

  @Test
  void costGrowsLinearlyWithTheText() {
    for (String lang : List.of("de", "en")) {
      assertScalesLinearly(lang + " words", words(7, 2_000), words(8, 20_000), lang);
      assertScalesLinearly(lang + " capitals", words(9, 2_000).toUpperCase(Locale.ROOT),
          words(10, 20_000).toUpperCase(Locale.ROOT), lang);
      assertScalesLinearly(lang + " letters", letters(11, 20_000), letters(12, 200_000), lang);
    }
  }

  @Test
  void nothingThrowsOnDegenerateInput() {
    List<String> texts = List.of("", " ", ".", "'s", "’s’s", "-", "--Armenia--", "Armenia's'", "Armenien-",
        "-Aserbaidschan", "U.S.", "U.S", "...US...", "Außenminister", "foreign minister", "Außenminister Giancarlo",
        "beide Seiten", "Both sides.", "das Außenministerium in", "the defence ministry of",
        "A".repeat(10_000), "Aliyev ".repeat(500), "\u0301Armenia\u0301", "Arme\u0301nia", "\uD83D\uDE00Armenia\uD83D\uDE00");
    for (String text : texts) {
      for (String lang : List.of("de", "en", "fr")) {
        assertThatCode(() -> recognise(lang, LocalDate.of(2020, 1, 1), text)).as("%s: %s", lang, text)
            .doesNotThrowAnyException();
        assertThatCode(() -> RECOGNIZER.recognise(text, List.of(), List.of(), lang, null)).as("no sentences: %s", text)
            .doesNotThrowAnyException();
      }
    }
  }

  /**
   * One long sentence (a list or table without punctuation) in which office titles are followed by
   * unknown capitalised words: each word is part-of-speech tagged in a window of its own, so each title costs the same
   * however long the sentence.
   */
  @Test
  void titlesInOneLongSentenceCostLinearTime() {
    String small = "Außenminister Bertolli sagte und ".repeat(200) + "fertig.";
    String large = "Außenminister Bertolli sagte und ".repeat(2_000) + "fertig.";
    assertScalesLinearly("titles in one sentence", small, large, "de");
  }

  @Test
  void aDashSetOffByBlanksEndsAName() {
    // the dateline's place and the sentence's subject are two mentions, not one "MOSCOW - Troops"
    assertThat(found("en", "MOSCOW - Troops shelled border villages on Monday.")).doesNotContain("MOSCOW - ");
    assertThat(found("de", "Die Kämpfe in Berg-Karabach gehen weiter.")).contains("Berg-Karabach=nagorno-karabakh");
  }

  private static List<String> lookedUp(String phrase) {
    return RECOGNIZER.lookUp(phrase).stream().map(Naming::entity).toList();
  }

  @Test
  void aNameOnItsOwnIsLookedUpInEveryLanguageAndLetterCase() {
    assertThat(lookedUp("Eriwan")).containsExactly("yerevan");
    assertThat(lookedUp("eriwan")).containsExactly("yerevan");
    assertThat(lookedUp("Berg-Karabach")).containsExactly("nagorno-karabakh");
    assertThat(lookedUp("Bergkarabach")).containsExactly("nagorno-karabakh");
    assertThat(lookedUp("Nagorno Karabakh")).containsExactly("nagorno-karabakh");
    assertThat(lookedUp("Russlands")).as("German genitive").containsExactly("russia");
    assertThat(RECOGNIZER.lookUp("Eriwan").get(0).spellings()).startsWith("Yerevan").contains("Eriwan");
    assertThat(lookedUp("Verhandlungen")).isEmpty();
    assertThat(lookedUp("Berg")).isEmpty();
    assertThat(lookedUp("")).isEmpty();
  }

  @Test
  void aSurnameOnItsOwnNamesEveryPersonOfThatSurnameWithTheirSurnames() {
    assertThat(lookedUp("Alijew")).containsExactlyInAnyOrder("ilham-aliyev", "heydar-aliyev");
    assertThat(lookedUp("Əliyev")).containsExactlyInAnyOrder("ilham-aliyev", "heydar-aliyev");
    Naming lavrov = RECOGNIZER.lookUp("Lawrow").get(0);
    assertThat(lavrov.entity()).isEqualTo("sergey-lavrov");
    assertThat(lavrov.bySurname()).isTrue();
    assertThat(lavrov.spellings()).contains("Lavrov", "Lawrow").doesNotContain("Sergey Lavrov");
    assertThat(RECOGNIZER.lookUp("Sergej Lawrow").get(0).bySurname()).isFalse();
    assertThat(lookedUp("Lawrowen")).as("a person's name takes no plural ending").isEmpty();
  }

  @Test
  void anAcronymIsLookedUpOnlyInCapitals() {
    assertThat(lookedUp("US")).containsExactly("united-states");
    assertThat(lookedUp("us")).isEmpty();
  }

  @Test
  void aLongPersonNameMisspeltByOneLetterIsStillThePerson() {
    assertThat(found("de", LocalDate.of(2024, 5, 25), "Am Abend sagte Panschinjan, das Ziel sei ein Frieden."))
        .isEqualTo("Panschinjan=nikol-pashinyan");
    assertThat(found("en", LocalDate.of(2024, 5, 25), "Later, Pashinjyan spoke to reporters."))
        .isEqualTo("Pashinjyan=nikol-pashinyan");
    // a short name, a lower-case word, or two letters off are no guesses
    assertThat(found("de", LocalDate.of(2024, 5, 25), "Die Panschinjans kamen, und Pamschinjam blieb.")).isEmpty();
  }
}
