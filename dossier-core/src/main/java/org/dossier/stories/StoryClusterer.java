package org.dossier.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.calendar.PartialDate;
import org.dossier.text.Hash64;

/**
 * Groups documents into stories: reports of one news event, across languages.
 *
 * <p>Documents are taken in order of their publication day, those whose day is known first; each joins the existing story whose centre it
 * is most similar to, when that similarity reaches a threshold and the dates are compatible (within a
 * few days of the story's days), else it opens a story ({@link Settings}). A report that nothing dates needs
 * a higher similarity, since no date can rule it out. Similarity is the cosine of TF-IDF
 * weighted profiles: the language-independent features (entities, event kinds with their dates, days and
 * numbers named) for every pair, and, where the story already holds a report in the document's language,
 * the better of that and the mean with the cosine of the frequent words.
 *
 * <p>Candidate stories come from blocking: a story is found through the rarer features its members share
 * with the document in the same weeks; buckets and candidates are capped, so the cost per document stays
 * bounded whatever the size of the corpus.
 */
public final class StoryClusterer {
  /**
   * @param threshold the similarity from which a document joins a story
   * @param undatedThreshold the same for a report that nothing dates, whose dates cannot be checked
   * @param windowDays how far (in days) a report may be from the days of a story it joins
   */
  public record Settings(double threshold, double undatedThreshold, int windowDays) {
    public static final Settings DEFAULT = new Settings(0.2, 0.4, 5);
  }
  /** A feature in more than this share of documents (and more than {@link #BLOCK_MIN_DF}) is too common to block on. */
  static final double BLOCK_MAX_SHARE = 0.05;
  static final int BLOCK_MIN_DF = 20;
  /** A blocking bucket remembers at most this many stories, the latest. */
  static final int BUCKET_CAP = 50;
  /** A document is filed under, and looks up, at most this many of its rarer features, the heaviest. */
  static final int BLOCKING_FEATURES = 48;
  /** At most this many candidate stories, those sharing the most keys, are compared with a document. */
  static final int CANDIDATES = 50;
  /** Buckets are read, heaviest feature first, until this many stories are found. */
  static final int HITS_CAP = 4 * CANDIDATES;
  /** A story's centre keeps at most this many features per vector. */
  static final int CENTRE_CAP = 400;

  private StoryClusterer() {}

  /** The stories, and for each document the index of its story. */
  public record Result(int[] storyOf, List<Story> stories) {}

  /**
   * Clusters the documents. {@code copyOf[i] >= 0} marks a near-duplicate of document {@code copyOf[i]}: it
   * is not clustered itself but joins its original's story (pass null when there are none).
   */
  public static Result cluster(List<DocumentProfile> docs, int[] copyOf) {
    return cluster(docs, copyOf, Settings.DEFAULT);
  }

  public static Result cluster(List<DocumentProfile> docs, int[] copyOf, Settings settings) {
    int n = docs.size();
    Map<Long, Integer> df = new HashMap<>();
    int clustered = 0;
    for (int i = 0; i < n; i++) {
      if (copyOf != null && copyOf[i] >= 0) continue;
      clustered++;
      count(df, docs.get(i).shared());
      count(df, docs.get(i).words());
    }
    final int total = clustered;
    java.util.function.LongToDoubleFunction idf = key -> 1 + Math.log((total + 1.0) / (df.getOrDefault(key, 0) + 1.0));
    int blockMaxDf = Math.max(BLOCK_MIN_DF, (int) (BLOCK_MAX_SHARE * total));

    SparseVector[] shared = new SparseVector[n];
    SparseVector[] words = new SparseVector[n];
    for (int i = 0; i < n; i++) {
      shared[i] = docs.get(i).shared().scaled(idf);
      words[i] = docs.get(i).words().scaled(idf);
    }

    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    // reports with a known day first, so that stories form around firm dates; then those dated to a month
    // or so, which join the story they fit best; then the undated
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> datedness(docs.get(i)))
        .thenComparing(i -> docs.get(i).from(), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparingInt(i -> i));

