package org.dossier.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.output.ContractJson;
import org.dossier.pack.Cameo;
import org.dossier.search.InvalidQueryException;
import org.dossier.search.SearchFacets;
import org.dossier.search.SearchRequest;
import org.dossier.search.SearchResult;
import org.dossier.store.ActorFilter;
import org.dossier.store.ActorPair;
import org.dossier.store.DocumentFilter;
import org.dossier.store.DocumentView;
import org.dossier.store.EventFilter;
import org.dossier.store.Page;
import org.dossier.store.StoryFilter;
import org.dossier.store.TimelineEntryView;
import org.dossier.store.TimelineFilter;

/** The REST API over a {@link Workbench}: the one table of routes and their handlers (docs/API.md). */
final class Api {
  static final String JSON = "application/json";
  private static final List<String> MODALITIES =
      List.of("asserted", "reported", "negated", "planned", "hypothetical", "demanded");
  private static final List<String> ACTOR_TYPES = List.of("PERSON", "COUNTRY", "ORGANIZATION", "LOCATION", "GROUP");
  private static final int GRAPH_EDGES = 500;

  private static final Param LANGUAGE = Param.query("language", "string", "ISO 639-1 code of the document's language");
  private static final Param FROM = Param.query("from", "date", "first day, YYYY-MM-DD");
  private static final Param TO = Param.query("to", "date", "last day, YYYY-MM-DD");
  private static final Param ACTOR = Param.query("actor", "string", "pack ID of an actor in any role");
  private static final Param ROOT = Param.query("root", "string", "CAMEO root, two digits (19 = Fight)");
  private static final Param MIN_DOCS = Param.query("minDocs", "integer", "the least number of reporting documents");

  private final Workbench bench;
  private final Exports exports;

  Api(Workbench bench) {
    this.bench = bench;
    this.exports = new Exports(bench.store());
  }

  List<Route> routes() {
    return List.of(
        new Route("/api/stats", "Counts, languages, date range and outlets of the store", JSON, false, List.of(),
            this::stats),
        new Route("/api/documents", "Documents, newest first", JSON, true, List.of(LANGUAGE,
            Param.query("story", "string", "story ID"), Param.query("outlet", "string", "host of the URL without www."),
            FROM, TO, Param.OFFSET, Param.LIMIT), this::documents),
        new Route("/api/documents/{id}", "A document (contract JSON) with its mentions, timexes and events; each "
            + "event's timeline entry ID is its field timeline", JSON, false,
            List.of(Param.path("id", "document ID")), this::document),
        new Route("/api/events", "Event mentions in date order", JSON, true, List.of(
            Param.query("doc", "string", "document ID"), ACTOR, ROOT,
            Param.query("code", "string", "CAMEO code or its beginning"),
            Param.choice("modality", "how the document states the event", MODALITIES), FROM, TO, LANGUAGE,
            Param.OFFSET, Param.LIMIT), this::events),
        new Route("/api/timeline", "Timeline entries (real-world events merged across documents) in date order", JSON,
            true, List.of(ACTOR, ROOT, FROM, TO, Param.query("language", "string", "a language one report is in"),
                MIN_DOCS, Param.OFFSET, Param.LIMIT), this::timeline),
        new Route("/api/timeline/{id}", "A timeline entry with every mention's evidence sentence and document", JSON,
            false, List.of(Param.path("id", "timeline entry ID")), this::timelineEntry),
        new Route("/api/stories", "Stories (reports of one news event across languages), first report first", JSON,
            true, List.of(Param.query("language", "string", "a language one report is in"), FROM, TO, MIN_DOCS,
                Param.OFFSET, Param.LIMIT), this::stories),
        new Route("/api/stories/{id}", "A story with its documents", JSON, false,
            List.of(Param.path("id", "story ID")), this::story),
        new Route("/api/actors", "Entities mentioned or acting in events, most mentioned first", JSON, true, List.of(
            Param.choice("type", "entity type", ACTOR_TYPES), Param.query("q", "string", "words of the name"),
            Param.query("country", "string", "ISO 3166-1 alpha-3 or pack code"), Param.OFFSET, Param.LIMIT),
            this::actors),
        new Route("/api/actors/{id}", "An actor with the event mentions it takes part in (paged)", JSON, false,
            List.of(Param.path("id", "pack ID"), Param.OFFSET, Param.LIMIT), this::actor),
        new Route("/api/graph", "The actor graph: actors and who acts on whom, weighted by timeline entries, per "
            + "CAMEO root and month", JSON, false, List.of(FROM, TO, ROOT, ACTOR,
                Param.query("language", "string", "a language one report is in"), MIN_DOCS), this::graph),
        new Route("/api/search", "Full-text search with highlighted snippets, facets and widened names", JSON, true,
            List.of(Param.query("q", "string", "query in Lucene's classic syntax (docs/SEARCH.md); blank lists all"),
                Param.query("language", "string", "facet filter, may repeat"),
                Param.query("actor", "string", "facet filter (pack ID), may repeat"),
                Param.query("event", "string", "facet filter (CAMEO root), may repeat"),
                Param.query("month", "string", "facet filter (YYYY-MM), may repeat"),
                Param.query("outlet", "string", "facet filter, may repeat"),
                Param.OFFSET, Param.query("limit", "integer", "hits to return (default 50, at most 100)")),
            this::search),
        new Route("/api/export/timeline.csv", "Timeline entries as CSV in ACLED-like columns (streamed)", "text/csv",
            false, timelineFilterParams(), ctx -> exports.timelineCsv(timelineFilter(new Params(ctx)), ctx)),
        new Route("/api/export/events.jsonl", "Event mentions as JSON lines (streamed)", "application/x-ndjson",
            false, eventFilterParams(), ctx -> exports.eventsJsonl(eventFilter(new Params(ctx)), ctx)),
        new Route("/api/export/events.geojson", "Located timeline entries as a GeoJSON FeatureCollection (streamed)",
            "application/geo+json", false, timelineFilterParams(),
            ctx -> exports.eventsGeoJson(timelineFilter(new Params(ctx)), ctx)));
  }

