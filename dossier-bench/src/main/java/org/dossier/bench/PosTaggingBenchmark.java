package org.dossier.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.dossier.ingest.IngestOptions;
import org.dossier.model.Document;
import org.dossier.model.Span;
import org.dossier.pipeline.DocumentPipeline;
import org.dossier.pipeline.PipelineConfig;
import org.dossier.text.Morphology;
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

/**
 * Part-of-speech tagging of one sentence per operation, the event stage's main cost: the tagger the pipeline uses
 * ({@link Morphology#tag}, OpenNLP's model decoded greedily in place) against OpenNLP's own tagger with the same
 * model and a beam of one, which gives the same tags.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Thread)
public class PosTaggingBenchmark {
  /** dev: the 44 dev articles, each in its language. */
  @Param({"dev"})
  public String corpus;

  private record Input(String language, String[] words) {}

  private final java.util.Map<String, Morphology> morphology = new java.util.HashMap<>();
  private final java.util.Map<String, POSTaggerME> openNlp = new java.util.HashMap<>();
  private Rotation<Input> inputs;

  @Setup
  public void load() {
    DocumentPipeline pipeline = new DocumentPipeline(
        new PipelineConfig(PipelineConfig.DEFAULT_PACK, Set.of(), LocalDate.now(), IngestOptions.defaults()));
    List<Input> in = new ArrayList<>();
    long tokens = 0;
    for (Prepared p : Prepared.of(corpus)) {
      Document d = pipeline.process(p.raw());
      String language = d.language().equals("de") ? "de" : "en";
      for (Span s : d.sentences()) {
        List<String> words = new ArrayList<>();
        for (Span t : d.tokens()) if (t.start() >= s.start() && t.end() <= s.end()) words.add(d.text().substring(t.start(), t.end()));
        if (words.isEmpty()) continue;
        in.add(new Input(language, words.toArray(new String[0])));
        tokens += words.size();
      }
    }
    for (String[] l : List.of(new String[] {"en", "en-ud-ewt"}, new String[] {"de", "de-ud-gsd"})) {
      morphology.put(l[0], new Morphology(l[0]));
      openNlp.put(l[0], new POSTaggerME(beamOfOne(l[1])));
    }
    inputs = new Rotation<>(in);
    System.out.println(in.size() + " sentences, " + tokens + " tokens");
  }

  private static POSModel beamOfOne(String corpus) {
    try (InputStream stream = PosTaggingBenchmark.class.getResourceAsStream("/opennlp-" + corpus + "-pos-1.3-2.5.4.bin")) {
      POSModel model = new POSModel(stream);
      return new POSModel(model.getLanguage(), (MaxentModel) model.getArtifact("pos.model"), 1, null, model.getFactory());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  public String[] morphology() {
    Input in = inputs.next();
    return morphology.get(in.language()).tag(in.words());
  }

  @Benchmark
  public String[] openNlpBeamOfOne() {
    Input in = inputs.next();
    return openNlp.get(in.language()).tag(in.words());
  }
}
