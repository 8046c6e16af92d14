package org.dossier.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.HashPartitioner;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.dossier.corpus.CrossDocument;
import org.dossier.model.IngestItem;
import org.dossier.model.Rejection;
import org.dossier.output.ContractJson;
import org.dossier.output.ContractRows;
import org.dossier.pack.ChronologyEntry;
import org.dossier.pack.Pack;
import org.dossier.pack.PackLoader;
import org.dossier.pack.Place;
import org.dossier.pipeline.AnalysedItem;
import org.dossier.pipeline.PipelineConfig;
import scala.Tuple2;

/**
 * The {@code analyze} run as a Spark job, every step distributed: reading the inputs (from any Hadoop file
 * system; only the listing is on the driver), the per-document pipeline (the pack broadcast once; each
 * executor builds its pipeline once), the search for repeated IDs, the cross-document stages over the
 * documents' summaries ({@link CrossDocumentJob}: blocking keys, candidate groups, clusters), the second
 * analysis of reports dated by their story, and building and writing every table. The analysed documents stay
 * in the partitions of their input position; only the small per-document results of the cross-document steps
 * are joined to them. The steps are the core's, so the output is that of {@code analyze}.
 *
 * <p>Output, in the folder {@code out} of any Hadoop file system: one Parquet folder per table of the store
 * (docs/STORE.md, same columns and types), {@code summaries} and {@code kept_inputs} (what a store keeps to
 * take later ingests), {@code dossier-spark.json} (the run's summary, written last), and with {@code jsonl}
 * the contract's files in {@code jsonl/}. A re-run into the same folder replaces it; a folder that holds
 * something else is refused.
 */
public final class SparkAnalysis {
  /**
   * Where the analysed documents wait between the job's steps: on the executors' local disks, never in the
   * heap, so memory stays bounded however large the corpus (the texts are most of it).
   */
  private static final StorageLevel KEPT = StorageLevel.DISK_ONLY();
  /** Parquet row groups small enough that a task's writer buffers stay small beside the pipeline's models. */
  private static final String ROW_GROUP_BYTES = String.valueOf(32 << 20);

  /** Written first into an output folder: the folder may be replaced by the next run. */
  public static final String MARKER = ".dossier-spark";
  /** The run's summary, written last: its presence means the output is complete. */
  public static final String SUMMARY = "dossier-spark.json";

  /**
   * @param inputs     files or folders, on any Hadoop file system
   * @param out        the output folder
   * @param jsonl      also write the contract's JSON Lines files, in {@code out/jsonl}
   * @param partitions partitions of the analysed documents; 0 for one per 16 MB of input (at least the default parallelism)
   */
  public record Options(List<String> inputs, String out, PipelineConfig config, boolean jsonl, int partitions) {
    public Options {
      inputs = List.copyOf(inputs);
    }
  }

  /** Seconds each part took: reading and per-document analysis, the cross-document steps, dating, writing. */
  public record Times(double analysis, double crossDocument, double dating, double writing) {
    public double total() {
      return analysis + crossDocument + dating + writing;
    }
  }

  /** What a run did. */
  public record Summary(String pack, long files, long inputBytes, long documents, long rejected, long stories,
      long timeline, long duplicates, long redated, Times seconds) {
    public String line() {
      return String.format(java.util.Locale.ROOT,
          "%d documents, %d rejected; %d stories, %d timeline entries, %d near-duplicates, %d dated by their story; "
              + "%.1f s (analysis %.1f, cross-document %.1f, dating %.1f, writing %.1f)",
          documents, rejected, stories, timeline, duplicates, redated, seconds.total(), seconds.analysis(),
          seconds.crossDocument(), seconds.dating(), seconds.writing());
    }
  }

  private SparkAnalysis() {}

  /** A session on this machine's cores ({@code local[threads]}), quiet, for {@code dossier spark}. */
  public static SparkSession localSession(int threads) {
    return SparkSession.builder()
        .appName("dossier")
        .master("local[" + Math.max(1, threads) + "]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", String.valueOf(Math.max(1, threads) * 4))
        .config("spark.sql.datetime.java8API.enabled", "true")
        .getOrCreate();
  }

