package org.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Hash64Test {
  @Test
  void aStretchLowerCasedHashesAsItsLowerCaseString() {
    String alphabet = "aAzZäÄßİıIiΣσςéÉ\uD801\uDC00\uD801\uDC28-' 1";
    Random random = new Random(3);
    for (int t = 0; t < 20_000; t++) {
      StringBuilder b = new StringBuilder("x ");
      int n = random.nextInt(6);
      for (int i = 0; i < n; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      String text = b.append(" y").toString();
      int end = text.length() - 2;
      assertThat(Hash64.ofLowerCase(text, 2, end)).as(text)
          .isEqualTo(Hash64.of(text.substring(2, end).toLowerCase(Locale.ROOT)));
    }
  }

  @Test
  void hashesAreFixed() {
    // fixed across runs, machines and versions: sketches and feature vectors are stored
    assertThat(Hash64.of("armenia")).isEqualTo(-9104235400148695158L);
    assertThat(Hash64.of("armenia")).isNotEqualTo(Hash64.of("armenib"));
    assertThat(Hash64.of("w:", "krieg")).isEqualTo(Hash64.of("w:krieg"));
  }
}
