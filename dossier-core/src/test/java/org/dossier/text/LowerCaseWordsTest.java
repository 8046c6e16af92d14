package org.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LowerCaseWordsTest {
  @Test
  void aStretchOfTextIsLookedUpAsItsLowerCase() {
    LowerCaseWords words = LowerCaseWords.of(Map.of("der", 1, "und", 3, "über", 2, "i̇stanbul", 5, "σας", 7));
    String text = "Der Krieg UND über Über İstanbul ΣΑΣ";
    assertThat(words.valueOf(text, 0, 3)).isEqualTo(1);
    assertThat(words.valueOf(text, 4, 9)).isZero();
    assertThat(words.valueOf(text, 10, 13)).isEqualTo(3);
    assertThat(words.valueOf(text, 14, 18)).isEqualTo(2);
    assertThat(words.valueOf(text, 19, 23)).isEqualTo(2);
    // "İ" lower-cases to two characters, a final "Σ" to "ς": as toLowerCase(Locale.ROOT) has them
    assertThat(words.valueOf(text, 24, 32)).isEqualTo(5);
    assertThat(words.valueOf(text, 33, 36)).isEqualTo("ΣΑΣ".toLowerCase(Locale.ROOT).equals("σας") ? 7 : 0);
    assertThat(words.contains("de", 0, 2)).isFalse();
    assertThat(words.contains("", 0, 0)).isFalse();
  }

  @Test
  void itAgreesWithLowerCasingTheString() {
    String alphabet = "aAbBäÄßİıIiΣσςéÉ\uD801\uDC00\uD801\uDC28-'";
    Random random = new Random(5);
    Set<String> sample = new java.util.HashSet<>();
    String[] texts = new String[5000];
    for (int t = 0; t < texts.length; t++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + random.nextInt(4);
      for (int i = 0; i < n; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      texts[t] = b.toString();
      if (t % 3 == 0) sample.add(texts[t].toLowerCase(Locale.ROOT));
    }
    LowerCaseWords words = LowerCaseWords.of(sample);
    for (String text : texts) {
      assertThat(words.contains(text, 0, text.length())).as(text)
          .isEqualTo(sample.contains(text.toLowerCase(Locale.ROOT)));
    }
  }

  @Test
  void wordsMustBeLowerCaseWithAValue() {
    assertThatThrownBy(() -> LowerCaseWords.of(Map.of("Der", 1))).hasMessageContaining("lower case");
    assertThatThrownBy(() -> LowerCaseWords.of(Map.of("der", 0))).hasMessageContaining("missing");
  }
}
