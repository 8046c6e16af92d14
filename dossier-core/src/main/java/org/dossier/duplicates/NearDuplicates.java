package org.dossier.duplicates;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds near-identical documents (agency copies of one wire text on several sites) by locality-sensitive
 * hashing of their {@link Fingerprint}s: the sketch is cut into {@link #BANDS} bands, documents that agree
 * on a whole band are candidates, and a candidate pair is a copy when the sketches agree on at least
 * {@link #THRESHOLD} of their values. With 16 bands of 4 values, a pair at Jaccard 0.8 is a candidate with
 * probability 0.9999 and one at 0.3 with 0.12, so the verification step sees few pairs.
 *
 * <p>Each band is grouped by sorting the documents by its hash, so memory is a few arrays of the corpus'
 * size and time n log n: no all-pairs comparison.
 */
public final class NearDuplicates {
  public static final int BANDS = 16;
  public static final int ROWS = Fingerprint.SIZE / BANDS;
  /** Estimated Jaccard similarity from which two documents are copies of one text. */
  public static final double THRESHOLD = 0.8;

  /** One document as the duplicate finder sees it; {@code published} may be null. */
  public record Item(Fingerprint fingerprint, LocalDate published) {}

  private NearDuplicates() {}

  /**
   * For each document, the index of the document it copies, or -1. Copies of one text are grouped
   * (transitively) and each points to the group's earliest document: the earliest publication day, then
   * the first in input order; undated documents count as later than dated ones.
   */
  public static int[] find(List<Item> items) {
    int n = items.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
    Integer[] order = new Integer[n];
    long[] band = new long[n];
    for (int b = 0; b < BANDS; b++) {
      int count = 0;
      for (int i = 0; i < n; i++) {
        Fingerprint f = items.get(i).fingerprint();
        if (f.isEmpty()) continue;
        long h = b;
        for (int r = 0; r < ROWS; r++) h = h * 0x100000001b3L + f.value(b * ROWS + r);
        band[i] = h;
        order[count++] = i;
      }
      Integer[] sorted = Arrays.copyOf(order, count);
      Arrays.sort(sorted, Comparator.comparingLong((Integer i) -> band[i]).thenComparingInt(i -> i));
      for (int s = 0; s < count; ) {
        int e = s + 1;
        while (e < count && band[sorted[e]] == band[sorted[s]]) e++;
        for (int x = s; x < e; x++) {
          for (int y = x + 1; y < e; y++) {
            int i = sorted[x];
            int j = sorted[y];
            if (find(parent, i) != find(parent, j)
                && items.get(i).fingerprint().similarity(items.get(j).fingerprint()) >= THRESHOLD) {
              union(parent, i, j);
            }
          }
        }
        s = e;
      }
    }
    // the earliest member of each group
    int[] earliest = new int[n];
    Arrays.fill(earliest, -1);
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      if (earliest[root] < 0 || earlier(items, i, earliest[root])) earliest[root] = i;
    }
    int[] copyOf = new int[n];
    for (int i = 0; i < n; i++) {
      int first = earliest[find(parent, i)];
      copyOf[i] = first == i ? -1 : first;
    }
    return copyOf;
  }

  private static boolean earlier(List<Item> items, int i, int j) {
    LocalDate a = items.get(i).published();
    LocalDate b = items.get(j).published();
    if (a != null && b != null && !a.equals(b)) return a.isBefore(b);
    if (a != null && b == null) return true;
    if (a == null && b != null) return false;
    return i < j;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int i, int j) {
    int a = find(parent, i);
    int b = find(parent, j);
    if (a != b) parent[Math.max(a, b)] = Math.min(a, b);
  }
}
