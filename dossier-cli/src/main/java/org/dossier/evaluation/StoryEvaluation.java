package org.dossier.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dossier.pipeline.Analysis;
import org.dossier.pipeline.PipelineConfig;

/**
 * The cross-document stages against the gold: the dev set's stories (pairwise and B-cubed precision,
 * recall and F1 against the gold {@code story} labels; off-topic articles alone), its events reported in
 * both languages (one timeline entry citing the reports in both), and the seeds' expectations
 * ({@code eval/seeds.stories.tsv}: which seeds share a story, which are dated from their content).
 */
public final class StoryEvaluation {
  public static final List<String> KEYS = List.of("dev.story_bcubed_precision", "dev.story_bcubed_recall",
      "dev.story_bcubed_f1", "dev.story_pairwise_precision", "dev.story_pairwise_recall", "dev.story_pairwise_f1",
      "dev.story_offtopic_alone", "dev.timeline_bilingual", "dev.timeline_bilingual_same_doer", "seeds.story_checks");

  private final PipelineConfig config;
  private final List<String> errors = new ArrayList<>();

  public StoryEvaluation(PipelineConfig config) {
    this.config = config;
  }

  public List<Score> run(Path corpus, Path seedChecks) throws IOException {
    List<Score> out = new ArrayList<>();
    out.addAll(dev(corpus.resolve("dev/articles"), corpus.resolve("dev/gold.jsonl")));
    out.add(seeds(corpus.resolve("seeds"), seedChecks));
    return out;
  }

  /** Writes the story and timeline failures of the last run to DIR/stories.errors.tsv. */
  public void writeErrors(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<String> lines = new ArrayList<>();
    lines.add("set\tkind\tdetail");
    lines.addAll(errors);
    Files.write(dir.resolve("stories.errors.tsv"), lines, StandardCharsets.UTF_8);
  }

  /** One run's output, read back. */
  private record Output(Map<String, JsonNode> documents, Map<String, String> fileOfId, List<JsonNode> timeline) {}

  private Output analyse(Path input) throws IOException {
    Path out = Files.createTempDirectory("dossier-stories-");
    try {
      int threads = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
      new Analysis(config, threads).run(List.of(input), out, (item, accepted) -> {});
      Map<String, JsonNode> documents = new LinkedHashMap<>();
      Map<String, String> fileOfId = new HashMap<>();
      for (JsonNode d : JsonLines.read(out.resolve("documents.jsonl"))) {
        String file = Path.of(d.path("input").asText()).getFileName().toString();
        documents.put(file, d);
        fileOfId.put(d.path("id").asText(), file);
      }
      return new Output(documents, fileOfId, JsonLines.read(out.resolve("timeline.jsonl")));
    } finally {
      try (Stream<Path> walk = Files.walk(out)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
      }
    }
  }

