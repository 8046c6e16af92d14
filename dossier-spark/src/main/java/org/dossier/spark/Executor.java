package org.dossier.spark;

import org.apache.spark.broadcast.Broadcast;
import org.dossier.pipeline.DocumentPipeline;

/**
 * The per-document pipeline of an executor JVM, built once from the broadcast configuration and pack and
 * shared by its tasks (the pipeline holds only immutable models; OpenNLP's decoders are per thread).
 */
final class Executor {
  private static long builtFor = -1;
  private static DocumentPipeline pipeline;

  private Executor() {}

  static synchronized DocumentPipeline pipeline(Broadcast<JobSetup> setup) {
    if (pipeline == null || builtFor != setup.id()) {
      JobSetup s = setup.value();
      pipeline = new DocumentPipeline(s.config(), s.pack());
      builtFor = setup.id();
    }
    return pipeline;
  }
}
