package org.dossier.stories;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A story being built: its members (by position in the input), the days they are from, and its centre, the
 * sums of its members' unit vectors: the language-independent features, and the words per language.
 * Serializable, so that a distributed job can build centres in one task and compare or merge them in another.
 */
public final class StoryCentre implements Serializable {
  private static final long serialVersionUID = 1L;
  /** A centre keeps at most this many features per vector. */
  static final int CAP = 400;

  // written by writeObject: boxed maps would serialize slowly
  transient List<Long> members = new ArrayList<>();
  private transient HashMap<Long, Float> shared = new HashMap<>();
  private double sharedNorm2;
  // sorted by language, so that merging and comparing go in one order everywhere
  private transient TreeMap<String, HashMap<Long, Float>> words = new TreeMap<>();
  private transient TreeMap<String, Double> wordsNorm2 = new TreeMap<>();
  /** the days of the members whose day is known */
  private LocalDate first;
  private LocalDate last;
  /** the days the members dated only to a month or so may be from */
  private LocalDate looseFirst;
  private LocalDate looseLast;

  /** The members' positions, in the order they joined. */
  public List<Long> members() {
    return List.copyOf(members);
  }

  /** The earliest day of the story: of its reports whose day is known when there are any; null when undated. */
  public LocalDate from() {
    return first != null ? first : looseFirst;
  }

  /** The latest such day, or null. */
  public LocalDate to() {
    return first != null ? last : looseLast;
  }

  /**
   * Whether a report may belong to the story by its dates: its days come within the window of the days of
   * the story's reports, those whose day is known when there are any.
   */
  public boolean admits(DocumentProfile doc, int window) {
    return overlaps(doc.from(), doc.to(), window);
  }

  /** Whether two stories' days come within the window of each other (always, when either is undated). */
  public boolean admits(StoryCentre other, int window) {
    return overlaps(other.from(), other.to(), window);
  }

  private boolean overlaps(LocalDate from, LocalDate to, int window) {
    return overlap(from(), to(), from, to, window);
  }

  /** Whether two spans of days come within the window of each other (always, when either is undated). */
  static boolean overlap(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo, int window) {
    if (aFrom == null || bFrom == null) return true;
    return !bFrom.isAfter(aTo.plusDays(window)) && !bTo.isBefore(aFrom.minusDays(window));
  }

  /**
   * A report's similarity to the centre: the cosine of the language-independent features, or, where the story
   * holds reports in the report's language, the better of that and its mean with the cosine of the words.
   */
  public double similarity(String language, SparseVector s, SparseVector w) {
    double cross = sharedNorm2 == 0 ? 0 : s.dot(shared) / Math.sqrt(sharedNorm2);
    Map<Long, Float> centre = words.get(language);
    if (centre == null || w.size() == 0) return cross;
    double same = w.dot(centre) / Math.sqrt(wordsNorm2.get(language));
    return Math.max(cross, (cross + same) / 2);
  }

  /** The same between two stories: the cosine of their centres, with the words of the language they best share. */
  public double similarity(StoryCentre other) {
    double cross = cosine(shared, sharedNorm2, other.shared, other.sharedNorm2);
    double same = -1;
    for (Map.Entry<String, HashMap<Long, Float>> e : words.entrySet()) {
      HashMap<Long, Float> theirs = other.words.get(e.getKey());
      if (theirs == null) continue;
      same = Math.max(same, cosine(e.getValue(), wordsNorm2.get(e.getKey()), theirs, other.wordsNorm2.get(e.getKey())));
    }
    return same < 0 ? cross : Math.max(cross, (cross + same) / 2);
  }

  private static double cosine(Map<Long, Float> a, double normA, Map<Long, Float> b, double normB) {
    if (normA == 0 || normB == 0) return 0;
    if (a.size() > b.size()) return cosine(b, normB, a, normA);
    double dot = 0;
    // in key order, so that the sum is the same wherever the maps were built or read back
    for (long key : sortedKeys(a)) {
      Float w = b.get(key);
      if (w != null) dot += (double) a.get(key) * w;
    }
    return dot / Math.sqrt(normA * normB);
  }

  /** Adds a member with its unit vectors. */
  public void add(long position, DocumentProfile doc, SparseVector s, SparseVector w) {
    members.add(position);
    sharedNorm2 = addTo(shared, sharedNorm2, s);
    HashMap<Long, Float> centre = words.computeIfAbsent(doc.language(), k -> new HashMap<>());
    wordsNorm2.put(doc.language(), addTo(centre, wordsNorm2.getOrDefault(doc.language(), 0.0), w));
    if (doc.from() == null) return;
    if (doc.from().equals(doc.to())) {
      first = min(first, doc.from());
      last = max(last, doc.to());
    } else {
      looseFirst = min(looseFirst, doc.from());
      looseLast = max(looseLast, doc.to());
    }
  }

