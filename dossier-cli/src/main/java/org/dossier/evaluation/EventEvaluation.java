package org.dossier.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dossier.pack.PackException;
import org.dossier.pack.PackLoader;
import org.dossier.pipeline.Analysis;
import org.dossier.pipeline.PipelineConfig;

/**
 * Scores the event coder: the contract's {@code events.jsonl} records that a whole analysis run writes,
 * against the seeds' gold, the dev set's gold (key events only) and the PETRARCH2 validation records. The
 * scoring itself is a pure function of the predicted records per document and the gold
 * ({@link #score}, {@link #scorePetrarch}); docs/EVALUATION.md ("Events") defines every figure.
 *
 * <p>A predicted event matches a gold event when they share the CAMEO root (first two digits), the
 * predicted date agrees with the gold date at the gold's precision, and the predicted source ∪ target
 * shares an actor code with the gold's source ∪ target. Only predictions that say the event happened
 * (modality {@code asserted} or {@code reported}) count for recall and precision; a gold {@code
 * not_events} trap is produced by an {@code asserted} prediction of its root whose evidence covers the
 * trap's evidence. A matched key event's source agrees when one such matching prediction has a source sharing a
 * code with the gold's source (or the gold names none): who did it, not only who took part; its target agrees
 * likewise, counted over the matched key events whose gold names a target: who it was done to.
 */
public final class EventEvaluation {
  public static final List<String> KEYS = List.of(
      "seeds.event_key_recall", "seeds.event_key_source_agreement", "seeds.event_key_target_agreement", "seeds.event_recall", "seeds.event_precision",
      "seeds.event_traps",
      "seeds.event_modality_failures", "seeds.event_date_only_failures", "seeds.event_actor_only_failures",
      "seeds.event_root_only_failures", "seeds.event_wrong_root_failures", "seeds.event_unfound",
      "dev.event_key_recall", "dev.event_key_source_agreement", "dev.event_key_target_agreement", "dev.event_precision", "dev.event_traps",
      "dev.offtopic_conflict_events",
      "dev.event_modality_failures", "dev.event_date_only_failures", "dev.event_actor_only_failures",
      "dev.event_root_only_failures", "dev.event_wrong_root_failures", "dev.event_unfound",
      "petrarch2.root_share", "petrarch2.coding_share", "petrarch2.cameo_root_share", "petrarch2.cameo_coding_share",
      "petrarch2.no_event_share");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ERRORS_HEADER = String.join("\t", "set", "doc", "kind", "diagnosis", "gold_cameo",
      "gold_key", "gold_date", "gold_actors", "gold_evidence", "sys_cameo", "sys_modality", "sys_date", "sys_actors",
      "sys_evidence");

  /** Whether a score key belongs to this suite (the PETRARCH2 categories are open-ended). */
  public static boolean owns(String key) {
    return KEYS.contains(key) || key.startsWith("petrarch2.");
  }

  private final PipelineConfig config;
  private final List<String> errors = new ArrayList<>();

  public EventEvaluation(PipelineConfig config) {
    this.config = config;
  }

  public List<Score> run(Path shared) throws IOException {
    Path corpus = shared.resolve("corpus");
    List<Score> out = new ArrayList<>();
    out.addAll(seeds(corpus.resolve("seeds"), corpus.resolve("gold/seeds.gold.jsonl")));
    out.addAll(dev(corpus.resolve("dev/articles"), corpus.resolve("dev/gold.jsonl")));
    out.addAll(petrarch(shared.resolve("eval/petrarch2-validation"), shared.resolve("reference/cameo-event-codes.tsv")));
    return out;
  }

