package org.dossier.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.pack.PackException;
import org.dossier.pipeline.Analysis;
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

  @CommandLine.Mixin PipelineOptions pipeline;

  @Option(names = "--quiet", description = "No progress bar and no summary line")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    pipeline.validate(spec.commandLine(), inputs);
    Analysis analysis;
    try {
      analysis = new Analysis(pipeline.config(), pipeline.threads());
    } catch (PackException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Analysis.Summary summary;
    try (Progress progress = Progress.of("analyze", quiet)) {
      summary = analysis.run(inputs, out, (item, accepted) -> progress.step());
    }
    Report.Written report = Report.write(out, analysis.pack());
    if (!quiet) {
      System.err.println(summary.line() + " -> " + out.toAbsolutePath().normalize());
      System.err.println("report: " + report.file().toAbsolutePath().normalize());
    }
    return 0;
  }
}
