package org.dossier.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.pack.Transliteration;
import org.dossier.text.Fold;

/**
 * Turns a word into the key it is matched by: folded (lower case, no diacritics), rewritten by the pack's
 * transliteration rules, doubled letters collapsed, and German adjective endings reduced ("armenischen",
 * "armenisches" → the key of "armenisch" plus a mark). Equal keys mean two spellings of one name: "Alijew" and "Aliyev" both
 * become "aliev". Thread-safe and allocation-light: one pass over the word.
 */
final class NameKeys {
  /** Rewrites by first folded char: the rules starting with it, longest first. */
  private final Map<Character, List<Transliteration>> rules = new HashMap<>();

  /** The same rules for folded ASCII first chars, as arrays: the hot path of {@link #prefix}. */
  private final Transliteration[][] byAscii = new Transliteration[128][];
  /** Whether some rule of two chars or more starts with these two ASCII chars. */
  private final boolean[][] secondChars = new boolean[128][128];

  NameKeys(List<Transliteration> transliterations) {
    for (Transliteration t : transliterations) {
      rules.computeIfAbsent(t.from().charAt(0), k -> new ArrayList<>()).add(t);
    }
    rules.values().forEach(l -> l.sort((a, b) -> b.from().length() - a.from().length()));
    rules.forEach((c, l) -> {
      if (c < byAscii.length) byAscii[c] = l.toArray(new Transliteration[0]);
    });
    for (Transliteration t : transliterations) {
      String f = t.from();
      if (f.length() > 1 && f.charAt(0) < 128 && f.charAt(1) < 128) secondChars[f.charAt(0)][f.charAt(1)] = true;
    }
  }

  /** The key of one word (no spaces or hyphens inside). */
  String key(CharSequence word) {
    String folded = Fold.fold(word.toString());
    boolean adjective = false;
    int isch = adjectiveStem(folded);
    if (isch > 0) {
      folded = folded.substring(0, isch);
      adjective = true;
    }
    StringBuilder out = new StringBuilder(folded.length());
    int i = 0;
    while (i < folded.length()) {
      char c = folded.charAt(i);
      String to = null;
      int length = 1;
      List<Transliteration> candidates = rules.get(c);
      if (candidates != null) {
        for (Transliteration t : candidates) {
          if (folded.startsWith(t.from(), i)) {
            to = t.to();
            length = t.from().length();
            break;
          }
        }
      }
      if (to == null) {
        append(out, c);
      } else {
        for (int k = 0; k < to.length(); k++) append(out, to.charAt(k));
      }
      i += length;
    }
    if (adjective) out.append('~');
    return out.toString();
  }

  /**
   * A hash of the first three chars of the key of {@code text[start, end)} (fewer for a shorter key),
   * computed without allocating: a cheap test of whether a word can start any name at all.
   */
  int prefix(CharSequence text, int start, int end) {
    int hash = 0;
    int produced = 0;
    char last = 0;
    int i = start;
    while (i < end && produced < PREFIX) {
      char c = Fold.foldChar(text.charAt(i));
      Transliteration rule = c < byAscii.length ? first(byAscii[c], text, i, end) : null;
      if (c == 'ß') {
        if (last != 's') {
          hash = hash * 31 + 's'; // "ss", collapsed
          produced++;
          last = 's';
        }
        i++;
      } else if (rule == null) {
        if (!(c == last && Character.isLetter(c))) {
          hash = hash * 31 + c;
          produced++;
          last = c;
        }
        i++;
      } else {
        String to = rule.to();
        for (int k = 0; k < to.length() && produced < PREFIX; k++) {
          char o = to.charAt(k);
          if (o == last && Character.isLetter(o)) continue;
          hash = hash * 31 + o;
          produced++;
          last = o;
        }
        i += rule.from().length();
      }
    }
    return hash;
  }

  /** The prefix hash of a key already computed. */
  static int prefixOfKey(String key) {
    int hash = 0;
    for (int k = 0; k < Math.min(PREFIX, key.length()); k++) hash = hash * 31 + key.charAt(k);
    return hash;
  }

  private static final int PREFIX = 3;

  private Transliteration first(Transliteration[] rules, CharSequence text, int at, int end) {
    if (rules == null) return null;
    boolean longer = false;
    if (at + 1 < end) {
      char c1 = Fold.foldChar(text.charAt(at));
      char c2 = Fold.foldChar(text.charAt(at + 1));
      longer = c2 < 128 && secondChars[c1][c2];
    }
    for (Transliteration t : rules) {
      if (t.from().length() > 1 && !longer) continue;
      if (foldedMatch(text, at, end, t.from())) return t;
    }
    return null;
  }

  private static boolean foldedMatch(CharSequence text, int at, int end, String folded) {
    if (at + folded.length() > end) return false;
    for (int k = 0; k < folded.length(); k++) {
      if (Fold.foldChar(text.charAt(at + k)) != folded.charAt(k)) return false;
    }
    return true;
  }

  private static void append(StringBuilder out, char c) {
    if (out.length() > 0 && out.charAt(out.length() - 1) == c && Character.isLetter(c)) return;
    out.append(c);
  }

  /**
   * German adjectives of nationality end in "isch" plus an inflection ("armenisch", "armenische",
   * "armenischen"): all forms get the key of "armenisch~". Returns where "isch" ends, or 0.
   */
  private static int adjectiveStem(String folded) {
    int n = folded.length();
    for (String ending : ENDINGS) {
      int stem = n - ending.length();
      if (stem >= 6 && folded.startsWith("isch", stem - 4) && folded.startsWith(ending, stem)) return stem;
    }
    return 0;
  }

  private static final String[] ENDINGS = {"en", "er", "es", "em", "e", ""};

}
