package org.dossier.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dossier.ingest.IngestOptions;
import org.dossier.pipeline.PipelineConfig;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of every command that runs the per-document pipeline over inputs: analyze and ingest. */
final class PipelineOptions {
  static {
    System.setProperty("dossier.cpus", String.valueOf(Runtime.getRuntime().availableProcessors()));
  }

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

  /** Checks the values and that every input path exists on the local file system; a bad one is a usage error. */
  void validate(CommandLine commandLine, List<Path> inputs) {
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new CommandLine.ParameterException(commandLine, "input path does not exist: " + input);
      }
    }
    validate(commandLine);
  }

  /** Checks the values alone (for inputs that are not local paths); a bad one is a usage error naming the option. */
  void validate(CommandLine commandLine) {
    if (threads != null && threads < 1) {
      throw new CommandLine.ParameterException(commandLine, "--threads must be at least 1, got " + threads);
    }
    if (maxDocumentMb < 1) {
      throw new CommandLine.ParameterException(commandLine, "--max-document-size must be at least 1 MB");
    }
  }

  PipelineConfig config() {
    return new PipelineConfig(pack, languages, today == null ? LocalDate.now() : today,
        new IngestOptions(maxDocumentMb * 1024L * 1024L));
  }

  int threads() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
  }
}
