package org.dossier.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.dossier.corpus.CrossDocument;
import org.dossier.corpus.DocumentSummary;
import org.dossier.corpus.SummaryCodec;
import org.dossier.duplicates.Fingerprint;
import org.dossier.duplicates.NearDuplicates;
import org.dossier.events.Event;
import org.dossier.output.ContractJson;
import org.dossier.output.ContractRows;
import org.dossier.pack.Cameo;
import org.dossier.pack.ChronologyEntry;
import org.dossier.stories.Story;
import org.dossier.stories.StoryCentre;
import org.dossier.stories.StoryClusterer;
import org.dossier.stories.StoryWeights;
import org.dossier.timeline.EventMention;
import org.dossier.timeline.TimelineBuilder;
import org.dossier.timeline.TimelineEntry;
import scala.Tuple2;

/**
 * The cross-document stages as distributed steps over the documents' summaries, keyed by their place in the
 * input ({@code order}), through the same steps of the core that {@code analyze} runs one after the other, so
 * the result is the same:
 * <ul>
 *   <li>near-duplicates: blocking keys (the fingerprints' bands) → candidate groups compared in tasks → the
 *       pairs of copies, few, joined into groups on the driver ({@link NearDuplicates});
 *   <li>stories: document frequencies summed by feature; the reports of each week clustered in a task; the
 *       stories of each pair of consecutive weeks compared in a task, the joins (few) resolved on the driver;
 *       reports without a day matched to candidate stories through shared blocking features, in tasks, and
 *       those that fit none clustered in one task ({@link StoryClusterer});
 *   <li>dating by story, per story in tasks ({@link CrossDocument#datingOfStory});
 *   <li>the timeline, per kind of act in tasks ({@link TimelineBuilder}).
 * </ul>
 * The driver never holds the documents: only the pairs of copies, the joins of stories across weeks, and the
 * document frequencies of features held by two documents or more.
 */
final class CrossDocumentJob {
  /** The slice of the stories of reports without a day that join no dated story: after every week's. */
  static final long LOOSE_SLICE = Long.MAX_VALUE >> 24;

  private CrossDocumentJob() {}

  /** A story's key: its slice, then its place among the slice's stories; the order of the core's stories. */
  static long storyKey(long slice, int index) {
    return (slice << 24) | index;
  }

  /** The near-duplicates and stories. */
  record Grouping(Map<Long, Long> copyOf, JavaPairRDD<Long, Long> storyOf, JavaRDD<StoryOut> stories) {}

  /** A finished story: its line of stories.jsonl, its row, and the place of its first member (its order). */
  record StoryOut(long first, long key, String id, String line, Row row, long[] members) implements Serializable {}

  /** A timeline entry: the key that orders it, its line, its rows, and its mentions' places (order, event index). */
  record EntryOut(String sortKey, String id, String line, Row row, List<Row> mentionRows, List<Row> actorRows,
      long[] orders, int[] events) implements Serializable {}

