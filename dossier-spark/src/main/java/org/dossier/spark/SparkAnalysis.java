package org.dossier.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.dossier.corpus.DocumentSummary;
import org.dossier.corpus.SummaryCodec;
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
import org.dossier.stories.Story;
import org.dossier.timeline.TimelineEntry;
import scala.Tuple2;

/**
 * The {@code analyze} run as a Spark job. Distributed: listing aside, reading the inputs (from any Hadoop file
 * system), the per-document pipeline (the pack broadcast once; each executor builds its pipeline once), the
 * search for repeated IDs, the second analysis of reports dated by their story, and building and writing every
 * table. On the driver: the cross-document stages (near-duplicates, stories, which reports their story may
 * date, timeline) over the documents' summaries, a few kilobytes each, never their texts; their results go
 * back to the tasks as broadcast arrays. The driver runs the same {@link CrossDocument} code over the
 * summaries in the same input order as {@code analyze}, so the output is the same.
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
   * @param partitions partitions of the per-document work; 0 for the context's default parallelism
   */
  public record Options(List<String> inputs, String out, PipelineConfig config, boolean jsonl, int partitions) {
    public Options {
      inputs = List.copyOf(inputs);
    }
  }

  /** Seconds each part took: reading and per-document analysis, the driver's stages, dating, writing. */
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
    int partitions = o.partitions() > 0 ? o.partitions() : jsc.defaultParallelism();

    // Reading: one task per slice of files; each item keyed by its place in the input order.
    List<InputFiles.InputFile> files = InputFiles.list(o.inputs(), conf);
    long inputBytes = files.stream().mapToLong(InputFiles.InputFile::size).sum();
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

    // The per-document stages, spread over the partitions whatever the files' sizes.
    JavaRDD<Analysed> analysed = items.repartition(partitions).mapPartitions(it -> {
      var pipeline = Executor.pipeline(setup);
      return new Iterator<Analysed>() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public Analysed next() {
          Tuple2<Long, IngestItem> t = it.next();
          return Analysed.of(t._1(), AnalysedItem.analyse(pipeline, t._2(), List.of()));
        }
      };
    }).persist(KEPT);
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

    // The summaries, streamed to the driver in input order.
    List<DocumentSummary> docs = new ArrayList<>();
    long[] orders = new long[1024];
    Iterator<Tuple2<Long, byte[]>> summaries = analysed
        .filter(a -> a.accepted() && !repeatedIds.value().containsKey(a.order()))
        .mapToPair(a -> new Tuple2<>(a.order(), a.summary()))
        .sortByKey(true, partitions)
        .toLocalIterator();
    while (summaries.hasNext()) {
      Tuple2<Long, byte[]> s = summaries.next();
      if (docs.size() == orders.length) orders = Arrays.copyOf(orders, orders.length * 2);
      orders[docs.size()] = s._1();
      docs.add(SummaryCodec.decode(s._2()));
    }
    orders = Arrays.copyOf(orders, docs.size());
    long rejected = inputItems - docs.size();
    long analysedAt = System.nanoTime();

    // Driver: near-duplicates and stories over the summaries; which reports their story may date.
    CrossDocument.Grouping grouping = CrossDocument.group(docs);
    Map<Integer, List<ChronologyEntry>> landmarks = CrossDocument.datingByStory(docs, grouping);
    long groupedAt = System.nanoTime();

    // Distributed: those reports analysed again with their landmarks.
    Map<Long, List<ChronologyEntry>> landmarksByOrder = new HashMap<>();
    Map<Long, String> datedBy = new HashMap<>();
    for (Map.Entry<Integer, List<ChronologyEntry>> e : landmarks.entrySet()) {
      landmarksByOrder.put(orders[e.getKey()], e.getValue());
      datedBy.put(orders[e.getKey()], CrossDocument.landmarksKey(e.getValue()));
    }
    Broadcast<Map<Long, List<ChronologyEntry>>> landmarksOf = jsc.broadcast(landmarksByOrder);
    JavaRDD<Analysed> dated = analysed
        .filter(a -> a.kept() != null && landmarksOf.value().containsKey(a.order()))
        .map(a -> Analysed.of(a.order(),
            AnalysedItem.analyse(Executor.pipeline(setup), a.kept(), landmarksOf.value().get(a.order()))))
        .filter(Analysed::dayKnown)
        .persist(KEPT);
    Map<Long, byte[]> datedSummaries = new HashMap<>(dated.mapToPair(a -> new Tuple2<>(a.order(), a.summary()))
        .collectAsMap());
    for (int i = 0; i < orders.length; i++) {
      byte[] again = datedSummaries.get(orders[i]);
      if (again != null) docs.set(i, SummaryCodec.decode(again));
    }
    long datedAt = System.nanoTime();

    // Driver: the timeline over every event, and each document's story, original and entries.
    CrossDocument.Timeline timeline = CrossDocument.timeline(docs, grouping);
    Assignments assigned = Assignments.of(orders, docs, grouping, timeline);
    long timelineAt = System.nanoTime();
    Broadcast<Assignments> assignments = jsc.broadcast(assigned);
    Broadcast<Set<Long>> redatedOrders = jsc.broadcast(new HashSet<>(datedSummaries.keySet()));

    // The documents' final lines: the dated analysis where there is one, story, original and entries filled in.
    JavaPairRDD<Long, Lines> lines = analysed
        .filter(a -> a.accepted() && !repeatedIds.value().containsKey(a.order())
            && !redatedOrders.value().contains(a.order()))
        .union(dated)
        .mapToPair(a -> new Tuple2<>(a.order(), Lines.of(a, assignments.value())))
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

    // Stories, timeline and places: built on the driver from the cross-document results (no texts).
    List<String> storyLines = new ArrayList<>();
    List<Row> storyRows = new ArrayList<>();
    for (Story s : grouping.stories().stories()) {
      ObjectNode json = ContractJson.story(s, i -> docs.get(i).id());
      String line = ContractJson.line(json);
      storyLines.add(line);
      storyRows.add(Tables.row(ContractRows.story(json, line)));
    }
    writeRows(spark, out, "stories", storyRows, Tables.schema("stories"));
    List<String> timelineLines = new ArrayList<>();
    List<Row> entryRows = new ArrayList<>();
    List<Row> mentionRows = new ArrayList<>();
    List<Row> actorRows = new ArrayList<>();
    for (TimelineEntry t : timeline.result().entries()) {
      ObjectNode json = ContractJson.timelineEntry(t, timeline.mentions(), i -> docs.get(i).id());
      String line = ContractJson.line(json);
      List<String> mentionDocs = new ArrayList<>(t.mentions().size());
      for (int m : t.mentions()) mentionDocs.add(docs.get(timeline.mentions().get(m).doc()).id());
      timelineLines.add(line);
      entryRows.add(Tables.row(ContractRows.timelineEntry(json, mentionDocs, line,
          m -> mentionRows.add(Tables.row(m)), a -> actorRows.add(Tables.row(a)))));
    }
    writeRows(spark, out, "timeline", entryRows, Tables.schema("timeline"));
    writeRows(spark, out, "timeline_mentions", mentionRows, Tables.schema("timeline_mentions"));
    writeRows(spark, out, "timeline_actors", actorRows, Tables.schema("timeline_actors"));
    List<Row> placeRows = new ArrayList<>();
    for (Place p : pack.places().values()) placeRows.add(Tables.row(ContractRows.place(p)));
    writeRows(spark, out, "places", placeRows, Tables.schema("places"));

    // What a store keeps to take later ingests: the summaries and the inputs of undated reports.
    Broadcast<Map<Long, byte[]>> datedOf = jsc.broadcast(datedSummaries);
    Broadcast<Map<Long, String>> datedByOf = jsc.broadcast(datedBy);
    JavaRDD<Analysed> stored = analysed.filter(a -> a.accepted() && !repeatedIds.value().containsKey(a.order()));
    spark.createDataFrame(stored.map(a -> RowFactory.create(a.id(), assignments.value().seq(a.order()), a.hash(),
            a.summary(), datedOf.value().get(a.order()), datedByOf.value().get(a.order()))), Tables.SUMMARIES)
        .write().mode(SaveMode.Overwrite).parquet(new Path(out, "summaries").toString());
    spark.createDataFrame(stored.filter(a -> a.kept() != null).map(a -> RowFactory.create(a.id(),
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
      writeLines(outFs, new Path(dir, "stories.jsonl"), storyLines);
      writeLines(outFs, new Path(dir, "timeline.jsonl"), timelineLines);
    }
    long written = System.nanoTime();

    long duplicates = Arrays.stream(grouping.copyOf()).filter(c -> c >= 0).count();
    Times times = new Times((analysedAt - started) / 1e9, ((groupedAt - analysedAt) + (timelineAt - datedAt)) / 1e9,
        (datedAt - groupedAt) / 1e9, (written - timelineAt) / 1e9);
    Summary summary = new Summary(o.config().pack(), files.size(), inputBytes, docs.size(), rejected,
        grouping.stories().stories().size(), timeline.result().entries().size(), duplicates, datedSummaries.size(),
        times);
    writeLines(outFs, new Path(out, SUMMARY), List.of(ContractJson.mapper().writeValueAsString(summary)));
    analysed.unpersist(false);
    dated.unpersist(false);
    lines.unpersist(false);
    return summary;
  }

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
    static Lines of(Analysed a, Assignments assigned) {
      int i = assigned.index(a.order());
      String doc = ContractJson.withField(a.json(), "story", assigned.story[i]);
      doc = ContractJson.withField(doc, "duplicate_of", assigned.duplicateOf[i]);
      List<String> events = new ArrayList<>(a.events().size());
      for (int k = 0; k < a.events().size(); k++) {
        events.add(ContractJson.withField(a.events().get(k), "timeline", assigned.timeline[i][k]));
      }
      return new Lines(i + 1L, doc, a.mentions(), a.timexes(), events);
    }
  }

  /** What the driver's stages decided for each document, by its index in input order; broadcast to tasks. */
  static final class Assignments implements Serializable {
    final long[] orders;
    final String[] story;
    final String[] duplicateOf;
    final String[][] timeline;

    private Assignments(long[] orders, String[] story, String[] duplicateOf, String[][] timeline) {
      this.orders = orders;
      this.story = story;
      this.duplicateOf = duplicateOf;
      this.timeline = timeline;
    }

    static Assignments of(long[] orders, List<DocumentSummary> docs, CrossDocument.Grouping grouping,
        CrossDocument.Timeline timeline) {
      int n = docs.size();
      String[] story = new String[n];
      String[] duplicateOf = new String[n];
      String[][] entries = new String[n][];
      List<Story> stories = grouping.stories().stories();
      int[] storyOf = grouping.stories().storyOf();
      int[] copyOf = grouping.copyOf();
      List<TimelineEntry> timelineEntries = timeline.result().entries();
      int[] entryOf = timeline.result().entryOf();
      int mention = 0;
      for (int i = 0; i < n; i++) {
        story[i] = stories.get(storyOf[i]).id();
        duplicateOf[i] = copyOf[i] < 0 ? null : docs.get(copyOf[i]).id();
        entries[i] = new String[docs.get(i).events().size()];
        for (int k = 0; k < entries[i].length; k++) {
          int entry = entryOf[mention++];
          entries[i][k] = entry < 0 ? null : timelineEntries.get(entry).id();
        }
      }
      return new Assignments(orders, story, duplicateOf, entries);
    }

    int index(long order) {
      int i = Arrays.binarySearch(orders, order);
      if (i < 0) throw new IllegalStateException("no document at input position " + order);
      return i;
    }

    long seq(long order) {
      return index(order) + 1L;
    }
  }

}
