package org.dossier.entities;

import java.util.List;
import org.dossier.model.Span;
import org.dossier.text.Morphology;

/**
 * Says whether a word is a proper noun, by OpenNLP's Universal Dependencies part-of-speech models (see
 * {@link Morphology}). Only the rare sentences where an office title is followed by an unknown
 * capitalised word are tagged, and only around that word.
 */
class ProperNouns {
  /** Tokens either side of a word that its tag is decided from: the models look two words each way. */
  private static final int WINDOW = 12;
  /**
   * True when the token starting at {@code offset} is tagged PROPN. Only a window of the sentence around
   * it is tagged, so a long sentence with many titles costs no more per title than a short one.
   */
  boolean isProperNoun(String text, Span sentence, List<Span> tokens, int offset, String language) {
    int first = firstAtOrAfter(tokens, sentence.start());
    int last = firstAtOrAfter(tokens, sentence.end());
    int at = firstAtOrAfter(tokens, offset);
    if (at >= last || tokens.get(at).start() != offset) return false;
    int from = Math.max(first, at - WINDOW);
    int to = Math.min(last, at + WINDOW + 1);
    String[] words = new String[to - from];
    for (int i = from; i < to; i++) words[i - from] = tokens.get(i).of(text);
    return new Morphology(language).tag(words)[at - from].equals("PROPN");
  }

  /** Index of the first token starting at or after {@code offset} (tokens are in text order). */
  private static int firstAtOrAfter(List<Span> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
