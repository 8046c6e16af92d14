package org.dossier.entities;

import java.util.Arrays;
import java.util.Map;
import org.dossier.text.Fold;

/**
 * The folded one-word names of countries and places that open German compounds ("Kaukasusregion",
 * "Karabachkonflikt"), as a trie over chars: a word is read once, without cutting it into substrings.
 */
final class CompoundHeads {
  /** A head found at the start of a word: what it names and how many chars it takes. */
  record Head(String id, int length) {}

  private static final class Node {
    private char[] chars = new char[0];
    private Node[] children = new Node[0];
    private String id;

    Node child(char c) {
      for (int k = 0; k < chars.length; k++) if (chars[k] == c) return children[k];
      return null;
    }

    Node add(char c) {
      Node n = child(c);
      if (n != null) return n;
      chars = Arrays.copyOf(chars, chars.length + 1);
      children = Arrays.copyOf(children, children.length + 1);
      chars[chars.length - 1] = c;
      n = new Node();
      children[children.length - 1] = n;
      return n;
    }
  }

  private final Node root = new Node();

  /** @param heads folded head → the id it names */
  CompoundHeads(Map<String, String> heads) {
    heads.forEach((head, id) -> {
      Node node = root;
      for (int k = 0; k < head.length(); k++) node = node.add(head.charAt(k));
      node.id = id;
    });
  }

  /**
   * The longest head the word {@code text[start, end)} opens, at least {@code minHead} chars long, leaving at
   * least {@code minTail} chars, and followed by a lower-case letter (the compound goes on in lower case); or null.
   * A word with "ß" has no head: its folded form would not line up with the text.
   */
  Head longest(String text, int start, int end, int minHead, int minTail) {
    for (int k = start; k < end; k++) if (text.charAt(k) == 'ß') return null;
    Node node = root;
    Head best = null;
    for (int k = start; k < end - minTail; k++) {
      node = node.child(Fold.foldChar(text.charAt(k)));
      if (node == null) break;
      int length = k - start + 1;
      if (node.id != null && length >= minHead && Character.isLowerCase(text.charAt(k + 1))) {
        best = new Head(node.id, length);
      }
    }
    return best;
  }
}
