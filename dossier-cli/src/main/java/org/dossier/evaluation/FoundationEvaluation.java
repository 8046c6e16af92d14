package org.dossier.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.calendar.PartialDate;
import org.dossier.model.Document;
import org.dossier.model.IngestItem;
import org.dossier.model.RawDocument;
import org.dossier.ingest.Ingest;
import org.dossier.pipeline.DocumentPipeline;
import org.dossier.pipeline.PipelineConfig;

/**
 * Scores the foundation stages — cleaning, language, publication date — against the seeds' gold, the
 * dev set's gold and the HTML extraction fixtures.
 */
public final class FoundationEvaluation {
  private final DocumentPipeline pipeline;
  private final PipelineConfig config;

  public FoundationEvaluation(PipelineConfig config) {
    this.config = config;
    this.pipeline = new DocumentPipeline(config);
  }

  /** Seeds: language, dates, boilerplate gone, body kept. */
  public List<Score> seeds(Path seedsDir, Path goldFile) throws IOException {
    Map<String, Document> docs = analyse(seedsDir);
    int n = 0, lang = 0, bpTotal = 0, bpGone = 0, keepTotal = 0, kept = 0, dateOk = 0, falseDates = 0;
    List<String> misses = new ArrayList<>();
    for (JsonNode g : gold(goldFile)) {
      Document d = docs.get(g.get("doc").asText());
      if (d == null) {
        misses.add(g.get("doc").asText() + ": not analysed");
        continue;
      }
      n++;
      if (d.language().equals(g.get("language").asText())) lang++;
      else misses.add(d.input() + ": language " + d.language());
      for (JsonNode b : g.withArray("boilerplate")) {
        bpTotal++;
        if (!d.text().contains(b.asText())) bpGone++;
        else misses.add(name(d) + ": boilerplate kept: " + b.asText());
      }
      for (JsonNode k : g.withArray("body_keep")) {
        keepTotal++;
        if (d.text().contains(k.asText())) kept++;
        else misses.add(name(d) + ": body lost: " + k.asText());
      }
      DateVerdict v = verdict(d, g);
      if (v.correct) dateOk++;
      if (v.falseDate) falseDates++;
      if (!v.correct) misses.add(name(d) + ": published " + d.published());
    }
    misses.forEach(m -> System.err.println("  seeds: " + m));
    return List.of(
        new Score("seeds", "language_accuracy", share(lang, n), lang + "/" + n),
        new Score("seeds", "published_accuracy", share(dateOk, n), dateOk + "/" + n),
        new Score("seeds", "published_false_dates", falseDates, falseDates + " dates contradicting the gold"),
        new Score("seeds", "boilerplate_removed", share(bpGone, bpTotal), bpGone + "/" + bpTotal),
        new Score("seeds", "body_kept", share(kept, keepTotal), kept + "/" + keepTotal));
  }

  /** Dev set: language and publication date against the reduced gold. */
  public List<Score> dev(Path articlesDir, Path goldFile) throws IOException {
    Map<String, Document> docs = analyse(articlesDir);
    int n = 0, lang = 0, dated = 0, dateOk = 0, falseDates = 0;
    List<String> misses = new ArrayList<>();
    for (JsonNode g : gold(goldFile)) {
      Document d = docs.get(g.get("doc").asText());
      if (d == null) continue;
      n++;
      if (d.language().equals(g.get("language").asText())) lang++;
      else misses.add(name(d) + ": language " + d.language());
      DateVerdict v = verdict(d, g);
      if (!g.path("published").isNull() && !g.path("published").isMissingNode()) dated++;
      if (v.correct) dateOk++;
      else misses.add(name(d) + ": published " + d.published().value() + " (" + d.published().origin().label()
          + "), gold " + g.path("published").asText(null));
      if (v.falseDate) falseDates++;
    }
    misses.forEach(m -> System.err.println("  dev: " + m));
    return List.of(
        new Score("dev", "language_accuracy", share(lang, n), lang + "/" + n),
        new Score("dev", "published_accuracy", share(dateOk, n), dateOk + "/" + n + " (" + dated + " with a gold date)"),
        new Score("dev", "published_false_dates", falseDates, falseDates + " dates contradicting the gold"));
  }

