package org.dossier.text;

import java.text.Normalizer;

/**
 * Folds text for matching across spellings: lower case, diacritics removed, and the letters that do not
 * decompose mapped by hand (ı, ə, ß, ø, ł ...), so "Çavuşoğlu", "Cavusoglu" and "ÇAVUŞOĞLU" meet.
 * Folding keeps the length of a string unchanged except for ß (to "ss"), so callers that need offsets
 * use {@link #foldChar}.
 */
public final class Fold {
  private Fold() {}

  /** Folded forms of the first chars (Latin, Greek, Cyrillic, Armenian ...), computed once. */
  private static final char[] TABLE = table(0x3000);

  public static String fold(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 'ß') {
        out.append("ss");
      } else {
        out.append(foldChar(c));
      }
    }
    return out.toString();
  }

  /** One char folded to one char (ß stays ß here; use {@link #fold} for "ss"). */
  public static char foldChar(char c) {
    return c < TABLE.length ? TABLE[c] : compute(c);
  }

  private static char[] table(int size) {
    char[] t = new char[size];
    for (int c = 0; c < size; c++) t[c] = compute((char) c);
    return t;
  }

  private static char compute(char c) {
    if (c < 0x80) {
      return Character.toLowerCase(c);
    }
    if (Character.isSurrogate(c)) {
      return c;
    }
    switch (c) {
      case 'ı': case 'İ': return 'i';
      case 'ə': case 'Ə': return 'e';
      case 'ø': case 'Ø': return 'o';
      case 'ł': case 'Ł': return 'l';
      case 'đ': case 'Đ': return 'd';
      case 'æ': case 'Æ': return 'a';
      case 'œ': case 'Œ': return 'o';
      case 'ʼ': case '’': case '‘': case '`': case '´': return '\'';
      case '‐': case '‑': case '‒': case '–': case '—': return '-';
      default:
        break;
    }
    String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    char base = d.charAt(0);
    return Character.toLowerCase(base);
  }
}
