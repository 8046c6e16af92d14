package org.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.dossier.web.WebServer;
import org.dossier.web.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier bench serve}: search latency and API requests per second over loopback HTTP, against a server
 * it starts over a store (or one already running). Requests are a fixed mix of realistic queries, sent in turn.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Measures search latency (p50/p99, one client) and API requests/s (N clients) over loopback HTTP.")
final class ServeBenchmark implements Callable<Integer> {
  @Option(names = "--store", description = "Store folder to serve (with its search index)")
  Path store;

  @Option(names = "--url", description = "Measure a server already running at this URL instead, e.g. http://127.0.0.1:7070")
  String url;

  @Option(names = "--clients", defaultValue = "4", description = "Concurrent clients for the throughput phase "
      + "(default: ${DEFAULT-VALUE})")
  int clients;

  @Option(names = "--seconds", defaultValue = "20", description = "Length of each measured phase (default: ${DEFAULT-VALUE})")
  int seconds;

  @Option(names = "--warmup", defaultValue = "10", description = "Untimed warm-up before measuring, seconds "
      + "(default: ${DEFAULT-VALUE})")
  int warmup;

  /** Names in English and German spellings, event words in both languages, phrases, Boolean queries. */
  static final List<String> QUERIES = List.of("Lavrov", "Lawrow", "Aliyev", "Alijew", "Pashinyan", "Paschinjan",
      "Yerevan", "Eriwan", "Berg-Karabach", "Nagorno-Karabakh", "Stepanakert", "Ganja", "Putin", "Erdogan",
      "ceasefire", "Waffenruhe", "shelling", "Beschuss", "negotiations", "Verhandlungen", "killed", "drone",
      "\"peace talks\"", "\"humanitarian ceasefire\"", "\"Sergej Lawrow\"", "\"foreign minister\"",
      "Lawrow AND Waffenruhe", "ceasefire -Russia", "Armenia OR Azerbaijan", "negotiat*", "title:Karabakh");

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();

  @Override
  public Integer call() throws Exception {
    if ((store == null) == (url == null)) throw new IllegalArgumentException("give either --store or --url");
    if (url != null) return measure(url.replaceAll("/+$", ""));
    try (Workbench workbench = Workbench.open(store);
         WebServer server = WebServer.start(workbench, "127.0.0.1", 0)) {
      return measure("http://127.0.0.1:" + server.port());
    }
  }

  private int measure(String base) throws Exception {
    JsonNode stats = get(base + "/api/stats");
    System.out.printf(Locale.ROOT, "store: %d documents, %d timeline entries; %d clients, %d s per phase%n",
        stats.path("counts").path("documents").asLong(), stats.path("counts").path("timeline").asLong(), clients,
        seconds);
    List<String> searches = searches(base, stats);
    List<String> mix = mix(base, searches);
    run(searches, 1, warmup);
    Result search = run(searches, 1, seconds);
    System.out.println(search.line("search, 1 client"));
    Result searchParallel = run(searches, clients, seconds);
    System.out.println(searchParallel.line("search, " + clients + " clients"));
    Result api = run(mix, clients, seconds);
    System.out.println(api.line("API mix, " + clients + " clients"));
    return 0;
  }

  /** The query mix, plus the same with facet filters (a language, an event root, the busiest outlet and month). */
  private List<String> searches(String base, JsonNode stats) {
    List<String> out = new ArrayList<>();
    for (String q : QUERIES) out.add(base + "/api/search?limit=10&q=" + enc(q));
    String outlet = stats.path("outlets").path(0).path("value").asText("");
    out.add(base + "/api/search?limit=10&q=ceasefire&language=en");
    out.add(base + "/api/search?limit=10&q=Waffenruhe&language=de");
    out.add(base + "/api/search?limit=10&q=Armenia&event=19");
    out.add(base + "/api/search?limit=10&q=Lawrow&actor=sergey-lavrov");
    if (!outlet.isEmpty()) out.add(base + "/api/search?limit=10&q=Azerbaijan&outlet=" + enc(outlet));
    out.add(base + "/api/search?limit=10&q=");
    return out;
  }

  /** Searches interleaved with the lists and items an analyst opens. */
  private List<String> mix(String base, List<String> searches) throws Exception {
    List<String> out = new ArrayList<>(searches);
    out.add(base + "/api/stats");
    out.add(base + "/api/documents?limit=50");
    out.add(base + "/api/documents?language=de&limit=50&offset=500");
    out.add(base + "/api/events?actor=armenia&limit=50");
    out.add(base + "/api/timeline?limit=100");
    out.add(base + "/api/timeline?root=19&language=en&limit=100");
    out.add(base + "/api/stories?limit=50");
    out.add(base + "/api/actors?limit=50");
    out.add(base + "/api/graph?from=2020-09-27&to=2020-11-10");
    for (JsonNode d : get(base + "/api/documents?limit=20").path("items")) {
      out.add(base + "/api/documents/" + enc(d.path("id").asText()));
    }
    for (JsonNode t : get(base + "/api/timeline?limit=20&minDocs=2").path("items")) {
      out.add(base + "/api/timeline/" + enc(t.path("id").asText()));
    }
    return out;
  }

  record Result(long requests, long failures, double seconds, long[] nanos) {
    String line(String what) {
      Arrays.sort(nanos);
      return String.format(Locale.ROOT, "%-22s %8.1f req/s  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  max %7.1f ms"
          + "  (%d requests, %d failed)", what, requests / seconds, pct(0.50), pct(0.90), pct(0.99),
          nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6, requests, failures);
    }

    private double pct(double p) {
      if (nanos.length == 0) return 0;
      return nanos[Math.min(nanos.length - 1, (int) Math.ceil(p * nanos.length) - 1)] / 1e6;
    }
  }

  private Result run(List<String> urls, int threads, int duration) throws Exception {
    AtomicLong failures = new AtomicLong();
    long end = System.nanoTime() + duration * 1_000_000_000L;
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<long[]>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = t * 7;
      parts.add(pool.submit(() -> {
        long[] times = new long[1 << 12];
        int n = 0;
        for (int i = first; System.nanoTime() < end; i++) {
          String u = urls.get(i % urls.size());
          long t0 = System.nanoTime();
          HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(u)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
          long took = System.nanoTime() - t0;
          if (r.statusCode() != 200) failures.incrementAndGet();
          if (n == times.length) times = Arrays.copyOf(times, n * 2);
          times[n++] = took;
        }
        return Arrays.copyOf(times, n);
      }));
    }
    long[] all = new long[0];
    for (Future<long[]> f : parts) {
      long[] part = f.get();
      long[] joined = Arrays.copyOf(all, all.length + part.length);
      System.arraycopy(part, 0, joined, all.length, part.length);
      all = joined;
    }
    pool.shutdown();
    return new Result(all.length, failures.get(), (System.nanoTime() - started) / 1e9, all);
  }

  private JsonNode get(String u) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(u)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) throw new IllegalStateException(u + " answered " + r.statusCode() + ": " + r.body());
    return json.readTree(r.body());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
