package org.dossier.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dossier.evaluation.EntityEvaluation;
import org.dossier.evaluation.EventEvaluation;
import org.dossier.evaluation.FoundationEvaluation;
import org.dossier.evaluation.Score;
import org.dossier.evaluation.StoryEvaluation;
import org.dossier.evaluation.TemporalEvaluation;
import org.dossier.ingest.IngestOptions;
import org.dossier.pipeline.PipelineConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier evaluate}: scores the analysis on the shared gold and suites, with optional floors. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
        "Scores the analysis against gold annotations. Suites:",
        "  foundation  cleaning, language and publication date on the seeds' and dev",
        "              set's gold (../shared/corpus) and the HTML extraction fixtures",
        "  time        the temporal tagger on TempEval-3 platinum, WikiWarsDE,",
        "              HeidelTime's English test vectors, German detection cases",
        "              (../shared/eval) and the corpus's gold timexes",
        "  entities    entity recognition and linking on the seeds' and dev set's",
        "              gold: recall, precision, gold spellings linked",
        "  events      the event coder on the seeds' and dev set's gold events and",
        "              traps, and on the PETRARCH2 validation records (../shared/eval)",
        "  stories     stories and timeline on the dev set's gold story labels and key",
        "              events, and the seeds' expectations (eval/seeds.stories.tsv)",
        "Prints one line per figure; with --floors, exits 1 when a figure is worse",
        "than its floor."})
