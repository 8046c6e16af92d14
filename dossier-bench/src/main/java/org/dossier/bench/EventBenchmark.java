package org.dossier.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.dossier.entities.Entities;
import org.dossier.events.EventCoder;
import org.dossier.ingest.IngestOptions;
import org.dossier.model.Document;
import org.dossier.pipeline.DocumentPipeline;
import org.dossier.pipeline.PipelineConfig;
import org.dossier.time.TemporalTagger;
import org.dossier.time.Timex;
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
 * The event stage ({@link EventCoder#code}) on documents whose temporal expressions and entities are already
 * found, against the whole analysis of a raw document ({@link DocumentPipeline#analyse}, every stage, content
 * dating included), one document per operation. The corpus is read round and round, so the lemma memo and
 * the per-word trigger check are warm: this is the steady state of a long run.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Thread)
public class EventBenchmark {
  @Param({"dev", "seeds", "te3"})
  public String corpus;

  private record Input(Document document, List<Timex> timexes, Entities entities) {}

  private DocumentPipeline pipeline;
  private EventCoder coder;
  private Rotation<Prepared> raw;
  private Rotation<Input> inputs;

  @Setup
  public void load() {
    pipeline = new DocumentPipeline(
        new PipelineConfig(PipelineConfig.DEFAULT_PACK, Set.of(), LocalDate.now(), IngestOptions.defaults()));
    coder = new EventCoder(pipeline.pack());
    TemporalTagger timexes = new TemporalTagger();
    List<Prepared> prepared = Prepared.of(corpus);
    raw = new Rotation<>(prepared);
    List<Input> in = new ArrayList<>();
    long events = 0;
    for (Prepared p : prepared) {
      Document d = pipeline.process(p.raw());
      Input input = new Input(d, timexes.tag(d.text(), d.sentences(), d.language(), d.published().value()),
          pipeline.recognise(d));
      events += coder.code(input.document(), input.timexes(), input.entities()).size();
      in.add(input);
    }
    inputs = new Rotation<>(in);
    System.out.println(events + " events in " + in.size() + " documents");
  }

  @Benchmark
  public void events(Blackhole bh) {
    Input in = inputs.next();
    bh.consume(coder.code(in.document(), in.timexes(), in.entities()));
  }

  /** Every stage on a raw document: to see the event stage's share of the whole. */
  @Benchmark
  public void analyse(Blackhole bh) {
    bh.consume(pipeline.analyse(raw.next().raw()));
  }
}
