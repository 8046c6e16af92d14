package org.dossier.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words a regular expression's matches must contain, read from the expression itself, so that a pattern can be
 * skipped for a text that lacks all of them: one of the words of every alternative, the longest a sequence must
 * hold. Escapes of letters and classes count as unknown letters; "\s", "\b" and escaped punctuation end a word; a
 * negative lookaround holds nothing, a positive one is read as part of the match (its words stand next to it).
 *
 * <p>Two readings. {@link #wholeWords} gives words the match holds as whole words of the text: a word the pattern
 * lets run on ("Jahre?", "Jahre[sn]", "(?:year|month)s?-old") or that ends one begun before it ("(?:darauf)?folgenden")
 * is no whole word, and does not count. {@link #substrings} gives letter sequences the match holds anywhere, so a
 * word counts however it is joined, only without a last letter the pattern makes optional ("Jahre?" holds "jahr").
 * Words are lower-cased and three letters or longer.
 */
public final class RegexWords {
  private RegexWords() {}

  /** Whole words of which every match contains one, or null when the expression guarantees none. */
  public static Set<String> wholeWords(String regex) {
    return read(regex, true);
  }

  /** Lower-case letter sequences of which every match contains one, or null when the expression guarantees none. */
  public static Set<String> substrings(String regex) {
    return read(regex, false);
  }

  private static Set<String> read(String regex, boolean whole) {
    String plain = withoutLookarounds(regex)
        .replaceAll("\\(\\?(?:<[a-zA-Z][a-zA-Z0-9]*>|-i:|i:|:)", "(")
        // an escaped blank, word boundary or punctuation mark ends a word ("Chr\\."); other escapes may continue it
        .replaceAll("\\\\[sb.,/\\-]", " ").replaceAll("\\\\.", "\u0001").toLowerCase(Locale.ROOT);
    Set<String> words = new Reader(plain, whole).alternation();
    return words == null ? null : Set.copyOf(words);
  }

  /**
   * The expression with its lookarounds resolved (nested groups included): a negative one goes, a positive one
   * becomes a plain group, since its words must stand next to the match (in practice, in the same sentence).
   */
  public static String withoutLookarounds(String p) {
    StringBuilder out = new StringBuilder(p.length());
    int i = 0;
    while (i < p.length()) {
      char c = p.charAt(i);
      if (c == '\\' && i + 1 < p.length()) {
        out.append(c).append(p.charAt(i + 1));
        i += 2;
        continue;
      }
      if (p.startsWith("(?=", i) || p.startsWith("(?<=", i)) {
        out.append('(');
        i += p.startsWith("(?=", i) ? 3 : 4;
        continue;
      }
      if (p.startsWith("(?!", i) || p.startsWith("(?<!", i)) {
        i = groupEnd(p, i);
        i++;
        // a quantifier on a lookaround changes nothing; drop it with the group
        if (i < p.length() && "?*+".indexOf(p.charAt(i)) >= 0) i++;
        continue;
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /**
   * The expression without what looks before the place it is applied at: its positive lookbehinds (with any
   * quantifier on them) and its word-boundary assertions go, everything else stays. The result matches wherever the
   * expression does, and can be probed with a text that starts where a match would, since nothing it asks then
   * lies before that text. Quoted stretches ({@code \Q...\E}), escapes and character classes are copied as they are.
   */
  public static String withoutLookbehinds(String p) {
    StringBuilder out = new StringBuilder(p.length());
    int i = 0;
    while (i < p.length()) {
      if (p.startsWith("\\Q", i)) {
        int end = p.indexOf("\\E", i + 2);
        end = end < 0 ? p.length() : end + 2;
        out.append(p, i, end);
        i = end;
      } else if (p.startsWith("\\b", i) || p.startsWith("\\B", i)) {
        i += 2;
      } else if (p.charAt(i) == '\\' || p.charAt(i) == '[') {
        int end = Math.min(skip(p, i) + 1, p.length());
        out.append(p, i, end);
        i = end;
      } else if (p.startsWith("(?<=", i)) {
        i = groupEnd(p, i) + 1;
        if (i < p.length() && "?*+".indexOf(p.charAt(i)) >= 0) i++;
      } else {
        out.append(p.charAt(i++));
      }
    }
    return out.toString();
  }

  /**
   * The top-level alternatives of an expression ("a|b(?:c|d)|e" has three; a bar in a group, a class or escaped
   * does not count).
   */
  public static java.util.List<String> alternatives(String p) {
    java.util.List<String> out = new java.util.ArrayList<>();
    int start = 0;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\' || c == '[' || c == '(') {
        i = c == '(' ? groupEnd(p, i) : skip(p, i);
      } else if (c == '|') {
        out.add(p.substring(start, i));
        start = i + 1;
      }
    }
    out.add(p.substring(start));
    return out;
  }

  /** Where the group opening at i closes (its ")"), nested groups, classes and escapes skipped; the end if never. */
  private static int groupEnd(String p, int i) {
    int depth = 0;
    for (; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\' || c == '[') {
        i = skip(p, i);
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return p.length();
  }

  /** The last character of the escape or character class starting at i. */
  private static int skip(String p, int i) {
    if (p.charAt(i) == '\\') return i + 1;
    for (int k = i + 1; k < p.length(); k++) {
      if (p.charAt(k) == '\\') k++;
      else if (p.charAt(k) == ']') return k;
    }
    return p.length();
  }

  /** Reads a resolved, lower-cased expression from left to right. */
  private static final class Reader {
    private final String p;
    private final boolean whole;
    private int pos;

    Reader(String p, boolean whole) {
      this.p = p;
      this.whole = whole;
    }

    /** Reads alternatives up to a closing parenthesis or the end; null unless every one guarantees a word. */
    Set<String> alternation() {
      Set<String> union = new HashSet<>();
      boolean all = true;
      while (true) {
        Set<String> seq = sequence();
        if (seq == null) all = false;
        else union.addAll(seq);
        if (pos < p.length() && p.charAt(pos) == '|') {
          pos++;
          continue;
        }
        return all ? union : null;
      }
    }

    /** Reads one alternative; the words of its item that must occur and filters best, or null. */
    private Set<String> sequence() {
      Set<String> found = null;
      boolean continued = false; // the item goes on a word before it ("Jahres(?:beginn|ende)")
      while (pos < p.length()) {
        char c = p.charAt(pos);
        if (c == '|' || c == ')') break;
        Set<String> item = null;
        boolean continues = continued;
        continued = false;
        boolean letters = false;
        if (c == '{') {
          // a quantifier's bounds, or the name of a property ("\\p{IsAlphabetic}"): no words
          int close = p.indexOf('}', pos + 1);
          pos = close < 0 ? p.length() : close + 1;
        } else if (c == '(') {
          pos++;
          item = alternation();
          if (pos < p.length() && p.charAt(pos) == ')') pos++;
          if (whole && (continues || runsOn(pos))) item = null;
        } else if (c == '[') {
          int close = p.indexOf(']', pos + 1);
          pos = close < 0 ? p.length() : close + 1;
        } else if (c >= 'a' && c <= 'z' || "äöüß".indexOf(c) >= 0) {
          int start = pos;
          while (pos < p.length() && Character.isLetter(p.charAt(pos))) pos++;
          item = word(p.substring(start, pos), start);
          continued = pos < p.length() && "([".indexOf(p.charAt(pos)) >= 0;
          letters = true;
        } else {
          pos++;
        }
        // a quantifier after letters binds the last letter only, which word() has seen to
        boolean optional = !letters && (pos < p.length() && "?*".indexOf(p.charAt(pos)) >= 0 || p.startsWith("{0", pos));
        // Of the words that must occur, the longest is likely the rarest: it filters best.
        if (item != null && !optional && (found == null || shortest(item) > shortest(found))) found = item;
      }
      return found;
    }

    /** The word just read (from start to pos), as the reading counts it; null when it does not. */
    private Set<String> word(String w, int start) {
      boolean lastOptional = pos < p.length() && ("?*".indexOf(p.charAt(pos)) >= 0 || p.startsWith("{0", pos));
      if (!whole) {
        String certain = lastOptional ? w.substring(0, w.length() - 1) : w;
        return certain.length() >= 3 ? Set.of(certain) : null;
      }
      // A word whose last letter is quantified ("Jahre?") or that runs on into a class, group or escape
      // ("Jahre[sn]", "bevorstehend\\w*") is only a prefix: no whole word of the text is certain.
      boolean prefix = pos < p.length() && "?*{[(\u0001.+".indexOf(p.charAt(pos)) >= 0;
      // One that follows a group, class or escape without a blank ("(?:darauf)?folgenden") is only a suffix.
      boolean suffix = !blankBefore(start);
      return w.length() >= 3 && !prefix && !suffix ? Set.of(w) : null;
    }

    /**
     * Whether what follows a group ending before i may go on its last word: a letter, class, escape or group,
     * after any quantifier of the group ("(?:year|month)s?-old" holds "years", not "year"); not when the group
     * ends in a blank.
     */
    private boolean runsOn(int i) {
      if (i >= 2 && p.charAt(i - 1) == ')' && p.charAt(i - 2) == ' ') return false;
      if (i < p.length() && "?*+".indexOf(p.charAt(i)) >= 0) i++;
      else if (i < p.length() && p.charAt(i) == '{') i = p.indexOf('}', i) + 1;
      return i > 0 && i < p.length() && (Character.isLetter(p.charAt(i)) || "[(\u0001".indexOf(p.charAt(i)) >= 0);
    }

    /** Whether a word starting at i starts a word of the text: nothing, or a blank, comes before it. */
    private boolean blankBefore(int i) {
      int k = i - 1;
      while (k >= 0) {
        char ch = p.charAt(k);
        if (ch == '+' || ch == '*' || ch == '?' || ch == ')') {
          k--; // a quantifier, or the end of a group: what matters is how the group ends
        } else if (ch == '}') {
          k = p.lastIndexOf('{', k) - 1;
        } else {
          return ch == ' ' || ch == '(' || ch == '|';
        }
      }
      return true;
    }

    private static int shortest(Set<String> words) {
      int min = Integer.MAX_VALUE;
      for (String w : words) min = Math.min(min, w.length());
      return min;
    }
  }
}
