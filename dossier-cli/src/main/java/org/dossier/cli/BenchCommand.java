package org.dossier.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.dossier.bench.CorpusBuilder;
import org.dossier.ingest.IngestOptions;
import org.dossier.pipeline.Analysis;
import org.dossier.pipeline.PipelineConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier bench}: builds benchmark corpora and measures whole runs. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures whole analysis runs: documents/s, MB/s and peak heap.",
    subcommands = {BenchCommand.Corpus.class, BenchCommand.Run.class, ServeBenchmark.class})
public final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(name = "corpus", mixinStandardHelpOptions = true,
      description = "Writes a benchmark corpus of distinct articles (JSONL) built from the real text under --shared.")
  static final class Corpus implements Callable<Integer> {
    @Option(names = "--shared", defaultValue = "../shared", description = "Shared folder (default: ${DEFAULT-VALUE})")
    Path shared;

    @Option(names = "--docs", defaultValue = "10000", description = "Number of documents (default: ${DEFAULT-VALUE})")
    int docs;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, description = "Output .jsonl file")
    Path out;

    @Override
    public Integer call() throws Exception {
      CorpusBuilder.Stats stats = new CorpusBuilder(shared, seed).write(out, docs);
      System.out.println(stats);
      return 0;
    }
  }

  @Command(name = "run", mixinStandardHelpOptions = true,
      description = "Analyses INPUT into a scratch folder and reports throughput and peak heap.")
  static final class Run implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT") List<Path> inputs;

    @Option(names = "--threads", description = "Worker threads (default: processors)")
    Integer threads;

    @Option(names = "--out", defaultValue = "target/bench-out", description = "Scratch output (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--warmup", description = "Analyse the input once, untimed, before the measured run, so that"
        + " the figure is the JIT-compiled steady state rather than a cold start")
    boolean warmup;

    @Option(names = "--warmup-runs", paramLabel = "N", description = "Warm-up passes over the input, each reported"
        + " (implies --warmup); on two cores the JIT compiler can take a minute or more to settle")
    Integer warmupRuns;

    @Option(names = "--runs", defaultValue = "1", description = "Measured runs, each reported, then their median"
        + " (default: ${DEFAULT-VALUE}); on a shared or virtual machine one run can be off by a tenth")
    int runs;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      for (Path p : inputs) {
        if (!Files.exists(p)) throw new CommandLine.ParameterException(spec.commandLine(), "input path does not exist: " + p);
      }
      if (threads != null && threads < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
      }
      if (runs < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 1, got " + runs);
      if (warmupRuns != null && warmupRuns < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--warmup-runs must be at least 1, got " + warmupRuns);
      }
      int warmups = warmupRuns != null ? warmupRuns : warmup ? 1 : 0;
      long bytes = 0;
      for (Path p : inputs) {
        try (var walk = Files.walk(p)) {
          bytes += walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
      }
      int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
      PipelineConfig config = new PipelineConfig(PipelineConfig.DEFAULT_PACK, Set.of(), LocalDate.now(), IngestOptions.defaults());
      Analysis analysis = new Analysis(config, n);
      for (int w = 0; w < warmups; w++) {
        Analysis.Summary s = analysis.run(inputs, out, (item, ok) -> { });
        if (warmups > 1) {
          System.out.printf(java.util.Locale.ROOT, "warm-up %d: %.0f documents/s; per-document stages %.0f documents/s%n",
              w + 1, (s.documents() + s.rejected()) / s.seconds(),
              (s.documents() + s.rejected()) / (s.seconds() - s.crossDocument().total()));
        }
      }
      List<Double> rates = new java.util.ArrayList<>();
      List<Double> perDocumentRates = new java.util.ArrayList<>();
      for (int run = 0; run < runs; run++) {
        HeapPeaks.reset();
        AtomicLong done = new AtomicLong();
        Analysis.Summary s = analysis.run(inputs, out, (item, ok) -> done.incrementAndGet());
        long peak = HeapPeaks.peak();
        rates.add((s.documents() + s.rejected()) / s.seconds());
        // the stages run per document (reading and writing included), without the cross-document ones after them
        perDocumentRates.add((s.documents() + s.rejected()) / (s.seconds() - s.crossDocument().total()));
        System.out.printf(java.util.Locale.ROOT,
            "threads %d%s: %d documents (%d rejected), %.1f MB in %.2f s = %.0f documents/s, %.2f MB/s, peak heap %.0f MB;"
                + " per-document stages %.0f documents/s%n",
            n, warmups > 0 || run > 0 ? " (warm)" : " (cold)", s.documents(), s.rejected(), bytes / 1e6, s.seconds(),
            rates.get(run), bytes / 1e6 / s.seconds(), peak / 1e6, perDocumentRates.get(run));
        System.out.printf(java.util.Locale.ROOT,
            "cross-document stages: %.2f s = %.0f µs/document (near-duplicates and stories %.0f, dating by story %.0f,"
                + " timeline %.0f); %d stories, %d timeline entries, %d near-duplicates, %d dated by their story%n",
            s.crossDocument().total(), perDocument(s.crossDocument().total(), s), perDocument(s.crossDocument().grouping(), s),
            perDocument(s.crossDocument().dating(), s), perDocument(s.crossDocument().timeline(), s), s.stories(), s.timeline(),
            s.duplicates(), s.redated());
      }
      if (rates.size() > 1) {
        System.out.printf(java.util.Locale.ROOT, "median of %d runs: %.0f documents/s; per-document stages %.0f documents/s%n",
            rates.size(), median(rates), median(perDocumentRates));
      }
      return 0;
    }

    private static double median(List<Double> values) {
      List<Double> sorted = values.stream().sorted().toList();
      int m = sorted.size();
      return m % 2 == 1 ? sorted.get(m / 2) : (sorted.get(m / 2 - 1) + sorted.get(m / 2)) / 2;
    }

    private static double perDocument(double seconds, Analysis.Summary s) {
      return seconds * 1e6 / Math.max(1, s.documents());
    }
  }
}