  private List<Score> dev(Path dir, Path goldFile) throws IOException {
    if (!Files.isRegularFile(goldFile) || !Files.isDirectory(dir)) {
      String why = "not measured: no " + (Files.isRegularFile(goldFile) ? dir : goldFile);
      return KEYS.stream().filter(k -> k.startsWith("dev."))
          .map(k -> new Score("dev", k.substring(4), Double.NaN, why)).toList();
    }
    List<JsonNode> gold = JsonLines.read(goldFile);
    Output run = analyse(dir);
    Map<String, String> goldStory = new LinkedHashMap<>();
    Map<String, String> predicted = new LinkedHashMap<>();
    Set<String> offTopic = new LinkedHashSet<>();
    for (JsonNode g : gold) {
      String doc = g.path("doc").asText();
      JsonNode d = run.documents().get(doc);
      if (d == null) {
        errors.add("dev\tnot analysed\t" + doc);
        continue;
      }
      goldStory.put(doc, g.path("story").asText());
      predicted.put(doc, d.path("story").asText(null));
      if (g.path("events").isEmpty()) offTopic.add(doc);
    }
    List<String> docs = new ArrayList<>(goldStory.keySet());
    double bp = 0;
    double br = 0;
    long pairsBoth = 0;
    long pairsPredicted = 0;
    long pairsGold = 0;
    for (int i = 0; i < docs.size(); i++) {
      String a = docs.get(i);
      int same = 0;
      int inPredicted = 0;
      int inGold = 0;
      for (String b : docs) {
        boolean p = predicted.get(a) != null && predicted.get(a).equals(predicted.get(b));
        boolean g = goldStory.get(a).equals(goldStory.get(b));
        if (p) inPredicted++;
        if (g) inGold++;
        if (p && g) same++;
      }
      bp += same / (double) Math.max(1, inPredicted);
      br += same / (double) inGold;
      for (int j = i + 1; j < docs.size(); j++) {
        String b = docs.get(j);
        boolean p = predicted.get(a) != null && predicted.get(a).equals(predicted.get(b));
        boolean g = goldStory.get(a).equals(goldStory.get(b));
        if (p) pairsPredicted++;
        if (g) pairsGold++;
        if (p && g) pairsBoth++;
        if (p && !g) errors.add("dev\tjoined\t" + a + " + " + b + " (gold " + goldStory.get(a) + " / " + goldStory.get(b) + ")");
        if (g && !p) errors.add("dev\tsplit\t" + a + " / " + b + " (gold " + goldStory.get(a) + ")");
      }
    }
    int n = docs.size();
    double bP = bp / n;
    double bR = br / n;
    double pP = pairsBoth / (double) Math.max(1, pairsPredicted);
    double pR = pairsBoth / (double) Math.max(1, pairsGold);
    int alone = 0;
    for (String doc : offTopic) {
      long sharing = predicted.values().stream().filter(s -> s != null && s.equals(predicted.get(doc))).count();
      if (sharing == 1) alone++;
      else errors.add("dev\toff-topic not alone\t" + doc);
    }
    String detail = n + " documents, " + new LinkedHashSet<>(goldStory.values()).size() + " gold stories, "
        + new LinkedHashSet<>(predicted.values()).size() + " predicted";
    List<Score> out = new ArrayList<>();
    out.add(new Score("dev", "story_bcubed_precision", bP, detail));
    out.add(new Score("dev", "story_bcubed_recall", bR, detail));
    out.add(new Score("dev", "story_bcubed_f1", f1(bP, bR), "target >= 0.9; " + detail));
    out.add(new Score("dev", "story_pairwise_precision", pP, pairsBoth + "/" + pairsPredicted + " predicted pairs"));
    out.add(new Score("dev", "story_pairwise_recall", pR, pairsBoth + "/" + pairsGold + " gold pairs"));
    out.add(new Score("dev", "story_pairwise_f1", f1(pP, pR), ""));
    out.add(new Score("dev", "story_offtopic_alone", offTopic.isEmpty() ? Double.NaN : alone / (double) offTopic.size(),
        alone + "/" + offTopic.size() + " off-topic articles in a story of their own"));
    out.addAll(bilingual(gold, run));
    return out;
  }

  /** A gold event of one report. */
  private record GoldEvent(String doc, String language, String story, String root, String date, Set<String> actors,
      Set<String> sources) {}

