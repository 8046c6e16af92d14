package org.dossier.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dossier.model.Span;
import org.dossier.text.Segmenter;
import org.dossier.time.TemporalTagger;
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

/**
 * Temporal tagging, one document per operation, sentences given: English on TempEval-3 platinum (with each
 * document's creation date), German on WikiWarsDE (narratives, no document date).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Thread)
public class TemporalTaggerBenchmark {
  /** en: TempEval-3 platinum; de: WikiWarsDE. */
  @Param({"en", "de"})
  public String language;

  private record Input(String text, List<Span> sentences, String documentDate) {}

  private final TemporalTagger tagger = new TemporalTagger();
  private Rotation<Input> inputs;

  @Setup
  public void load() {
    Segmenter segmenter = new Segmenter();
    List<Corpora.Text> texts = Corpora.texts(language);
    inputs = new Rotation<>(texts.stream()
        .map(t -> new Input(t.text(), segmenter.segment(t.text(), language).sentences(), t.documentDate()))
        .toList());
    long chars = texts.stream().mapToLong(t -> t.text().length()).sum();
    long found = inputs.all().stream()
        .mapToLong(in -> tagger.tag(in.text(), in.sentences(), language, in.documentDate()).size())
        .sum();
    System.out.println("\n" + Corpora.describe(language.equals("en") ? "te3" : "wikiwarsde", texts.size(), chars) + ", " + found + " temporal expressions");
  }

  @Benchmark
  public void tag(Blackhole bh) {
    Input in = inputs.next();
    bh.consume(tagger.tag(in.text(), in.sentences(), language, in.documentDate()));
  }
}