  public static Summary run(SparkSession spark, Options o) throws IOException {
    long started = System.nanoTime();
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = jsc.hadoopConfiguration();
    Path out = new Path(o.out());
    FileSystem outFs = out.getFileSystem(conf);
    prepare(outFs, out);

    Pack pack = PackLoader.load(o.config().pack());
    Broadcast<JobSetup> setup = jsc.broadcast(new JobSetup(o.config(), pack, new SerializableWritable<>(conf)));

    // Reading: one task per slice of files; each item keyed by its place in the input order.
    List<InputFiles.InputFile> files = InputFiles.list(o.inputs(), conf);
    long inputBytes = files.stream().mapToLong(InputFiles.InputFile::size).sum();
    int partitions = o.partitions() > 0 ? o.partitions() : partitions(jsc.defaultParallelism(), inputBytes);
    JavaPairRDD<Long, IngestItem> items = jsc.parallelize(files, Math.max(1, Math.min(files.size(), partitions * 4)))
        .flatMapToPair(f -> {
          Iterator<IngestItem> read = InputFiles.read(f, setup.value().hadoop().value(), setup.value().config().ingest());
          return new Iterator<Tuple2<Long, IngestItem>>() {
            long k;

            @Override
            public boolean hasNext() {
              return read.hasNext();
            }

            @Override
            public Tuple2<Long, IngestItem> next() {
              return new Tuple2<>(((long) f.index() << 32) | k++, read.next());
            }
          };
        });

    // The per-document stages, spread over the partitions whatever the files' sizes. Partitioned by input
    // position, so that every later join with what the cross-document steps decide per document moves only
    // those small values, never the analysed documents.
    JavaPairRDD<Long, Analysed> byOrder = items.partitionBy(new HashPartitioner(partitions)).mapPartitionsToPair(it -> {
      var pipeline = Executor.pipeline(setup);
      return new Iterator<Tuple2<Long, Analysed>>() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public Tuple2<Long, Analysed> next() {
          Tuple2<Long, IngestItem> t = it.next();
          return new Tuple2<>(t._1(), Analysed.of(t._1(), AnalysedItem.analyse(pipeline, t._2(), List.of())));
        }
      };
    }, true).persist(KEPT);
    JavaRDD<Analysed> analysed = byOrder.values();
    // Analysed once, by one job over every partition: later jobs read the cached partitions (two stages of one
    // job that both needed an uncached partition would wait on each other's computation of it, one core idle).
    long inputItems = analysed.count();

    // An ID given by an earlier input: the later documents are rejected, as analyze rejects them.
    JavaPairRDD<String, Tuple2<Long, String>> byId = analysed.filter(Analysed::accepted)
        .mapToPair(a -> new Tuple2<>(a.id(), new Tuple2<>(a.order(), a.input())));
    Map<Long, String> repeated = new HashMap<>(byId.reduceByKey((x, y) -> x._1() <= y._1() ? x : y).join(byId)
        .filter(t -> !t._2()._1()._1().equals(t._2()._2()._1()))
        .mapToPair(t -> new Tuple2<>(t._2()._2()._1(), t._2()._1()._2()))
        .collectAsMap());
    Broadcast<Map<Long, String>> repeatedIds = jsc.broadcast(repeated);

    // The documents kept: accepted, and their ID not given by an earlier input.
    JavaPairRDD<Long, Analysed> kept = byOrder.filter(t -> t._2().accepted() && !repeatedIds.value().containsKey(t._1()));
    JavaPairRDD<Long, byte[]> sums = kept.mapValues(Analysed::summary).persist(KEPT);
    long documents = sums.count();
    long rejected = inputItems - documents;
    long analysedAt = System.nanoTime();

    // Near-duplicates and stories; which reports their story may date.
    CrossDocumentJob.Grouping grouping = CrossDocumentJob.group(jsc, sums, documents, partitions, KEPT);
    JavaPairRDD<Long, List<ChronologyEntry>> landmarks = CrossDocumentJob.datingByStory(sums, grouping.storyOf(), partitions)
        .persist(KEPT);
    landmarks.count();
    long groupedAt = System.nanoTime();

    // Those reports analysed again with their landmarks.
    JavaPairRDD<Long, Analysed> dated = kept.filter(t -> t._2().kept() != null)
        .join(landmarks)
        .mapValues(t -> Analysed.of(t._1().order(), AnalysedItem.analyse(Executor.pipeline(setup), t._1().kept(), t._2())))
        .filter(t -> t._2().dayKnown())
        .persist(KEPT);
    long redated = dated.count();
    JavaPairRDD<Long, byte[]> datedSums = dated.mapValues(Analysed::summary);
    JavaPairRDD<Long, String> datedBy = datedSums.join(landmarks)
        .mapToPair(t -> new Tuple2<>(t._1(), CrossDocument.landmarksKey(t._2()._2())));
    long datedAt = System.nanoTime();

