package org.dossier.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dossier} command: subcommands for analysis, the store, evaluation and benchmarks. */
@Command(
    name = "dossier",
    mixinStandardHelpOptions = true,
    version = "dossier 0.1.0",
    description = "Turns raw multilingual news about an armed conflict into a sourced chronology.",
    subcommands = {AnalyzeCommand.class, IngestCommand.class, SparkCommand.class, ServeCommand.class, EvaluateCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class Dossier implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code: 0 done, 1 fatal error, 2 usage error. */
  public static int execute(String... args) {
    CommandLine cl = new CommandLine(new Dossier());
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("dossier: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return 1;
    });
    return cl.execute(args);
  }
}
