package org.dossier.entities;

import java.util.Arrays;

/**
 * A text cut into the pieces names are made of: runs of letters and digits. Hyphens count as spaces
 * ("Berg-Karabach" and "Nagorno Karabakh" are two pieces each, and "Berg-Karabach-Konflikt" starts with
 * them), an English possessive "'s" is a mark on its piece, not a piece. Each piece remembers what
 * separates it from the one before, so a name never continues across a line break, a bracket or a
 * sentence end.
 */
final class NamePieces {
  /** Separators before a piece. */
  static final char SPACE = ' ';
  static final char PERIOD = '.';
  static final char COMMA = ',';
  /** after a possessive: "Armenia's Foreign Ministry" */
  static final char POSSESSIVE = '\'';
  static final char BROKEN = '|';

  final String text;
  int size;
  int[] start = new int[64];
  int[] end = new int[64];
  char[] gap = new char[64];
  boolean[] possessive = new boolean[64];

  private NamePieces(String text) {
    this.text = text;
  }

  static NamePieces of(String text) {
    NamePieces p = new NamePieces(text);
    p.split();
    return p;
  }

  private void split() {
    int n = text.length();
    int i = 0;
    int previousEnd = -1;
    while (i < n) {
      char c = text.charAt(i);
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      int s = i;
      while (i < n && inPiece(text.charAt(i))) i++;
      int e = i;
      boolean poss = false;
      if (e + 1 < n && isApostrophe(text.charAt(e)) && (text.charAt(e + 1) == 's' || text.charAt(e + 1) == 'S')
          && (e + 2 >= n || !isWordChar(text.charAt(e + 2)))) {
        poss = true;
        i = e + 2;
      } else if (e < n && isApostrophe(text.charAt(e)) && e > s && (text.charAt(e - 1) == 's')
          && (e + 1 >= n || !isWordChar(text.charAt(e + 1)))) {
        poss = true; // "the Aliyevs' ..."
        i = e + 1;
      }
      char gapClass = previousEnd < 0 ? BROKEN : gapClass(previousEnd, s, end[size - 1] - start[size - 1]);
      if (size > 0 && possessive[size - 1] && gapClass == SPACE) gapClass = POSSESSIVE;
      add(s, e, gapClass, poss);
      previousEnd = poss ? i : e;
    }
  }

  private static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) ASCII_WORD[c] = Character.isLetterOrDigit(c);
  }

  private static boolean isWordChar(char c) {
    return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
  }

  /** Letters, digits, and the combining marks some scripts write inside a word. */
  private static boolean inPiece(char c) {
    if (c < 128) return ASCII_WORD[c];
    if (Character.isLetterOrDigit(c)) return true;
    if (c < 0x300) return false;
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == 'ʼ';
  }

  /**
   * What lies between two pieces, as one class; anything but blanks, one hyphen, a period or a comma breaks, and so
   * does a dash set off by blanks.
   */
  private char gapClass(int from, int to, int previousLength) {
    if (to - from == 1 && text.charAt(from) == ' ') return SPACE;
    char cls = SPACE;
    int hyphens = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == ' ' || c == '\u00a0' || c == '\t') continue;
      if (c == '-' || c == '‐' || c == '‑' || c == '–') {
        if (++hyphens > 1) return BROKEN;
        // blanks on both sides make it a dash between clauses ("MOSCOW - Troops"), not a hyphen in a name
        if (k > from && k + 1 < to && Character.isWhitespace(text.charAt(k - 1))
            && Character.isWhitespace(text.charAt(k + 1))) {
          return BROKEN;
        }
      } else if (c == '.' && cls == SPACE) {
        // "U.S. Department", "St. Petersburg": a period continues a name only after an abbreviation
        if (previousLength > 3) return BROKEN;
        cls = PERIOD;
      } else if (c == ',' && cls == SPACE) {
        cls = COMMA;
      } else {
        return BROKEN;
      }
    }
    return cls;
  }

  private void add(int s, int e, char g, boolean poss) {
    if (size == start.length) {
      int cap = size * 2;
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      gap = Arrays.copyOf(gap, cap);
      possessive = Arrays.copyOf(possessive, cap);
    }
    start[size] = s;
    end[size] = e;
    gap[size] = g;
    possessive[size] = poss;
    size++;
  }

  String piece(int i) {
    return text.substring(start[i], end[i]);
  }

  boolean upperFirst(int i) {
    return Character.isUpperCase(text.charAt(start[i]));
  }

  boolean allCaps(int i) {
    boolean letter = false;
    for (int k = start[i]; k < end[i]; k++) {
      char c = text.charAt(k);
      if (Character.isLowerCase(c)) return false;
      letter |= Character.isLetter(c);
    }
    return letter;
  }
}
