package org.dossier.duplicates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.text.UnionFind;

/**
 * Finds near-identical documents (agency copies of one wire text on several sites) by locality-sensitive
 * hashing of their {@link Fingerprint}s: the sketch is cut into {@link #BANDS} bands, documents that agree
 * on a whole band are candidates, and a candidate pair is a copy when the sketches agree on at least
 * {@link #THRESHOLD} of their values. With 16 bands of 4 values, a pair at Jaccard 0.8 is a candidate with
 * probability 0.9999 and one at 0.3 with 0.12, so the verification step sees few pairs.
 *
 * <p>Documents are grouped by the keys of their bands ({@link #bandKeys}), and only the documents of one key
 * are compared ({@link #copiesIn}): no all-pairs comparison. The groups are independent, so a distributed job
 * compares them in parallel and joins the pairs found into groups of copies as {@link #find} does.
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
    UnionFind groups = new UnionFind(n);
    // the documents of each band value, in input order
    Map<Long, List<Integer>> buckets = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (long key : bandKeys(items.get(i).fingerprint())) buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    for (List<Integer> bucket : buckets.values()) {
      List<Fingerprint> prints = new ArrayList<>(bucket.size());
      for (int i : bucket) prints.add(items.get(i).fingerprint());
      for (int[] pair : copiesIn(prints)) groups.union(bucket.get(pair[0]), bucket.get(pair[1]));
    }
    // the earliest member of each group
    int[] earliest = new int[n];
    Arrays.fill(earliest, -1);
    for (int i = 0; i < n; i++) {
      int root = groups.find(i);
      if (earliest[root] < 0 || earlier(items.get(i).published(), i, items.get(earliest[root]).published(), earliest[root])) {
        earliest[root] = i;
      }
    }
    int[] copyOf = new int[n];
    for (int i = 0; i < n; i++) {
      int first = earliest[groups.find(i)];
      copyOf[i] = first == i ? -1 : first;
    }
    return copyOf;
  }

  /**
   * The keys of a fingerprint's bands, one per band: documents that share a key are candidates. None for an
   * empty fingerprint.
   */
  public static long[] bandKeys(Fingerprint f) {
    if (f.isEmpty()) return new long[0];
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = b;
      for (int r = 0; r < ROWS; r++) h = h * 0x100000001b3L + f.value(b * ROWS + r);
      keys[b] = h;
    }
    return keys;
  }

  /**
   * The copies among the candidates of one band value, as pairs of indexes into the list: enough pairs to
   * connect every group of copies (a pair already connected through others is not checked again).
   */
  public static List<int[]> copiesIn(List<Fingerprint> candidates) {
    List<int[]> pairs = new ArrayList<>();
    int k = candidates.size();
    if (k < 2) return pairs;
    UnionFind connected = new UnionFind(k);
    for (int x = 0; x < k; x++) {
      for (int y = x + 1; y < k; y++) {
        if (connected.find(x) != connected.find(y) && candidates.get(x).similarity(candidates.get(y)) >= THRESHOLD) {
          connected.union(x, y);
          pairs.add(new int[] {x, y});
        }
      }
    }
    return pairs;
  }

  /**
   * Whether document a (published on {@code dayA}, null when unknown, at input position {@code a}) comes before
   * document b: the earlier day; a known day before an unknown one; else the earlier position.
   */
  public static boolean earlier(LocalDate dayA, long a, LocalDate dayB, long b) {
    if (dayA != null && dayB != null && !dayA.equals(dayB)) return dayA.isBefore(dayB);
    if (dayA != null && dayB == null) return true;
    if (dayA == null && dayB != null) return false;
    return a < b;
  }

}
