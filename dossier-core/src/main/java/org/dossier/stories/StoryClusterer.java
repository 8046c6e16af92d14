package org.dossier.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dossier.calendar.PartialDate;
import org.dossier.text.Hash64;
import org.dossier.text.UnionFind;

/**
 * Groups documents into stories: reports of one news event, across languages.
 *
 * <p>Reports whose day is known are clustered week by week ({@link #sliceOf}): taken in order of their day,
 * each joins the story of its week whose centre it is most similar to, when that similarity reaches a
 * threshold and the dates are compatible (within a few days of the story's days), else it opens a story
 * ({@link Settings}). Stories of consecutive weeks whose days meet and whose centres are as similar are then
 * joined ({@link #stitch}), so an event reported on either side of a week's end stays one story. The other reports
 * (dated only to a month, a year or a span, or not at all) then join the dated story they fit best ({@link
 * #assignLoose}), unless another such report fits them better: then they go where it goes ({@link
 * #placeLoose}); those that join none are clustered among themselves the same way. A report that nothing
 * dates needs a higher similarity, since no date can rule it out. Similarity is the cosine of TF-IDF weighted
 * profiles: the language-independent features (entities, event kinds with their dates, days and numbers
 * named) for every pair, and, where the story already holds a report in the document's language, the better
 * of that and the mean with the cosine of the frequent words.
 *
 * <p>Each week, each pair of consecutive weeks and each report without a day is work of its own, so a
 * distributed job runs them in parallel and gets what this class gives. Candidate stories come from blocking:
 * a story is found through the rarer features it shares with the report; buckets and candidates are capped,
 * so the cost per document stays bounded whatever the size of the corpus.
 */
public final class StoryClusterer {
  /**
   * @param threshold the similarity from which a document joins a story
   * @param undatedThreshold the same for a report that nothing dates, whose dates cannot be checked
   * @param windowDays how far (in days) a report may be from the days of a story it joins
   */
  public record Settings(double threshold, double undatedThreshold, int windowDays) implements java.io.Serializable {
    public static final Settings DEFAULT = new Settings(0.2, 0.4, 5);
  }
  /** The days of one slice of the reports whose day is known. */
  public static final int SLICE_DAYS = 7;
  /** A blocking bucket remembers at most this many stories, the latest; a story feature shared by more is not used. */
  public static final int BUCKET_CAP = 50;
  /** A document is filed under, and looks up, at most this many of its rarer features, the heaviest. */
  public static final int BLOCKING_FEATURES = 48;
  /** At most this many candidate stories, those sharing the most keys, are compared with a document. */
  public static final int CANDIDATES = 50;
  /** Buckets are read, heaviest feature first, until this many stories are found. */
  static final int HITS_CAP = 4 * CANDIDATES;

  private StoryClusterer() {}

  /** The stories, and for each document the index of its story. */
  public record Result(int[] storyOf, List<Story> stories) {}

  /**
   * A document as the clusterer sees it: its position in the input (which orders ties), its profile, and its
   * vectors weighted by {@link StoryWeights#item}.
   */
  public record Item(long position, DocumentProfile profile, SparseVector shared, SparseVector words)
      implements java.io.Serializable {}

  /**
   * Clusters the documents. {@code copyOf[i] >= 0} marks a near-duplicate of document {@code copyOf[i]}: it
   * is not clustered itself but joins its original's story (pass null when there are none).
   */
  public static Result cluster(List<DocumentProfile> docs, int[] copyOf) {
    return cluster(docs, copyOf, Settings.DEFAULT);
  }

  public static Result cluster(List<DocumentProfile> docs, int[] copyOf, Settings settings) {
    int n = docs.size();
    StoryWeights weights = StoryWeights.count(docs, copyOf);
    List<Item> items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) items.add(weights.item(i, docs.get(i)));

