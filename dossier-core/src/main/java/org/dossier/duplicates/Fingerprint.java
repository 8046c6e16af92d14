package org.dossier.duplicates;

import java.util.Arrays;
import org.dossier.text.Hash64;
import org.dossier.text.Words;

/**
 * A MinHash sketch of a text: for each of {@link #SIZE} hash functions, the smallest hash over the text's
 * word shingles (runs of {@link #SHINGLE} words, case folded). The share of positions where two sketches
 * agree estimates the Jaccard similarity of the two texts' shingle sets (Broder 1997), so agency copies
 * with a different headline, byline or trailing teaser still come out close to 1.
 */
public final class Fingerprint {
  /** Hash functions per sketch. */
  public static final int SIZE = 64;
  /** Words per shingle. */
  public static final int SHINGLE = 5;
  /** Texts with fewer shingles than this are too short to call copies of anything. */
  public static final int MIN_SHINGLES = 20;

  private static final long[] SEEDS = new long[SIZE];

  static {
    long s = 0x9e3779b97f4a7c15L;
    for (int i = 0; i < SIZE; i++) {
      s += 0x9e3779b97f4a7c15L;
      SEEDS[i] = Hash64.mix(s);
    }
  }

  private final int[] minima;
  private final int shingles;

  private Fingerprint(int[] minima, int shingles) {
    this.minima = minima;
    this.shingles = shingles;
  }

  /** The sketch of a text, or an empty one for a text too short to have {@link #MIN_SHINGLES}. */
  public static Fingerprint of(String text) {
    long[][] words = {new long[256]};
    int[] count = {0};
    Words.each(text, (start, end) -> {
      if (count[0] == words[0].length) words[0] = Arrays.copyOf(words[0], count[0] * 2);
      words[0][count[0]++] = Hash64.ofLowerCase(text, start, end);
    });
    int n = count[0] - SHINGLE + 1;
    if (n < MIN_SHINGLES) return new Fingerprint(new int[0], Math.max(n, 0));
    long[] min = new long[SIZE];
    Arrays.fill(min, Long.MAX_VALUE);
    for (int i = 0; i < n; i++) {
      long h = 0;
      for (int k = 0; k < SHINGLE; k++) h = h * 31 + words[0][i + k];
      h = Hash64.mix(h);
      for (int f = 0; f < SIZE; f++) {
        long v = Hash64.mix(h ^ SEEDS[f]) >>> 1;
        if (v < min[f]) min[f] = v;
      }
    }
    int[] minima = new int[SIZE];
    for (int f = 0; f < SIZE; f++) minima[f] = (int) (min[f] >>> 31);
    return new Fingerprint(minima, n);
  }

  /** Rebuilt from its stored values (e.g. from a Spark row). */
  public static Fingerprint of(int[] minima, int shingles) {
    if (minima.length != 0 && minima.length != SIZE) {
      throw new IllegalArgumentException("a fingerprint has " + SIZE + " values, got " + minima.length);
    }
    return new Fingerprint(minima.clone(), shingles);
  }

  public boolean isEmpty() {
    return minima.length == 0;
  }

  public int shingles() {
    return shingles;
  }

  public int[] minima() {
    return minima.clone();
  }

  int value(int f) {
    return minima[f];
  }

  /** The estimated Jaccard similarity of the two texts' shingle sets; 0 when either is empty. */
  public double similarity(Fingerprint other) {
    if (isEmpty() || other.isEmpty()) return 0;
    int same = 0;
    for (int f = 0; f < SIZE; f++) {
      if (minima[f] == other.minima[f]) same++;
    }
    return same / (double) SIZE;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint f && shingles == f.shingles && Arrays.equals(minima, f.minima);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(minima) * 31 + shingles;
  }
}
