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

  NameKeys(List<Transliteration> transliterations) {
    for (Transliteration t : transliterations) {
      rules.computeIfAbsent(t.from().charAt(0), k -> new ArrayList<>()).add(t);
    }
    rules.values().forEach(l -> l.sort((a, b) -> b.from().length() - a.from().length()));
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
