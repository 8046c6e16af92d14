package org.dossier.time;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.text.LowerCaseWords;

/**
 * Where a list of tense cues, most of them plain words ("was|were|said|...|going\s+to"), can match: a start whose
 * word of ASCII letters is one of the plain words, or where one of the other alternatives can begin (by
 * {@link FirstChars}). A word with other characters is always allowed, since case-insensitive matching beyond ASCII
 * is more than lower-casing. Trying a hundred alternatives at every word start had been the largest single cost of
 * the tagger's patterns.
 */
final class CueStarts implements StartFilter {
  private static final Pattern PLAIN = Pattern.compile("\\p{L}+");

  private final LowerCaseWords words;
  private final FirstChars others;

  private CueStarts(LowerCaseWords words, FirstChars others) {
    this.words = words;
    this.others = others;
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
    return new CueStarts(LowerCaseWords.of(plain), others.isEmpty() ? null : FirstChars.of(compile.apply(others)));
  }

  @Override
  public boolean mayStartAt(CharSequence text, int at, int end) {
    if (others != null && others.mayStartAt(text, at, end)) return true;
    int i = at;
    while (i < end) {
      char c = text.charAt(i);
      if (c >= 128) return true;
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) break;
      i++;
    }
    return i > at && words.contains(text, at, i);
  }
}
