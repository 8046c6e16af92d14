package org.dossier.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dossier.ingest.IngestOptions;
import org.dossier.pack.PackException;
import org.dossier.pipeline.Analysis;
import org.dossier.pipeline.PipelineConfig;
import org.dossier.report.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier analyze}: the main job, from input files to the contract's JSONL files. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
        "Analyses news articles and writes the contract's JSON Lines files (documents, mentions, timexes, events,",
        "timeline, stories, rejected) into the output folder. Inputs that cannot be read are listed in",
        "rejected.jsonl with the reason; the run goes on. A re-run replaces the previous output.",
        "Last, report.html: the timeline, actors, stories and sources in one self-contained page to open in a browser."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the run completed (see rejected.jsonl for unreadable inputs)", "1:fatal error",
        "2:usage error (unknown option, missing input path)"})
public final class AnalyzeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Files or folders (walked recursively): .txt, .html/.htm, .jsonl, .warc, .warc.gz")
  List<Path> inputs;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "dossier-out",
      description = "Output folder (default: ${DEFAULT-VALUE}); created if missing")
  Path out;

  @Option(names = "--pack", paramLabel = "NAME", defaultValue = PipelineConfig.DEFAULT_PACK,
      description = "Domain pack: a built-in pack name or a pack folder (default: ${DEFAULT-VALUE})")
  String pack;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: the number of processors, here ${sys:dossier.cpus})")
  Integer threads;

  @Option(names = "--languages", paramLabel = "CODES", split = ",",
      description = "Restrict language identification to these ISO 639-1 codes, e.g. en,de (default: any)")
  Set<String> languages = new LinkedHashSet<>();

  @Option(names = "--max-document-size", paramLabel = "MB", defaultValue = "10",
      description = "Reject articles larger than this many megabytes (default: ${DEFAULT-VALUE})")
  int maxDocumentMb;

  @Option(names = "--today", paramLabel = "YYYY-MM-DD",
      description = "The run's date: nothing is taken to be published later (default: the system date)")
  LocalDate today;

  @Option(names = "--quiet", description = "No progress bar and no summary line")
  boolean quiet;

  static {
    System.setProperty("dossier.cpus", String.valueOf(Runtime.getRuntime().availableProcessors()));
  }

  @Override
  public Integer call() throws Exception {
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "input path does not exist: " + input);
      }
    }
    if (threads != null && threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    if (maxDocumentMb < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-document-size must be at least 1 MB");
    }
    PipelineConfig config = new PipelineConfig(pack, languages, today == null ? LocalDate.now() : today,
        new IngestOptions(maxDocumentMb * 1024L * 1024L));
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    Analysis analysis;
    try {
      analysis = new Analysis(config, n);
    } catch (PackException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    boolean bar = !quiet && System.console() != null;
    Analysis.Summary summary;
    if (bar) {
      try (ProgressBar progress = new ProgressBarBuilder()
          .setTaskName("analyze")
          .setInitialMax(-1)
          .setStyle(ProgressBarStyle.ASCII)
          .setUnit(" docs", 1)
          .showSpeed()
          .setConsumer(new ConsoleProgressBarConsumer(System.err))
          .build()) {
        summary = analysis.run(inputs, out, (item, accepted) -> progress.step());
      }
    } else {
      summary = analysis.run(inputs, out, (item, accepted) -> { });
    }
    Report.Written report = Report.write(out, analysis.pack());
    if (!quiet) {
      System.err.println(summary.line() + " -> " + out.toAbsolutePath().normalize());
      System.err.println("report: " + report.file().toAbsolutePath().normalize());
    }
    return 0;
  }
}
