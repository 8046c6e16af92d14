package org.dossier.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.model.Span;
import org.dossier.pack.Pack;
import org.dossier.pack.PackLoader;
import org.dossier.text.Morphology;
import org.junit.jupiter.api.Test;

/** Cue lookups through the first-word index find what a scan of the whole table finds, for every cue kind. */
class CueIndexTest {
  private static final Pack PACK = PackLoader.load("caucasus");

  private static final List<String> EN = List.of(
      "Armenia and Azerbaijan agreed on Monday to resume talks as soon as possible , the ministry said .",
      "During talks in Vienna on May 15 , the sides did not rule out a new ceasefire , according to Reuters .",
      "The talks , brokered by the leaders of Russia and France , were held on the sidelines of the summit .",
      "They have long fought over the region and have for decades been locked in a conflict since the 1990s .",
      "Azerbaijan is expected to return the prisoners in the shortest possible time if Armenia agrees .",
      "At least 20 soldiers were killed and dozens wounded in the shelling , officials told AFP on Tuesday .",
      "The goal is to sign a peace treaty next year , which would be the first between the two countries .");

  private static final List<String> DE = List.of(
      "Ziel der Gespräche sei ein Friedensvertrag , sagte der Minister am Sonntag in Moskau .",
      "Die Ziele der Angriffe waren nach Angaben des Ministeriums zivile Einrichtungen in Stepanakert .",
      "Aserbaidschan griff die Stellungen in der Nacht an , bei den Gefechten wurden mindestens 20 Soldaten getötet .",
      "Unter Vermittlung Russlands wollen beide Seiten die Verhandlungen künftig fortsetzen , hieß es .",
      "Das Ziel ist eine Waffenruhe , die bereits am Sonntag , dem 27. September , gebrochen worden war .",
      "Armenien würde die Gebiete räumen , wenn Aserbaidschan die Gefangenen freilassen sollte .");



  /** The end of the first cue of the kind, in table order, that stands at token i, or -1: the whole table scanned. */
  private static int scanEnd(Sentence s, Lexicon lexicon, String kind, int i) {
    for (String[] c : lexicon.cues(kind)) {
      int len = s.matches(c, i);
      if (len > 0) return i + len;
    }
    return -1;
  }

  /** The tokens inside a fixed phrase, the whole table scanned. */
  private static boolean[] scanFixed(Sentence s, Lexicon lexicon) {
    boolean[] fixed = new boolean[s.size()];
    for (String[] c : lexicon.cues("fixed")) {
      for (int i = 0; i < s.size(); i++) {
        int len = s.matches(c, i);
        for (int k = i; k < i + len; k++) fixed[k] = true;
      }
    }
    return fixed;
  }

  private static int scanFind(Sentence s, Lexicon lexicon, String kind, int from, int to) {
    if (lexicon.cues(kind).isEmpty()) return -1;
    boolean[] fixed = scanFixed(s, lexicon);
    for (int i = Math.max(0, from); i < Math.min(to, s.size()); i++) {
      if (!fixed[i] && scanEnd(s, lexicon, kind, i) >= 0) return i;
    }
    return -1;
  }

  private static void check(List<String> sentences, String language) {
    Lexicon lexicon = new Lexicon(PACK.events(), language);
    Set<String> kinds = new TreeSet<>();
    PACK.events().cues().forEach(c -> kinds.add(c.kind()));
    int hits = 0;
    for (String text : sentences) {
      Sentence s = TriggerWordsTest.read(text, lexicon, language, null);
      for (String kind : kinds) {
        for (int i = 0; i <= s.size(); i++) {
          int end = scanEnd(s, lexicon, kind, i);
          assertThat(s.cueEnd(lexicon, kind, i)).as("%s at %d in %s", kind, i, text).isEqualTo(end);
          if (end >= 0) hits++;
          for (int to = i; to <= s.size(); to++) {
            assertThat(s.find(lexicon, kind, i, to)).as("%s in [%d, %d) of %s", kind, i, to, text)
                .isEqualTo(scanFind(s, lexicon, kind, i, to));
          }
        }
      }
    }
    assertThat(hits).isGreaterThan(sentences.size());
  }

  @Test
  void englishCuesAreFoundAsByAScan() {
    check(EN, "en");
  }

  @Test
  void germanCuesAreFoundAsByAScan() {
    check(DE, "de");
  }

  @Test
  void aSurfaceOnlyCueIsFiledUnderItsWord() {
    Lexicon de = new Lexicon(PACK.events(), "de");
    Sentence aim = TriggerWordsTest.read("Ziel der Gespräche sei ein Friedensvertrag .", de, "de", null);
    Sentence targets = TriggerWordsTest.read("Die Ziele der Angriffe waren zivile Einrichtungen .", de, "de", null);
    assertThat(aim.cueEnd(de, "planned", 0)).isEqualTo(1);
    assertThat(targets.find(de, "planned", 0, targets.size())).isEqualTo(scanFind(targets, de, "planned", 0, targets.size()));
    assertThat(targets.cueEnd(de, "planned", 1)).isEqualTo(-1);
  }
}
