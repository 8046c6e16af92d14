package org.dossier.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.dossier.dating.PublicationDater;
import org.dossier.dating.TenureEvidence;
import org.dossier.dating.TenureWindow;
import org.dossier.ingest.IngestOptions;
import org.dossier.model.Document;
import org.dossier.pipeline.DocumentPipeline;
import org.dossier.pipeline.PipelineConfig;
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
 * The whole per-document analysis ({@link DocumentPipeline#process}: clean, language, sentences and tokens,
 * tenure evidence, publication date), and on their output the publication dating stage and entity recognition
 * on their own, one document per operation.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Thread)
public class PipelineBenchmark {
  @Param({"seeds", "te3", "wikiwarsde", "html"})
  public String corpus;

  private record DaterInput(Prepared doc, TenureWindow window) {}

  private DocumentPipeline pipeline;
  private final PublicationDater dater = new PublicationDater();
  private LocalDate today;
  private Rotation<Prepared> docs;
  private Rotation<DaterInput> daterInputs;
  private Rotation<Document> processed;

  @Setup
  public void load() {
    today = LocalDate.now();
    pipeline = new DocumentPipeline(
        new PipelineConfig(PipelineConfig.DEFAULT_PACK, Set.of(), today, IngestOptions.defaults()));
    List<Prepared> prepared = Prepared.of(corpus);
    docs = new Rotation<>(prepared);
    TenureEvidence tenure = new TenureEvidence(pipeline.pack());
    daterInputs = new Rotation<>(prepared.stream()
        .map(p -> new DaterInput(p, tenure.window(p.cleaned().text(), p.segments().sentences(), p.language())))
        .toList());
    processed = new Rotation<>(prepared.stream().map(p -> pipeline.process(p.raw())).toList());
    long mentions = processed.all().stream().mapToLong(d -> pipeline.recognise(d).mentions().size()).sum();
    System.out.println(mentions + " entity mentions in " + processed.all().size() + " documents");
  }

  @Benchmark
  public void process(Blackhole bh) {
    bh.consume(pipeline.process(docs.next().raw()));
  }

  /** Entity recognition on a processed document: to compare with {@link #process}, the stages before it. */
  @Benchmark
  public void entities(Blackhole bh) {
    bh.consume(pipeline.recognise(processed.next()));
  }

  @Benchmark
  public void publicationDate(Blackhole bh) {
    DaterInput in = daterInputs.next();
    bh.consume(dater.date(in.doc().raw(), in.doc().cleaned(), in.window(), today));
  }
}
