package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dossier.search.InvalidQueryException;
import org.dossier.search.SearchIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One search per operation ({@link SearchIndex#search}: query, facets over all hits, a page of ten highlighted
 * hits) over an index of {@code docs} documents built from real sentences ({@link SearchCorpus}), the
 * queries of {@link SearchQueries#MIX} in turn. Sample time, so JMH reports percentiles. The index is built in
 * a temporary folder at set-up (about a minute per 100,000 documents) and deleted at the end.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class SearchBenchmark {
  @Param({"10000", "100000"})
  public int docs;

  private Path dir;
  private SearchIndex index;
  private Rotation<SearchQueries.Named> queries;

  @Setup(Level.Trial)
  public void build() throws IOException {
    dir = Files.createTempDirectory("dossier-search-bench");
    index = SearchQueries.index(dir, docs);
    queries = new Rotation<>(SearchQueries.MIX);
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    index.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  @Benchmark
  public void search(Blackhole bh) throws IOException, InvalidQueryException {
    bh.consume(index.search(queries.next().request()));
  }
}
