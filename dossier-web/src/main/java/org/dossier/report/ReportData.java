package org.dossier.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.pack.Actor;
import org.dossier.pack.Pack;
import org.dossier.pack.Place;

/**
 * The data a report embeds, read from a finished analysis folder in one streaming pass per file: the corpus
 * figures, the largest timeline entries with their evidence, the largest stories, the documents they cite,
 * the actors, the actor graph and the places of the entries. What the limits left out is counted in
 * {@code limits}. The shape is documented in docs/REPORT.md and at the top of report.js.
 */
final class ReportData {
  static final int FORMAT = 1;
  private static final int TOP_OUTLETS = 12;

  private ReportData() {}

  static ObjectNode read(Path dir, Pack pack, ReportLimits limits, ObjectMapper json) throws IOException {
    List<ObjectNode> rejected = new ArrayList<>();
    long rejectedTotal = JsonLines.read(dir.resolve("rejected.jsonl"), json, r -> {
      if (rejected.size() < limits.rejected()) rejected.add((ObjectNode) r);
    });

    TimelinePass timeline = new TimelinePass(limits);
    JsonLines.read(dir.resolve("timeline.jsonl"), json, timeline::accept);
    List<ObjectNode> entries = timeline.kept();

    EvidencePass evidence = new EvidencePass(entries, limits);
    JsonLines.read(dir.resolve("events.jsonl"), json, evidence::accept);
    evidence.attach(entries);

    StoryPass stories = new StoryPass(limits);
    JsonLines.read(dir.resolve("stories.jsonl"), json, stories::accept);
    List<ObjectNode> keptStories = stories.kept();

    MentionPass mentions = new MentionPass();
    JsonLines.read(dir.resolve("mentions.jsonl"), json, mentions::accept);

    Set<String> cited = new LinkedHashSet<>(evidence.documents(entries));
    cited.addAll(stories.documents());
    DocumentPass documents = new DocumentPass(cited, limits);
    JsonLines.read(dir.resolve("documents.jsonl"), json, documents::accept);

    ObjectNode data = json.createObjectNode();
    data.put("format", FORMAT);
    data.put("pack", pack.name());
    data.set("summary", summary(data, documents, evidence, timeline, stories, mentions, rejectedTotal));
    List<ObjectNode> actors = actors(timeline, mentions, pack, data);
    ObjectNode graph = graph(timeline, entries, limits, data);
    ObjectNode shown = data.putObject("limits");
    shown.set("timeline", shownOf(data, entries.size(), timeline.total()));
    shown.set("stories", shownOf(data, keptStories.size(), stories.total()));
    shown.set("documents", shownOf(data, documents.kept().size(), documents.total()));
    shown.set("actors", shownOf(data, Math.min(actors.size(), limits.actors()), actors.size()));
    shown.set("rejected", shownOf(data, rejected.size(), rejectedTotal));
    shown.put("evidence_per_entry", limits.evidencePerEntry());
    shown.put("evidence_chars", limits.evidenceChars());
    shown.put("ids_per_entry", limits.idsPerEntry());
    shown.put("documents_per_story", limits.documentsPerStory());

    data.putArray("timeline").addAll(entries);
    ObjectNode docs = data.putObject("documents");
    documents.kept().forEach(docs::set);
    data.putArray("stories").addAll(keptStories);
    data.putArray("actors").addAll(actors.subList(0, Math.min(actors.size(), limits.actors())));
    data.set("graph", graph);
    data.set("places", places(entries, pack, data));
    data.putArray("rejected").addAll(rejected);
    return data;
  }

  private static ObjectNode summary(ObjectNode factory, DocumentPass documents, EvidencePass evidence,
      TimelinePass timeline, StoryPass stories, MentionPass mentions, long rejected) {
    ObjectNode s = factory.objectNode();
    s.put("documents", documents.total());
    ObjectNode languages = s.putObject("languages");
    documents.languages().forEach(languages::put);
    s.put("outlets", documents.outlets().size());
    ArrayNode top = s.putArray("top_outlets");
    documents.outlets().entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(TOP_OUTLETS)
        .forEach(e -> top.addObject().put("outlet", e.getKey()).put("documents", e.getValue()));
    s.put("first", documents.first());
    s.put("last", documents.last());
    s.put("undated", documents.undated());
    ObjectNode origins = s.putObject("date_origins");
    documents.origins().forEach(origins::put);
    s.put("duplicates", documents.duplicates());
    s.put("mentions", mentions.total());
    s.put("entities", mentions.entities().size());
    s.put("events", evidence.events());
    s.put("events_on_timeline", evidence.happened());
    s.put("timeline", timeline.total());
    s.put("timeline_dated", timeline.dated());
    s.put("stories", stories.total());
    s.put("rejected", rejected);
    return s;
  }

  private static ObjectNode shownOf(ObjectNode factory, long shown, long total) {
    return factory.objectNode().put("shown", shown).put("total", total);
  }