  /**
   * Of the key events a story's gold gives in an English and a German report alike (same CAMEO root,
   * compatible dates, an actor in common), the share with one timeline entry that cites both reports and
   * agrees with the gold on root, date and an actor; and the same share of the pairs whose gold names the same
   * doer in both reports where both name one (Armenia's mobilisation and the Karabakh authorities' share
   * Azerbaijan as the side they answer, yet they are two events).
   */
  private List<Score> bilingual(List<JsonNode> gold, Output run) {
    List<GoldEvent> events = new ArrayList<>();
    for (JsonNode g : gold) {
      for (JsonNode e : g.path("events")) {
        if (!e.path("key").asBoolean(true)) continue;
        Set<String> actors = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        for (String side : List.of("source", "target")) {
          for (JsonNode a : e.path(side)) {
            String code = a.asText().strip().toUpperCase(Locale.ROOT);
            actors.add(code);
            if (side.equals("source")) sources.add(code);
          }
        }
        String date = e.path("date").isTextual() ? e.path("date").asText() : null;
        events.add(new GoldEvent(g.path("doc").asText(), g.path("language").asText(), g.path("story").asText(),
            EventEvaluation.root(e.path("cameo").asText("")), date, actors, sources));
      }
    }
    Map<String, Set<String>> docsOfEntry = new HashMap<>();
    int pairs = 0;
    int cited = 0;
    int sameDoer = 0;
    int sameDoerCited = 0;
    Set<String> counted = new LinkedHashSet<>();
    for (GoldEvent en : events) {
      if (!en.language().equals("en")) continue;
      for (GoldEvent de : events) {
        if (!de.language().equals("de") || !de.story().equals(en.story()) || !de.root().equals(en.root())) continue;
        if (en.date() == null || de.date() == null) continue;
        String coarse = en.date().length() <= de.date().length() ? en.date() : de.date();
        String fine = coarse.equals(en.date()) ? de.date() : en.date();
        if (!EventEvaluation.dateMatches(coarse, fine) || !EventEvaluation.actorsMatch(en.actors(), de.actors())) continue;
        if (!counted.add(en.doc() + "|" + de.doc() + "|" + en.root() + "|" + coarse)) continue;
        pairs++;
        boolean oneDoer = en.sources().isEmpty() || de.sources().isEmpty()
            || !java.util.Collections.disjoint(en.sources(), de.sources());
        if (oneDoer) sameDoer++;
        Set<String> both = new LinkedHashSet<>(en.actors());
        both.retainAll(de.actors());
        boolean found = false;
        for (JsonNode t : run.timeline()) {
          Set<String> docs = new LinkedHashSet<>();
          for (JsonNode d : t.path("docs")) docs.add(run.fileOfId().getOrDefault(d.asText(), d.asText()));
          if (!docs.contains(en.doc()) || !docs.contains(de.doc())) continue;
          if (!EventEvaluation.root(t.path("cameo").asText("")).equals(en.root())) continue;
          if (!EventEvaluation.dateMatches(coarse, t.path("date").path("value").asText(null))) continue;
          Set<String> codes = new LinkedHashSet<>();
          for (String role : List.of("source", "target", "mediator")) {
            for (JsonNode a : t.path(role)) codes.add(a.path("code").asText());
          }
          if (EventEvaluation.actorsMatch(both.isEmpty() ? en.actors() : both, codes)) {
            found = true;
            break;
          }
        }
        if (found) {
          cited++;
          if (oneDoer) sameDoerCited++;
        } else {
          errors.add("dev\tno bilingual entry\t" + en.story() + ": " + en.root() + " " + coarse + " " + en.actors()
              + " in " + en.doc() + " and " + de.doc() + (oneDoer ? "" : " (doers " + en.sources() + " / " + de.sources() + ")"));
        }
      }
    }
    return List.of(
        new Score("dev", "timeline_bilingual", pairs == 0 ? Double.NaN : cited / (double) pairs,
            cited + "/" + pairs + " key events of a story given in an English and a German report, with one timeline entry citing both"),
        new Score("dev", "timeline_bilingual_same_doer", sameDoer == 0 ? Double.NaN : sameDoerCited / (double) sameDoer,
            sameDoerCited + "/" + sameDoer + " of those whose gold names the same doer in both reports (or a doer in one only)"));
  }

  /** The share of the seeds' expectations met. */
  private Score seeds(Path dir, Path checks) throws IOException {
    if (!Files.isDirectory(dir) || !Files.isRegularFile(checks)) {
      return new Score("seeds", "story_checks", Double.NaN, "not measured: no " + (Files.isDirectory(dir) ? checks : dir));
    }
    Output run = analyse(dir);
    int total = 0;
    int met = 0;
    List<String> failed = new ArrayList<>();
    for (String line : Files.readAllLines(checks, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.strip().split("\t");
      if (f.length != 3) throw new IllegalArgumentException(checks + ": expected 3 tab-separated fields: " + line);
      total++;
      JsonNode a = seed(run, f[1]);
      boolean ok;
      if (f[0].equals("published")) {
        JsonNode p = a == null ? null : a.path("published");
        ok = p != null && p.path("value").asText("").startsWith(f[2]) && p.path("origin").asText().equals("content")
            && !p.path("evidence").asText("").isBlank();
      } else {
        JsonNode b = seed(run, f[2]);
        boolean same = a != null && b != null && a.path("story").asText("").equals(b.path("story").asText())
            && !a.path("story").isNull();
        ok = f[0].equals("together") ? same : f[0].equals("apart") ? a != null && b != null && !same : fail(checks, line);
      }
      if (ok) met++;
      else {
        failed.add(line.strip().replace('\t', ' '));
        errors.add("seeds\tcheck failed\t" + line.strip().replace('\t', ' '));
      }
    }
    return new Score("seeds", "story_checks", total == 0 ? Double.NaN : met / (double) total,
        met + "/" + total + " expectations of " + checks.getFileName() + (failed.isEmpty() ? "" : "; failed: " + failed));
  }

  private static boolean fail(Path checks, String line) {
    throw new IllegalArgumentException(checks + ": unknown check (together, apart, published): " + line);
  }

  private static JsonNode seed(Output run, String prefix) {
    for (Map.Entry<String, JsonNode> e : run.documents().entrySet()) {
      if (e.getKey().startsWith(prefix)) return e.getValue();
    }
    return null;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
