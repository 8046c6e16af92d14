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
  void aLookbehindThatNeedsTextBeforeAllowsEveryCharacter() {
    FirstChars first = FirstChars.of(Pattern.compile("(?<=\\d\\.\\s)Jahrhundert"));
    assertThat(first.may('J')).isTrue();
    assertThat(first.may('x')).isTrue();
    assertThat(first.may('x', 'y')).isTrue();
    assertThat(Pattern.compile("(?<=\\d\\.\\s)Jahrhundert").matcher("19. Jahrhundert").find()).isTrue();
  }
}
