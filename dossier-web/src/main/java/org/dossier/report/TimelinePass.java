package org.dossier.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.dossier.pack.Cameo;

/**
 * One pass over timeline.jsonl: keeps the largest entries (most documents, then most mentions, then the
 * earliest), trimmed to the limits, and tallies what every entry says about its actors, for the actor
 * table and graph.
 */
final class TimelinePass {
  /** An entry with what ranks it; the worst ranked entry is evicted first. */
  private record Ranked(long order, int docs, int mentions, ObjectNode entry) {}

  private static final Comparator<Ranked> WORST_FIRST = Comparator.comparingInt(Ranked::docs)
      .thenComparingInt(Ranked::mentions)
      .thenComparing(Comparator.comparingLong(Ranked::order).reversed());

  /** How often an actor is named in each role of the timeline's entries. */
  static final class Roles {
    final String entity;
    String name;
    String code;
    int source;
    int target;
    int mediator;
    /** Entries naming the actor in any role. */
    int entries;

    Roles(String entity) {
      this.entity = entity;
    }
  }

  /** Who acts on or mediates for whom, in how many entries, by quad class (index 1–4; 0 for none). */
  record EdgeKey(String from, String to, String kind) {}

  static final class Edge {
    final int[] quads = new int[5];
    int count;
  }

  private final ReportLimits limits;
  private final PriorityQueue<Ranked> largest = new PriorityQueue<>(WORST_FIRST);
  private final Map<String, Roles> roles = new HashMap<>();
  private final Map<EdgeKey, Edge> edges = new HashMap<>();
  private long total;
  private long dated;

  TimelinePass(ReportLimits limits) {
    this.limits = limits;
  }

  void accept(JsonNode entry) {
    long order = total++;
    JsonNode date = entry.path("date").path("value");
    if (date.isTextual() && !date.asText().isEmpty() && Character.isDigit(date.asText().charAt(0))) dated++;
    tally(entry);
    if (limits.timelineEntries() == 0) return;
    Ranked ranked = new Ranked(order, entry.path("docs").size(), entry.path("mentions").size(), null);
    if (largest.size() >= limits.timelineEntries()) {
      if (WORST_FIRST.compare(ranked, largest.peek()) <= 0) return;
      largest.poll();
    }
    largest.add(new Ranked(order, ranked.docs(), ranked.mentions(), trim((ObjectNode) entry)));
  }

  /** The kept entries in timeline order. */
  List<ObjectNode> kept() {
    List<Ranked> in = new ArrayList<>(largest);
    in.sort(Comparator.comparingLong(Ranked::order));
    return in.stream().map(Ranked::entry).toList();
  }

  long total() {
    return total;
  }

  long dated() {
    return dated;
  }

  Map<String, Roles> roles() {
    return roles;
  }

  Map<EdgeKey, Edge> edges() {
    return edges;
  }

  private void tally(JsonNode entry) {
    int quad = Cameo.quadClass(JsonLines.text(entry, "cameo"));
    Set<String> named = new LinkedHashSet<>();
    for (String role : List.of("source", "target", "mediator")) {
      Set<String> inRole = new LinkedHashSet<>();
      for (JsonNode actor : entry.path(role)) {
        String id = JsonLines.text(actor, "entity");
        if (id == null || !inRole.add(id)) continue;
        Roles r = roles.computeIfAbsent(id, Roles::new);
        if (r.name == null) {
          r.name = JsonLines.text(actor, "name");
          r.code = JsonLines.text(actor, "code");
        }
        switch (role) {
          case "source" -> r.source++;
          case "target" -> r.target++;
          default -> r.mediator++;
        }
        if (named.add(id)) r.entries++;
      }
    }
    for (EdgeKey key : edgesOf(entry)) {
      Edge e = edges.computeIfAbsent(key, k -> new Edge());
      e.count++;
      e.quads[quad]++;
    }
  }

  /**
   * The edges an entry gives the actor graph: each source acts on each target; each mediator mediates
   * for each of the parties.
   */
  static Set<EdgeKey> edgesOf(JsonNode entry) {
    Set<EdgeKey> keys = new LinkedHashSet<>();
    List<String> parties = new ArrayList<>();
    for (JsonNode s : entry.path("source")) {
      String from = JsonLines.text(s, "entity");
      if (from == null) continue;
      parties.add(from);
      for (JsonNode t : entry.path("target")) {
        String to = JsonLines.text(t, "entity");
        if (to != null && !to.equals(from)) keys.add(new EdgeKey(from, to, "acts"));
      }
    }
    for (JsonNode t : entry.path("target")) {
      String id = JsonLines.text(t, "entity");
      if (id != null) parties.add(id);
    }
    for (JsonNode m : entry.path("mediator")) {
      String from = JsonLines.text(m, "entity");
      if (from == null) continue;
      for (String to : parties) {
        if (!to.equals(from)) keys.add(new EdgeKey(from, to, "mediates"));
      }
    }
    return keys;
  }

  /** The entry as embedded: ID lists and conflicts cut to the limits, with the totals kept beside them. */
  private ObjectNode trim(ObjectNode entry) {
    ObjectNode o = entry.deepCopy();
    for (String list : List.of("mentions", "docs")) {
      JsonNode ids = entry.path(list);
      o.put(list + "_total", ids.size());
      if (ids.size() > limits.idsPerEntry()) o.set(list, first(ids, limits.idsPerEntry()));
    }
    JsonNode conflicts = entry.path("conflicts");
    o.put("conflicts_total", conflicts.size());
    ArrayNode cut = o.putArray("conflicts");
    for (int i = 0; i < Math.min(conflicts.size(), limits.conflictsPerEntry()); i++) {
      cut.add(JsonLines.cut(conflicts.get(i).asText(), limits.conflictChars()));
    }
    return o;
  }

  private static ArrayNode first(JsonNode array, int n) {
    ArrayNode out = ((ArrayNode) array).arrayNode();
    for (int i = 0; i < n; i++) out.add(array.get(i));
    return out;
  }
}
