package org.dossier.bench;

import java.util.concurrent.TimeUnit;
import org.dossier.text.Segmenter;
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

/** Sentences and tokens of cleaned text, one document per operation: English (te3) and German (wikiwarsde). */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Thread)
public class SegmenterBenchmark {
  /** te3: English models; wikiwarsde: German models; seeds: each article's identified language. */
  @Param({"te3", "wikiwarsde", "seeds"})
  public String corpus;

  private record Input(String text, String language) {}

  private Segmenter segmenter;
  private Rotation<Input> inputs;

  @Setup
  public void load() {
    segmenter = new Segmenter();
    String language = switch (corpus) {
      case "te3" -> "en";
      case "wikiwarsde" -> "de";
      default -> null;
    };
    inputs = new Rotation<>(Prepared.of(corpus).stream()
        .map(p -> new Input(p.cleaned().text(), language != null ? language : p.language()))
        .toList());
  }

  @Benchmark
  public void segment(Blackhole bh) {
    Input in = inputs.next();
    bh.consume(segmenter.segment(in.text(), in.language()));
  }
}
