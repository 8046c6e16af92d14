package org.dossier.stories;

import java.util.Arrays;
import java.util.Map;

/**
 * A sparse vector over hashed features: keys sorted ascending, one weight each. Compact (12 bytes a
 * feature), so a profile per document stays small when the corpus holds hundreds of thousands.
 */
public final class SparseVector implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  static final SparseVector EMPTY = new SparseVector(new long[0], new float[0]);

  private final long[] keys;
  private final float[] weights;

  private SparseVector(long[] keys, float[] weights) {
    this.keys = keys;
    this.weights = weights;
  }

  /** The vector of a feature → weight map; zero weights are dropped. */
  public static SparseVector of(Map<Long, Float> features) {
    long[] keys = features.entrySet().stream().filter(e -> e.getValue() != 0f).mapToLong(Map.Entry::getKey)
        .sorted().toArray();
    float[] weights = new float[keys.length];
    for (int i = 0; i < keys.length; i++) weights[i] = features.get(keys[i]);
    return new SparseVector(keys, weights);
  }

  /**
   * The vector of its stored keys and weights (e.g. read back from a store): keys strictly ascending, one
   * weight each, as {@link #key} and {@link #weight} give them.
   */
  public static SparseVector of(long[] keys, float[] weights) {
    if (keys.length != weights.length) {
      throw new IllegalArgumentException(keys.length + " keys but " + weights.length + " weights");
    }
    for (int i = 1; i < keys.length; i++) {
      if (keys[i - 1] >= keys[i]) throw new IllegalArgumentException("keys not strictly ascending at " + i);
    }
    return keys.length == 0 ? EMPTY : new SparseVector(keys.clone(), weights.clone());
  }

  public int size() {
    return keys.length;
  }

  public long key(int i) {
    return keys[i];
  }

  public float weight(int i) {
    return weights[i];
  }

  /** Each weight times the factor the function gives its key, scaled to unit length (empty stays empty). */
  public SparseVector scaled(java.util.function.LongToDoubleFunction factor) {
    float[] w = new float[keys.length];
    double norm = 0;
    for (int i = 0; i < keys.length; i++) {
      w[i] = (float) (weights[i] * factor.applyAsDouble(keys[i]));
      norm += (double) w[i] * w[i];
    }
    if (norm == 0) return EMPTY;
    float inv = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < w.length; i++) w[i] *= inv;
    return new SparseVector(keys, w);
  }

  /** The dot product with a vector given as a map (a centroid). */
  public double dot(Map<Long, Float> other) {
    double sum = 0;
    for (int i = 0; i < keys.length; i++) {
      Float w = other.get(keys[i]);
      if (w != null) sum += weights[i] * w;
    }
    return sum;
  }

  /** The dot product with another sparse vector, by merging the sorted keys. */
  public double dot(SparseVector other) {
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < keys.length && j < other.keys.length) {
      if (keys[i] == other.keys[j]) {
        sum += weights[i++] * other.weights[j++];
      } else if (keys[i] < other.keys[j]) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SparseVector v && Arrays.equals(keys, v.keys) && Arrays.equals(weights, v.weights);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(keys) * 31 + Arrays.hashCode(weights);
  }
}