  /** HTML fixtures: token-level precision, recall and F1 of the extracted body; title and date accuracy. */
  public List<Score> html(Path fixtures) throws IOException {
    Map<String, String[]> expected = new HashMap<>();
    List<String> lines = Files.readAllLines(fixtures.resolve("expectations.tsv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t", -1);
      expected.put(cols[0], cols);
    }
    double p = 0, r = 0, f = 0;
    int n = 0, titles = 0, dates = 0, langs = 0;
    for (String file : expected.keySet().stream().sorted().toList()) {
      Path html = fixtures.resolve(file);
      String gold = Files.readString(fixtures.resolve(file.replaceAll("\\.html?$", ".body.txt")), StandardCharsets.UTF_8);
      Document d = analyseOne(html);
      double[] prf = TokenOverlap.prf(gold, d.text());
      p += prf[0];
      r += prf[1];
      f += prf[2];
      n++;
      String[] e = expected.get(file);
      if (e[1].strip().equals(d.title() == null ? "" : d.title().strip())) titles++;
      else System.err.println("  html: " + file + ": title " + d.title() + " / expected " + e[1]);
      String want = e[2].strip();
      if (want.equals(d.published().value() == null ? "" : d.published().value())) dates++;
      else System.err.println("  html: " + file + ": published " + d.published() + " / expected " + want);
      if (e[4].strip().equals(d.language())) langs++;
      if (prf[2] < 0.9) System.err.printf("  html: %s: body P %.2f R %.2f%n", file, prf[0], prf[1]);
    }
    return List.of(
        new Score("html", "body_precision", p / n, "token level, macro over " + n + " pages"),
        new Score("html", "body_recall", r / n, "token level, macro over " + n + " pages"),
        new Score("html", "body_f1", f / n, "token level, macro over " + n + " pages"),
        new Score("html", "title_accuracy", share(titles, n), titles + "/" + n),
        new Score("html", "published_accuracy", share(dates, n), dates + "/" + n),
        new Score("html", "language_accuracy", share(langs, n), langs + "/" + n));
  }

  private record DateVerdict(boolean correct, boolean falseDate) {}

  /**
   * Correct: the same date as the gold at the gold's precision (a coarser but compatible value counts
   * when the gold was inferred from content), or no date where the gold has none or only an inferred one.
   * False: a date the gold contradicts.
   */
  private static DateVerdict verdict(Document d, JsonNode g) {
    PartialDate ours = PartialDate.parse(d.published().value());
    JsonNode gp = g.path("published");
    PartialDate want = gp.isTextual() ? PartialDate.parse(gp.asText()) : null;
    boolean inferred = "content".equals(g.path("published_basis").asText());
    if (ours == null) {
      return new DateVerdict(want == null || inferred, false);
    }
    if (want == null) {
      return new DateVerdict(false, false);
    }
    if (!ours.compatible(want)) {
      return new DateVerdict(false, true);
    }
    boolean precise = ours.precision() >= want.precision() || inferred;
    return new DateVerdict(precise, false);
  }

  private Map<String, Document> analyse(Path dir) throws IOException {
    Map<String, Document> out = new HashMap<>();
    try (Ingest ingest = new Ingest(List.of(dir), config.ingest())) {
      while (ingest.hasNext()) {
        IngestItem item = ingest.next();
        if (item instanceof RawDocument raw) {
          Document d = pipeline.process(raw);
          out.put(Path.of(raw.input()).getFileName().toString(), d);
        }
      }
    }
    return out;
  }

  private Document analyseOne(Path file) throws IOException {
    try (Ingest ingest = new Ingest(List.of(file), config.ingest())) {
      IngestItem item = ingest.next();
      if (!(item instanceof RawDocument raw)) {
        throw new IOException(file + ": " + item);
      }
      return pipeline.process(raw);
    }
  }

  private static List<JsonNode> gold(Path file) throws IOException {
    return JsonLines.read(file);
  }


  private static String name(Document d) {
    return Path.of(d.input()).getFileName().toString();
  }

  private static double share(int a, int b) {
    return b == 0 ? 0 : a / (double) b;
  }

  /** Bag-of-tokens overlap between a gold text and an extracted one (as in CleanEval). */
  static final class TokenOverlap {
    static double[] prf(String gold, String got) {
      Map<String, Integer> g = bag(gold);
      Map<String, Integer> o = bag(got);
      int common = 0, gn = 0, on = 0;
      for (int c : g.values()) gn += c;
      for (int c : o.values()) on += c;
      Set<String> keys = new HashSet<>(g.keySet());
      for (String k : keys) common += Math.min(g.get(k), o.getOrDefault(k, 0));
      double p = on == 0 ? 0 : common / (double) on;
      double r = gn == 0 ? 0 : common / (double) gn;
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      return new double[] {p, r, f};
    }

    private static Map<String, Integer> bag(String s) {
      Map<String, Integer> m = new HashMap<>();
      for (String t : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (!t.isEmpty()) m.merge(t, 1, Integer::sum);
      }
      return m;
    }
  }
}