public final class EvaluateCommand implements Callable<Integer> {
  static final List<String> SUITES = List.of("foundation", "time", "entities", "events", "stories");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--suite", paramLabel = "SUITE", split = ",",
      description = "Suites to run, repeatable or comma-separated: foundation, time, entities, events, stories "
          + "(default: all)")
  List<String> suites;

  @Option(names = "--errors", paramLabel = "DIR",
      description = "Write the failures of the time, entities, events and stories suites to DIR/SUITE.errors.tsv")
  Path errors;

  @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
      description = "The shared folder with corpus/ and eval/ (default: ${DEFAULT-VALUE})")
  Path shared;

  @Option(names = "--fixtures", paramLabel = "DIR", defaultValue = "dossier-core/src/test/resources/fixtures/html",
      description = "HTML extraction fixtures (default: ${DEFAULT-VALUE})")
  Path fixtures;

  @Option(names = "--floors", paramLabel = "FILE",
      description = "Properties file of floors: KEY.min=value or KEY.max=value; exit 1 when one is not met")
  Path floors;

  @Option(names = "--seed-stories", paramLabel = "FILE", defaultValue = "eval/seeds.stories.tsv",
      description = "Expectations on the seeds' stories and dating (default: ${DEFAULT-VALUE})")
  Path seedStories;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Also write the scores as JSON to FILE (value null: not measured)")
  Path report;

  @Option(names = "--pack", paramLabel = "NAME", defaultValue = PipelineConfig.DEFAULT_PACK,
      description = "Domain pack (default: ${DEFAULT-VALUE})")
  String pack;

  @Override
  public Integer call() throws Exception {
    Set<String> run = new LinkedHashSet<>();
    for (String s : suites == null ? SUITES : suites) {
      String name = s.strip();
      if (!SUITES.contains(name)) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "unknown suite '" + name + "' (suites: " + String.join(", ", SUITES) + ")");
      }
      run.add(name);
    }
    Path corpus = shared.resolve("corpus");
    if ((run.contains("foundation") || run.contains("entities") || run.contains("stories"))
        && !Files.isDirectory(corpus)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no corpus folder in " + shared.toAbsolutePath());
    }
    if ((run.contains("time") || run.contains("events")) && !Files.isDirectory(corpus)
        && !Files.isDirectory(shared.resolve("eval"))) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "no corpus or eval folder in " + shared.toAbsolutePath());
    }
    PipelineConfig config = new PipelineConfig(pack, java.util.Set.of(), LocalDate.now(), IngestOptions.defaults());
    List<Score> scores = new ArrayList<>();
    if (run.contains("foundation")) {
      FoundationEvaluation eval = new FoundationEvaluation(config);
      scores.addAll(eval.seeds(corpus.resolve("seeds"), corpus.resolve("gold/seeds.gold.jsonl")));
      scores.addAll(eval.dev(corpus.resolve("dev/articles"), corpus.resolve("dev/gold.jsonl")));
      if (Files.isDirectory(fixtures)) {
        scores.addAll(eval.html(fixtures));
      }
    }
    if (run.contains("time")) {
      TemporalEvaluation time = new TemporalEvaluation(config);
      scores.addAll(time.run(shared));
      if (errors != null) {
        time.writeErrors(errors);
        System.err.println("  time: failures written to " + errors.toAbsolutePath());
      }
    }
    if (run.contains("entities")) {
      EntityEvaluation entities = new EntityEvaluation(config);
      scores.addAll(entities.run(corpus));
      if (errors != null) {
        entities.writeErrors(errors);
        System.err.println("  entities: failures written to " + errors.toAbsolutePath());
      }
    }
    if (run.contains("events")) {
      EventEvaluation events = new EventEvaluation(config);
      scores.addAll(events.run(shared));
      if (errors != null) {
        events.writeErrors(errors);
        System.err.println("  events: failures written to " + errors.toAbsolutePath());
      }
    }
    if (run.contains("stories")) {
      StoryEvaluation stories = new StoryEvaluation(config);
      scores.addAll(stories.run(corpus, seedStories));
      if (errors != null) {
        stories.writeErrors(errors);
        System.err.println("  stories: failures written to " + errors.toAbsolutePath());
      }
    }
    for (Score s : scores) {
      System.out.printf(java.util.Locale.ROOT, "%-36s %7.3f   %s%n", s.key(), s.value(), s.detail());
    }
    if (report != null) {
      ObjectMapper json = new ObjectMapper();
      ArrayNode arr = json.createArrayNode();
      for (Score s : scores) {
        var o = arr.addObject().put("key", s.key());
        if (Double.isNaN(s.value())) o.putNull("value");
        else o.put("value", s.value());
        o.put("detail", s.detail());
      }
      json.writerWithDefaultPrettyPrinter().writeValue(report.toFile(), arr);
    }
    return floors == null ? 0 : checkFloors(scores, run);
  }

  /** The suite a score key belongs to. */
  static String suiteOf(String key) {
    if (TemporalEvaluation.KEYS.contains(key)) return "time";
    if (EventEvaluation.owns(key)) return "events";
    if (StoryEvaluation.KEYS.contains(key)) return "stories";
    return EntityEvaluation.KEYS.contains(key) ? "entities" : "foundation";
  }

  /**
   * Checks every floor of the file against the scores. A floor of a suite that was not run is skipped; a
   * floor whose score is missing, or not a number, fails.
   */
  private int checkFloors(List<Score> scores, Set<String> run) throws Exception {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(floors, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    int failures = 0;
    int checked = 0;
    for (String key : p.stringPropertyNames().stream().sorted().toList()) {
      boolean min = key.endsWith(".min");
      if (!min && !key.endsWith(".max")) {
        throw new CommandLine.ParameterException(spec.commandLine(), floors + ": key " + key + " must end in .min or .max");
      }
      String metric = key.substring(0, key.length() - 4);
      double bound = Double.parseDouble(p.getProperty(key).strip());
      Score s = scores.stream().filter(x -> x.key().equals(metric)).findFirst().orElse(null);
      if (!run.contains(suiteOf(metric))) {
        continue;
      }
      checked++;
      if (s == null) {
        System.out.println("FLOOR MISSING " + metric + " (no such score)");
        failures++;
      } else if (Double.isNaN(s.value())) {
        System.out.println("FLOOR FAILED  " + metric + " is not measured (" + s.detail() + ")");
        failures++;
      } else if (min ? s.value() < bound - 1e-9 : s.value() > bound + 1e-9) {
        System.out.printf(java.util.Locale.ROOT, "FLOOR FAILED  %s = %.3f, %s %.3f%n", metric, s.value(),
            min ? "floor" : "ceiling", bound);
        failures++;
      }
    }
    int skipped = p.size() - checked;
    String skip = skipped > 0 ? ", " + skipped + " of suites not run skipped" : "";
    System.out.println((failures == 0 ? "all floors met (" + checked + ")" : failures + " floors not met") + skip);
    return failures == 0 ? 0 : 1;
  }
}
