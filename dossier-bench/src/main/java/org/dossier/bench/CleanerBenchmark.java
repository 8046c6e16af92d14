package org.dossier.bench;

import java.util.concurrent.TimeUnit;
import org.dossier.clean.Cleaner;
import org.dossier.model.RawDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** Cleaning, one document per operation: plain-text articles and HTML pages. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Thread)
public class CleanerBenchmark {
  /** seeds, te3, wikiwarsde: plain text; html: the cleaner's HTML test pages. */
  @Param({"seeds", "te3", "wikiwarsde", "html"})
  public String corpus;

  private final Cleaner cleaner = new Cleaner();
  private Rotation<RawDocument> docs;

  @Setup
  public void load() {
    docs = new Rotation<>(Prepared.of(corpus).stream().map(Prepared::raw).toList());
  }

  @Benchmark
  public void clean(Blackhole bh) {
    bh.consume(cleaner.clean(docs.next()));
  }
}
