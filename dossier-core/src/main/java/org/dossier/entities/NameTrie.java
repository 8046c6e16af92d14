package org.dossier.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over the keys of name pieces: one step per piece, so matching a text costs one hash lookup per
 * piece and candidate key, whatever the size of the pack. Each path that spells a whole name holds the
 * entries it names, with the letter case each of its pieces asks for.
 */
final class NameTrie {
  /** What a name in the trie stands for. */
  enum Kind {
    /** an actor or place by one of its names */
    NAME,
    /** a person by surname alone */
    SURNAME,
    /** a phrase that stands for an actor ("die Rebellenführung", "the Kremlin" as government) */
    CUE,
    /** a generic institution noun; target is the kind */
    INSTITUTION,
    /** a group noun for the parties of the conflict; target is the size */
    COLLECTIVE,
    /** a nationality adjective; target is the country actor */
    DEMONYM,
    /** an office title; target is the role */
    TITLE
  }

  /** Letter case a piece of a name asks of the text. */
  static final byte ANY_CASE = 0;
  static final byte UPPER_FIRST = 1;
  static final byte ALL_CAPS = 2;

  record Entry(Kind kind, String target, byte[] cases) {}

  /** The gap before the first piece of a name: none. */
  static final char FIRST = 0;

  /** One step of a name: the separator before the piece ({@link #FIRST} for the first) and the piece's key. */
  record Edge(char gap, String key) {}

  static final class Node {
    /** Children by key, then by the separator before the piece: keys are looked up as they are, not joined to the gap. */
    private Map<String, Node[]> next;
    private List<Entry> entries;

    Node step(char gap, String key) {
      if (next == null) return null;
      Node[] byGap = next.get(key);
      return byGap == null ? null : byGap[slot(gap)];
    }

    List<Entry> entries() {
      return entries == null ? List.of() : entries;
    }
  }

  private static int slot(char gap) {
    switch (gap) {
      case FIRST: return 0;
      case NamePieces.SPACE: return 1;
      case NamePieces.PERIOD: return 2;
      case NamePieces.COMMA: return 3;
      case NamePieces.POSSESSIVE: return 4;
      default: return 5;
    }
  }

  private static final int SLOTS = 6;

  private final Node root = new Node();

  /** The keys a name can start with. */
  java.util.Set<String> firstKeys() {
    return root.next == null ? java.util.Set.of() : root.next.keySet();
  }

  Node root() {
    return root;
  }

  /** An edge as one string, for comparing paths: the separator before a piece (none for the first) and its key. */
  static String edge(char gap, String key, boolean first) {
    return first ? key : gap + key;
  }

  void add(List<Edge> path, Entry entry) {
    Node node = root;
    for (Edge e : path) {
      if (node.next == null) node.next = new HashMap<>();
      Node[] byGap = node.next.computeIfAbsent(e.key(), k -> new Node[SLOTS]);
      int slot = slot(e.gap());
      if (byGap[slot] == null) byGap[slot] = new Node();
      node = byGap[slot];
    }
    if (node.entries == null) node.entries = new ArrayList<>(1);
    for (Entry existing : node.entries) {
      if (existing.kind() == entry.kind() && existing.target().equals(entry.target())
          && java.util.Arrays.equals(existing.cases(), entry.cases())) {
        return;
      }
    }
    node.entries.add(entry);
  }
}
