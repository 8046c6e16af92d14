package org.dossier.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Span;
import org.dossier.pack.Pack;
import org.dossier.pack.PackLoader;
import org.dossier.text.Morphology;
import org.junit.jupiter.api.Test;

/** The check that lets the event stage leave sentences without a possible trigger untagged. */
class TriggerWordsTest {
  private static final Pack PACK = PackLoader.load("caucasus");
  private static final Lexicon EN = new Lexicon(PACK.events(), "en");
  private static final Lexicon DE = new Lexicon(PACK.events(), "de");

  static Sentence read(String text, Lexicon lexicon, String language) {
    return read(text, lexicon, language, new TriggerWords(lexicon));
  }

  /** A sentence of blank-separated tokens, as the event stage reads it; every one tagged when {@code check} is null. */
  static Sentence read(String text, Lexicon lexicon, String language, TriggerWords check) {
    List<Span> tokens = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == ' ') {
        if (i > start) tokens.add(new Span(start, i));
        start = i + 1;
      }
    }
    return new Sentence(text, new Span(0, text.length()), 0, tokens, new Morphology(language), lexicon, check, List.of());
  }

  @Test
  void aSentenceWithATriggerIsTagged() {
    Sentence s = read("The foreign ministers of Armenia and Azerbaijan started peace talks in Berlin .", EN, "en");
    assertThat(s.tagged).isTrue();
    assertThat(s.tags).contains("VERB", "NOUN");
  }

  @Test
  void germanStrongFormsTheLemmatiserMissesCountThroughThePacksTable() {
    Morphology de = new Morphology("de");
    TriggerWords words = new TriggerWords(DE);
    // "drangen ... vor": the past stem alone, whose particle stands at the end of the clause
    assertThat(words.may("drangen", de)).isTrue();
    assertThat(DE.verbForms("vorgedrungen")).containsExactly("vordringen");
    assertThat(DE.verbForms("eingedrungene")).containsExactly("eindringen");
    assertThat(DE.verbForms("vordrangen")).containsExactly("vordringen");
    assertThat(DE.verbForms("gedrungen")).as("no verb of the lexicon is 'dringen' alone").isEmpty();
    assertThat(words.may("gesungen", de)).isFalse();
  }

  @Test
  void aSentenceWithoutOneIsNotTagged() {
    Sentence s = read("Armenia is a small country in the South Caucasus .", EN, "en");
    assertThat(s.tagged).isFalse();
    assertThat(s.tags).containsOnly("X");
    assertThat(s.lemmas).containsExactly(s.lower);
  }

  @Test
  void inflectedFormsCountThroughTheirLemmas() {
    Morphology en = new Morphology("en");
    TriggerWords words = new TriggerWords(EN);
    assertThat(words.may("negotiations", en)).isTrue();
    assertThat(words.may("shelled", en)).isTrue();
    assertThat(words.may("fought", en)).isTrue();
    assertThat(words.may("and", en)).isFalse();
  }

  @Test
  void germanCompoundHeadsAndSeparatedVerbsCount() {
    Morphology de = new Morphology("de");
    TriggerWords words = new TriggerWords(DE);
    assertThat(words.may("Raketenangriffe", de)).isTrue();
    assertThat(words.may("verhandelten", de)).isTrue();
    // "griff ... an": "greifen" is what "angreifen" leaves after its particle
    assertThat(words.may("griff", de)).isTrue();
    assertThat(words.may("und", de)).isFalse();
    // a plural the lemmatiser leaves alone is read as its noun without the ending ("angriffe" is an "angriff")
    assertThat(DE.mayStart("angriffe")).isTrue();
    assertThat(DE.mayStart("gespräche")).isTrue();
    assertThat(read("Aserbaidschan griff die Stellungen in der Nacht an .", DE, "de").tagged).isTrue();
    assertThat(read("Armenien ist ein kleines Land im Südkaukasus .", DE, "de").tagged).isFalse();
  }
}