  private static List<Param> timelineFilterParams() {
    return List.of(ACTOR, ROOT, FROM, TO, Param.query("language", "string", "a language one report is in"), MIN_DOCS);
  }

  private static List<Param> eventFilterParams() {
    return List.of(Param.query("doc", "string", "document ID"), ACTOR, ROOT,
        Param.query("code", "string", "CAMEO code or its beginning"),
        Param.choice("modality", "how the document states the event", MODALITIES), FROM, TO, LANGUAGE);
  }

  // ---- handlers

  private void stats(Context ctx) {
    ctx.json(bench.store().overview());
  }

  private void documents(Context ctx) {
    Params p = new Params(ctx);
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    Params.checkRange(from, to);
    ctx.json(bench.store().documents(new DocumentFilter(p.text("language"), p.text("story"), p.text("outlet"), from,
        to), p.offset(), p.limit()));
  }

  private void document(Context ctx) {
    String id = ctx.pathParam("id");
    DocumentView view = bench.store().document(id).orElseThrow(() -> ApiException.notFound("document", id));
    ObjectNode out = ContractJson.mapper().createObjectNode();
    out.set("document", view.document());
    out.set("mentions", array(view.mentions()));
    out.set("timexes", array(view.timexes()));
    ArrayNode events = out.putArray("events");
    for (ObjectNode e : view.events()) {
      if (!e.has("timeline")) e.putNull("timeline");
      events.add(e);
    }
    ctx.json(out);
  }

  private void events(Context ctx) {
    Params p = new Params(ctx);
    ctx.json(bench.store().events(eventFilter(p), p.offset(), p.limit()));
  }

  private static EventFilter eventFilter(Params p) {
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    Params.checkRange(from, to);
    return new EventFilter(p.text("doc"), p.text("actor"), p.root("root"), p.cameo("code"),
        p.choice("modality", MODALITIES), from, to, p.text("language"));
  }

  private static TimelineFilter timelineFilter(Params p) {
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    Params.checkRange(from, to);
    return new TimelineFilter(p.text("actor"), p.root("root"), from, to, p.text("language"),
        p.integer("minDocs", 0, Integer.MAX_VALUE));
  }

  private void timeline(Context ctx) {
    Params p = new Params(ctx);
    ctx.json(bench.store().timeline(timelineFilter(p), p.offset(), p.limit()));
  }

  private void timelineEntry(Context ctx) {
    String id = ctx.pathParam("id");
    TimelineEntryView view = bench.store().timelineEntry(id)
        .orElseThrow(() -> ApiException.notFound("timeline entry", id));
    ObjectNode out = ContractJson.mapper().createObjectNode();
    out.set("entry", view.entry());
    out.set("mentions", array(view.mentions()));
    ctx.json(out);
  }

