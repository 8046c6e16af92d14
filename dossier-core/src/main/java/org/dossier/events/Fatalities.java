package org.dossier.events;

import java.util.List;
import org.dossier.events.Event.Fatalities.Qualifier;

/**
 * Reads a death toll from a sentence: a number near a word of killing ("getötet", "Toten", "killed"),
 * with the qualifier the words before the number give ("fast 200" approximate, "at least 13", "bis zu").
 */
final class Fatalities {
  private static final int REACH = 6;
  private static final java.util.regex.Pattern GROUPED = java.util.regex.Pattern.compile("\\d{1,3}([.,]\\d{3})+");
  private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("\\d{1,7}");
  private final Sentence s;
  private final Lexicon lexicon;

  Fatalities(Sentence s, Lexicon lexicon) {
    this.s = s;
    this.lexicon = lexicon;
  }

  /** The toll the sentence states, or null: the number nearest before a killing word, else right after it. */
  Event.Fatalities find() {
    for (int i = 0; i < s.size(); i++) {
      if (s.cueEnd(lexicon, "fatality", i) < 0) continue;
      for (int k = i - 1; k >= Math.max(0, i - REACH); k--) {
        Event.Fatalities f = at(k);
        if (f != null) return f;
        if (s.words[k].equals(",") || s.words[k].equals(";")) break;
      }
      for (int k = i + 1; k < Math.min(s.size(), i + REACH); k++) {
        Event.Fatalities f = at(k);
        if (f != null) return f;
      }
    }
    return null;
  }

  private Event.Fatalities at(int k) {
    Long n = number(k);
    if (n == null || n <= 0) return null;
    if (k + 1 < s.size() && s.cueEnd(lexicon, "unit", k + 1) > 0) return null;
    return new Event.Fatalities(n, qualifier(k));
  }

  private Long number(int k) {
    String w = s.lower[k];
    if (GROUPED.matcher(w).matches()) return Long.parseLong(w.replace(".", "").replace(",", ""));
    if (PLAIN.matcher(w).matches()) {
      if (k > 0 && s.tags[k - 1].equals("PROPN") && w.length() == 2) return null;
      return Long.parseLong(w);
    }
    return lexicon.number(w);
  }

  private Qualifier qualifier(int k) {
    for (String kind : List.of("at_least", "at_most", "approximate")) {
      for (int j = Math.max(0, k - 3); j < k; j++) {
        int end = s.cueEnd(lexicon, kind, j);
        if (end == k) return Qualifier.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
      }
    }
    return Qualifier.EXACT;
  }
}
