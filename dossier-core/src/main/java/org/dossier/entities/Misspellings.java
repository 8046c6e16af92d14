package org.dossier.entities;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Long one-word person names one letter off: "Panschinjan" for "Paschinjan", a letter added, dropped or changed. A
 * word's key finds the one name key within one edit of it, by the keys with one letter deleted on either side
 * (symmetric deletion), so a look-up costs a few hash probes. Short names are too near to other words to guess, and
 * a word near two names names neither.
 */
final class Misspellings {
  /** Keys shorter than this are never corrected: "Hayward" is one letter from "Harvard". */
  static final int MIN_LENGTH = 8;
  private static final String AMBIGUOUS = "";

  /** A key, and each key with one letter deleted, to the name key it comes from. */
  private final Map<String, String> variants = new HashMap<>();
  /** The longest name key: a longer word is more than one edit from every name, whatever its length. */
  private int longest;
  /** Answers already given: most capitalised words a text does not know (German nouns) come back again and again. */
  private final Map<String, String> answers = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_ANSWERS = 100_000;

  Misspellings(Collection<String> nameKeys) {
    for (String key : nameKeys) {
      if (key.length() < MIN_LENGTH) continue;
      longest = Math.max(longest, key.length());
      put(key, key);
      for (int i = 0; i < key.length(); i++) put(deleted(key, i), key);
    }
  }

  private void put(String variant, String key) {
    variants.merge(variant, key, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
  }

  /**
   * The one name key one edit from {@code key} with the same first letter, or null: none, several, or
   * {@code key} itself a name key (then it needs no correcting).
   */
  String correct(String key) {
    if (key.length() < MIN_LENGTH - 1 || key.length() > longest + 1) return null;
    String known = answers.get(key);
    if (known != null) return known.isEmpty() ? null : known;
    String found = lookUp(key);
    if (answers.size() >= MAX_ANSWERS) answers.clear();
    answers.put(key, found == null ? "" : found);
    return found;
  }

  private String lookUp(String key) {
    String found = null;
    String exact = variants.get(key);
    if (exact != null && exact.equals(key)) return null;
    if (exact != null) found = exact;
    for (int i = 0; i < key.length(); i++) {
      String k = variants.get(deleted(key, i));
      if (k == null) continue;
      if (k.equals(AMBIGUOUS) || found != null && !found.equals(k)) return null;
      found = k;
    }
    if (found == null || found.equals(AMBIGUOUS) || found.charAt(0) != key.charAt(0) || !oneEdit(key, found)) return null;
    return found;
  }

  private static String deleted(String s, int i) {
    return s.substring(0, i) + s.substring(i + 1);
  }

  /** Whether two different strings are one insertion, deletion or substitution apart. */
  static boolean oneEdit(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) return false;
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
    if (a.length() == b.length()) return a.substring(i + 1).equals(b.substring(i + 1));
    return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
  }
}
