package org.dossier.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pass over events.jsonl: the evidence sentences of the kept timeline entries, from as many different
 * documents as an entry has, each cut to the limit around the words that name the event.
 */
final class EvidencePass {
  /** The evidence gathered for one entry: first one sentence per document, then second ones as spares. */
  private static final class Gathered {
    final List<ObjectNode> distinct = new ArrayList<>();
    final List<ObjectNode> spare = new ArrayList<>();
    final Set<String> docs = new HashSet<>();
  }

  private final ReportLimits limits;
  /** Event mention ID to the ID of its kept timeline entry. */
  private final Map<String, String> entryOfMention = new HashMap<>();
  private final Map<String, Gathered> gathered = new HashMap<>();
  private long events;
  private long happened;

  EvidencePass(List<ObjectNode> entries, ReportLimits limits) {
    this.limits = limits;
    for (ObjectNode entry : entries) {
      String id = entry.path("id").asText();
      for (JsonNode mention : entry.path("mentions")) entryOfMention.put(mention.asText(), id);
    }
  }

  void accept(JsonNode event) {
    events++;
    if (JsonLines.text(event, "timeline") != null) happened++;
    if (limits.evidencePerEntry() == 0) return;
    String entry = entryOfMention.get(JsonLines.text(event, "id"));
    if (entry == null) return;
    Gathered g = gathered.computeIfAbsent(entry, e -> new Gathered());
    String doc = JsonLines.text(event, "doc");
    if (g.docs.add(doc) && g.distinct.size() < limits.evidencePerEntry()) {
      g.distinct.add(evidence(event));
    } else if (g.spare.size() < limits.evidencePerEntry()) {
      g.spare.add(evidence(event));
    }
  }

  /** Sets each kept entry's {@code evidence}. */
  void attach(List<ObjectNode> entries) {
    for (ObjectNode entry : entries) {
      ArrayNode out = entry.putArray("evidence");
      Gathered g = gathered.get(entry.path("id").asText());
      if (g == null) continue;
      g.distinct.forEach(out::add);
      for (ObjectNode e : g.spare) {
        if (out.size() >= limits.evidencePerEntry()) break;
        out.add(e);
      }
    }
  }

  /** The documents the attached evidence cites. */
  Set<String> documents(List<ObjectNode> entries) {
    Set<String> docs = new LinkedHashSet<>();
    for (ObjectNode entry : entries) {
      for (JsonNode e : entry.path("evidence")) docs.add(e.path("doc").asText());
    }
    return docs;
  }

  long events() {
    return events;
  }

  long happened() {
    return happened;
  }

  /**
   * One evidence sentence: the event mention's ID, document, modality and sentence, with the trigger as
   * code point offsets into the (possibly cut) sentence, or null when it fell outside the cut.
   */
  private ObjectNode evidence(JsonNode event) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("event", JsonLines.text(event, "id"));
    o.put("doc", JsonLines.text(event, "doc"));
    o.put("modality", JsonLines.text(event, "modality"));
    JsonNode evidence = event.path("evidence");
    String text = evidence.path("text").asText("");
    int sentenceStart = evidence.path("start").asInt(0);
    JsonNode trigger = event.path("trigger");
    int triggerStart = trigger.has("start") ? trigger.path("start").asInt() - sentenceStart : -1;
    int triggerEnd = trigger.has("end") ? trigger.path("end").asInt() - sentenceStart : -1;
    int[] cps = text.codePoints().toArray();
    int from = 0;
    int to = cps.length;
    if (cps.length > limits.evidenceChars()) {
      // a window around the trigger, a third of it before: the words that name the event stay visible
      int anchor = triggerStart >= 0 ? triggerStart : 0;
      from = Math.max(0, Math.min(anchor - limits.evidenceChars() / 3, cps.length - limits.evidenceChars()));
      to = from + limits.evidenceChars();
    }
    String lead = from > 0 ? "…" : "";
    o.put("text", lead + new String(cps, from, to - from) + (to < cps.length ? "…" : ""));
    if (triggerStart >= from && triggerEnd <= to && triggerStart < triggerEnd) {
      int shift = lead.length() - from;
      o.putArray("trigger").add(triggerStart + shift).add(triggerEnd + shift);
    } else {
      o.putNull("trigger");
    }
    return o;
  }
}
