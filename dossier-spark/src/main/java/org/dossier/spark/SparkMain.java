package org.dossier.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.dossier.ingest.IngestOptions;
import org.dossier.pipeline.PipelineConfig;

/**
 * The main class for {@code spark-submit} on a cluster: the master, executors and memory come from
 * spark-submit; the arguments are those of {@code dossier spark} that concern the job.
 *
 * <pre>
 * spark-submit --class org.dossier.spark.SparkMain ... dossier-spark.jar --out OUT [--jsonl] [--pack NAME]
 *     [--today YYYY-MM-DD] [--partitions N] [--max-document-size MB] INPUT...
 * </pre>
 */
public final class SparkMain {
  private SparkMain() {}

  public static void main(String[] args) throws Exception {
    List<String> inputs = new ArrayList<>();
    String out = null;
    String pack = PipelineConfig.DEFAULT_PACK;
    LocalDate today = LocalDate.now();
    boolean jsonl = false;
    int partitions = 0;
    long maxBytes = IngestOptions.defaults().maxDocumentBytes();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = value(args, ++i);
        case "--jsonl" -> jsonl = true;
        case "--pack" -> pack = value(args, ++i);
        case "--today" -> today = LocalDate.parse(value(args, ++i));
        case "--partitions" -> partitions = Integer.parseInt(value(args, ++i));
        case "--max-document-size" -> maxBytes = Long.parseLong(value(args, ++i)) * 1024L * 1024L;
        default -> {
          if (args[i].startsWith("--")) throw new IllegalArgumentException("unknown option " + args[i]);
          inputs.add(args[i]);
        }
      }
    }
    if (out == null || inputs.isEmpty()) {
      throw new IllegalArgumentException("usage: SparkMain --out DIR [--jsonl] [--pack NAME] [--today YYYY-MM-DD]"
          + " [--partitions N] [--max-document-size MB] INPUT...");
    }
    SparkSession spark = SparkSession.builder().appName("dossier").getOrCreate();
    try {
      PipelineConfig config = new PipelineConfig(pack, Set.of(), today, new IngestOptions(maxBytes));
      SparkAnalysis.Summary summary = SparkAnalysis.run(spark, new SparkAnalysis.Options(inputs, out, config, jsonl,
          partitions));
      System.err.println(summary.line());
    } finally {
      spark.stop();
    }
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) throw new IllegalArgumentException(args[i - 1] + " needs a value");
    return args[i];
  }
}