    // The timeline over the final summaries, per CAMEO root.
    JavaPairRDD<Long, byte[]> finalSums = sums.leftOuterJoin(datedSums).mapToPair(t -> new Tuple2<>(t._1(),
        t._2()._2().isPresent() ? t._2()._2().get() : t._2()._1()));
    JavaRDD<CrossDocumentJob.EntryOut> entries = CrossDocumentJob.timeline(finalSums, grouping.storyOf(), partitions)
        .persist(KEPT);
    long entryCount = entries.count();
    long timelineAt = System.nanoTime();

    // What each document gets: its place in the store's order, story, original and timeline entries.
    JavaPairRDD<Long, Long> seq = sums.keys().sortBy(k -> k, true, partitions).zipWithIndex()
        .mapToPair(t -> new Tuple2<>(t._1(), t._2() + 1));
    JavaPairRDD<Long, String> storyIds = grouping.stories().flatMapToPair(s -> {
      List<Tuple2<Long, String>> ofStory = new ArrayList<>(s.members().length);
      for (long m : s.members()) ofStory.add(new Tuple2<>(m, s.id()));
      return ofStory.iterator();
    });
    Set<Long> originals = new HashSet<>(grouping.copyOf().values());
    Broadcast<Set<Long>> originalOrders = jsc.broadcast(originals);
    Map<Long, String> originalIds = new HashMap<>(kept.filter(t -> originalOrders.value().contains(t._1()))
        .mapValues(Analysed::id).collectAsMap());
    Map<Long, String> copyOfId = new HashMap<>();
    grouping.copyOf().forEach((copy, original) -> copyOfId.put(copy, originalIds.get(original)));
    Broadcast<Map<Long, String>> duplicateOf = jsc.broadcast(copyOfId);
    JavaPairRDD<Long, Map<Integer, String>> entryIds = entries.flatMapToPair(e -> {
      List<Tuple2<Long, Tuple2<Integer, String>>> ofEntry = new ArrayList<>(e.orders().length);
      for (int k = 0; k < e.orders().length; k++) ofEntry.add(new Tuple2<>(e.orders()[k], new Tuple2<>(e.events()[k], e.id())));
      return ofEntry.iterator();
    }).groupByKey(partitions).mapToPair(t -> {
      Map<Integer, String> of = new HashMap<>();
      for (Tuple2<Integer, String> x : t._2()) of.put(x._1(), x._2());
      return new Tuple2<>(t._1(), of);
    });

    // The documents' final lines: the dated analysis where there is one, story, original and entries filled in.
    JavaPairRDD<Long, Analysed> finalDocs = kept.leftOuterJoin(dated)
        .mapValues(t -> t._2().isPresent() ? t._2().get() : t._1());
    // the small values joined first, so that the analysed documents go through one join only
    JavaPairRDD<Long, Assigned> assigned = seq.join(storyIds).leftOuterJoin(entryIds)
        .mapValues(t -> new Assigned(t._1()._1(), t._1()._2(), t._2().isPresent() ? t._2().get() : Map.of()));
    JavaPairRDD<Long, Lines> lines = finalDocs.join(assigned)
        .mapValues(t -> Lines.of(t._1(), t._2(), duplicateOf.value().get(t._1().order())))
        .persist(KEPT);
    JavaPairRDD<Long, String> rejections = analysed
        .filter(a -> !a.accepted() || repeatedIds.value().containsKey(a.order()))
        .mapToPair(a -> new Tuple2<>(a.order(), a.accepted()
            ? ContractJson.line(ContractJson.rejection(
                Rejection.repeatedId(a.input(), a.id(), repeatedIds.value().get(a.order()))))
            : a.json()));

