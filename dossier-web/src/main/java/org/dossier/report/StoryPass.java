package org.dossier.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/** One pass over stories.jsonl: keeps the stories with the most documents, their document lists cut. */
final class StoryPass {
  private record Ranked(long order, int docs, ObjectNode story) {}

  private static final Comparator<Ranked> WORST_FIRST = Comparator.comparingInt(Ranked::docs)
      .thenComparing(Comparator.comparingLong(Ranked::order).reversed());

  private final ReportLimits limits;
  private final PriorityQueue<Ranked> largest = new PriorityQueue<>(WORST_FIRST);
  private long total;

  StoryPass(ReportLimits limits) {
    this.limits = limits;
  }

  void accept(JsonNode story) {
    long order = total++;
    if (limits.stories() == 0) return;
    int docs = story.path("docs").size();
    if (largest.size() >= limits.stories()) {
      if (WORST_FIRST.compare(new Ranked(order, docs, null), largest.peek()) <= 0) return;
      largest.poll();
    }
    largest.add(new Ranked(order, docs, trim((ObjectNode) story)));
  }

  /** The kept stories, largest first, in input order among equals. */
  List<ObjectNode> kept() {
    List<Ranked> in = new ArrayList<>(largest);
    in.sort(WORST_FIRST.reversed());
    return in.stream().map(Ranked::story).toList();
  }

  /** The documents the kept stories list. */
  Set<String> documents() {
    Set<String> docs = new LinkedHashSet<>();
    for (Ranked r : largest) r.story().path("docs").forEach(d -> docs.add(d.asText()));
    return docs;
  }

  long total() {
    return total;
  }

  private ObjectNode trim(ObjectNode story) {
    ObjectNode o = story.deepCopy();
    JsonNode docs = story.path("docs");
    o.put("docs_total", docs.size());
    if (docs.size() > limits.documentsPerStory()) {
      ArrayNode cut = o.putArray("docs");
      for (int i = 0; i < limits.documentsPerStory(); i++) cut.add(docs.get(i));
    }
    o.put("title", JsonLines.cut(JsonLines.text(story, "title"), limits.titleChars()));
    return o;
  }
}
