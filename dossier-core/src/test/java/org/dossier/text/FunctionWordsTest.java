package org.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionWordsTest {
  private static final String EN = "The ministers met in Moscow on Friday and agreed that the talks would go on next week. "
      + "It was the first meeting of the two sides since the fighting began, and officials said that the results were "
      + "better than expected, although the main questions have not been settled yet.";
  private static final String DE = "Die Außenminister trafen sich am Freitag in Moskau und einigten sich darauf, dass die "
      + "Gespräche in der nächsten Woche weitergehen sollen. Es war das erste Treffen der beiden Seiten seit Beginn der "
      + "Kämpfe, und die Regierung sagte, das Ergebnis sei besser als erwartet, auch wenn die Hauptfragen noch offen sind.";

  /** Paragraphs in languages close to English or German, which the fast path must not claim. */
  private static final Map<String, String> OTHERS = Map.of(
      "nl", "De ministers kwamen vrijdag in Moskou bijeen en spraken af dat de gesprekken volgende week verder gaan. "
          + "Het was de eerste ontmoeting van de twee partijen sinds het begin van de gevechten, en volgens de regering "
          + "is het resultaat beter dan verwacht, hoewel de belangrijkste vragen nog open zijn.",
      "da", "Ministrene mødtes fredag i Moskva og blev enige om, at forhandlingerne fortsætter i næste uge. Det var det "
          + "første møde mellem de to parter siden kampene begyndte, og regeringen siger, at resultatet er bedre end "
          + "ventet, selv om de vigtigste spørgsmål stadig er åbne.",
      "sv", "Ministrarna träffades på fredagen i Moskva och kom överens om att samtalen ska fortsätta nästa vecka. Det "
          + "var det första mötet mellan de två parterna sedan striderna började, och regeringen säger att resultatet är "
          + "bättre än väntat, även om de viktigaste frågorna fortfarande är öppna.",
      "fr", "Les ministres se sont réunis vendredi à Moscou et ont convenu que les discussions se poursuivront la semaine "
          + "prochaine. C'était la première rencontre entre les deux parties depuis le début des combats, et le "
          + "gouvernement estime que le résultat est meilleur que prévu, même si les questions principales restent ouvertes.",
      "lb", "D'Ministeren hu sech e Freideg zu Moskau getraff an hu sech drop gëeenegt, datt d'Gespréicher nächst Woch "
          + "weidergoen. Et war déi éischt Reunioun vun deenen zwou Säiten zënter dem Ufank vun de Kämpf, an d'Regierung "
          + "seet, d'Resultat wier besser wéi erwaart.",
      "pl", "Ministrowie spotkali się w piątek w Moskwie i uzgodnili, że rozmowy będą kontynuowane w przyszłym tygodniu. "
          + "Było to pierwsze spotkanie obu stron od początku walk, a rząd twierdzi, że wynik jest lepszy niż oczekiwano, "
          + "choć najważniejsze pytania pozostają otwarte.");

  @Test
  void settlesClearEnglishAndGermanProse() {
    assertThat(FunctionWords.get().clearLanguage(EN)).isEqualTo("en");
    assertThat(FunctionWords.get().clearLanguage(DE)).isEqualTo("de");
  }

  @Test
  void leavesOtherLanguagesToTheModel() {
    OTHERS.forEach((lang, text) -> assertThat(FunctionWords.get().clearLanguage(text))
        .as(lang).isIn(null, lang));
    LanguageIdentifier any = new LanguageIdentifier(java.util.Set.of());
    OTHERS.forEach((lang, text) -> assertThat(any.identify(text)).as(lang).isNotIn("en", "de"));
  }

  @Test
  void needsEnoughWords() {
    assertThat(FunctionWords.get().clearLanguage("The talks and the ceasefire.")).isNull();
  }
}