    List<Centre> centres = new ArrayList<>();
    Map<Long, List<Integer>> buckets = new HashMap<>();
    int[] storyOf = new int[n];
    Arrays.fill(storyOf, -1);
    for (int i : order) {
      if (copyOf != null && copyOf[i] >= 0) continue;
      DocumentProfile doc = docs.get(i);
      long[] features = blockingFeatures(shared[i], words[i], df, blockMaxDf);
      // a report looks in the weeks it may be from, widened by the window, and is filed under its own weeks
      List<Long> weeks = weeks(doc, settings.windowDays());
      List<Long> keys = keys(features, weeks);
      // the stories found through the most keys are compared; a report without weeks (undated, or dated only
      // to the year) looks without them
      Map<Integer, Integer> hits = new HashMap<>();
      for (long key : keys) {
        // keys come heaviest feature first: once enough stories are found, the lighter keys add only noise
        if (hits.size() >= HITS_CAP) break;
        if (!weeks.isEmpty() && (key & 1) == 1) continue;
        List<Integer> bucket = buckets.get(key);
        if (bucket != null) for (int c : bucket) hits.merge(c, 1, Integer::sum);
      }
      List<Integer> candidates = new ArrayList<>(hits.keySet());
      candidates.sort(Comparator.comparingInt((Integer c) -> -hits.get(c)).thenComparingInt(c -> c));
      if (candidates.size() > CANDIDATES) candidates = candidates.subList(0, CANDIDATES);
      int best = -1;
      double bestScore = doc.from() == null ? settings.undatedThreshold() : settings.threshold();
      for (int c : candidates) {
        Centre centre = centres.get(c);
        if (!centre.admits(doc, settings.windowDays())) continue;
        double score = centre.similarity(doc.language(), shared[i], words[i]);
        if (score >= bestScore) {
          // ties go to the earlier story, for a stable result
          if (score > bestScore || best < 0 || c < best) best = c;
          bestScore = score;
        }
      }
      if (best < 0) {
        best = centres.size();
        centres.add(new Centre());
      }
      centres.get(best).add(i, doc, shared[i], words[i]);
      storyOf[i] = best;
      for (long key : keys(features, weeks(doc, 0))) {
        List<Integer> bucket = buckets.computeIfAbsent(key, k -> new ArrayList<>());
        if (bucket.isEmpty() || bucket.get(bucket.size() - 1) != best) {
          bucket.remove(Integer.valueOf(best));
          bucket.add(best);
          if (bucket.size() > BUCKET_CAP) bucket.remove(0);
        }
      }
    }
    if (copyOf != null) {
      for (int i = 0; i < n; i++) {
        if (copyOf[i] >= 0) {
          storyOf[i] = storyOf[copyOf[i]];
          centres.get(storyOf[i]).members.add(i);
        }
      }
    }

