package org.dossier.cli;

import java.io.IOException;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.dossier.pipeline.PipelineConfig;
import org.dossier.spark.SparkAnalysis;

/** The one place the CLI touches Spark: a local session, the job, the session stopped. */
final class SparkRun {
  /** What the command reports of a run, in types that do not need Spark's classes. */
  record Result(String line, long documents, long rejected, long inputBytes) {}

  private SparkRun() {}

  static Result local(List<String> inputs, String out, PipelineConfig config, boolean jsonl, int partitions,
      int threads) throws IOException {
    // Spark logs its start-up at INFO; the command reports through its own summary lines.
    org.apache.logging.log4j.core.config.Configurator.setRootLevel(org.apache.logging.log4j.Level.ERROR);
    SparkSession spark = SparkAnalysis.localSession(threads);
    try {
      spark.sparkContext().setLogLevel("ERROR");
      SparkAnalysis.Summary s = SparkAnalysis.run(spark,
          new SparkAnalysis.Options(inputs, out, config, jsonl, partitions));
      return new Result(s.line(), s.documents(), s.rejected(), s.inputBytes());
    } finally {
      spark.stop();
    }
  }
}
