package org.dossier.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CueStartsTest {
  /** Every place where a language's cue pattern matches is a place its filter lets it be tried. */
  @Test
  void theFilterNeverHidesAMatch() {
    for (String language : new String[] {"en", "de"}) {
      TimexRules grammar = TimexRules.load(language);
      for (Pattern cues : new Pattern[] {grammar.pastCues, grammar.futureCues}) {
        StartFilter filter = grammar.startFilter(cues);
        String source = cues.pattern();
        // the cue words themselves, in several cases, joined by blanks, punctuation and letters beyond ASCII
        String[] words = source.replaceAll("\\(\\?<?[=!][^)]*\\)", "").replaceAll("[()?:\\\\]|s\\+|w\\*", " ")
            .split("[|\\s]+");
        String[] joins = {" ", ", ", "-", "’", "\u00a0", "2", "é", " „", "\n"};
        Random random = new Random(language.hashCode());
        int matched = 0;
        for (int t = 0; t < 3000; t++) {
          StringBuilder text = new StringBuilder();
          for (int i = 0; i < 6; i++) {
            String w = words[random.nextInt(words.length)];
            text.append(switch (random.nextInt(3)) {
              case 0 -> w.toUpperCase(java.util.Locale.ROOT);
              case 1 -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
              default -> w;
            });
            text.append(joins[random.nextInt(joins.length)]);
          }
          String s = text.toString();
          Matcher m = cues.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
          for (int at = 0; at < s.length(); at++) {
            m.region(at, s.length());
            if (m.lookingAt()) {
              matched++;
              assertThat(filter.mayStartAt(s, at, s.length())).as(language + " at " + at + " of " + s).isTrue();
            }
          }
        }
        assertThat(matched).as(language).isGreaterThan(1000);
      }
    }
  }
}
