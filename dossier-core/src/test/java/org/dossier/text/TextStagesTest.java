package org.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class TextStagesTest {
  private static final String EN = "The foreign ministers of Armenia and Azerbaijan started peace talks in Berlin on Wednesday. "
      + "Germany is hosting the meeting to resolve a conflict that has lasted for decades.";
  private static final String DE = "Im Konflikt um die Südkaukasus-Region Berg-Karabach haben die verfeindeten Nachbarstaaten "
      + "Armenien und Aserbaidschan in Moskau direkte Gespräche aufgenommen. Das russische Außenministerium veröffentlichte "
      + "am Freitag ein Foto.";

  @Test
  void identifiesLanguagesAndUndeterminedText() {
    LanguageIdentifier any = new LanguageIdentifier(Set.of());
    assertThat(any.identify(EN)).isEqualTo("en");
    assertThat(any.identify(DE)).isEqualTo("de");
    assertThat(any.identify("12.03.2020 14:00 | 3:1 | 17,5 % | 2.000")).isEqualTo("und");
    assertThat(any.identify("Hallo")).isEqualTo("und");
    assertThat(any.identify("Le ministre des Affaires étrangères a rencontré son homologue à Moscou vendredi pour discuter."))
        .isEqualTo("fr");
    assertThat(new LanguageIdentifier(Set.of("en", "de")).identify(DE)).isEqualTo("de");
  }

  @Test
  void splitsSentencesAndTokensWithOffsetsIntoTheText() {
    String text = EN + "\n\n" + DE;
    Segmentation s = new Segmenter().segment(text, "en");
    assertThat(s.sentences()).hasSize(4);
    assertThat(s.sentences().get(0).of(text)).endsWith("on Wednesday.");
    // A paragraph break always ends a sentence.
    assertThat(s.sentences().get(2).start()).isEqualTo(EN.length() + 2);
    for (Span t : s.tokens()) {
      assertThat(t.of(text)).doesNotContain(" ");
    }
    assertThat(s.tokens().stream().map(t -> t.of(text)).toList()).contains("Berlin", "Wednesday", ".");
    Segmentation de = new Segmenter().segment(DE, "de");
    assertThat(de.sentences()).hasSize(2);
    assertThat(de.tokens().stream().map(t -> t.of(DE)).toList()).contains("Karabach", "Gespräche", ".");
  }

  @Test
  void aChunkSplitByTheModelIsSplitTheSameWayWhereverItStandsAndHoweverOften() {
    String text = "Azerbaijan's army shelled Nagorno-Karabakh's capital. The U.S. envoy met Azerbaijan's minister.\n\n"
        + "Later, Azerbaijan's ministry denied it; Nagorno-Karabakh's leader (Arayik Harutyunyan) spoke.";
    Segmenter segmenter = new Segmenter();
    Segmentation first = segmenter.segment(text, "en");
    Segmentation again = segmenter.segment(text, "en");
    Segmentation fresh = new Segmenter().segment("x " + text, "en");
    assertThat(again.tokens()).isEqualTo(first.tokens());
    assertThat(fresh.tokens().stream().skip(1).map(t -> t.of("x " + text)).toList())
        .isEqualTo(first.tokens().stream().map(t -> t.of(text)).toList());
    List<String> words = first.tokens().stream().map(t -> t.of(text)).toList();
    // as the English model splits them (it keeps the possessive on the name)
    assertThat(words.stream().filter(w -> w.equals("Azerbaijan's")).count()).isEqualTo(3);
    assertThat(words).contains("Nagorno-Karabakh's", "U.S.", "(", "Arayik", ")", ";");
  }

  @Test
  void aTimeStampRunIntoTheFirstWordIsATokenOfItsOwn() {
    String text = "13/03/2025 - 20:22Nach jahrzehntelangem Krieg. Es kam mit 3 Panzern und F16Kampfjets.";
    List<String> words = new Segmenter().segment(text, "de").tokens().stream().map(t -> t.of(text)).toList();
    assertThat(words).containsSubsequence("20:22", "Nach", "jahrzehntelangem").contains("13/03/2025", "F16Kampfjets");
  }

  @Test
  void foldsSpellingVariantsTogether() {
    assertThat(Fold.fold("Çavuşoğlu")).isEqualTo(Fold.fold("Cavusoglu"));
    assertThat(Fold.fold("Əliyev")).isEqualTo("eliyev");
    assertThat(Fold.fold("Außenminister")).isEqualTo("aussenminister");
  }
}
