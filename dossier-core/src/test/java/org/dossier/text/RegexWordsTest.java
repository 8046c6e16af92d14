package org.dossier.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegexWordsTest {
  @Test
  void wholeWordsAreThoseEveryMatchHoldsAsWordsOfTheText() {
    // the words of a lookbehind or lookahead (nested groups included) must be there; a negative one's need not
    assertThat(RegexWords.wholeWords("(?<=\\b(?:am|Am)\\s)(?:selben|gleichen)\\s+Tag(?!\\s+(?:danach))"))
        .containsExactlyInAnyOrder("selben", "gleichen");
    assertThat(RegexWords.wholeWords("(?<bcyear>\\d{1,4})(?=\\s*[/-]\\s*\\d{1,4}\\s+(?:v\\.\\s*Chr\\.|vor\\s+Christus))"))
        .containsExactlyInAnyOrder("chr", "christus");
    // "Jahre?" is "Jahr" or "Jahre": neither whole word is certain; nor are the parts of a compound
    assertThat(RegexWords.wholeWords("Jahre?\\s+\\d+")).isNull();
    assertThat(RegexWords.wholeWords("Jahres(?:beginn|ende)\\s+\\d+")).isNull();
    assertThat(RegexWords.wholeWords("(?:darauf)?folgenden\\s+Tag")).containsExactly("tag");
    // a group that runs on into letters holds only the start of a word: "years-old", not "year"
    assertThat(RegexWords.wholeWords("\\d+(?:-|\\s+)(?:year|month|day|week)s?-old")).isNull();
    assertThat(RegexWords.wholeWords("(?<=\\b(?:seit|Seit)\\s)(?:dem\\s+)?(\u0001)")).containsExactly("seit");
    // an alternative without a certain word leaves the whole pattern without one
    assertThat(RegexWords.wholeWords("newsletter|\\d+")).isNull();
  }

  @Test
  void alternativesAreSplitAtTheTopLevelOnly() {
    assertThat(RegexWords.alternatives("was|going\\s+to|plans?\\s+to|(?:a|b)c|[|\\]]x|\\|y"))
        .containsExactly("was", "going\\s+to", "plans?\\s+to", "(?:a|b)c", "[|\\]]x", "\\|y");
    assertThat(RegexWords.alternatives("unclosed(a|b")).containsExactly("unclosed(a|b");
  }

  @Test
  void substringsCountWordsHoweverTheyAreJoined() {
    assertThat(RegexWords.substrings("Jahres(?:beginn|ende)\\s+\\d+")).containsExactly("jahres");
    assertThat(RegexWords.substrings("(?:darauf)?folgenden\\s+Tag")).containsExactly("folgenden");
    // an optional last letter is not certain, the rest of the word is
    assertThat(RegexWords.substrings("Jahre?\\s+\\d+")).containsExactly("jahr");
    assertThat(RegexWords.substrings("\\((foto|photo|bild|image)s?\\s*:[^)]*\\)"))
        .containsExactlyInAnyOrder("foto", "photo", "bild", "image");
    assertThat(RegexWords.substrings("\\b(picture[- ]alliance|getty images|reuters/)\\b"))
        .containsExactlyInAnyOrder("alliance", "images", "reuters");
    // a property's name is no word of the text
    assertThat(RegexWords.substrings("\\p{IsAlphabetic}+:\\d+")).isNull();
    assertThat(RegexWords.substrings("(?:an)?\\s*\\d+")).isNull();
  }

  /** What matches contain, checked on texts built from the pattern's own pieces and noise. */
  @Test
  void everyMatchHoldsOneOfTheSubstrings() {
    String[] patterns = {
        "\\b(newsletter|sign up|signup|subscribe|abo abschließen)\\b",
        "((image|images|photo|foto|bild|bilder|source)\\s*:\\s*\\S[^.!?]*$|\\((foto|photo|bild|image)s?\\s*:[^)]*\\))",
        "\\b(picture[- ]alliance|getty images|imago|afp via getty|reuters/|ap photo|dpa-bildfunk|epa-efe)\\b",
        "terms of (use|service)|cookies?|jahre?s?",
    };
    String[] pieces = {"news", "letter", "sign", " ", "up", "image", "s", ":", "(", ")", "foto", "bild", "er",
        "getty", "picture", "-", "alliance", "reuters", "/", "ap", "photo", "x", ".", "terms", "of", "use", "cookie",
        "jahr", "e", "abo", "abschließen", "imago", "epa", "efe", "dpa", "bildfunk"};
    Random random = new Random(11);
    for (String regex : patterns) {
      Pattern pattern = Pattern.compile(regex);
      Set<String> needed = RegexWords.substrings(regex);
      assertThat(needed).as(regex).isNotNull();
      for (int t = 0; t < 20_000; t++) {
        StringBuilder text = new StringBuilder();
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) text.append(pieces[random.nextInt(pieces.length)]);
        String s = text.toString().toLowerCase(Locale.ROOT);
        if (pattern.matcher(s).find()) {
          assertThat(needed.stream().anyMatch(s::contains)).as(regex + " on " + s).isTrue();
        }
      }
    }
  }

  @Test
  void withoutLookbehindsDropsWhatLooksBeforeAndKeepsTheRest() {
    assertThat(RegexWords.withoutLookbehinds("(?<=\\b(?:am|vom)\\s)(?:\\d+)\\.")).isEqualTo("(?:\\d+)\\.");
    assertThat(RegexWords.withoutLookbehinds("\\bx\\B(?<=ab)?y")).isEqualTo("xy");
    // negative lookbehinds and lookaheads stay; so do quoted text, classes and an escaped backslash before a b
    assertThat(RegexWords.withoutLookbehinds("(?<![\\p{L}])a(?=b)(?!c)")).isEqualTo("(?<![\\p{L}])a(?=b)(?!c)");
    assertThat(RegexWords.withoutLookbehinds("\\Q(?<=\\b\\E[(?<=\\b]\\\\b")).isEqualTo("\\Q(?<=\\b\\E[(?<=\\b]\\\\b");
  }
}
