package org.dossier.dating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Span;
import org.dossier.pack.PackLoader;
import org.junit.jupiter.api.Test;

class TenureEvidenceTest {
  private static final TenureEvidence EVIDENCE = new TenureEvidence(PackLoader.load("caucasus"));

  /** The window of a text read as one sentence. */
  private static TenureWindow window(String text, String language) {
    return EVIDENCE.window(text, List.of(new Span(0, text.length())), language);
  }

  @Test
  void aTitleWithItsCountryNamesAPersonInOffice() {
    TenureWindow w = window("Turkish Foreign Minister Mevlüt Çavuşoğlu met his counterpart.", "en");
    assertThat(w).isNotNull();
    assertThat(w.intervals()).extracting(TenureWindow.Interval::from)
        .containsExactly(LocalDate.of(2014, 8, 29), LocalDate.of(2015, 11, 24));
    // German, folded: "Außenminister", "Cavusoglu" without its marks, and a possessive
    assertThat(window("Der türkische Außenminister Cavusoglu sagte, Cavusoglus Besuch sei wichtig.", "de")).isNotNull();
  }

  @Test
  void aFormerOfficeATitleInsideAWordOrATitleWithoutItsCountryNamesNoOne() {
    assertThat(window("Former Turkish foreign minister Mevlüt Çavuşoğlu spoke.", "en")).isNull();
    assertThat(window("Der ehemalige türkische Außenminister Çavuşoğlu sprach.", "de")).isNull();
    assertThat(window("Turkish Xforeign minister Mevlüt Çavuşoğlu spoke.", "en")).isNull();
    assertThat(window("Foreign minister Mevlüt Çavuşoğlu spoke.", "en")).isNull();
    // one former mention does not hide a later plain one
    assertThat(window("The former foreign minister and Turkish foreign minister Mevlüt Çavuşoğlu spoke.", "en"))
        .isNotNull();
  }
}
