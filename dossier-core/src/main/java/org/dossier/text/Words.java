package org.dossier.text;

/**
 * Runs of letters in a text, the unit that function-word counts, boilerplate density and temporal rule
 * triggers all look at. Digits and punctuation separate words.
 */
public final class Words {
  /** Told the bounds of each word, in text order. */
  @FunctionalInterface
  public interface Sink {
    void word(int start, int end);
  }

  private Words() {}

  public static void each(CharSequence text, int from, int to, Sink sink) {
    int start = -1;
    for (int i = from; i < to; i++) {
      boolean letter = Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        sink.word(start, i);
        start = -1;
      }
    }
    if (start >= 0) sink.word(start, to);
  }

  public static void each(CharSequence text, Sink sink) {
    each(text, 0, text.length(), sink);
  }
}
