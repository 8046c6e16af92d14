package org.dossier.store;

import java.util.List;

/**
 * One page of a list: the items from {@code offset}, at most {@code limit} of them, and how many there are in
 * all. A request for more than {@link #MAX_LIMIT} items gets {@link #MAX_LIMIT}; {@code limit} says how many
 * were allowed.
 */
public record Page<T>(long total, int offset, int limit, List<T> items) {
  /** The largest page any list returns. */
  public static final int MAX_LIMIT = 500;
  /** The page size a caller that does not choose one should use. */
  public static final int DEFAULT_LIMIT = 50;

  public Page {
    items = List.copyOf(items);
  }

  /** The limit a request for {@code limit} items gets; a negative offset or limit is refused. */
  static int allowed(int offset, int limit) {
    if (offset < 0) throw new IllegalArgumentException("offset must not be negative, got " + offset);
    if (limit < 0) throw new IllegalArgumentException("limit must not be negative, got " + limit);
    return Math.min(limit, MAX_LIMIT);
  }
}
