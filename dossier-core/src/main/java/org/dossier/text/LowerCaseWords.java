package org.dossier.text;

import java.util.Locale;
import java.util.Map;

/**
 * A fixed table of lower-case words with a value each, looked up by a stretch of text as that stretch lower-cased
 * with {@link String#toLowerCase(Locale) toLowerCase(Locale.ROOT)} would be, without building the string: the
 * cleaner, the language identifier and the story profiles look up every word of every document.
 *
 * <p>Character by character lower-casing is what {@code toLowerCase(Locale.ROOT)} does except for "İ" and "Σ", whose
 * lower case depends on what surrounds them, and for characters outside the Basic Multilingual Plane; a stretch
 * holding one of those is looked up through the string.
 */
public final class LowerCaseWords {
  private final String[] keys;
  private final int[] values;
  private final int mask;
  private final Map<String, Integer> map;

  private LowerCaseWords(Map<String, Integer> map) {
    this.map = Map.copyOf(map);
    int size = Integer.highestOneBit(Math.max(4, map.size() * 3)) << 1;
    keys = new String[size];
    values = new int[size];
    mask = size - 1;
    map.forEach((word, value) -> {
      if (!word.equals(word.toLowerCase(Locale.ROOT))) throw new IllegalArgumentException("not in lower case: " + word);
      if (value == 0) throw new IllegalArgumentException("0 stands for a missing word: " + word);
      int slot = spread(word.hashCode()) & mask;
      while (keys[slot] != null) slot = (slot + 1) & mask;
      keys[slot] = word;
      values[slot] = value;
    });
  }

  /** The table of these lower-case words and their values, none of them 0. */
  public static LowerCaseWords of(Map<String, Integer> words) {
    return new LowerCaseWords(words);
  }

  /** The set of these lower-case words (each with the value 1). */
  public static LowerCaseWords of(java.util.Set<String> words) {
    Map<String, Integer> map = new java.util.HashMap<>();
    for (String w : words) map.put(w, 1);
    return new LowerCaseWords(map);
  }

  public boolean contains(CharSequence text, int start, int end) {
    return valueOf(text, start, end) != 0;
  }

  /** The value of the stretch of text from start to end, lower-cased; 0 when it is no word of the table. */
  public int valueOf(CharSequence text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!lowerCasesAlone(c)) {
        return map.getOrDefault(text.subSequence(start, end).toString().toLowerCase(Locale.ROOT), 0);
      }
      hash = 31 * hash + Character.toLowerCase(c);
    }
    int length = end - start;
    for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key.length() == length && sameLowerCase(key, text, start)) return values[slot];
    }
    return 0;
  }

  /**
   * Whether {@code toLowerCase(Locale.ROOT)} turns this character into {@link Character#toLowerCase(char)} of it
   * whatever surrounds it: all but "İ", "Σ" and the halves of characters beyond the Basic Multilingual Plane.
   */
  static boolean lowerCasesAlone(char c) {
    return c != '\u0130' && c != '\u03a3' && !Character.isSurrogate(c);
  }

  private static boolean sameLowerCase(String key, CharSequence text, int start) {
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) != Character.toLowerCase(text.charAt(start + i))) return false;
    }
    return true;
  }

  /** String hashes of similar words differ in their low bits too little for a power-of-two table. */
  private static int spread(int h) {
    return h ^ (h >>> 16) ^ (h >>> 7);
  }
}
