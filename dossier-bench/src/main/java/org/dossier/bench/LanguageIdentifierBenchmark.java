package org.dossier.bench;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.dossier.text.LanguageIdentifier;
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

/** Language identification of cleaned text, one document per operation. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Thread)
public class LanguageIdentifierBenchmark {
  @Param({"seeds", "te3", "wikiwarsde", "html"})
  public String corpus;

  private LanguageIdentifier languages;
  private Rotation<String> texts;

  @Setup
  public void load() {
    languages = new LanguageIdentifier(Set.of());
    texts = new Rotation<>(Prepared.of(corpus).stream().map(p -> p.cleaned().text()).toList());
  }

  @Benchmark
  public void identify(Blackhole bh) {
    bh.consume(languages.identify(texts.next()));
  }
}
