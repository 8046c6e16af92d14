package org.dossier.bench;

import java.util.List;

/** The documents of a corpus, handed out one per benchmark call, round and round. */
final class Rotation<T> {
  private final List<T> items;
  private int next;

  Rotation(List<T> items) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("no documents");
    }
    this.items = List.copyOf(items);
  }

  T next() {
    T item = items.get(next);
    next = next + 1 == items.size() ? 0 : next + 1;
    return item;
  }

  List<T> all() {
    return items;
  }
}