    // week by week
    TreeMap<Long, List<Item>> slices = new TreeMap<>();
    List<Item> loose = new ArrayList<>();
    for (Item item : items) {
      if (copyOf != null && copyOf[(int) item.position()] >= 0) continue;
      Long slice = sliceOf(item.profile());
      if (slice == null) loose.add(item);
      else slices.computeIfAbsent(slice, k -> new ArrayList<>()).add(item);
    }
    List<StoryCentre> dated = new ArrayList<>();
    Map<Long, Integer> firstOfSlice = new HashMap<>();
    Map<Long, List<StoryCentre>> bySlice = new HashMap<>();
    for (Map.Entry<Long, List<Item>> e : slices.entrySet()) {
      List<StoryCentre> centres = clusterSlice(e.getValue(), weights, settings);
      firstOfSlice.put(e.getKey(), dated.size());
      bySlice.put(e.getKey(), centres);
      dated.addAll(centres);
    }

    // across the weeks' boundaries
    UnionFind joined = new UnionFind(dated.size());
    for (long slice : slices.keySet()) {
      List<StoryCentre> later = bySlice.get(slice + 1);
      if (later == null) continue;
      int[] joins = stitch(bySlice.get(slice), later, weights, settings);
      for (int b = 0; b < joins.length; b++) {
        if (joins[b] >= 0) joined.union(firstOfSlice.get(slice) + joins[b], firstOfSlice.get(slice + 1) + b);
      }
    }
    Map<Integer, List<StoryCentre>> parts = new TreeMap<>();
    for (int k = 0; k < dated.size(); k++) parts.computeIfAbsent(joined.find(k), r -> new ArrayList<>()).add(dated.get(k));
    List<StoryCentre> centres = new ArrayList<>(parts.size());
    for (List<StoryCentre> p : parts.values()) centres.add(p.size() == 1 ? p.get(0) : StoryCentre.merged(p));

    // the reports without a day: to the dated story they fit (or the one the report they fit better goes to),
    // else among themselves
    long[] home = placeLoose(loose, assignLoose(loose, centres, weights, settings), weights, settings);
    List<Item> alone = new ArrayList<>();
    for (int k = 0; k < loose.size(); k++) {
      Item item = loose.get(k);
      if (home[k] >= 0) centres.get((int) home[k]).add(item.position(), item.profile(), item.shared(), item.words());
      else alone.add(item);
    }
    centres.addAll(clusterSlice(alone, weights, settings));

