package org.dossier.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier evaluate --suite time} on the bundled fixtures: every key printed, floors, failure files. */
class EvaluateTimeCommandTest {
  private static CliRun evaluate(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "evaluate";
    System.arraycopy(args, 0, all, 1, args.length);
    return CliRun.of(all);
  }

  @Test
  void timeSuitePrintsEveryTemporalKeyAndWritesFailures(@TempDir Path dir) throws Exception {
    Path errors = dir.resolve("errors");
    Path report = dir.resolve("report.json");
    CliRun r = evaluate("--shared", TemporalReadersTest.SHARED.toString(), "--suite", "time", "--errors", errors.toString(),
        "--report", report.toString());
    assertThat(r.code()).as(r.err()).isZero();
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toFile());
    assertThat(json).hasSize(TemporalEvaluation.KEYS.size());
    for (var score : json) {
      // The dev gold has no timexes: not measured, written as null; the rest are numbers.
      assertThat(score.get("value").isNull()).as(score.toString()).isEqualTo(score.get("key").asText().startsWith("dev."));
    }
    for (String key : TemporalEvaluation.KEYS) {
      assertThat(r.out()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(key) + " ");
    }
    assertThat(r.out()).doesNotContain("seeds.language_accuracy", "html.body_f1");
    for (String suite : new String[] {"te3", "wikiwarsde", "heideltime_en", "heideltime_de", "seeds", "dev"}) {
      assertThat(errors.resolve(suite + ".errors.tsv")).exists();
      assertThat(Files.readAllLines(errors.resolve(suite + ".errors.tsv")).get(0)).isEqualTo(ErrorReport.HEADER);
    }
  }

  @Test
  void floorsApplyToTemporalKeysAndSkipSuitesNotRun(@TempDir Path dir) throws Exception {
    Path floors = dir.resolve("floors.properties");
    Files.writeString(floors, String.join("\n",
        "te3.strict_f1.max = 1.0",             // always met
        "te3.relaxed_f1.min = 1.01",            // never met
        "dev.timex_recall.min = 0",             // not measured: no gold timexes in the dev gold
        "seeds.language_accuracy.min = 1.0",    // foundation suite, not run
        ""));
    CliRun r = evaluate("--shared", TemporalReadersTest.SHARED.toString(), "--suite", "time", "--floors", floors.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("FLOOR FAILED  te3.relaxed_f1 = ");
    assertThat(r.out()).contains("FLOOR FAILED  dev.timex_recall is not measured");
    assertThat(r.out()).doesNotContain("te3.strict_f1 = ", "seeds.language_accuracy (no such score)");
    assertThat(r.out()).contains("2 floors not met, 1 of suites not run skipped");
  }

  @Test
  void suitesAreACommaListAndUnknownOnesAreUsageErrors() {
    CliRun r = evaluate("--shared", TemporalReadersTest.SHARED.toString(), "--suite", "time,astrology");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown suite 'astrology'");
  }
}