    write(spark, out, "documents", lines.values().map(l -> Tables.row(
        ContractRows.document(l.seq(), ContractRows.parse(l.document()), l.document()))));
    write(spark, out, "mentions", lines.values().flatMap(l -> numbered(l.mentions(),
        (n, line) -> ContractRows.mention(n, ContractRows.parse(line), line), 0)));
    write(spark, out, "timexes", lines.values().flatMap(l -> numbered(l.timexes(),
        (n, line) -> ContractRows.timex(n, ContractRows.parse(line), line), 0)));
    write(spark, out, "events", lines.values().flatMap(l -> numbered(l.events(),
        (n, line) -> ContractRows.event(n, ContractRows.parse(line), line, actor -> {}), 1)));
    write(spark, out, "event_actors", lines.values().flatMap(l -> {
      List<Row> rows = new ArrayList<>();
      int n = 1;
      for (String line : l.events()) ContractRows.event(n++, ContractRows.parse(line), line, a -> rows.add(Tables.row(a)));
      return rows.iterator();
    }));
    write(spark, out, "rejected", rejections.values().map(line -> Tables.row(ContractRows.rejection(ContractRows.parse(line)))));
    write(spark, out, "stories", grouping.stories().map(CrossDocumentJob.StoryOut::row));
    write(spark, out, "timeline", entries.map(CrossDocumentJob.EntryOut::row));
    write(spark, out, "timeline_mentions", entries.flatMap(e -> e.mentionRows().iterator()));
    write(spark, out, "timeline_actors", entries.flatMap(e -> e.actorRows().iterator()));
    List<Row> placeRows = new ArrayList<>();
    for (Place p : pack.places().values()) placeRows.add(Tables.row(ContractRows.place(p)));
    writeRows(spark, out, "places", placeRows, Tables.schema("places"));

    // What a store keeps to take later ingests: the summaries and the inputs of undated reports.
    JavaPairRDD<Long, Tuple2<Long, Tuple2<byte[], String>>> redating = seq.leftOuterJoin(datedSums.join(datedBy))
        .mapValues(t -> new Tuple2<>(t._1(), t._2().isPresent() ? t._2().get() : new Tuple2<>(null, null)));
    spark.createDataFrame(kept.join(redating)
            .map(t -> {
              Analysed a = t._2()._1();
              Tuple2<byte[], String> again = t._2()._2()._2();
              return RowFactory.create(a.id(), t._2()._2()._1(), a.hash(), a.summary(), again._1(), again._2());
            }), Tables.SUMMARIES)
        .write().mode(SaveMode.Overwrite).parquet(new Path(out, "summaries").toString());
    spark.createDataFrame(kept.values().filter(a -> a.kept() != null).map(a -> RowFactory.create(a.id(),
            ContractJson.line(ContractJson.mapper().valueToTree(a.kept())))), Tables.KEPT_INPUTS)
        .write().mode(SaveMode.Overwrite).parquet(new Path(out, "kept_inputs").toString());

    if (o.jsonl()) {
      Path dir = new Path(out, "jsonl");
      JavaPairRDD<Long, Lines> ordered = lines.sortByKey(true, partitions);
      writeJsonl(outFs, dir, "documents.jsonl", ordered.values().map(Lines::document));
      writeJsonl(outFs, dir, "mentions.jsonl", ordered.values().flatMap(l -> l.mentions().iterator()));
      writeJsonl(outFs, dir, "timexes.jsonl", ordered.values().flatMap(l -> l.timexes().iterator()));
      writeJsonl(outFs, dir, "events.jsonl", ordered.values().flatMap(l -> l.events().iterator()));
      writeJsonl(outFs, dir, "rejected.jsonl", rejections.sortByKey(true, partitions).values());
      writeJsonl(outFs, dir, "stories.jsonl", grouping.stories()
          .sortBy(CrossDocumentJob.StoryOut::first, true, partitions).map(CrossDocumentJob.StoryOut::line));
      writeJsonl(outFs, dir, "timeline.jsonl", entries
          .sortBy(CrossDocumentJob.EntryOut::sortKey, true, partitions).map(CrossDocumentJob.EntryOut::line));
    }
    long written = System.nanoTime();

