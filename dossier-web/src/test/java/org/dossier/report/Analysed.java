package org.dossier.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dossier.ingest.IngestOptions;
import org.dossier.pipeline.Analysis;
import org.dossier.pipeline.PipelineConfig;

/** Runs the real analysis on inputs and writes its report, as {@code dossier analyze} does. */
final class Analysed {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path EXAMPLES = ROOT.resolve("examples/seeds");

  private Analysed() {}

  static Report.Written analyse(Path out, List<Path> inputs) throws IOException {
    PipelineConfig config = new PipelineConfig(PipelineConfig.DEFAULT_PACK, Set.of(), LocalDate.of(2026, 11, 20),
        IngestOptions.defaults());
    Analysis analysis = new Analysis(config, 2);
    analysis.run(inputs, out, (item, accepted) -> { });
    return Report.write(out, analysis.pack());
  }
}