  private void stories(Context ctx) {
    Params p = new Params(ctx);
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    Params.checkRange(from, to);
    ctx.json(bench.store().stories(new StoryFilter(p.text("language"), from, to,
        p.integer("minDocs", 0, Integer.MAX_VALUE)), p.offset(), p.limit()));
  }

  private void story(Context ctx) {
    String id = ctx.pathParam("id");
    ObjectNode story = bench.store().story(id).orElseThrow(() -> ApiException.notFound("story", id));
    ObjectNode out = ContractJson.mapper().createObjectNode();
    out.set("story", story);
    out.set("documents", ContractJson.mapper().valueToTree(bench.store().documents(
        new DocumentFilter(null, id, null, null, null), 0, Params.MAX_LIMIT)));
    ctx.json(out);
  }

  private void actors(Context ctx) {
    Params p = new Params(ctx);
    ctx.json(bench.store().actors(new ActorFilter(p.choice("type", ACTOR_TYPES), p.text("country"), p.text("q")),
        p.offset(), p.limit()));
  }

  private void actor(Context ctx) {
    String id = ctx.pathParam("id");
    Params p = new Params(ctx);
    var actor = bench.store().actor(id).orElseThrow(() -> ApiException.notFound("actor", id));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("actor", actor);
    out.put("events", bench.store().events(new EventFilter(null, id, null, null, null, null, null, null),
        p.offset(), p.limit()));
    ctx.json(out);
  }

  /** Nodes are the actors of the strongest pairs; an edge is one direction of "acts on", weighted by entries. */
  private void graph(Context ctx) {
    Params p = new Params(ctx);
    Page<ActorPair> pairs = bench.store().actorGraph(timelineFilter(p), 0, GRAPH_EDGES);
    Map<String, ObjectNode> nodes = new TreeMap<>();
    ArrayNode edges = ContractJson.mapper().createArrayNode();
    for (ActorPair pair : pairs.items()) {
      node(nodes, pair.source(), pair.sourceName(), pair.entries());
      node(nodes, pair.target(), pair.targetName(), pair.entries());
      ObjectNode edge = edges.addObject();
      edge.put("source", pair.source());
      edge.put("target", pair.target());
      edge.put("relation", "acts_on");
      edge.put("weight", pair.entries());
      ArrayNode quads = edge.putArray("quads");
      long[] byQuad = new long[4];
      pair.byRoot().forEach((root, n) -> {
        int quad = Cameo.quadClass(root);
        if (quad >= 1) byQuad[quad - 1] += n;
      });
      for (long n : byQuad) quads.add(n);
      edge.set("by_root", ContractJson.mapper().valueToTree(new TreeMap<>(pair.byRoot())));
      edge.set("by_month", ContractJson.mapper().valueToTree(new TreeMap<>(pair.byMonth())));
    }
    ObjectNode out = ContractJson.mapper().createObjectNode();
    out.put("pairs", pairs.total());
    out.put("shown", pairs.items().size());
    out.set("nodes", array(List.copyOf(nodes.values())));
    out.set("edges", edges);
    ctx.json(out);
  }

  private static void node(Map<String, ObjectNode> nodes, String id, String name, long entries) {
    ObjectNode node = nodes.computeIfAbsent(id, k -> {
      ObjectNode n = ContractJson.mapper().createObjectNode();
      n.put("id", id);
      n.put("name", name == null ? id : name);
      n.put("weight", 0L);
      return n;
    });
    node.put("weight", node.get("weight").asLong() + entries);
  }

  private void search(Context ctx) throws IOException {
    Params p = new Params(ctx);
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String facet : SearchFacets.ALL) {
      List<String> values = p.all(facet);
      if (!values.isEmpty()) filters.put(facet, values);
    }
    String q = p.text("q");
    int offset = p.offset();
    int limit = p.limit();
    SearchResult result;
    try {
      result = bench.search().search(new SearchRequest(q, filters, offset, limit));
    } catch (InvalidQueryException e) {
      throw new ApiException(400, "invalid_query", e.getMessage());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", result.total());
    out.put("offset", offset);
    out.put("limit", Math.min(limit, org.dossier.search.SearchIndex.MAX_LIMIT));
    out.put("items", result.hits());
    out.put("facets", result.facets());
    out.put("expansions", result.expansions());
    ctx.json(out);
  }

  private static ArrayNode array(List<ObjectNode> nodes) {
    ArrayNode a = ContractJson.mapper().createArrayNode();
    nodes.forEach(a::add);
    return a;
  }
}
