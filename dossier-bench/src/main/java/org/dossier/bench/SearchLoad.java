package org.dossier.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.dossier.search.SearchIndex;

/**
 * Search latency under load: builds (or reuses) an index of N documents from real sentences, then runs the
 * query mix of {@link SearchQueries} from T threads and prints p50, p90, p99 and the maximum, overall and per
 * kind of query: elapsed time, and the searching thread's CPU time (which leaves out waiting for a core on a
 * busy machine).
 *
 * <pre>
 * java -cp 'dossier-bench/target/classes:dossier-bench/target/lib/*' org.dossier.bench.SearchLoad \
 *     [--docs 100000] [--index /tmp/dossier-search-100000] [--searches 5000] [--warmup 1000] [--threads 1]
 * </pre>
 */
public final class SearchLoad {
  private SearchLoad() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    int docs = Integer.parseInt(options.getOrDefault("docs", "100000"));
    Path dir = Path.of(options.getOrDefault("index", "/tmp/dossier-search-" + docs));
    int searches = Integer.parseInt(options.getOrDefault("searches", "5000"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "1000"));
    int threads = Integer.parseInt(options.getOrDefault("threads", "1"));
    List<SearchQueries.Named> mix = SearchQueries.MIX;

    try (SearchIndex index = SearchQueries.index(dir, docs)) {
      System.out.printf(Locale.ROOT, "index on disk: %.1f MB%n", size(dir) / 1e6);
      for (int i = 0; i < warmup; i++) index.search(mix.get(i % mix.size()).request());

      long[] nanos = new long[searches];
      long[] cpu = new long[searches];
      ThreadMXBean threadTimes = ManagementFactory.getThreadMXBean();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      long start = System.nanoTime();
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        running.add(pool.submit(() -> {
          for (int i = first; i < searches; i += threads) {
            long before = System.nanoTime();
            long cpuBefore = threadTimes.getCurrentThreadCpuTime();
            index.search(mix.get(i % mix.size()).request());
            nanos[i] = System.nanoTime() - before;
            cpu[i] = threadTimes.getCurrentThreadCpuTime() - cpuBefore;
          }
          return null;
        }));
      }
      for (Future<?> f : running) f.get();
      double seconds = (System.nanoTime() - start) / 1e9;
      pool.shutdown();

      System.out.printf(Locale.ROOT, "%,d searches, %d thread(s), %.0f searches/s, load average %.2f%n", searches,
          threads, searches / seconds, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      report("elapsed", nanos, mix);
      // CPU time of the searching thread: what a search costs when it does not wait for a core
      report("CPU", cpu, mix);
    }
  }

  private static void report(String what, long[] nanos, List<SearchQueries.Named> mix) {
    System.out.println(what + ":");
    System.out.println(line("all", nanos));
    Map<String, List<Long>> byKind = new LinkedHashMap<>();
    for (int i = 0; i < nanos.length; i++) {
      byKind.computeIfAbsent(mix.get(i % mix.size()).kind(), k -> new ArrayList<>()).add(nanos[i]);
    }
    byKind.forEach((kind, times) -> System.out.println(line(kind, times.stream().mapToLong(Long::longValue).toArray())));
  }

  private static String line(String label, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format(Locale.ROOT, "%-13s n=%5d  p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %6.2f ms", label,
        sorted.length, at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
  }

  private static double at(long[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
  }

  private static long size(Path dir) throws java.io.IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 == args.length) {
        throw new IllegalArgumentException("options are --docs N, --index DIR, --searches N, --warmup N, --threads N");
      }
      out.put(args[i].substring(2), args[++i]);
    }
    return out;
  }
}