  /** One story of several, their members and centres summed in the order given. */
  public static StoryCentre merged(List<StoryCentre> parts) {
    StoryCentre out = new StoryCentre();
    for (StoryCentre p : parts) {
      out.members.addAll(p.members);
      p.shared.forEach((k, v) -> out.shared.merge(k, v, Float::sum));
      p.words.forEach((language, centre) -> {
        HashMap<Long, Float> into = out.words.computeIfAbsent(language, k -> new HashMap<>());
        centre.forEach((k, v) -> into.merge(k, v, Float::sum));
      });
      out.first = min(out.first, p.first);
      out.last = max(out.last, p.last);
      out.looseFirst = min(out.looseFirst, p.looseFirst);
      out.looseLast = max(out.looseLast, p.looseLast);
    }
    out.sharedNorm2 = out.shared.size() > 2 * CAP ? prune(out.shared) : norm2(out.shared);
    for (Map.Entry<String, HashMap<Long, Float>> e : out.words.entrySet()) {
      out.wordsNorm2.put(e.getKey(), e.getValue().size() > 2 * CAP ? prune(e.getValue()) : norm2(e.getValue()));
    }
    return out;
  }

  /**
   * The centre's heaviest features that are rare enough to block on, heaviest first: by these a report that
   * no day places finds the story.
   */
  public long[] blockingFeatures(StoryWeights weights, int limit) {
    List<Map.Entry<Long, Float>> features = new ArrayList<>();
    for (Map.Entry<Long, Float> e : shared.entrySet()) if (weights.blocksOn(e.getKey())) features.add(e);
    for (HashMap<Long, Float> centre : words.values()) {
      for (Map.Entry<Long, Float> e : centre.entrySet()) if (weights.blocksOn(e.getKey())) features.add(e);
    }
    features.sort(Map.Entry.<Long, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    long[] out = new long[Math.min(limit, features.size())];
    for (int k = 0; k < out.length; k++) out[k] = features.get(k).getKey();
    return out;
  }

  /** Adds a unit vector to a centre and returns the centre's new squared norm. */
  private static double addTo(Map<Long, Float> centre, double norm2, SparseVector v) {
    double dot = v.dot(centre);
    for (int k = 0; k < v.size(); k++) centre.merge(v.key(k), v.weight(k), Float::sum);
    norm2 = norm2 + 2 * dot + 1;
    if (centre.size() > 2 * CAP) norm2 = prune(centre);
    return norm2;
  }

  private static double norm2(Map<Long, Float> centre) {
    double norm2 = 0;
    for (long key : sortedKeys(centre)) {
      float w = centre.get(key);
      norm2 += (double) w * w;
    }
    return norm2;
  }

  private static long[] sortedKeys(Map<Long, Float> map) {
    long[] keys = new long[map.size()];
    int n = 0;
    for (long key : map.keySet()) keys[n++] = key;
    java.util.Arrays.sort(keys);
    return keys;
  }

  /** Keeps the heaviest features of a centre that has grown large, and returns its squared norm. */
  private static double prune(Map<Long, Float> centre) {
    List<Map.Entry<Long, Float>> entries = new ArrayList<>(centre.entrySet());
    entries.sort(Map.Entry.<Long, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    centre.clear();
    double norm2 = 0;
    for (Map.Entry<Long, Float> e : entries.subList(0, CAP)) {
      centre.put(e.getKey(), e.getValue());
      norm2 += (double) e.getValue() * e.getValue();
    }
    return norm2;
  }

  private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
    out.defaultWriteObject();
    out.writeInt(members.size());
    for (long m : members) out.writeLong(m);
    write(out, shared);
    out.writeInt(words.size());
    for (Map.Entry<String, HashMap<Long, Float>> e : words.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeDouble(wordsNorm2.get(e.getKey()));
      write(out, e.getValue());
    }
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    in.defaultReadObject();
    int n = in.readInt();
    members = new ArrayList<>(n);
    for (int k = 0; k < n; k++) members.add(in.readLong());
    shared = read(in);
    words = new TreeMap<>();
    wordsNorm2 = new TreeMap<>();
    int languages = in.readInt();
    for (int k = 0; k < languages; k++) {
      String language = in.readUTF();
      wordsNorm2.put(language, in.readDouble());
      words.put(language, read(in));
    }
  }

  private static void write(java.io.ObjectOutputStream out, Map<Long, Float> map) throws java.io.IOException {
    out.writeInt(map.size());
    for (Map.Entry<Long, Float> e : map.entrySet()) {
      out.writeLong(e.getKey());
      out.writeFloat(e.getValue());
    }
  }

  private static HashMap<Long, Float> read(java.io.ObjectInputStream in) throws java.io.IOException {
    int n = in.readInt();
    HashMap<Long, Float> map = new HashMap<>(Math.max(16, n * 2));
    for (int k = 0; k < n; k++) map.put(in.readLong(), in.readFloat());
    return map;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || !b.isBefore(a) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || !b.isAfter(a) ? a : b;
  }
}