  /**
   * Every actor of the timeline and every entity named that is not a place, with its mentions and its
   * entries by role; the most active first.
   */
  private static List<ObjectNode> actors(TimelinePass timeline, MentionPass mentions, Pack pack,
      ObjectNode factory) {
    Map<String, TimelinePass.Roles> roles = timeline.roles();
    Set<String> ids = new LinkedHashSet<>(roles.keySet());
    mentions.entities().forEach((id, n) -> {
      if (!"LOCATION".equals(n.type)) ids.add(id);
    });
    List<ObjectNode> rows = new ArrayList<>();
    for (String id : ids) {
      TimelinePass.Roles r = roles.get(id);
      MentionPass.Named n = mentions.entities().get(id);
      Actor known = pack.actors().get(id);
      ObjectNode row = factory.objectNode();
      row.put("entity", id);
      row.put("name", n != null && n.name != null ? n.name : r != null && r.name != null ? r.name
          : known != null ? known.name() : id);
      row.put("type", n != null && n.type != null ? n.type : known != null ? known.type().name() : null);
      row.put("country", n != null && n.country != null ? n.country : r != null ? r.code
          : known != null ? known.country() : null);
      row.put("mentions", n == null ? 0 : n.mentions);
      row.put("documents", n == null ? 0 : n.documents);
      row.put("events", r == null ? 0 : r.entries);
      row.put("source", r == null ? 0 : r.source);
      row.put("target", r == null ? 0 : r.target);
      row.put("mediator", r == null ? 0 : r.mediator);
      rows.add(row);
    }
    rows.sort(Comparator.comparingLong((ObjectNode o) -> -o.get("events").asLong())
        .thenComparingLong(o -> -o.get("mentions").asLong())
        .thenComparing(o -> o.get("name").asText()));
    return rows;
  }

  /**
   * The actor graph: the actors with the heaviest connections (counted over the whole timeline) and the
   * heaviest edges among them, each with the embedded entries that give it.
   */
  private static ObjectNode graph(TimelinePass timeline, List<ObjectNode> entries, ReportLimits limits,
      ObjectNode factory) {
    Map<String, Long> weight = new HashMap<>();
    timeline.edges().forEach((k, e) -> {
      weight.merge(k.from(), (long) e.count, Long::sum);
      weight.merge(k.to(), (long) e.count, Long::sum);
    });
    Map<String, TimelinePass.Roles> roles = timeline.roles();
    List<String> ranked = new ArrayList<>(weight.keySet());
    ranked.sort(Comparator.comparingLong((String id) -> -weight.get(id)).thenComparing(id -> id));
    Set<String> chosen = new HashSet<>(ranked.subList(0, Math.min(ranked.size(), limits.graphNodes())));
    List<Map.Entry<TimelinePass.EdgeKey, TimelinePass.Edge>> edges = new ArrayList<>();
    for (var e : timeline.edges().entrySet()) {
      if (chosen.contains(e.getKey().from()) && chosen.contains(e.getKey().to())) edges.add(e);
    }
    edges.sort(Comparator.comparingInt((Map.Entry<TimelinePass.EdgeKey, TimelinePass.Edge> e) -> -e.getValue().count)
        .thenComparing(e -> e.getKey().from()).thenComparing(e -> e.getKey().to())
        .thenComparing(e -> e.getKey().kind()));
    int edgesTotal = timeline.edges().size();
    if (edges.size() > limits.graphEdges()) edges = edges.subList(0, limits.graphEdges());

    Map<TimelinePass.EdgeKey, ArrayNode> entriesOf = new LinkedHashMap<>();
    ArrayNode edgeNodes = factory.arrayNode();
    Set<String> connected = new LinkedHashSet<>();
    for (var e : edges) {
      TimelinePass.EdgeKey k = e.getKey();
      ObjectNode o = edgeNodes.addObject();
      o.put("source", k.from());
      o.put("target", k.to());
      o.put("kind", k.kind());
      o.put("count", e.getValue().count);
      ArrayNode quads = o.putArray("quads");
      for (int q = 1; q <= 4; q++) quads.add(e.getValue().quads[q]);
      entriesOf.put(k, o.putArray("entries"));
      connected.add(k.from());
      connected.add(k.to());
    }
    for (ObjectNode entry : entries) {
      for (TimelinePass.EdgeKey k : TimelinePass.edgesOf(entry)) {
        ArrayNode ids = entriesOf.get(k);
        if (ids != null && ids.size() < limits.idsPerEntry()) ids.add(entry.get("id").asText());
      }
    }
    ObjectNode graph = factory.objectNode();
    ArrayNode nodes = graph.putArray("nodes");
    for (String id : ranked) {
      if (!connected.contains(id)) continue;
      TimelinePass.Roles r = roles.get(id);
      nodes.addObject().put("id", id).put("name", r.name == null ? id : r.name).put("code", r.code)
          .put("events", r.entries).put("weight", weight.get(id));
    }
    graph.set("edges", edgeNodes);
    graph.put("actors_total", weight.size());
    graph.put("edges_total", edgesTotal);
    return graph;
  }

  /** The pack's coordinates of the places the embedded entries happened at. */
  private static ObjectNode places(List<ObjectNode> entries, Pack pack, ObjectNode factory) {
    ObjectNode places = factory.objectNode();
    for (ObjectNode entry : entries) {
      String id = JsonLines.text(entry.path("location"), "entity");
      Place p = id == null ? null : pack.places().get(id);
      if (p == null || places.has(id)) continue;
      places.putObject(id).put("name", p.name()).put("country", p.country()).put("lat", p.lat()).put("lon", p.lon())
          .put("kind", p.kind());
    }
    return places;
  }
}
