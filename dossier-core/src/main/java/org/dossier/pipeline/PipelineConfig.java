package org.dossier.pipeline;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import org.dossier.ingest.IngestOptions;

/**
 * Everything a per-document pipeline is built from. Serialisable, so a Spark driver can ship it to
 * executors, which build their own pipeline from it.
 *
 * @param pack      pack name (built in) or folder
 * @param languages ISO 639-1 codes the language identifier may answer, empty for any
 * @param today     the day of the run: no document is published later
 * @param ingest    input limits
 */
public record PipelineConfig(String pack, Set<String> languages, LocalDate today, IngestOptions ingest)
    implements Serializable {
  public static final String DEFAULT_PACK = "caucasus";

  public PipelineConfig {
    languages = Set.copyOf(languages);
  }

  public static PipelineConfig defaults() {
    return new PipelineConfig(DEFAULT_PACK, Set.of(), LocalDate.now(), IngestOptions.defaults());
  }
}