    List<Story> stories = new ArrayList<>();
    int[] renumbered = new int[centres.size()];
    // stories numbered by their first member in input order
    Integer[] byFirst = new Integer[centres.size()];
    for (int c = 0; c < centres.size(); c++) {
      centres.get(c).members.sort(null);
      byFirst[c] = c;
    }
    Arrays.sort(byFirst, Comparator.comparingInt(c -> centres.get(c).members.get(0)));
    for (int k = 0; k < byFirst.length; k++) {
      Centre centre = centres.get(byFirst[k]);
      renumbered[byFirst[k]] = k;
      stories.add(centre.story(docs, shared, words));
    }
    for (int i = 0; i < n; i++) storyOf[i] = renumbered[storyOf[i]];
    return new Result(storyOf, stories);
  }

  private static int datedness(DocumentProfile doc) {
    if (doc.from() == null) return 2;
    return doc.from().equals(doc.to()) ? 0 : 1;
  }

  private static void count(Map<Long, Integer> df, SparseVector v) {
    for (int k = 0; k < v.size(); k++) df.merge(v.key(k), 1, Integer::sum);
  }

  /** A document's heaviest rarer features (in more than one document, in few enough), heaviest first. */
  private static long[] blockingFeatures(SparseVector shared, SparseVector words, Map<Long, Integer> df, int maxDf) {
    List<long[]> features = new ArrayList<>();
    for (SparseVector v : List.of(shared, words)) {
      for (int k = 0; k < v.size(); k++) {
        // a feature of this document alone finds nothing
        int count = df.getOrDefault(v.key(k), 0);
        if (count >= 2 && count <= maxDf) features.add(new long[] {v.key(k), Float.floatToIntBits(v.weight(k))});
      }
    }
    features.sort(Comparator.comparingDouble((long[] f) -> -Float.intBitsToFloat((int) f[1])).thenComparingLong(f -> f[0]));
    long[] out = new long[Math.min(BLOCKING_FEATURES, features.size())];
    for (int k = 0; k < out.length; k++) out[k] = features.get(k)[0];
    return out;
  }

  /**
   * The blocking keys of features: each feature with each week (even keys), and each without a week (odd keys),
   * by which reports without weeks find stories; feature by feature, heaviest first.
   */
  private static List<Long> keys(long[] features, List<Long> weeks) {
    List<Long> keys = new ArrayList<>(features.length * (weeks.size() + 1));
    for (long f : features) {
      for (long w : weeks) keys.add(Hash64.mix(f * 31 + w) & ~1L);
      keys.add(Hash64.mix(f) | 1L);
    }
    return keys;
  }

  /** The weeks a report may be from, widened by {@code window} days; none for an undated one or one dated only to the year. */
  private static List<Long> weeks(DocumentProfile doc, int window) {
    List<Long> weeks = new ArrayList<>();
    if (doc.from() == null) return weeks;
    long first = Math.floorDiv(doc.from().minusDays(window).toEpochDay(), 7);
    long last = Math.floorDiv(doc.to().plusDays(window).toEpochDay(), 7);
    if (last - first <= 10) for (long w = first; w <= last; w++) weeks.add(w);
    return weeks;
  }

  /** A story being built: its members, days and centre (the sums of its members' unit vectors). */
  private static final class Centre {
    final List<Integer> members = new ArrayList<>();
    final Map<Long, Float> shared = new HashMap<>();
    double sharedNorm2;
    final Map<String, Map<Long, Float>> words = new HashMap<>();
    final Map<String, Double> wordsNorm2 = new HashMap<>();
    /** the days of the members whose day is known */
    LocalDate first;
    LocalDate last;
    /** the days the members dated only to a month or so may be from */
    LocalDate looseFirst;
    LocalDate looseLast;

    /**
     * Whether a report may belong to the story by its dates: its days come within the window of the days of
     * the story's reports, those whose day is known when there are any.
     */
    boolean admits(DocumentProfile doc, int window) {
      if (doc.from() == null) return true;
      LocalDate a = first != null ? first : looseFirst;
      LocalDate b = first != null ? last : looseLast;
      if (a == null) return true;
      return !doc.from().isAfter(b.plusDays(window)) && !doc.to().isBefore(a.minusDays(window));
    }

    double similarity(String language, SparseVector s, SparseVector w) {
      double cross = sharedNorm2 == 0 ? 0 : s.dot(shared) / Math.sqrt(sharedNorm2);
      Map<Long, Float> centre = words.get(language);
      if (centre == null || w.size() == 0) return cross;
      double same = w.dot(centre) / Math.sqrt(wordsNorm2.get(language));
      return Math.max(cross, (cross + same) / 2);
    }

    void add(int index, DocumentProfile doc, SparseVector s, SparseVector w) {
      members.add(index);
      sharedNorm2 = addTo(shared, sharedNorm2, s);
      Map<Long, Float> centre = words.computeIfAbsent(doc.language(), k -> new HashMap<>());
      wordsNorm2.put(doc.language(), addTo(centre, wordsNorm2.getOrDefault(doc.language(), 0.0), w));
      if (doc.from() == null) return;
      if (doc.from().equals(doc.to())) {
        if (first == null || doc.from().isBefore(first)) first = doc.from();
        if (last == null || doc.to().isAfter(last)) last = doc.to();
      } else {
        if (looseFirst == null || doc.from().isBefore(looseFirst)) looseFirst = doc.from();
        if (looseLast == null || doc.to().isAfter(looseLast)) looseLast = doc.to();
      }
    }

    /** Adds a unit vector to a centre and returns the centre's new squared norm. */
    private static double addTo(Map<Long, Float> centre, double norm2, SparseVector v) {
      double dot = v.dot(centre);
      for (int k = 0; k < v.size(); k++) centre.merge(v.key(k), v.weight(k), Float::sum);
      norm2 = norm2 + 2 * dot + 1;
      if (centre.size() > 2 * CENTRE_CAP) norm2 = prune(centre);
      return norm2;
    }

    /** Keeps the heaviest features of a centre that has grown large, and returns its squared norm. */
    private static double prune(Map<Long, Float> centre) {
      List<Map.Entry<Long, Float>> entries = new ArrayList<>(centre.entrySet());
      entries.sort(Map.Entry.<Long, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
      centre.clear();
      double norm2 = 0;
      for (Map.Entry<Long, Float> e : entries.subList(0, CENTRE_CAP)) {
        centre.put(e.getKey(), e.getValue());
        norm2 += (double) e.getValue() * e.getValue();
      }
      return norm2;
    }

    Story story(List<DocumentProfile> docs, SparseVector[] sharedVectors, SparseVector[] wordVectors) {
      int central = members.get(0);
      double best = -1;
      Set<String> languages = new TreeSet<>();
      // the days of the reports whose day is known; the coarser dates only when no report has a day
      PartialDate first = null;
      PartialDate last = null;
      PartialDate coarseFirst = null;
      PartialDate coarseLast = null;
      for (int i : members) {
        DocumentProfile doc = docs.get(i);
        languages.add(doc.language());
        double score = similarity(doc.language(), sharedVectors[i], wordVectors[i]);
        if (score > best + 1e-9) {
          best = score;
          central = i;
        }
        PartialDate p = doc.published() == null ? null : PartialDate.parse(doc.published());
        if (p == null) continue;
        if (p.precision() == 3) {
          if (first == null || p.first().isBefore(first.first())) first = p;
          if (last == null || p.last().isAfter(last.last())) last = p;
        } else {
          if (coarseFirst == null || p.first().isBefore(coarseFirst.first())) coarseFirst = p;
          if (coarseLast == null || p.last().isAfter(coarseLast.last())) coarseLast = p;
        }
      }
      if (first == null) {
        first = coarseFirst;
        last = coarseLast;
      }
      String id = "s" + HexFormat.of().toHexDigits(Hash64.of("story:", docs.get(members.get(0)).id())).substring(0, 12);
      String title = docs.get(central).title();
      if (title == null) {
        // the most central report with a headline, else the central report's first sentence
        for (int i : members) if (docs.get(i).title() != null) { title = docs.get(i).title(); break; }
        if (title == null) title = docs.get(central).lead();
      }
      return new Story(id, members, central, title, List.copyOf(new LinkedHashSet<>(languages)),
          first == null ? null : first.value(), last == null ? null : last.value());
    }
  }
}