  /** The near-duplicates and stories of the {@code documents} summaries in {@code sums}, keyed by input position. */
  static Grouping group(JavaSparkContext jsc, JavaPairRDD<Long, byte[]> sums, long documents, int partitions,
      StorageLevel level) {
    StoryClusterer.Settings settings = StoryClusterer.Settings.DEFAULT;
    Map<Long, Long> copyOf = nearDuplicates(sums, partitions);
    Broadcast<Map<Long, Long>> copies = jsc.broadcast(copyOf);

    // document frequencies over the documents that are not copies
    JavaPairRDD<Long, byte[]> originals = sums.filter(t -> !copies.value().containsKey(t._1()));
    List<Tuple2<Long, Integer>> counted = originals
        .flatMapToPair(t -> {
          List<Tuple2<Long, Integer>> out = new ArrayList<>();
          for (long f : StoryWeights.features(SummaryCodec.decode(t._2()).profile())) out.add(new Tuple2<>(f, 1));
          return out.iterator();
        })
        .reduceByKey(Integer::sum, partitions)
        .filter(t -> t._2() >= 2)
        .collect();
    List<Tuple2<Long, Integer>> sorted = new ArrayList<>(counted);
    sorted.sort(Comparator.comparingLong(Tuple2::_1));
    long[] keys = new long[sorted.size()];
    int[] counts = new int[sorted.size()];
    for (int k = 0; k < keys.length; k++) {
      keys[k] = sorted.get(k)._1();
      counts[k] = sorted.get(k)._2();
    }
    int total = (int) (documents - copyOf.size());
    Broadcast<StoryWeights> weights = jsc.broadcast(StoryWeights.of(keys, counts, total));

    // Every shuffled value is bytes (a summary, or a serialized centre): Spark walks the objects it buffers to
    // estimate their size, and the maps of a centre would cost more to walk than to serialize.
    JavaPairRDD<Long, byte[]> clustered = sums.filter(t -> !copies.value().containsKey(t._1()));

    // week by week
    JavaPairRDD<Long, byte[]> centres = clustered
        .flatMapToPair(t -> {
          Long slice = StoryClusterer.sliceOf(SummaryCodec.decode(t._2()).profile());
          return (slice == null ? List.<Tuple2<Long, Tuple2<Long, byte[]>>>of()
              : List.of(new Tuple2<>(slice, new Tuple2<>(t._1(), t._2())))).iterator();
        })
        .groupByKey(partitions)
        .flatMapToPair(g -> {
          List<StoryClusterer.Item> of = new ArrayList<>();
          for (Tuple2<Long, byte[]> t : g._2()) of.add(item(t._1(), t._2(), weights.value()));
          List<StoryCentre> made = StoryClusterer.clusterSlice(of, weights.value(), settings);
          List<Tuple2<Long, byte[]>> out = new ArrayList<>(made.size());
          for (int k = 0; k < made.size(); k++) out.add(new Tuple2<>(storyKey(g._1(), k), Blob.of(made.get(k))));
          return out.iterator();
        })
        .persist(level);

    // across the weeks' boundaries: each boundary a task; the joins, few, resolved here
    List<Tuple2<Long, Long>> joins = centres
        .flatMapToPair(t -> {
          long slice = t._1() >> 24;
          return List.of(new Tuple2<>(slice, t), new Tuple2<>(slice - 1, t)).iterator();
        })
        .groupByKey(partitions)
        .flatMap(g -> {
          List<Tuple2<Long, byte[]>> earlier = new ArrayList<>();
          List<Tuple2<Long, byte[]>> later = new ArrayList<>();
          for (Tuple2<Long, byte[]> c : g._2()) (c._1() >> 24 == g._1() ? earlier : later).add(c);
          List<Tuple2<Long, Long>> out = new ArrayList<>();
          if (earlier.isEmpty() || later.isEmpty()) return out.iterator();
          earlier.sort(Comparator.comparingLong(Tuple2::_1));
          later.sort(Comparator.comparingLong(Tuple2::_1));
          int[] to = StoryClusterer.stitch(centres(earlier), centres(later), weights.value(), settings);
          for (int b = 0; b < to.length; b++) if (to[b] >= 0) out.add(new Tuple2<>(earlier.get(to[b])._1(), later.get(b)._1()));
          return out.iterator();
        })
        .collect();
    Broadcast<Map<Long, Long>> rootOf = jsc.broadcast(roots(joins));
    JavaPairRDD<Long, byte[]> dated = centres
        .mapToPair(t -> new Tuple2<>(rootOf.value().getOrDefault(t._1(), t._1()), t))
        .groupByKey(partitions)
        .mapToPair(g -> {
          List<Tuple2<Long, byte[]>> parts = list(g._2());
          if (parts.size() == 1) return new Tuple2<>(g._1(), parts.get(0)._2());
          parts.sort(Comparator.comparingLong(Tuple2::_1));
          return new Tuple2<>(g._1(), Blob.of(StoryCentre.merged(centres(parts))));
        })
        .persist(level);

    // the reports without a day: candidates through shared blocking features, the best fit in tasks
    JavaPairRDD<Long, byte[]> loose = clustered
        .filter(t -> StoryClusterer.sliceOf(SummaryCodec.decode(t._2()).profile()) == null)
        .persist(level);
    JavaPairRDD<Long, Iterable<Long>> storiesOfFeature = dated
        .flatMapToPair(t -> {
          List<Tuple2<Long, Long>> out = new ArrayList<>();
          StoryCentre centre = Blob.read(t._2());
          for (long f : centre.blockingFeatures(weights.value(), StoryClusterer.BLOCKING_FEATURES)) {
            out.add(new Tuple2<>(f, t._1()));
          }
          return out.iterator();
        })
        .groupByKey(partitions)
        .filter(t -> count(t._2()) <= StoryClusterer.BUCKET_CAP);
    JavaPairRDD<Long, Long> candidates = loose
        .flatMapToPair(t -> {
          List<Tuple2<Long, Long>> out = new ArrayList<>();
          for (long f : StoryClusterer.blockingFeatures(item(t._1(), t._2(), weights.value()), weights.value())) {
            out.add(new Tuple2<>(f, t._1()));
          }
          return out.iterator();
        })
        .join(storiesOfFeature)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
        .groupByKey(partitions)
        .flatMapToPair(t -> {
          Map<Long, Integer> hits = new HashMap<>();
          for (Iterable<Long> stories : t._2()) for (long s : stories) hits.merge(s, 1, Integer::sum);
          List<Tuple2<Long, Long>> out = new ArrayList<>();
          for (long s : StoryClusterer.topCandidates(hits)) out.add(new Tuple2<>(s, t._1()));
          return out.iterator();
        });
    JavaPairRDD<Long, StoryClusterer.Fit> fits = candidates
        .mapToPair(t -> new Tuple2<>(t._2(), t._1()))
        .join(loose)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
        .join(dated)
        .flatMapToPair(t -> {
          StoryClusterer.Item item = item(t._2()._1()._1(), t._2()._1()._2(), weights.value());
          StoryCentre centre = Blob.read(t._2()._2());
          if (StoryClusterer.best(item, List.of(0), List.of(centre), settings) < 0) {
            return List.<Tuple2<Long, Tuple2<Long, Double>>>of().iterator();
          }
          double score = centre.similarity(item.profile().language(), item.shared(), item.words());
          return List.of(new Tuple2<>(item.position(), new Tuple2<>(t._1(), score))).iterator();
        })
        // the most similar, the earlier story among equals
        .reduceByKey((a, b) -> a._2() > b._2() || (a._2().equals(b._2()) && a._1() < b._1()) ? a : b)
        .mapToPair(t -> new Tuple2<>(t._1(), new StoryClusterer.Fit(t._2()._1(), t._2()._2())));
    // where each goes, in one task: a report may follow another that fits it better than its story does
    JavaPairRDD<Long, Long> placed = loose.leftOuterJoin(fits).coalesce(1)
        .mapPartitionsToPair(it -> {
          List<Tuple2<Long, Tuple2<byte[], Optional<StoryClusterer.Fit>>>> all = new ArrayList<>();
          it.forEachRemaining(all::add);
          all.sort(Comparator.comparingLong(Tuple2::_1));
          List<StoryClusterer.Item> items = new ArrayList<>(all.size());
          StoryClusterer.Fit[] best = new StoryClusterer.Fit[all.size()];
          for (int k = 0; k < all.size(); k++) {
            items.add(item(all.get(k)._1(), all.get(k)._2()._1(), weights.value()));
            best[k] = all.get(k)._2()._2().orElse(StoryClusterer.Fit.NONE);
          }
          long[] home = StoryClusterer.placeLoose(items, best, weights.value(), settings);
          List<Tuple2<Long, Long>> out = new ArrayList<>(home.length);
          for (int k = 0; k < home.length; k++) out.add(new Tuple2<>(items.get(k).position(), home[k]));
          return out.iterator();
        })
        .persist(level);
    JavaPairRDD<Long, Long> assigned = placed.filter(t -> t._2() >= 0);
    JavaPairRDD<Long, byte[]> withLoose = dated
        .leftOuterJoin(assigned.join(loose)
            .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2()))).groupByKey())
        .mapToPair(t -> {
          if (!t._2()._2().isPresent()) return new Tuple2<>(t._1(), t._2()._1());
          StoryCentre centre = Blob.read(t._2()._1());
          List<Tuple2<Long, byte[]>> joined = list(t._2()._2().get());
          joined.sort(Comparator.comparingLong(Tuple2::_1));
          for (Tuple2<Long, byte[]> j : joined) {
            StoryClusterer.Item i = item(j._1(), j._2(), weights.value());
            centre.add(i.position(), i.profile(), i.shared(), i.words());
          }
          return new Tuple2<>(t._1(), Blob.of(centre));
        });
    JavaPairRDD<Long, byte[]> alone = loose.subtractByKey(assigned).coalesce(1)
        .mapPartitionsToPair(it -> {
          List<StoryClusterer.Item> rest = new ArrayList<>();
          it.forEachRemaining(t -> rest.add(item(t._1(), t._2(), weights.value())));
          List<StoryCentre> made = StoryClusterer.clusterSlice(rest, weights.value(), settings);
          List<Tuple2<Long, byte[]>> out = new ArrayList<>(made.size());
          for (int k = 0; k < made.size(); k++) out.add(new Tuple2<>(storyKey(LOOSE_SLICE, k), Blob.of(made.get(k))));
          return out.iterator();
        });
    JavaPairRDD<Long, byte[]> stories = withLoose.union(alone).persist(level);

    // each document's story; a copy's is its original's
    JavaPairRDD<Long, Long> members = stories.flatMapToPair(t -> {
      List<Tuple2<Long, Long>> out = new ArrayList<>();
      for (long m : Blob.<StoryCentre>read(t._2()).members()) out.add(new Tuple2<>(m, t._1()));
      return out.iterator();
    });
    List<Tuple2<Long, Long>> copyPairs = new ArrayList<>();
    copyOf.forEach((copy, original) -> copyPairs.add(new Tuple2<>(original, copy)));
    JavaPairRDD<Long, Long> storyOf = members
        .union(jsc.parallelizePairs(copyPairs, Math.max(1, Math.min(partitions, copyPairs.size())))
            .join(members).mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2())))
        .persist(level);

    // the stories finished: central report, title, dates
    JavaRDD<StoryOut> finished = sums.join(storyOf)
        .mapToPair(t -> new Tuple2<>(t._2()._2(), new Tuple2<>(t._1(), t._2()._1())))
        .groupByKey(partitions)
        .join(stories)
        .map(t -> {
          List<StoryClusterer.Item> of = new ArrayList<>();
          for (Tuple2<Long, byte[]> m : t._2()._1()) of.add(item(m._1(), m._2(), weights.value()));
          of.sort(Comparator.comparingLong(StoryClusterer.Item::position));
          Story story = StoryClusterer.story(Blob.read(t._2()._2()), of);
          ObjectNode json = ContractJson.story(story, k -> of.get(k).profile().id());
          String line = ContractJson.line(json);
          long[] positions = new long[of.size()];
          for (int k = 0; k < positions.length; k++) positions[k] = of.get(k).position();
          return new StoryOut(positions[0], t._1(), story.id(), line, Tables.row(ContractRows.story(json, line)), positions);
        })
        .persist(level);
    finished.count();
    centres.unpersist(false);
    dated.unpersist(false);
    loose.unpersist(false);
    placed.unpersist(false);
    stories.unpersist(false);
    return new Grouping(copyOf, storyOf, finished);
  }

  /** A document as the clusterer sees it, from its summary. */
  private static StoryClusterer.Item item(long order, byte[] summary, StoryWeights weights) {
    return weights.item(order, SummaryCodec.decode(summary).profile());
  }

  private static List<StoryCentre> centres(List<Tuple2<Long, byte[]>> keyed) {
    List<StoryCentre> out = new ArrayList<>(keyed.size());
    for (Tuple2<Long, byte[]> t : keyed) out.add(Blob.read(t._2()));
    return out;
  }

  /** The copies of each group of near-identical documents, each with its group's earliest document. */
  private static Map<Long, Long> nearDuplicates(JavaPairRDD<Long, byte[]> sums, int partitions) {
    JavaPairRDD<Long, Long> candidates = sums
        .flatMapToPair(t -> {
          List<Tuple2<Long, Long>> out = new ArrayList<>();
          for (long key : NearDuplicates.bandKeys(SummaryCodec.decode(t._2()).fingerprint())) out.add(new Tuple2<>(t._1(), key));
          return out.iterator();
        });
    // only keys held by two documents or more: few, whatever the corpus
    JavaPairRDD<Long, Long> shared = candidates.mapToPair(t -> new Tuple2<>(t._2(), 1))
        .reduceByKey(Integer::sum, partitions)
        .filter(t -> t._2() >= 2)
        .join(candidates.mapToPair(t -> new Tuple2<>(t._2(), t._1())))
        .mapToPair(t -> new Tuple2<>(t._2()._2(), t._1()));
    List<long[]> pairs = shared.join(sums)
        .mapToPair(t -> {
          DocumentSummary d = SummaryCodec.decode(t._2()._2());
          LocalDate day = d.dayKnown() ? d.published().first() : null;
          return new Tuple2<>(t._2()._1(), new Copy(t._1(), day == null ? Long.MIN_VALUE : day.toEpochDay(),
              d.fingerprint().minima(), d.fingerprint().shingles()));
        })
        .groupByKey(partitions)
        .flatMap(g -> {
          List<Copy> group = list(g._2());
          group.sort(Comparator.comparingLong(Copy::order));
          List<Fingerprint> prints = new ArrayList<>(group.size());
          for (Copy c : group) prints.add(Fingerprint.of(c.minima(), c.shingles()));
          List<long[]> out = new ArrayList<>();
          for (int[] p : NearDuplicates.copiesIn(prints)) {
            Copy a = group.get(p[0]);
            Copy b = group.get(p[1]);
            out.add(new long[] {a.order(), a.day(), b.order(), b.day()});
          }
          return out.iterator();
        })
        .collect();
    Map<Long, Long> parent = new HashMap<>();
    Map<Long, Long> dayOf = new HashMap<>();
    for (long[] p : pairs) {
      dayOf.put(p[0], p[1]);
      dayOf.put(p[2], p[3]);
      union(parent, p[0], p[2]);
    }
    Map<Long, Long> earliest = new HashMap<>();
    for (long doc : new java.util.TreeSet<>(dayOf.keySet())) {
      long root = find(parent, doc);
      Long first = earliest.get(root);
      if (first == null || NearDuplicates.earlier(day(dayOf.get(doc)), doc, day(dayOf.get(first)), first)) {
        earliest.put(root, doc);
      }
    }
    Map<Long, Long> copyOf = new HashMap<>();
    for (long doc : dayOf.keySet()) {
      long first = earliest.get(find(parent, doc));
      if (first != doc) copyOf.put(doc, first);
    }
    return copyOf;
  }

  /** A document of a candidate group of near-duplicates: its place, day (epoch day, or MIN_VALUE) and fingerprint. */
  record Copy(long order, long day, int[] minima, int shingles) implements Serializable {}

  private static LocalDate day(long epochDay) {
    return epochDay == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(epochDay);
  }

  /** Which reports of each story to analyse again, with the landmarks their story gives. */
  static JavaPairRDD<Long, List<ChronologyEntry>> datingByStory(JavaPairRDD<Long, byte[]> sums,
      JavaPairRDD<Long, Long> storyOf, int partitions) {
    return sums.join(storyOf)
        .mapToPair(t -> new Tuple2<>(t._2()._2(), new Tuple2<>(t._1(), t._2()._1())))
        .groupByKey(partitions)
        .flatMapToPair(g -> {
          List<Tuple2<Long, byte[]>> of = list(g._2());
          List<Tuple2<Long, List<ChronologyEntry>>> out = new ArrayList<>();
          boolean undated = false;
          List<DocumentSummary> members = new ArrayList<>(of.size());
          of.sort(Comparator.comparingLong(Tuple2::_1));
          for (Tuple2<Long, byte[]> m : of) {
            DocumentSummary d = SummaryCodec.decode(m._2());
            undated |= !d.dayKnown();
            members.add(d);
          }
          if (!undated) return out.iterator();
          CrossDocument.datingOfStory(members).forEach((k, landmarks) -> out.add(new Tuple2<>(of.get(k)._1(), landmarks)));
          return out.iterator();
        });
  }

  /** A mention of an event on its way to its kind's timeline task. */
  record Mention(long order, int index, String doc, String language, long story, Event event) implements Serializable {}

  /** The timeline over the final summaries, one task per kind of act ({@link Cameo#family}). */
  static JavaRDD<EntryOut> timeline(JavaPairRDD<Long, byte[]> sums, JavaPairRDD<Long, Long> storyOf, int partitions) {
    return sums.join(storyOf)
        .flatMapToPair(t -> {
          DocumentSummary d = SummaryCodec.decode(t._2()._1());
          List<Tuple2<String, byte[]>> out = new ArrayList<>();
          for (int k = 0; k < d.events().size(); k++) {
            Event e = d.events().get(k);
            if (!TimelineBuilder.merged(e)) continue;
            out.add(new Tuple2<>(Cameo.family(e.cameo()),
                Blob.of(new Mention(t._1(), k, d.id(), d.profile().language(), t._2()._2(), e))));
          }
          return out.iterator();
        })
        .groupByKey(partitions)
        .flatMap(g -> {
          List<Mention> of = new ArrayList<>();
          for (byte[] m : g._2()) of.add(Blob.read(m));
          of.sort(Comparator.comparingLong(Mention::order).thenComparingInt(Mention::index));
          // documents numbered within the task
          List<String> docIds = new ArrayList<>();
          List<Long> stories = new ArrayList<>();
          List<EventMention> mentions = new ArrayList<>(of.size());
          long last = Long.MIN_VALUE;
          for (Mention m : of) {
            if (m.order() != last) {
              docIds.add(m.doc());
              stories.add(m.story());
              last = m.order();
            }
            mentions.add(new EventMention(Event.mentionId(m.doc(), m.index() + 1), docIds.size() - 1, m.language(), m.event()));
          }
          TimelineBuilder.Result result = TimelineBuilder.build(mentions, stories::get, docIds::get);
          List<EntryOut> out = new ArrayList<>(result.entries().size());
          for (TimelineEntry t : result.entries()) {
            ObjectNode json = ContractJson.timelineEntry(t, mentions, docIds::get);
            String line = ContractJson.line(json);
            List<String> mentionDocs = new ArrayList<>(t.mentions().size());
            long[] orders = new long[t.mentions().size()];
            int[] events = new int[t.mentions().size()];
            for (int k = 0; k < orders.length; k++) {
              Mention m = of.get(t.mentions().get(k));
              mentionDocs.add(m.doc());
              orders[k] = m.order();
              events[k] = m.index();
            }
            List<Row> mentionRows = new ArrayList<>();
            List<Row> actorRows = new ArrayList<>();
            Row row = Tables.row(ContractRows.timelineEntry(json, mentionDocs, line, r -> mentionRows.add(Tables.row(r)),
                r -> actorRows.add(Tables.row(r))));
            Mention opener = of.get(t.mentions().get(0));
            out.add(new EntryOut(sortKey(opener), t.id(), line, row, mentionRows, actorRows, orders, events));
          }
          return out.iterator();
        });
  }

  /** The order of the core's timeline entries: that of the mentions that opened them. */
  private static String sortKey(Mention opener) {
    Event.EventDate date = opener.event().date();
    // \0 sorts before any character, so that a value that is a prefix of another comes first, as in the core
    return date.granularity().ordinal() + "\0" + date.value() + "\0" + String.format("%020d%010d", opener.order(), opener.index());
  }

  private static <T> List<T> list(Iterable<T> values) {
    List<T> out = new ArrayList<>();
    for (T v : values) out.add(v);
    return out;
  }

  private static int count(Iterable<?> values) {
    int n = 0;
    for (Object ignored : values) n++;
    return n;
  }

  /** For each story joined to an earlier one, the earliest story of its chain of joins. */
  private static Map<Long, Long> roots(List<Tuple2<Long, Long>> joins) {
    Map<Long, Long> parent = new HashMap<>();
    for (Tuple2<Long, Long> j : joins) union(parent, j._1(), j._2());
    Map<Long, Long> out = new HashMap<>();
    for (long key : parent.keySet()) out.put(key, find(parent, key));
    return out;
  }

  private static long find(Map<Long, Long> parent, long x) {
    long root = x;
    while (parent.getOrDefault(root, root) != root) root = parent.get(root);
    while (x != root) {
      long next = parent.getOrDefault(x, x);
      parent.put(x, root);
      x = next;
    }
    return root;
  }

  private static void union(Map<Long, Long> parent, long a, long b) {
    long ra = find(parent, a);
    long rb = find(parent, b);
    if (ra != rb) parent.put(Math.max(ra, rb), Math.min(ra, rb));
  }
}
