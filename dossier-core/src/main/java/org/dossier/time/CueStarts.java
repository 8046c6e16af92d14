package org.dossier.time;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.text.LowerCaseWords;

/**
 * Where a list of tense cues, most of them plain words ("was|were|said|...|going\s+to"), can match: a start whose
 * word of ASCII letters is one of the plain words, or where the other alternatives, compiled on their own, match.
 * A word with other characters is always allowed, since case-insensitive matching beyond ASCII is more than
 * lower-casing. Trying a hundred alternatives at every word start had been the largest single cost of the tagger's
 * patterns; and since one of the other alternatives can begin at any word ("\w{3,}ed"), telling where they can
 * begin by their first characters let the whole list be tried at nearly every word again.
 */
final class CueStarts implements StartFilter {
  private static final Pattern PLAIN = Pattern.compile("\\p{L}+");

  private final LowerCaseWords words;
  /** Where the other alternatives can begin, by their first characters; null when there are none. */
  private final FirstChars othersStart;
  /** The other alternatives alone, tried where they can begin; per thread, since a matcher has state. */
  private final ThreadLocal<Others> others;

  /** A matcher of the other alternatives and the text it was last set to. */
  private static final class Others {
    final Matcher matcher;
    CharSequence text;

    Others(Pattern pattern) {
      matcher = pattern.matcher("").useTransparentBounds(true).useAnchoringBounds(false);
    }
  }

  private CueStarts(LowerCaseWords words, Pattern others) {
    this.words = words;
    this.othersStart = others == null ? null : FirstChars.of(others);
    this.others = others == null ? null : ThreadLocal.withInitial(() -> new Others(others));
  }

  /**
   * @param alternatives the cue list's alternatives, as in the rules file
   * @param compile      how the tagger compiles a list of alternatives into a pattern
   */
  static CueStarts of(List<String> alternatives, java.util.function.Function<List<String>, Pattern> compile) {
    Set<String> plain = new HashSet<>();
    List<String> others = new ArrayList<>();
    for (String a : alternatives) {
      if (PLAIN.matcher(a).matches()) plain.add(a.toLowerCase(Locale.ROOT));
      else others.add(a);
    }
    return new CueStarts(LowerCaseWords.of(plain), others.isEmpty() ? null : compile.apply(others));
  }

  @Override
  public boolean mayStartAt(CharSequence text, int at, int end) {
    if (othersStart != null && othersStart.mayStartAt(text, at, end) && othersMatch(text, at, end)) return true;
    int i = at;
    while (i < end) {
      char c = text.charAt(i);
      if (c >= 128) return true;
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) break;
      i++;
    }
    return i > at && words.contains(text, at, i);
  }

  private boolean othersMatch(CharSequence text, int at, int end) {
    Others o = others.get();
    if (o.text != text) {
      o.matcher.reset(text);
      o.text = text;
    }
    return o.matcher.region(at, end).lookingAt();
  }
}
