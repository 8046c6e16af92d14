package org.dossier.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FirstCharsTest {
  @Test
  void aPatternStartsOnlyWithWhatItsFirstElementsAllow() {
    FirstChars first = FirstChars.of(Pattern.compile("(?<![\\p{L}\\p{N}])(?:the\\s+)?(?:last|next)\\s+week",
        Pattern.CASE_INSENSITIVE));
    assertThat(first.may('t')).isTrue();
    assertThat(first.may('T')).isTrue();
    assertThat(first.may('l')).isTrue();
    assertThat(first.may('N')).isTrue();
    assertThat(first.may('w')).as("'week' only after last/next").isFalse();
    assertThat(first.may('1')).isFalse();
    assertThat(first.may(' ')).isFalse();
    assertThat(first.may('ä')).as("beyond ASCII: always tried").isTrue();
  }

  @Test
  void theSecondCharacterIsProbedTheSameWay() {
    FirstChars first = FirstChars.of(Pattern.compile("(?<![\\p{L}\\p{N}])(?:the\\s+)?(?:last|next)\\s+week",
        Pattern.CASE_INSENSITIVE));
    assertThat(first.may('t', 'h')).isTrue();
    assertThat(first.may('T', 'H')).isTrue();
    assertThat(first.may('t', 'o')).as("no word of the pattern starts with 'to'").isFalse();
    assertThat(first.may('l', 'a')).isTrue();
    assertThat(first.may('l', 'o')).isFalse();
    assertThat(first.may('n', 'E')).isTrue();
    assertThat(first.may('w', 'e')).as("a first character already ruled out").isFalse();
    assertThat(first.may('t', 'ä')).as("beyond ASCII: always tried").isTrue();
    // a match of one character followed by what its lookahead refuses
    FirstChars digit = FirstChars.of(Pattern.compile("\\d(?![\\p{L}\\p{N}])"));
    assertThat(digit.may('1', ' ')).isTrue();
    assertThat(digit.may('1', '2')).isFalse();
    assertThat(Pattern.compile("\\d(?![\\p{L}\\p{N}])").matcher("12").lookingAt()).isFalse();
  }

  @Test
  void digitsAndOptionalPrefixes() {
    FirstChars first = FirstChars.of(Pattern.compile("(?:am\\s+)?\\d{1,2}\\.\\s*(?:Mai|Juni)"));
    assertThat(first.may('a')).isTrue();
    assertThat(first.may('7')).isTrue();
    assertThat(first.may('M')).isFalse();
  }

  @Test
  void aLookbehindIsLeftOutOfTheProbeSinceTheTextBeforeIsUnknown() {
    Pattern century = Pattern.compile("(?<=\\d\\.\\s)Jahrhundert");
    FirstChars first = FirstChars.of(century);
    assertThat(first.may('J', 'a')).isTrue();
    assertThat(first.may('x')).as("the rest of the pattern still decides").isFalse();
    assertThat(century.matcher("19. Jahrhundert").find()).isTrue();
    // a lookbehind after the first element looks back over it and before it
    Pattern shortYear = Pattern.compile("(?<year>\\d\\d)(?<=[\\s(](?:1\\d|20)\\d\\d)");
    assertThat(FirstChars.of(shortYear).may('2', '0')).isTrue();
    assertThat(FirstChars.of(shortYear).may('x')).isFalse();
  }

  @Test
  void aWordBoundaryAtTheStartDependsOnTheTextBeforeToo() {
    Pattern fraction = Pattern.compile("\\b\\.\\d+");
    assertThat(fraction.matcher("x.5").find()).as("a boundary between 'x' and '.'").isTrue();
    assertThat(FirstChars.of(fraction).may('.', '5')).isTrue();
    assertThat(FirstChars.of(fraction).may('x')).isFalse();
  }

  /** Every place where one of a language's rules or rejects matches is a place its filter lets it be tried. */
  @Test
  void theFilterNeverHidesAMatchOfTheShippedRules() {
    String[] pieces = {"am", "27.", "September", "2020", "Sept.", "2023", "im", "Jahr", "1994", "19.", "Jahrhundert",
        "seit", "Freitag", "um", "14", "Uhr", "14:30", "gegen", "Mitte", "der", "90er", "Jahre", "vor", "drei",
        "Wochen", "on", "Friday", "the", "end", "of", "in", "1990s", "earlier", "this", "month", "last", "week",
        "10", "October", "2020,", "(2020)", "„2020", "20", "Oct", "10-11", "days", "ago", "2.", "Mai", "bis",
        "Dienstag", "the", "early", "morning", "nächsten", "Tag", "second", "half", "von", "2021", "since", "1988",
        "heute", "12.", "10.", "2020/21", "1992-94", "Winter", "selben", "folgenden", "summer", "Jahren", "Montag",
        "vom", "zum", "ab", "Seit", "bis"};
    String[] joins = {" ", " ", " ", ", ", "-", " (", ") ", ". ", "\n", "/"};
    int lookbehindMatches = 0;
    for (String language : new String[] {"en", "de"}) {
      TimexRules grammar = TimexRules.load(language);
      java.util.List<Pattern> patterns = new java.util.ArrayList<>();
      grammar.rules.forEach(r -> patterns.add(r.pattern()));
      grammar.rejects.forEach(r -> patterns.add(r.pattern()));
      java.util.Random random = new java.util.Random(language.hashCode());
      for (int t = 0; t < 1500; t++) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 7; i++) text.append(pieces[random.nextInt(pieces.length)]).append(joins[random.nextInt(joins.length)]);
        String s = text.toString();
        for (Pattern p : patterns) {
          StartFilter filter = grammar.startFilter(p);
          java.util.regex.Matcher m = p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
          for (int at = 0; at < s.length(); at++) {
            m.region(at, s.length());
            if (m.lookingAt()) {
              if (p.pattern().contains("(?<=")) lookbehindMatches++;
              assertThat(filter.mayStartAt(s, at, s.length())).as(language + " " + p + " at " + at + " of " + s).isTrue();
            }
          }
        }
      }
    }
    assertThat(lookbehindMatches).as("matches of rules with a lookbehind").isGreaterThan(150);
  }
}