    Times times = new Times((analysedAt - started) / 1e9, ((groupedAt - analysedAt) + (timelineAt - datedAt)) / 1e9,
        (datedAt - groupedAt) / 1e9, (written - timelineAt) / 1e9);
    Summary summary = new Summary(o.config().pack(), files.size(), inputBytes, documents, rejected,
        grouping.stories().count(), entryCount, grouping.copyOf().size(), redated, times);
    writeLines(outFs, new Path(out, SUMMARY), List.of(ContractJson.mapper().writeValueAsString(summary)));
    for (JavaRDD<?> rdd : List.of(byOrder.rdd().toJavaRDD(), sums.rdd().toJavaRDD(), landmarks.rdd().toJavaRDD(),
        dated.rdd().toJavaRDD(),
        entries, lines.rdd().toJavaRDD(), grouping.stories(), grouping.storyOf().rdd().toJavaRDD())) {
      rdd.unpersist(false);
    }
    return summary;
  }

  /**
   * Partitions of the analysed documents: at least one per core, and enough that one partition's documents
   * (which a join with the cross-document results buffers, spilling to disk) stay well within a task's memory.
   */
  static int partitions(int parallelism, long inputBytes) {
    return (int) Math.max(parallelism, Math.min(100_000, (inputBytes + PARTITION_BYTES - 1) / PARTITION_BYTES));
  }

  /** The input bytes a partition of the analysed documents holds at most by default. */
  static final long PARTITION_BYTES = 16L << 20;

  /** Empties the output folder of an earlier run, refusing a folder that holds anything else. */
  private static void prepare(FileSystem fs, Path out) throws IOException {
    if (fs.exists(out)) {
      FileStatus[] held = fs.listStatus(out);
      if (held.length > 0 && !fs.exists(new Path(out, MARKER))) {
        throw new IllegalArgumentException("the output folder " + out + " holds files that no dossier spark run wrote;"
            + " give an empty or new folder");
      }
      for (FileStatus s : held) fs.delete(s.getPath(), true);
    }
    fs.mkdirs(out);
    fs.create(new Path(out, MARKER), true).close();
  }

  private static void write(SparkSession spark, Path out, String table, JavaRDD<Row> rows) {
    spark.createDataFrame(rows, Tables.schema(table)).write().mode(SaveMode.Overwrite)
        .option("parquet.block.size", ROW_GROUP_BYTES).parquet(new Path(out, table).toString());
  }

  private static void writeRows(SparkSession spark, Path out, String table, List<Row> rows, StructType schema) {
    spark.createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.Overwrite)
        .parquet(new Path(out, table).toString());
  }

  @FunctionalInterface
  private interface RowOf extends Serializable {
    List<Object> row(int n, String line);
  }

  private static Iterator<Row> numbered(List<String> lines, RowOf row, int first) {
    List<Row> rows = new ArrayList<>(lines.size());
    int n = first;
    for (String line : lines) rows.add(Tables.row(row.row(n++, line)));
    return rows.iterator();
  }

  /** Writes the lines as part files in order, then joins them into one file, streaming (never held whole). */
  private static void writeJsonl(FileSystem fs, Path dir, String name, JavaRDD<String> lines) throws IOException {
    Path parts = new Path(dir, "." + name + ".parts");
    fs.delete(parts, true);
    lines.saveAsTextFile(parts.toString());
    FileStatus[] pieces = fs.listStatus(parts, p -> p.getName().startsWith("part-"));
    Arrays.sort(pieces, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
    try (OutputStream target = fs.create(new Path(dir, name), true)) {
      for (FileStatus piece : pieces) {
        try (InputStream in = fs.open(piece.getPath())) {
          in.transferTo(target);
        }
      }
    }
    fs.delete(parts, true);
  }

  private static void writeLines(FileSystem fs, Path file, List<String> lines) throws IOException {
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(fs.create(file, true), StandardCharsets.UTF_8))) {
      for (String line : lines) {
        w.write(line);
        w.write('\n');
      }
    }
  }


  /** A document's final lines and its sequence number in the store's order. */
  record Lines(long seq, String document, List<String> mentions, List<String> timexes, List<String> events)
      implements Serializable {
    static Lines of(Analysed a, Assigned to, String duplicateOf) {
      String doc = ContractJson.withField(a.json(), "story", to.story());
      doc = ContractJson.withField(doc, "duplicate_of", duplicateOf);
      List<String> events = new ArrayList<>(a.events().size());
      for (int k = 0; k < a.events().size(); k++) {
        events.add(ContractJson.withField(a.events().get(k), "timeline", to.entries().get(k)));
      }
      return new Lines(to.seq(), doc, a.mentions(), a.timexes(), events);
    }
  }

  /** What the cross-document steps decided for one document: its place in the store's order, story and entries. */
  record Assigned(long seq, String story, Map<Integer, String> entries) implements Serializable {}
}
