package org.dossier.entities;

import java.util.List;
import org.dossier.model.Span;
import org.dossier.text.Morphology;

/**
 * Says whether a word is a proper noun, by OpenNLP's Universal Dependencies part-of-speech models (see
 * {@link Morphology}). Only a word after an office title that the pack does not know is asked about, and it
 * is tagged in a window of a few tokens around it ({@link #WINDOW}): the models decide a tag from the two
 * words either side and the tags before, so the window gives the tag the whole sentence would (on the dev,
 * seeds and WikiWarsDE texts, every one) at a fraction of the cost, and a sentence full of titles costs the
 * same per title as a short one.
 */
class ProperNouns {
  /** Tokens either side of a word that its tag is decided from. */
  private static final int WINDOW = 6;

  /** The tagger of one document. */
  Tagged of(String text, List<Span> tokens, String language) {
    return new Tagged(text, tokens, language);
  }

  static final class Tagged {
    private final String text;
    private final List<Span> tokens;
    private final Morphology morphology;

    private Tagged(String text, List<Span> tokens, String language) {
      this.text = text;
      this.tokens = tokens;
      this.morphology = new Morphology(language);
    }

    /** True when the token starting at {@code offset}, in the given sentence, is tagged PROPN. */
    boolean isProperNoun(Span sentence, int offset) {
      int first = firstAtOrAfter(tokens, sentence.start());
      int last = firstAtOrAfter(tokens, sentence.end());
      int at = firstAtOrAfter(tokens, offset);
      if (at >= last || tokens.get(at).start() != offset) return false;
      int from = Math.max(first, at - WINDOW);
      int to = Math.min(last, at + WINDOW + 1);
      return morphology.tag(words(from, to))[at - from].equals("PROPN");
    }

    private String[] words(int from, int to) {
      String[] words = new String[to - from];
      for (int i = from; i < to; i++) words[i - from] = tokens.get(i).of(text);
      return words;
    }
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