  /** Writes the misses, false positives, traps produced and PETRARCH2 misses of the last run to DIR/events.errors.tsv. */
  public void writeErrors(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("events.errors.tsv"), StandardCharsets.UTF_8)) {
      w.write(ERRORS_HEADER);
      w.write('\n');
      for (String line : errors) {
        w.write(line);
        w.write('\n');
      }
    }
  }

  // ------------------------------------------------------------------------------------------------
  // Seeds and dev set

  private List<Score> seeds(Path dir, Path goldFile) throws IOException {
    if (!Files.isRegularFile(goldFile) || !Files.isDirectory(dir)) {
      String why = "not measured: no " + (Files.isRegularFile(goldFile) ? dir : goldFile);
      return KEYS.stream().filter(k -> k.startsWith("seeds."))
          .map(k -> new Score("seeds", k.substring(6), Double.NaN, why)).toList();
    }
    Tally t = score("seeds", JsonLines.read(goldFile), analyse(config, List.of(dir), false), errors);
    List<Score> out = new ArrayList<>();
    out.add(new Score("seeds", "event_key_recall", share(t.keyFound, t.keyGold),
        t.keyFound + "/" + t.keyGold + " key events matched" + t.over()));
    out.add(sourceAgreement("seeds", t));
    out.add(targetAgreement("seeds", t));
    out.add(new Score("seeds", "event_recall", share(t.allFound, t.allGold),
        t.allFound + "/" + t.allGold + " gold events matched"));
    out.add(new Score("seeds", "event_precision", share(t.correct, t.predicted),
        t.correct + "/" + t.predicted + " asserted or reported events match a gold event (" + t.nonFactual
            + " with another modality not counted)"));
    out.add(new Score("seeds", "event_traps", t.trapsProduced, t.trapsProduced + "/" + t.traps
        + " not_events produced as asserted events"));
    out.addAll(failures("seeds", t));
    return out;
  }

  private List<Score> dev(Path dir, Path goldFile) throws IOException {
    if (!Files.isRegularFile(goldFile) || !Files.isDirectory(dir)) {
      String why = "not measured: no " + (Files.isRegularFile(goldFile) ? dir : goldFile);
      return KEYS.stream().filter(k -> k.startsWith("dev."))
          .map(k -> new Score("dev", k.substring(4), Double.NaN, why)).toList();
    }
    Tally t = score("dev", JsonLines.read(goldFile), analyse(config, List.of(dir), false), errors);
    List<Score> out = new ArrayList<>();
    out.add(new Score("dev", "event_key_recall", share(t.keyFound, t.keyGold),
        t.keyFound + "/" + t.keyGold + " key events matched" + t.over()));
    out.add(sourceAgreement("dev", t));
    out.add(targetAgreement("dev", t));
    out.add(new Score("dev", "event_precision", share(t.correct, t.predicted),
        t.correct + "/" + t.predicted
            + " asserted or reported events match a listed event; informative: the dev gold lists key events only"));
    out.add(new Score("dev", "event_traps", t.trapsProduced, t.trapsProduced + "/" + t.traps
        + " not_events produced as asserted events"));
    out.add(new Score("dev", "offtopic_conflict_events", t.offTopicConflict,
        "events with CAMEO root 13-20 in the " + t.offTopicDocs + " documents without gold events"));
    out.addAll(failures("dev", t));
    return out;
  }

  private static Score sourceAgreement(String set, Tally t) {
    return new Score(set, "event_key_source_agreement", share(t.keySourced, t.keyFound),
        t.keySourced + "/" + t.keyFound + " matched key events with the gold's source (who did it)");
  }

  private static Score targetAgreement(String set, Tally t) {
    return new Score(set, "event_key_target_agreement", share(t.keyTargeted, t.keyTargetGold),
        t.keyTargeted + "/" + t.keyTargetGold + " matched key events that name a target with one of the gold's (who it was done to)");
  }

  private static List<Score> failures(String set, Tally t) {
    int missed = t.keyGold - t.keyFound;
    List<Score> out = new ArrayList<>();
    for (Failure f : Failure.values()) {
      out.add(new Score(set, f.key, t.failures.getOrDefault(f, 0), "of " + missed + " missed key events: " + f.what));
    }
    return out;
  }

  /**
   * Runs the whole analysis over the inputs into a temporary folder and reads back its documents and
   * events, per document's input file name (or id).
   */
  private static Map<String, Predicted> analyse(PipelineConfig config, List<Path> inputs, boolean byId)
      throws IOException {
    Path out = Files.createTempDirectory("dossier-events-");
    try {
      int threads = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
      new Analysis(config, threads).run(inputs, out, (item, accepted) -> {});
      return read(out.resolve("documents.jsonl"), out.resolve("events.jsonl"), byId);
    } finally {
      deleteTree(out);
    }
  }

  /**
   * A run's output as the scorer takes it: per document (its input's file name, or its id) the cleaned text
   * and the {@code events.jsonl} records whose {@code doc} is that document. No events file: no events.
   */
  static Map<String, Predicted> read(Path documents, Path events, boolean byId) throws IOException {
    Map<String, String> keyOfId = new HashMap<>();
    Map<String, String> textOf = new LinkedHashMap<>();
    for (JsonNode d : JsonLines.read(documents)) {
      String id = d.path("id").asText();
      String key = byId ? id : fileName(d.path("input").asText());
      keyOfId.put(id, key);
      textOf.put(key, d.path("text").asText(""));
    }
    Map<String, List<JsonNode>> eventsOf = new HashMap<>();
    if (Files.isRegularFile(events)) {
      for (JsonNode e : JsonLines.read(events)) {
        String key = keyOfId.get(e.path("doc").asText());
        if (key != null) eventsOf.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
      }
    }
    Map<String, Predicted> out = new LinkedHashMap<>();
    textOf.forEach((key, text) -> out.put(key, new Predicted(text, eventsOf.getOrDefault(key, List.of()))));
    return out;
  }

  private static String fileName(String input) {
    String path = input.replaceFirst("#\\d+$", "");
    Path name = Path.of(path).getFileName();
    return name == null ? path : name.toString();
  }

  /** One document as the analysis left it: its cleaned text and its contract event records. */
  public record Predicted(String text, List<JsonNode> events) {
    public Predicted {
      events = List.copyOf(events);
    }
  }

  /** Why a gold key event was missed, judged against the document's predictions, first that applies. */
  enum Failure {
    MODALITY("event_modality_failures", "modality",
        "a prediction matches root, date and actors but its modality says it did not happen"),
    DATE_ONLY("event_date_only_failures", "date-only", "a prediction has the root and an actor, not the date"),
    ACTOR_ONLY("event_actor_only_failures", "actor-only", "a prediction has the root and the date, no shared actor"),
    ROOT_ONLY("event_root_only_failures", "root-only",
        "a prediction whose evidence covers the gold evidence has the root, neither date nor actors"),
    WRONG_ROOT("event_wrong_root_failures", "wrong-root", "a prediction covers the gold evidence with another root"),
    UNFOUND("event_unfound", "unfound",
        "no prediction covers the gold evidence, none with the root has the date or an actor");

    final String key;
    final String label;
    final String what;

    Failure(String key, String label, String what) {
      this.key = key;
      this.label = label;
      this.what = what;
    }
  }

  /** The counts of one set. */
  static final class Tally {
    int docs;
    int missingDocs;
    int keyGold;
    int keyFound;
    /** Matched key events one of whose matching predictions has the gold's source. */
    int keySourced;
    /** Matched key events whose gold names a target, and those one of whose matching predictions has one of it. */
    int keyTargetGold;
    int keyTargeted;
    int allGold;
    int allFound;
    int predicted;
    int correct;
    int nonFactual;
    int traps;
    int trapsProduced;
    int offTopicDocs;
    int offTopicConflict;
    final Map<Failure, Integer> failures = new LinkedHashMap<>();

    private String over() {
      return "; " + docs + " documents" + (missingDocs > 0 ? ", " + missingDocs + " not analysed" : "");
    }
  }

  /** The fields of a contract event record the scorer reads; absent ones are empty. */
  record Prediction(String cameo, String modality, String date, List<String> sources, List<String> targets,
      int start, int end, String evidence) {
    static Prediction of(JsonNode e) {
      JsonNode date = e.path("date");
      String value = date.isTextual() ? date.asText() : text(date.path("value"));
      if ("unknown".equals(date.path("granularity").asText())) value = null;
      JsonNode ev = e.path("evidence");
      // Offsets are into the text; evidence from the headline (field "title") is compared by its words only.
      boolean inText = ev.path("field").asText("text").equals("text");
      return new Prediction(e.path("cameo").asText(""), e.path("modality").asText("asserted"), value,
          codes(e.path("source")), codes(e.path("target")), inText ? ev.path("start").asInt(-1) : -1,
          inText ? ev.path("end").asInt(-1) : -1, ev.isTextual() ? ev.asText() : ev.path("text").asText(""));
    }

    String root() {
      return EventEvaluation.root(cameo);
    }

    /** Says the event happened. */
    boolean factual() {
      return modality.equals("asserted") || modality.equals("reported");
    }

    boolean asserted() {
      return modality.equals("asserted");
    }

    Set<String> actors() {
      Set<String> out = new LinkedHashSet<>(sources);
      out.addAll(targets);
      return out;
    }

    private static List<String> codes(JsonNode list) {
      List<String> out = new ArrayList<>();
      for (JsonNode a : list) {
        String code = a.isTextual() ? a.asText() : text(a.path("code"));
        if (code != null && !code.isBlank()) out.add(code.strip().toUpperCase(Locale.ROOT));
      }
      return out;
    }
  }

  /** A gold event (or trap), with where its evidence is in the document's text (code points), if found. */
  record GoldEvent(String cameo, boolean key, String date, Set<String> actors, Set<String> sources,
      Set<String> targets, String evidence, int[] where, String label) {
    static GoldEvent of(JsonNode e, String text) {
      Set<String> actors = new LinkedHashSet<>();
      Set<String> sources = new LinkedHashSet<>();
      Set<String> targets = new LinkedHashSet<>();
      for (String side : List.of("source", "target")) {
        for (JsonNode a : e.path(side)) {
          String code = a.asText().strip().toUpperCase(Locale.ROOT);
          actors.add(code);
          (side.equals("source") ? sources : targets).add(code);
        }
      }
      String evidence = e.path("evidence").asText("");
      return new GoldEvent(e.path("cameo").asText(""), e.path("key").asBoolean(true), text(e.path("date")), actors,
          sources, targets, evidence, locate(text, evidence), actorsLabel(e.path("source"), e.path("target")));
    }

    String root() {
      return EventEvaluation.root(cameo);
    }
  }

  /** The first two digits of a CAMEO code: its root event class. */
  public static String root(String cameo) {
    String c = cameo.strip();
    return c.length() <= 2 ? c : c.substring(0, 2);
  }

  /**
   * Whether a predicted date agrees with a gold date at the gold's precision: a null gold date agrees with
   * anything; a null predicted date with no gold date; otherwise the predicted value starts with the gold's
   * and goes on only to finer detail ("2024-02" ~ "2024-02-28"; "199", the 1990s, ~ "1993"; "2020" ~
   * "2020-W41"), never coarser ("2024-02-28" ≁ "2024-02").
   */
  public static boolean dateMatches(String gold, String predicted) {
    if (gold == null || gold.isBlank()) return true;
    if (predicted == null || predicted.isBlank()) return false;
    String g = gold.strip();
    String p = predicted.strip();
    if (!p.startsWith(g)) return false;
    if (p.length() == g.length()) return true;
    char next = p.charAt(g.length());
    if (g.length() < 4) return Character.isDigit(next);
    return next == '-' || next == 'T';
  }

  /** Whether the predicted actor codes share one with the gold's; a gold event without actors has any. */
  public static boolean actorsMatch(Collection<String> gold, Collection<String> predicted) {
    if (gold.isEmpty()) return true;
    for (String p : predicted) {
      if (gold.contains(p)) return true;
    }
    return false;
  }

  /** Whether a predicted source shares a code with the gold's; a gold event without a source has any. */
  static boolean sourceAgrees(Collection<String> gold, Collection<String> predicted) {
    return gold.isEmpty() || predicted.stream().anyMatch(gold::contains);
  }

  static boolean matches(Prediction p, GoldEvent g) {
    return p.root().equals(g.root()) && dateMatches(g.date(), p.date()) && actorsMatch(g.actors(), p.actors());
  }

  /**
   * Whether a prediction's evidence covers a gold evidence string: its span overlaps the string's place in
   * the text, or either evidence text contains the other (case, blanks and quote styles ignored).
   */
  static boolean touches(Prediction p, int[] where, String evidence) {
    if (where != null && p.start() >= 0 && p.end() > p.start() && p.start() < where[1] && where[0] < p.end()) {
      return true;
    }
    String pe = normal(p.evidence());
    String ge = normal(evidence);
    return !pe.isEmpty() && !ge.isEmpty() && (pe.contains(ge) || ge.contains(pe));
  }

  /**
   * Scores one set: the gold lines (one per document, with {@code events}, optional {@code key} and
   * {@code not_events}) against the predictions per document. Rows for the errors file go to {@code errors}
   * (may be null).
   */
  static Tally score(String set, List<JsonNode> gold, Map<String, Predicted> system, List<String> errors) {
    Tally t = new Tally();
    for (JsonNode g : gold) {
      String doc = g.path("doc").asText();
      Predicted p = system.get(doc);
      t.docs++;
      if (p == null) {
        t.missingDocs++;
        p = new Predicted("", List.of());
      }
      String text = p.text();
      List<Prediction> preds = p.events().stream().map(Prediction::of).toList();
      List<GoldEvent> events = new ArrayList<>();
      for (JsonNode e : g.path("events")) events.add(GoldEvent.of(e, text));

      for (GoldEvent e : events) {
        boolean found = preds.stream().anyMatch(x -> x.factual() && matches(x, e));
        t.allGold++;
        if (found) t.allFound++;
        if (!e.key()) continue;
        t.keyGold++;
        if (found) {
          t.keyFound++;
          Prediction match = preds.stream().filter(x -> x.factual() && matches(x, e)).findFirst().orElseThrow();
          if (preds.stream().anyMatch(x -> x.factual() && matches(x, e) && sourceAgrees(e.sources(), x.sources()))) {
            t.keySourced++;
          } else {
            row(errors, set, doc, "wrong_source", "matched key event, another doer", e, match);
          }
          if (!e.targets().isEmpty()) {
            t.keyTargetGold++;
            if (preds.stream().anyMatch(x -> x.factual() && matches(x, e) && x.targets().stream().anyMatch(e.targets()::contains))) {
              t.keyTargeted++;
            } else {
              row(errors, set, doc, "wrong_target", "matched key event, none of the gold's targets", e, match);
            }
          }
          continue;
        }
        Failure f = classify(e, preds);
        t.failures.merge(f, 1, Integer::sum);
        Prediction near = preds.stream().max(Comparator.comparingInt(x -> closeness(x, e))).orElse(null);
        row(errors, set, doc, "missed", f.label, e, near);
      }
      for (Prediction x : preds) {
        if (!x.factual()) {
          t.nonFactual++;
          continue;
        }
        t.predicted++;
        if (events.stream().anyMatch(e -> matches(x, e))) {
          t.correct++;
        } else {
          GoldEvent near = events.stream().max(Comparator.comparingInt(e -> closeness(x, e))).orElse(null);
          row(errors, set, doc, "false_positive", near == null ? "no gold event" : differences(x, near), near, x);
        }
      }
      for (JsonNode n : g.path("not_events")) {
        t.traps++;
        GoldEvent trap = GoldEvent.of(n, text);
        for (Prediction x : preds) {
          if (x.asserted() && x.root().equals(trap.root()) && touches(x, trap.where(), trap.evidence())
              && !explained(x, events)) {
            t.trapsProduced++;
            row(errors, set, doc, "trap", "produced as asserted; gold: " + n.path("why").asText(), trap, x);
            break;
          }
        }
      }
      if (g.has("events") && g.path("events").isEmpty()) {
        t.offTopicDocs++;
        for (Prediction x : preds) {
          if (conflict(x)) {
            t.offTopicConflict++;
            row(errors, set, doc, "offtopic_conflict", "conflict event in a document without gold events", null, x);
          }
        }
      }
    }
    return t;
  }

  /**
   * A prediction that matches a gold event whose evidence it covers codes that event, whatever traps share
   * its sentence.
   */
  private static boolean explained(Prediction x, List<GoldEvent> events) {
    for (GoldEvent e : events) {
      if (matches(x, e) && touches(x, e.where(), e.evidence())) return true;
    }
    return false;
  }

  /**
   * CAMEO roots 13 to 20: threaten, protest, exhibit force posture, reduce relations, coerce, assault, fight,
   * mass violence.
   */
  static boolean conflict(Prediction x) {
    try {
      int root = Integer.parseInt(x.root());
      return root >= 13 && root <= 20;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  static Failure classify(GoldEvent e, List<Prediction> preds) {
    if (preds.stream().anyMatch(x -> !x.factual() && matches(x, e))) return Failure.MODALITY;
    List<Prediction> factual = preds.stream().filter(Prediction::factual).toList();
    String root = e.root();
    if (factual.stream().anyMatch(x -> x.root().equals(root) && actorsMatch(e.actors(), x.actors()))) {
      return Failure.DATE_ONLY;
    }
    if (factual.stream().anyMatch(x -> x.root().equals(root) && dateMatches(e.date(), x.date()))) {
      return Failure.ACTOR_ONLY;
    }
    if (factual.stream().anyMatch(x -> x.root().equals(root) && touches(x, e.where(), e.evidence()))) {
      return Failure.ROOT_ONLY;
    }
    if (factual.stream().anyMatch(x -> touches(x, e.where(), e.evidence()))) return Failure.WRONG_ROOT;
    return Failure.UNFOUND;
  }

  /** How close a prediction is to a gold event: covering its evidence first, then root, actors, date. */
  private static int closeness(Prediction x, GoldEvent e) {
    return (touches(x, e.where(), e.evidence()) ? 8 : 0) + (x.root().equals(e.root()) ? 4 : 0)
        + (actorsMatch(e.actors(), x.actors()) ? 2 : 0) + (dateMatches(e.date(), x.date()) ? 1 : 0);
  }

  private static String differences(Prediction x, GoldEvent e) {
    List<String> diff = new ArrayList<>();
    if (!x.root().equals(e.root())) diff.add("root");
    if (!dateMatches(e.date(), x.date())) diff.add("date");
    if (!actorsMatch(e.actors(), x.actors())) diff.add("actors");
    return "closest gold differs in " + String.join("+", diff)
        + (touches(x, e.where(), e.evidence()) ? "" : "; evidence elsewhere");
  }

  // ------------------------------------------------------------------------------------------------
  // PETRARCH2 validation records

  /** One expected PETRARCH coding: source and target codes (either may be empty) and the event code. */
  public record Coding(String source, String target, String code) {
    /** {@code source|target|code(;...)}; a coding without an event code ("||") is none. */
    static List<Coding> parse(String expected) {
      List<Coding> out = new ArrayList<>();
      for (String part : expected.split(";")) {
        String[] f = part.split("\\|", -1);
        if (f.length < 3 || f[2].isBlank()) continue;
        out.add(new Coding(f[0].strip(), f[1].strip(), f[2].strip()));
      }
      return out;
    }
  }

  /** One validation record: the sentence, its date (null if none) and category, the expected codings. */
  public record PetrarchRecord(String id, LocalDate date, String category, String text, List<Coding> expected) {}

  static List<PetrarchRecord> readRecords(Path tsv) throws IOException {
    List<PetrarchRecord> out = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) continue;
      String[] f = lines.get(i).split("\t", -1);
      String id = f[0].isBlank() ? "record-" + (i + 1) : f[0].strip();
      while (!ids.add(id)) id = id + "+";
      String d = f.length > 1 ? f[1].strip() : "";
      LocalDate date = d.matches("\\d{8}") ? PetrarchPack.date(d) : null;
      out.add(new PetrarchRecord(id, date, f.length > 2 ? f[2].strip() : "", f.length > 4 ? f[4] : "",
          Coding.parse(f.length > 5 ? f[5] : "")));
    }
    return out;
  }

  /** The counts of one category (or all). */
  static final class PetrarchTally {
    int records;
    int attempted;
    int codings;
    int rootHits;
    int codingHits;
    /** The codings whose event code is in the CAMEO codebook, and their hits. */
    int cameoCodings;
    int cameoRootHits;
    int cameoCodingHits;
    int noEvent;
    int noEventClean;

    void add(PetrarchTally o) {
      records += o.records;
      attempted += o.attempted;
      codings += o.codings;
      rootHits += o.rootHits;
      codingHits += o.codingHits;
      cameoCodings += o.cameoCodings;
      cameoRootHits += o.cameoRootHits;
      cameoCodingHits += o.cameoCodingHits;
      noEvent += o.noEvent;
      noEventClean += o.noEventClean;
    }
  }

  /** The country level of a code: its first three letters, or null for none ("", "---"). */
  static String countryLevel(String code) {
    if (code == null || code.length() < 3) return null;
    String c = code.substring(0, 3).toUpperCase(Locale.ROOT);
    return c.chars().allMatch(Character::isLetter) ? c : null;
  }

  /** Whether some actor of a side has the expected country; a side without an expected country takes any. */
  static boolean side(String expected, List<String> codes) {
    String want = countryLevel(expected);
    if (want == null) return true;
    for (String c : codes) {
      if (want.equals(countryLevel(c))) return true;
    }
    return false;
  }

  /**
   * Scores the records against the predictions per record id, per category (sorted; the key "" holds the
   * total). Predictions of any modality count: PETRARCH codes statements of intent as events too. {@code
   * cameo} is the CAMEO codebook: codings with another code (the validation verb dictionary's own test
   * codes, "903", "1717") are also counted apart.
   */
  static Map<String, PetrarchTally> scorePetrarch(List<PetrarchRecord> records, Map<String, List<JsonNode>> predicted,
      Set<String> cameo, List<String> errors) {
    Map<String, PetrarchTally> out = new TreeMap<>();
    PetrarchTally total = new PetrarchTally();
    for (PetrarchRecord r : records) {
      PetrarchTally t = out.computeIfAbsent(r.category(), k -> new PetrarchTally());
      List<Prediction> preds = predicted.getOrDefault(r.id(), List.of()).stream().map(Prediction::of).toList();
      t.records++;
      if (!preds.isEmpty()) t.attempted++;
      if (r.expected().isEmpty()) {
        t.noEvent++;
        if (preds.isEmpty()) t.noEventClean++;
        else row(errors, "petrarch2", r.id(), "spurious", r.category() + ": no event expected", null, preds.get(0));
      }
      for (Coding c : r.expected()) {
        t.codings++;
        String root = root(c.code());
        boolean rootHit = preds.stream().anyMatch(x -> x.root().equals(root));
        boolean hit = preds.stream().anyMatch(x -> x.root().equals(root) && side(c.source(), x.sources())
            && side(c.target(), x.targets()));
        if (rootHit) t.rootHits++;
        if (hit) t.codingHits++;
        if (cameo.contains(c.code())) {
          t.cameoCodings++;
          if (rootHit) t.cameoRootHits++;
          if (hit) t.cameoCodingHits++;
        }
        if (!hit) {
          Prediction near = preds.stream().filter(x -> x.root().equals(root)).findFirst()
              .orElse(preds.isEmpty() ? null : preds.get(0));
          GoldEvent g = new GoldEvent(c.code(), true, null, Set.of(), Set.of(), Set.of(), r.text(), null, c.source() + ">" + c.target());
          String why = r.category() + (rootHit ? ": root right, actors wrong" : ": root not found");
          row(errors, "petrarch2", r.id(), "missed", why, g, near);
        }
      }
    }
    for (PetrarchTally t : out.values()) total.add(t);
    out.put("", total);
    return out;
  }

  private List<Score> petrarch(Path dir, Path codebook) throws IOException {
    Path tsv = dir.resolve("unit_test_records.tsv");
    Path actors = dir.resolve("dictionaries/PETR.Validate.actors.txt");
    Path agents = dir.resolve("dictionaries/PETR.Validate.agents.txt");
    for (Path p : List.of(tsv, actors, agents)) {
      if (!Files.isRegularFile(p)) return petrarchNotMeasured("not measured: no " + p);
    }
    List<PetrarchRecord> records = readRecords(tsv);
    PetrarchPack pack = PetrarchPack.read(actors, agents);
    for (String note : pack.notes()) {
      errors.add(String.join("\t", "petrarch2", "dictionaries", "conversion", cell(note), "", "", "", "", "", "", "", "",
          "", ""));
    }
    Map<String, List<PetrarchRecord>> groups = new LinkedHashMap<>();
    for (PetrarchRecord r : records) groups.computeIfAbsent(pack.variant(r.date()), k -> new ArrayList<>()).add(r);
    Map<String, List<JsonNode>> predicted = new HashMap<>();
    Path tmp = Files.createTempDirectory("dossier-petrarch-");
    try {
      int n = 0;
      for (List<PetrarchRecord> group : groups.values()) {
        Path packDir = tmp.resolve("pack-" + n);
        pack.write(packDir, group.get(0).date());
        copyEventFiles(config.pack(), packDir);
        Path input = tmp.resolve("records-" + n + ".jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
          for (PetrarchRecord r : group) {
            ObjectNode o = JSON.createObjectNode().put("id", r.id());
            if (r.date() != null) o.put("published", r.date().toString());
            o.put("text", r.text());
            w.write(JSON.writeValueAsString(o));
            w.write('\n');
          }
        }
        PipelineConfig english = new PipelineConfig(packDir.toString(), Set.of("en"), config.today(), config.ingest());
        analyse(english, List.of(input), true).forEach((id, p) -> predicted.put(id, p.events()));
        n++;
      }
    } catch (PackException e) {
      String first = e.getMessage().lines().findFirst().orElse("");
      return petrarchNotMeasured("not measured: the converted pack does not load: " + first);
    } finally {
      deleteTree(tmp);
    }
    Set<String> cameo = new LinkedHashSet<>();
    if (Files.isRegularFile(codebook)) {
      for (String line : Files.readAllLines(codebook, StandardCharsets.UTF_8)) {
        String code = line.split("\t", 2)[0].strip();
        if (code.matches("\\d{2,4}")) cameo.add(code);
      }
    }
    Map<String, PetrarchTally> byCategory = scorePetrarch(records, predicted, cameo, errors);
    List<Score> out = new ArrayList<>();
    PetrarchTally all = byCategory.get("");
    out.add(new Score("petrarch2", "root_share", share(all.rootHits, all.codings), all.rootHits + "/" + all.codings
        + " expected codings whose event root an event of the record has; " + all.records + " records, "
        + all.attempted + " with events; " + groups.size() + " pack variants by date"));
    out.add(new Score("petrarch2", "coding_share", share(all.codingHits, all.codings), all.codingHits + "/" + all.codings
        + " expected codings reproduced with root, source and target country; " + pack.notes().size()
        + " dictionary entries not converted as written"));
    String inCodebook = cameo.isEmpty() ? "not measured: no " + codebook : null;
    out.add(new Score("petrarch2", "cameo_root_share", share(all.cameoRootHits, all.cameoCodings), inCodebook != null
        ? inCodebook : all.cameoRootHits + "/" + all.cameoCodings + " expected codings with a CAMEO code; "
            + (all.codings - all.cameoCodings) + " use the validation verb dictionary's own codes"));
    out.add(new Score("petrarch2", "cameo_coding_share", share(all.cameoCodingHits, all.cameoCodings),
        inCodebook != null ? inCodebook
            : all.cameoCodingHits + "/" + all.cameoCodings + " expected codings with a CAMEO code"));
    out.add(new Score("petrarch2", "no_event_share", share(all.noEventClean, all.noEvent), all.noEventClean + "/"
        + all.noEvent + " records that expect no event without one"));
    byCategory.forEach((category, t) -> {
      if (category.isEmpty()) return;
      String name = category.toLowerCase(Locale.ROOT);
      String attempted = t.attempted + "/" + t.records + " records with events"
          + (t.noEvent > 0 ? ", " + t.noEventClean + "/" + t.noEvent + " expecting none have none" : "");
      String outside = t.codings > t.cameoCodings ? " (" + (t.codings - t.cameoCodings) + " outside CAMEO)" : "";
      out.add(new Score("petrarch2", name + ".root_share", share(t.rootHits, t.codings),
          t.rootHits + "/" + t.codings + " codings" + outside + "; " + attempted));
      out.add(new Score("petrarch2", name + ".coding_share", share(t.codingHits, t.codings),
          t.codingHits + "/" + t.codings + " codings"));
    });
    return out;
  }

  private static List<Score> petrarchNotMeasured(String why) {
    return KEYS.stream().filter(k -> k.startsWith("petrarch2."))
        .map(k -> new Score("petrarch2", k.substring("petrarch2.".length()), Double.NaN, why)).toList();
  }

  /**
   * Copies every file or folder of a pack (a folder, or a built-in pack on the classpath) whose name starts
   * with {@code event} into {@code target}: the event lexicon and modality cues.
   */
  static void copyEventFiles(String pack, Path target) throws IOException {
    Path dir = Path.of(pack);
    if (Files.isDirectory(dir)) {
      copyEventEntries(dir, target);
      return;
    }
    URL url = PackLoader.class.getClassLoader().getResource("packs/" + pack + "/pack.yaml");
    if (url == null) return;
    URI uri;
    try {
      uri = url.toURI();
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    if ("jar".equals(uri.getScheme())) {
      FileSystem fs;
      boolean opened = false;
      try {
        fs = FileSystems.newFileSystem(uri, Map.of());
        opened = true;
      } catch (FileSystemAlreadyExistsException e) {
        fs = FileSystems.getFileSystem(uri);
      }
      try {
        copyEventEntries(fs.getPath("packs", pack), target);
      } finally {
        if (opened) fs.close();
      }
    } else {
      copyEventEntries(Path.of(uri).getParent(), target);
    }
  }

  private static void copyEventEntries(Path from, Path target) throws IOException {
    try (Stream<Path> top = Files.list(from)) {
      for (Path entry : top.toList()) {
        if (!entry.getFileName().toString().startsWith("event")) continue;
        try (Stream<Path> walk = Files.walk(entry)) {
          for (Path p : walk.toList()) {
            Path to = target;
            for (Path part : from.relativize(p)) to = to.resolve(part.toString());
            if (Files.isDirectory(p)) Files.createDirectories(to);
            else Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
  }

  // ------------------------------------------------------------------------------------------------
  // Helpers

  /**
   * Where a gold evidence string is in the text, as code point offsets [start, end), or null: exactly, else
   * with blanks, non-breaking spaces and quote styles made alike.
   */
  static int[] locate(String text, String needle) {
    if (text == null || needle == null || needle.isBlank()) return null;
    int i = text.indexOf(needle);
    if (i >= 0) return new int[] {text.codePointCount(0, i), text.codePointCount(0, i + needle.length())};
    StringBuilder norm = new StringBuilder();
    List<Integer> origin = new ArrayList<>();
    boolean space = false;
    for (int k = 0; k < text.length(); k++) {
      char c = fold(text.charAt(k));
      if (c == ' ') {
        if (space) continue;
        space = true;
      } else {
        space = false;
      }
      norm.append(c);
      origin.add(k);
    }
    String n = normal(needle);
    int j = norm.indexOf(n);
    if (j < 0) return null;
    int start = origin.get(j);
    int end = origin.get(j + n.length() - 1) + 1;
    return new int[] {text.codePointCount(0, start), text.codePointCount(0, end)};
  }

  /** Blanks of any kind as one space, typographic quotes as ASCII, lower case, NFC. */
  static String normal(String s) {
    if (s == null) return "";
    String t = Normalizer.normalize(s, Normalizer.Form.NFC).strip();
    StringBuilder out = new StringBuilder(t.length());
    boolean space = false;
    for (int k = 0; k < t.length(); k++) {
      char c = fold(t.charAt(k));
      if (c == ' ') {
        if (space) continue;
        space = true;
      } else {
        space = false;
      }
      out.append(c);
    }
    return out.toString();
  }

  private static char fold(char c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) return ' ';
    switch (c) {
      case '’', '‘', '‚', '′' -> c = '\'';
      case '“', '”', '„', '«', '»', '″' -> c = '"';
      default -> { }
    }
    return Character.toLowerCase(c);
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
  }

  private static String actorsLabel(JsonNode source, JsonNode target) {
    List<String> s = new ArrayList<>();
    List<String> t = new ArrayList<>();
    source.forEach(a -> s.add(a.asText()));
    target.forEach(a -> t.add(a.asText()));
    return String.join(",", s) + ">" + String.join(",", t);
  }

  private static void row(List<String> errors, String set, String doc, String kind, String diagnosis, GoldEvent g,
      Prediction x) {
    if (errors == null) return;
    errors.add(String.join("\t", set, doc, kind, cell(diagnosis),
        g == null ? "" : g.cameo(), g == null ? "" : Boolean.toString(g.key()),
        g == null || g.date() == null ? "" : g.date(),
        g == null ? "" : g.label(), g == null ? "" : cell(g.evidence()),
        x == null ? "" : x.cameo(), x == null ? "" : x.modality(), x == null || x.date() == null ? "" : x.date(),
        x == null ? "" : String.join(",", x.sources()) + ">" + String.join(",", x.targets()),
        x == null ? "" : cell(x.evidence())));
  }

  private static String cell(String s) {
    return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  private static double share(int a, int b) {
    return b == 0 ? Double.NaN : a / (double) b;
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
