package org.dossier.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.entities.Entities;
import org.dossier.entities.Mention;
import org.dossier.ingest.Ingest;
import org.dossier.model.Document;
import org.dossier.model.IngestItem;
import org.dossier.model.RawDocument;
import org.dossier.pipeline.DocumentPipeline;
import org.dossier.pipeline.PipelineConfig;

/**
 * Scores entity recognition and linking against the seeds' and the dev set's gold. The unit is the
 * (document, entity) pair, as in the gold: an entity is found when some mention in the document's text or
 * headline carries its canonical name; a system entity is correct when the gold lists it for that
 * document. A gold surface spelling is linked when a mention of that entity covers it.
 */
public final class EntityEvaluation {
  public static final List<String> KEYS = List.of(
      "seeds.entity_recall", "seeds.entity_precision", "seeds.surfaces_linked",
      "dev.entity_recall", "dev.entity_precision", "dev.surfaces_linked");

  private final PipelineConfig config;
  private final DocumentPipeline pipeline;
  private final List<String> errors = new ArrayList<>();

  public EntityEvaluation(PipelineConfig config) {
    this.config = config;
    this.pipeline = new DocumentPipeline(config);
  }

  public List<Score> run(Path corpus) throws IOException {
    List<Score> out = new ArrayList<>();
    out.addAll(score("seeds", corpus.resolve("seeds"), corpus.resolve("gold/seeds.gold.jsonl")));
    out.addAll(score("dev", corpus.resolve("dev/articles"), corpus.resolve("dev/gold.jsonl")));
    return out;
  }

  /** Writes the misses, spurious entities and unlinked spellings of the last run to DIR/entities.errors.tsv. */
  public void writeErrors(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("entities.errors.tsv"), StandardCharsets.UTF_8)) {
      w.write("set\tdoc\tkind\tname\tgold_surfaces\tsystem_surfaces\tvia\n");
      for (String line : errors) {
        w.write(line);
        w.write('\n');
      }
    }
  }

  private List<Score> score(String set, Path dir, Path goldFile) throws IOException {
    if (!Files.isRegularFile(goldFile) || !Files.isDirectory(dir)) {
      String why = "not measured: no " + (Files.isRegularFile(goldFile) ? dir : goldFile);
      return List.of(new Score(set, "entity_recall", Double.NaN, why),
          new Score(set, "entity_precision", Double.NaN, why), new Score(set, "surfaces_linked", Double.NaN, why));
    }
    Map<String, Map<String, List<Mention>>> system = analyse(dir);
    int found = 0, gold = 0, correct = 0, predicted = 0, linked = 0, surfaces = 0, docs = 0;
    for (JsonNode g : gold(goldFile)) {
      String doc = g.get("doc").asText();
      Map<String, List<Mention>> byName = system.get(doc);
      if (byName == null || !g.has("entities")) continue;
      docs++;
      Map<String, JsonNode> goldByName = new LinkedHashMap<>();
      for (JsonNode e : g.get("entities")) goldByName.put(e.get("name").asText(), e);
      for (Map.Entry<String, JsonNode> e : goldByName.entrySet()) {
        gold++;
        List<Mention> mentions = byName.getOrDefault(e.getKey(), List.of());
        if (!mentions.isEmpty()) found++;
        else errors.add(row(set, doc, "missed", e.getKey(), e.getValue(), List.of()));
        for (JsonNode s : e.getValue().withArray("surfaces")) {
          surfaces++;
          if (covered(s.asText(), mentions)) linked++;
          else if (!mentions.isEmpty()) errors.add(row(set, doc, "unlinked", e.getKey(), s, mentions));
        }
      }
      for (Map.Entry<String, List<Mention>> e : byName.entrySet()) {
        predicted++;
        if (goldByName.containsKey(e.getKey())) correct++;
        else errors.add(row(set, doc, "spurious", e.getKey(), null, e.getValue()));
      }
    }
    String over = docs + " documents";
    return List.of(
        new Score(set, "entity_recall", share(found, gold), found + "/" + gold + " gold (document, entity) pairs found; " + over),
        new Score(set, "entity_precision", share(correct, predicted), correct + "/" + predicted + " system pairs in the gold"),
        new Score(set, "surfaces_linked", share(linked, surfaces), linked + "/" + surfaces + " gold spellings covered by a mention of their entity"));
  }

  /** Per document file name: canonical name → mentions (text and headline). */
  private Map<String, Map<String, List<Mention>>> analyse(Path dir) throws IOException {
    Map<String, Map<String, List<Mention>>> out = new TreeMap<>();
    try (Ingest ingest = new Ingest(List.of(dir), config.ingest())) {
      while (ingest.hasNext()) {
        IngestItem item = ingest.next();
        if (!(item instanceof RawDocument raw)) continue;
        Document d = pipeline.process(raw);
        Entities entities = pipeline.recognise(d);
        Map<String, List<Mention>> byName = new TreeMap<>();
        for (List<Mention> list : List.of(entities.mentions(), entities.titleMentions())) {
          for (Mention m : list) byName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m);
        }
        out.put(Path.of(raw.input()).getFileName().toString(), byName);
      }
    }
    return out;
  }

  private static boolean covered(String surface, List<Mention> mentions) {
    String s = normal(surface);
    for (Mention m : mentions) {
      if (normal(m.surface()).contains(s)) return true;
    }
    return false;
  }

  private static String normal(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).replace('’', '\'').toLowerCase(Locale.ROOT);
  }

  private static String row(String set, String doc, String kind, String name, JsonNode gold, List<Mention> mentions) {
    String goldSurfaces = gold == null ? "" : gold.isTextual() ? gold.asText() : gold.withArray("surfaces").toString();
    List<String> surfaces = new ArrayList<>();
    List<String> via = new ArrayList<>();
    for (Mention m : mentions) {
      if (!surfaces.contains(m.surface())) surfaces.add(m.surface());
      if (!via.contains(m.via().label())) via.add(m.via().label());
    }
    return String.join("\t", set, doc, kind, name, goldSurfaces, String.join(" | ", surfaces), String.join(",", via));
  }

  private static List<JsonNode> gold(Path file) throws IOException {
    return JsonLines.read(file);
  }


  private static double share(int a, int b) {
    return b == 0 ? Double.NaN : a / (double) b;
  }
}
