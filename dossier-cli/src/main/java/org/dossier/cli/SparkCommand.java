package org.dossier.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier spark}: the analysis as an Apache Spark job on this machine's cores, in a JVM of its own
 * ({@link #relaunch}). Spark's classes are touched only by {@link SparkRun}, which this command calls, so other
 * commands never load them.
 */
@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    description = {
        "Runs the analysis as an Apache Spark job on a local master (local[N], N = --threads)",
        "and writes the store's tables as Parquet (plus the contract's JSONL with --jsonl),",
        "see docs/SPARK.md. Inputs may be local paths or any Hadoop file system URI",
        "(file://, hdfs://, s3a://). Load the output into a store with",
        "dossier ingest --from-parquet OUT --store DIR. On a cluster, use spark-submit",
        "with org.dossier.spark.SparkMain. Prints documents/s, MB/s and peak heap."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the run completed (unreadable inputs are in the rejected table)", "1:fatal error",
        "2:usage error (unknown option, an output folder holding other files)"})
public final class SparkCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Files or folders (walked recursively): .txt, .html/.htm, .jsonl, .warc, .warc.gz")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "Output folder (any Hadoop file system); replaces the output of an earlier run")
  String out;

  @Option(names = "--jsonl", description = "Also write the contract's JSON Lines files into DIR/jsonl")
  boolean jsonl;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "Partitions of the analysed documents (default: one per 16 MB of input, at least one per thread)")
  int partitions;

  @CommandLine.Mixin PipelineOptions pipeline;

  @Option(names = "--quiet", description = "No summary lines")
  boolean quiet;

  /** Set in the JVM that runs the job; the command's first JVM only starts it. */
  static final String CHILD = "dossier.spark.child";

  @Override
  public Integer call() throws Exception {
    pipeline.validate(spec.commandLine());
    if (partitions < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--partitions must be 0 or more");
    if (System.getProperty(CHILD) == null) return relaunch();
    HeapPeaks.reset();
    long started = System.nanoTime();
    SparkRun.Result r;
    try {
      r = SparkRun.local(inputs, out, pipeline.config(), jsonl, partitions, pipeline.threads());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    if (!quiet) {
      System.err.println(r.line());
      System.err.printf(java.util.Locale.ROOT,
          "local[%d]: %d inputs, %.1f MB in %.1f s (Spark start-up included) = %.0f documents/s, %.2f MB/s,"
              + " peak heap %.0f MB -> %s%n",
          pipeline.threads(), r.documents() + r.rejected(), r.inputBytes() / 1e6, seconds,
          (r.documents() + r.rejected()) / seconds, r.inputBytes() / 1e6 / seconds, HeapPeaks.peak() / 1e6, out);
    }
    return 0;
  }

  /**
   * Runs the command again in a JVM of its own whose class path starts with Spark's Servlet 5 API: the web
   * server's Jetty 12 needs Servlet 6 (on the CLI's class path), Spark's context Servlet 5, and one class path
   * cannot hold both. The child gets this JVM's options (heap, Spark's module openings) and its exit code is
   * the command's.
   */
  private int relaunch() throws java.io.IOException, InterruptedException {
    java.nio.file.Path code = java.nio.file.Path.of(SparkCommand.class.getProtectionDomain().getCodeSource().getLocation()
        .getPath());
    java.nio.file.Path sparkLib = code.getParent().resolve("spark-lib");
    if (!java.nio.file.Files.isDirectory(sparkLib)) {
      throw new IllegalStateException("no " + sparkLib + " (Spark's Servlet API): rebuild with mvn package -pl dossier-cli");
    }
    List<String> command = new ArrayList<>();
    command.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.add("-D" + CHILD + "=true");
    command.add("-cp");
    command.add(sparkLib + "/*" + java.io.File.pathSeparator + System.getProperty("java.class.path"));
    command.add(Dossier.class.getName());
    command.addAll(spec.commandLine().getParseResult().originalArgs());
    return new ProcessBuilder(command).inheritIO().start().waitFor();
  }
}