    int[] storyOf = new int[n];
    Arrays.fill(storyOf, -1);
    for (int c = 0; c < centres.size(); c++) for (long m : centres.get(c).members) storyOf[(int) m] = c;
    Map<Integer, List<Item>> members = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      if (copyOf != null && copyOf[i] >= 0) storyOf[i] = storyOf[copyOf[i]];
      members.computeIfAbsent(storyOf[i], c -> new ArrayList<>()).add(items.get(i));
    }
    // stories numbered by their first member in input order
    List<Integer> byFirst = new ArrayList<>(members.keySet());
    byFirst.sort(Comparator.comparingLong(c -> members.get(c).get(0).position()));
    int[] renumbered = new int[centres.size()];
    List<Story> stories = new ArrayList<>(byFirst.size());
    for (int c : byFirst) {
      renumbered[c] = stories.size();
      List<Item> of = members.get(c);
      Story local = story(centres.get(c), of);
      List<Integer> ids = new ArrayList<>(of.size());
      for (Item m : of) ids.add((int) m.position());
      stories.add(new Story(local.id(), ids, ids.get(local.central()), local.title(), local.languages(), local.first(),
          local.last()));
    }
    for (int i = 0; i < n; i++) storyOf[i] = renumbered[storyOf[i]];
    return new Result(storyOf, stories);
  }

  /** The week of a report whose day is known; null for a report that no single day places. */
  public static Long sliceOf(DocumentProfile doc) {
    if (doc.from() == null || !doc.from().equals(doc.to())) return null;
    return Math.floorDiv(doc.from().toEpochDay(), SLICE_DAYS);
  }

  /**
   * Clusters the documents of one slice (or the reports without a day that joined no story) into stories, in
   * order of their dates, those whose day is known first, then input order.
   */
  public static List<StoryCentre> clusterSlice(List<Item> items, StoryWeights weights, Settings settings) {
    List<Item> order = new ArrayList<>(items);
    // reports with a known day first, so that stories form around firm dates; then those dated to a month
    // or so, which join the story they fit best; then the undated
    order.sort(Comparator.comparingInt((Item i) -> datedness(i.profile()))
        .thenComparing(i -> i.profile().from(), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparingLong(Item::position));
    List<StoryCentre> centres = new ArrayList<>();
    Map<Long, List<Integer>> buckets = new HashMap<>();
    for (Item item : order) {
      DocumentProfile doc = item.profile();
      long[] features = blockingFeatures(item, weights);
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
      int best = best(item, topCandidates(hits), centres, settings);
      if (best < 0) {
        best = centres.size();
        centres.add(new StoryCentre());
      }
      centres.get(best).add(item.position(), doc, item.shared(), item.words());
      for (long key : keys(features, weeks(doc, 0))) {
        List<Integer> bucket = buckets.computeIfAbsent(key, k -> new ArrayList<>());
        if (bucket.isEmpty() || bucket.get(bucket.size() - 1) != best) {
          bucket.remove(Integer.valueOf(best));
          bucket.add(best);
          if (bucket.size() > BUCKET_CAP) bucket.remove(0);
        }
      }
    }
    return centres;
  }

  /**
   * Which story of the earlier slice each story of the next slice continues, or -1: the most similar one whose
   * days come within the window of its own and whose similarity reaches the threshold.
   */
  public static int[] stitch(List<StoryCentre> earlier, List<StoryCentre> later, StoryWeights weights, Settings settings) {
    Map<Long, List<Integer>> index = index(earlier, weights);
    int[] joins = new int[later.size()];
    for (int b = 0; b < later.size(); b++) {
      StoryCentre story = later.get(b);
      Map<Integer, Integer> hits = new HashMap<>();
      for (long f : story.blockingFeatures(weights, BLOCKING_FEATURES)) {
        for (int a : index.getOrDefault(f, List.of())) hits.merge(a, 1, Integer::sum);
      }
      int best = -1;
      double bestScore = settings.threshold();
      for (int a : topCandidates(hits)) {
        StoryCentre candidate = earlier.get(a);
        if (!candidate.admits(story, settings.windowDays())) continue;
        double score = candidate.similarity(story);
        if (score >= bestScore) {
          if (score > bestScore || best < 0 || a < best) best = a;
          bestScore = score;
        }
      }
      joins[b] = best;
    }
    return joins;
  }

  /** The dated story a report without a day fits best (an index or key; -1 for none), and how well. */
  public record Fit(long story, double score) implements java.io.Serializable {
    public static final Fit NONE = new Fit(-1, Double.NEGATIVE_INFINITY);
  }

  /**
   * For each report without a day, the dated story it fits best ({@code stories} index), or {@link Fit#NONE}:
   * the most similar of its candidates that its dates admit, at the threshold (the undated threshold when
   * nothing dates it). The stories stay as they are meanwhile, so the reports may be assigned in any order or
   * in parallel.
   */
  public static Fit[] assignLoose(List<Item> loose, List<StoryCentre> stories, StoryWeights weights, Settings settings) {
    Fit[] fits = new Fit[loose.size()];
    Arrays.fill(fits, Fit.NONE);
    if (loose.isEmpty() || stories.isEmpty()) return fits;
    Map<Long, List<Integer>> index = index(stories, weights);
    for (int k = 0; k < loose.size(); k++) {
      Item item = loose.get(k);
      Map<Integer, Integer> hits = new HashMap<>();
      for (long f : blockingFeatures(item, weights)) {
        for (int c : index.getOrDefault(f, List.of())) hits.merge(c, 1, Integer::sum);
      }
      int best = best(item, topCandidates(hits), stories, settings);
      if (best >= 0) fits[k] = new Fit(best, stories.get(best).similarity(item.profile().language(), item.shared(), item.words()));
    }
    return fits;
  }

  /**
   * Where each report without a day goes, given the dated story each fits best ({@code fits}, aligned with
   * {@code loose}, which is in input order): a report clearly more similar to another report without a day
   * than to its own best story (by the threshold or more) goes where that report goes. Reports that follow
   * one another round a loop go to a story only when each of them fits it best: two undated copies of a
   * dated event's report stay with it, while two undated reports of an event that no dated report covers
   * stay together rather than follow one of them into a story the other does not fit. Returns for each report
   * the story it joins, or -1 for those to be clustered among themselves.
   */
  public static long[] placeLoose(List<Item> loose, Fit[] fits, StoryWeights weights, Settings settings) {
    int n = loose.size();
    int[] follows = new int[n];
    Arrays.fill(follows, -1);
    // the reports without a day, found through their rarer features as stories are
    Map<Long, List<Integer>> index = new HashMap<>();
    List<long[]> features = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      long[] f = blockingFeatures(loose.get(k), weights);
      features.add(f);
      for (long key : f) index.computeIfAbsent(key, x -> new ArrayList<>()).add(k);
    }
    index.values().removeIf(list -> list.size() > BUCKET_CAP);
    for (int k = 0; k < n; k++) {
      Item item = loose.get(k);
      Map<Integer, Integer> hits = new HashMap<>();
      for (long key : features.get(k)) {
        for (int j : index.getOrDefault(key, List.of())) if (j != k) hits.merge(j, 1, Integer::sum);
      }
      int best = -1;
      double bestScore = 0;
      for (int j : topCandidates(hits)) {
        Item peer = loose.get(j);
        if (!StoryCentre.overlap(item.profile().from(), item.profile().to(), peer.profile().from(), peer.profile().to(),
            settings.windowDays())) {
          continue;
        }
        double threshold = item.profile().from() == null || peer.profile().from() == null
            ? settings.undatedThreshold() : settings.threshold();
        double score = similarity(item, peer);
        if (score < threshold || best >= 0 && score < bestScore) continue;
        // ties go to the earlier report
        if (best < 0 || score > bestScore || j < best) {
          best = j;
          bestScore = score;
        }
      }
      // clearly better, by the threshold itself: a report about as close to its story as to the other report
      // is as likely of that story, and stays with it
      if (best >= 0 && bestScore >= fits[k].score() + settings.threshold()) follows[k] = best;
    }
    // each report goes where the report it follows goes, to the end of the chain
    long[] home = new long[n];
    byte[] state = new byte[n]; // 0 open, 1 on the chain being followed, 2 placed
    List<Integer> chain = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      chain.clear();
      int at = k;
      while (state[at] == 0 && follows[at] >= 0) {
        state[at] = 1;
        chain.add(at);
        at = follows[at];
      }
      long story;
      if (state[at] == 2) {
        story = home[at];
      } else if (state[at] == 1) {
        // a loop of reports following one another: to the story each of them fits best, if it is one story
        List<Integer> loop = chain.subList(chain.indexOf(at), chain.size());
        story = fits[at].story();
        for (int m : loop) if (fits[m].story() != story) story = -1;
      } else {
        story = fits[at].story();
        home[at] = story;
        state[at] = 2;
      }
      for (int c : chain) {
        home[c] = story;
        state[c] = 2;
      }
    }
    return home;
  }

  /** Two reports' similarity, as a story of one of them would give it to the other ({@link StoryCentre#similarity}). */
  static double similarity(Item a, Item b) {
    double cross = a.shared().dot(b.shared());
    if (!a.profile().language().equals(b.profile().language()) || a.words().size() == 0 || b.words().size() == 0) {
      return cross;
    }
    return Math.max(cross, (cross + a.words().dot(b.words())) / 2);
  }

  /**
   * The stories' blocking features, each with the stories (by index) that have it; a feature of more than
   * {@link #BUCKET_CAP} stories is too common to tell them apart and is left out.
   */
  private static Map<Long, List<Integer>> index(List<StoryCentre> stories, StoryWeights weights) {
    Map<Long, List<Integer>> index = new HashMap<>();
    for (int c = 0; c < stories.size(); c++) {
      for (long f : stories.get(c).blockingFeatures(weights, BLOCKING_FEATURES)) {
        index.computeIfAbsent(f, k -> new ArrayList<>()).add(c);
      }
    }
    index.values().removeIf(list -> list.size() > BUCKET_CAP);
    return index;
  }

  /** The candidates found through the most keys, at most {@link #CANDIDATES}, the earlier story first among equals. */
  public static <K extends Comparable<K>> List<K> topCandidates(Map<K, Integer> hits) {
    List<K> candidates = new ArrayList<>(hits.keySet());
    candidates.sort(Comparator.comparingInt((K c) -> -hits.get(c)).thenComparing(Comparator.naturalOrder()));
    return candidates.size() > CANDIDATES ? candidates.subList(0, CANDIDATES) : candidates;
  }

  /**
   * The candidate story (an index into {@code centres}) a report joins, or -1: the most similar that its dates
   * admit, from the threshold on (the undated threshold when nothing dates the report); ties go to the earlier.
   */
  public static int best(Item item, List<Integer> candidates, List<StoryCentre> centres, Settings settings) {
    DocumentProfile doc = item.profile();
    int best = -1;
    double bestScore = doc.from() == null ? settings.undatedThreshold() : settings.threshold();
    for (int c : candidates) {
      StoryCentre centre = centres.get(c);
      if (!centre.admits(doc, settings.windowDays())) continue;
      double score = centre.similarity(doc.language(), item.shared(), item.words());
      if (score >= bestScore) {
        // ties go to the earlier story, for a stable result
        if (score > bestScore || best < 0 || c < best) best = c;
        bestScore = score;
      }
    }
    return best;
  }

  private static int datedness(DocumentProfile doc) {
    if (doc.from() == null) return 2;
    return doc.from().equals(doc.to()) ? 0 : 1;
  }

  /** A document's heaviest rarer features (in more than one document, in few enough), heaviest first. */
  public static long[] blockingFeatures(Item item, StoryWeights weights) {
    List<long[]> features = new ArrayList<>();
    for (SparseVector v : List.of(item.shared(), item.words())) {
      for (int k = 0; k < v.size(); k++) {
        // a feature of this document alone finds nothing
        if (weights.blocksOn(v.key(k))) features.add(new long[] {v.key(k), Float.floatToIntBits(v.weight(k))});
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

  /**
   * A finished story of its centre and its members (copies included), sorted by position: the member most
   * similar to the centre is central and names it. The story's members and central are indexes into
   * {@code members}.
   */
  public static Story story(StoryCentre centre, List<Item> members) {
    int central = 0;
    double best = -1;
    Set<String> languages = new TreeSet<>();
    // the days of the reports whose day is known; the coarser dates only when no report has a day
    PartialDate first = null;
    PartialDate last = null;
    PartialDate coarseFirst = null;
    PartialDate coarseLast = null;
    for (int k = 0; k < members.size(); k++) {
      Item item = members.get(k);
      DocumentProfile doc = item.profile();
      languages.add(doc.language());
      double score = centre.similarity(doc.language(), item.shared(), item.words());
      if (score > best + 1e-9) {
        best = score;
        central = k;
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
    String id = "s" + HexFormat.of().toHexDigits(Hash64.of("story:", members.get(0).profile().id())).substring(0, 12);
    String title = members.get(central).profile().title();
    if (title == null) {
      // the first member with a headline, else the central report's first sentence
      for (Item m : members) if (m.profile().title() != null) { title = m.profile().title(); break; }
      if (title == null) title = members.get(central).profile().lead();
    }
    List<Integer> indexes = new ArrayList<>(members.size());
    for (int k = 0; k < members.size(); k++) indexes.add(k);
    return new Story(id, indexes, central, title, List.copyOf(new LinkedHashSet<>(languages)),
        first == null ? null : first.value(), last == null ? null : last.value());
  }
}
