package org.dossier.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The words that decide which rules a sentence can trigger, in a character trie walked over each word of the
 * text as it stands: lexicon words (with the bits of their lexicons) and the literal words rules and rejects
 * require. Looking a word up this way costs one step per letter and allocates nothing, where lower-casing
 * every word of every sentence and probing its prefixes as strings had been a tenth of the tagger's time.
 */
final class TriggerTrie {
  /** Prefixes of a word this long or longer, up to {@link #MAX_PREFIX}, announce a compound ("Freitagabend"). */
  private static final int MIN_PREFIX = 2;
  private static final int MAX_PREFIX = 12;
  /** Only words longer than this are tried as compounds. */
  private static final int COMPOUND_LENGTH = 6;

  /** Lexicons whose words rules let run on: a word starting with one of their words announces them. */
  private final long stemLexicons;
  private final List<char[]> keys = new ArrayList<>();
  /** The root's children by ASCII character (-1 for none): every word of every sentence starts there. */
  private final int[] rootChildren = new int[128];
  private final List<int[]> children = new ArrayList<>();
  private long[] bits = new long[16];
  private boolean[] lexical = new boolean[16];
  /** Per node, the number of the literal word it ends, plus one; 0 for none. */
  private int[] literal = new int[16];
  private final int literalCount;

  /** @param literalWords the literal words, in the order of their numbers */
  TriggerTrie(Map<String, Long> triggerWords, long stemLexicons, List<String> literalWords) {
    this.stemLexicons = stemLexicons;
    node();
    Arrays.fill(rootChildren, -1);
    triggerWords.forEach((word, b) -> {
      int n = insert(word);
      bits[n] = b;
      lexical[n] = true;
    });
    for (int i = 0; i < literalWords.size(); i++) {
      int n = insert(literalWords.get(i)); // before the store: inserting may grow the arrays
      literal[n] = i + 1;
    }
    literalCount = literalWords.size();
  }

  /** An empty record of what a pass over a stretch of text finds. */
  Found found() {
    return new Found(literalCount);
  }

  /**
   * What one pass over a stretch of text found, and where: the end of the last word that announced each lexicon
   * and of the last occurrence of each literal word. A match needing one of them starts before that end.
   */
  static final class Found {
    long lexicons;
    final int[] lexiconEnds = new int[64];
    /** Per literal word (by number), the end of its last occurrence; 0 where it does not occur. */
    final int[] wordEnds;

    private Found(int literalWords) {
      wordEnds = new int[literalWords];
    }

    private void announce(long lexiconBits, int end) {
      lexicons |= lexiconBits;
      for (long b = lexiconBits; b != 0; b &= b - 1) lexiconEnds[Long.numberOfTrailingZeros(b)] = end;
    }
  }

  /**
   * The lexicons a word of the text announces (the lexicon word itself, or for a word longer than six letters
   * that is none, the lexicon words its first 2 to 12 letters spell; for a lexicon rules let run on, any word
   * starting with one of its words) and the required literal word it is.
   */
  void word(CharSequence text, int start, int end, Found found) {
    int node = 0;
    long prefixBits = 0;
    long stemBits = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      // String.toLowerCase(Locale.ROOT) gives two characters for this one: no key can match it
      if (c == '\u0130') return;
      node = child(node, Character.toLowerCase(c));
      if (node < 0) break;
      int depth = i - start + 1;
      if (i == end - 1) {
        if (literal[node] > 0) found.wordEnds[literal[node] - 1] = end;
        if (lexical[node]) {
          found.announce(bits[node] | stemBits, end);
          return;
        }
      } else if (lexical[node]) {
        stemBits |= bits[node] & stemLexicons;
        if (depth >= MIN_PREFIX && depth <= MAX_PREFIX) prefixBits |= bits[node];
      }
    }
    found.announce(end - start > COMPOUND_LENGTH ? stemBits | prefixBits : stemBits, end);
  }

  private int insert(String word) {
    int node = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      int next = child(node, c);
      if (next < 0) {
        next = node();
        char[] k = keys.get(node);
        int[] ch = children.get(node);
        k = Arrays.copyOf(k, k.length + 1);
        ch = Arrays.copyOf(ch, ch.length + 1);
        k[k.length - 1] = c;
        ch[ch.length - 1] = next;
        if (node == 0 && c < rootChildren.length) rootChildren[c] = next;
        keys.set(node, k);
        children.set(node, ch);
      }
      node = next;
    }
    return node;
  }

  private int child(int node, char c) {
    if (node == 0 && c < rootChildren.length) return rootChildren[c];
    char[] k = keys.get(node);
    for (int i = 0; i < k.length; i++) {
      if (k[i] == c) return children.get(node)[i];
    }
    return -1;
  }

  private int node() {
    int n = keys.size();
    keys.add(new char[0]);
    children.add(new int[0]);
    if (n == bits.length) {
      bits = Arrays.copyOf(bits, n * 2);
      lexical = Arrays.copyOf(lexical, n * 2);
      literal = Arrays.copyOf(literal, n * 2);
    }
    return n;
  }
}
