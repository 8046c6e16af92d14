package org.dossier.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Span;
import org.dossier.text.Morphology;

/**
 * Says whether a word is a proper noun, by OpenNLP's Universal Dependencies part-of-speech models (see
 * {@link Morphology}). Only the sentences where an office title is followed by an unknown capitalised word
 * are tagged, each once per document however many titles it holds ({@link #of}).
 */
class ProperNouns {
  /** A sentence longer than this (in tokens) is tagged only in a window around the word asked about. */
  private static final int WHOLE_SENTENCE = 120;
  /** Tokens either side of a word that its tag is decided from in a long sentence: the models look two words each way. */
  private static final int WINDOW = 12;

  /** The tagger of one document, which remembers the sentences it has tagged. */
  Tagged of(String text, List<Span> tokens, String language) {
    return new Tagged(text, tokens, language);
  }

  static final class Tagged {
    private final String text;
    private final List<Span> tokens;
    private final Morphology morphology;
    /** the tags of the sentences tagged whole, by their first token */
    private final Map<Integer, String[]> sentences = new HashMap<>();

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
      if (last - first <= WHOLE_SENTENCE) {
        String[] tags = sentences.computeIfAbsent(first, k -> morphology.tag(words(first, last)));
        return tags[at - first].equals("PROPN");
      }
      // a long sentence: a window around the word, so that many titles in it cost no more each than in a short one
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
