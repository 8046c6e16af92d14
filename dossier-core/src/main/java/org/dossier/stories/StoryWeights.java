package org.dossier.stories;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many clustered documents (near-duplicates left out) hold each feature, for the TF-IDF weights of the
 * story profiles and for choosing the rarer features to block on. Only the counts of features held by two
 * documents or more are kept: a feature held by one (or only by copies) counts as one, which is all the
 * weighting and blocking need to know of it, so the table stays small however large the corpus.
 */
public final class StoryWeights implements Serializable {
  private static final long serialVersionUID = 1L;
  /** A feature in more than this share of documents (and more than {@link #BLOCK_MIN_DF}) is too common to block on. */
  static final double BLOCK_MAX_SHARE = 0.05;
  static final int BLOCK_MIN_DF = 20;

  private final long[] keys;
  private final int[] counts;
  private final int total;

  private StoryWeights(long[] keys, int[] counts, int total) {
    this.keys = keys;
    this.counts = counts;
    this.total = total;
  }

  /** The counts over the documents that are not copies ({@code copyOf[i] >= 0}; null when there are none). */
  public static StoryWeights count(List<DocumentProfile> docs, int[] copyOf) {
    Map<Long, Integer> df = new HashMap<>();
    int total = 0;
    for (int i = 0; i < docs.size(); i++) {
      if (copyOf != null && copyOf[i] >= 0) continue;
      total++;
      for (long key : features(docs.get(i))) df.merge(key, 1, Integer::sum);
    }
    long[] keys = df.entrySet().stream().filter(e -> e.getValue() >= 2).mapToLong(Map.Entry::getKey).sorted().toArray();
    int[] counts = new int[keys.length];
    for (int k = 0; k < keys.length; k++) counts[k] = df.get(keys[k]);
    return new StoryWeights(keys, counts, total);
  }

  /**
   * Counts computed elsewhere (e.g. summed by a distributed job): {@code keys} strictly ascending, each count the
   * number of clustered documents holding the feature; counts below two may be left out.
   */
  public static StoryWeights of(long[] keys, int[] counts, int total) {
    if (keys.length != counts.length) throw new IllegalArgumentException(keys.length + " keys but " + counts.length + " counts");
    for (int k = 1; k < keys.length; k++) {
      if (keys[k - 1] >= keys[k]) throw new IllegalArgumentException("keys not strictly ascending at " + k);
    }
    return new StoryWeights(keys.clone(), counts.clone(), total);
  }

  /** The distinct features of a profile that are counted: its shared and its word features. */
  public static long[] features(DocumentProfile doc) {
    long[] out = new long[doc.shared().size() + doc.words().size()];
    int n = 0;
    for (SparseVector v : List.of(doc.shared(), doc.words())) for (int k = 0; k < v.size(); k++) out[n++] = v.key(k);
    Arrays.sort(out);
    int distinct = 0;
    for (int k = 0; k < out.length; k++) if (k == 0 || out[k] != out[k - 1]) out[distinct++] = out[k];
    return Arrays.copyOf(out, distinct);
  }

  /** How many clustered documents hold the feature: at least one. */
  public int df(long key) {
    int at = Arrays.binarySearch(keys, key);
    return at >= 0 ? counts[at] : 1;
  }

  public double idf(long key) {
    return 1 + Math.log((total + 1.0) / (df(key) + 1.0));
  }

  /** The number of clustered documents. */
  public int total() {
    return total;
  }

  /** The most documents a feature may be in and still serve as a blocking key. */
  public int blockMaxDf() {
    return Math.max(BLOCK_MIN_DF, (int) (BLOCK_MAX_SHARE * total));
  }

  /** Whether a feature is rare enough to block on, yet held by more than one document. */
  public boolean blocksOn(long key) {
    int at = Arrays.binarySearch(keys, key);
    return at >= 0 && counts[at] <= blockMaxDf();
  }

  /** A document's vectors weighted by these counts, each of unit length. */
  public StoryClusterer.Item item(long position, DocumentProfile doc) {
    return new StoryClusterer.Item(position, doc, doc.shared().scaled(this::idf), doc.words().scaled(this::idf));
  }
}
