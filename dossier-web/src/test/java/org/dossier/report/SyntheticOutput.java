package org.dossier.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes analysis output files in the contract's shapes without running the analysis: large corpora for the
 * size limits, hostile texts for escaping. Lines are written as they are made, never held.
 */
final class SyntheticOutput implements AutoCloseable {
  static final String[] CODES = {"190", "036", "1123", "0874", "042", "173", "051", "138"};
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, BufferedWriter> files = new LinkedHashMap<>();

  SyntheticOutput(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (String f : List.of("documents", "mentions", "timexes", "events", "timeline", "stories", "rejected")) {
      files.put(f, Files.newBufferedWriter(dir.resolve(f + ".jsonl"), StandardCharsets.UTF_8));
    }
  }

  void write(String file, ObjectNode line) throws IOException {
    BufferedWriter w = files.get(file);
    w.write(JSON.writeValueAsString(line));
    w.write('\n');
  }

  static ObjectNode document(String id, String url, String title, String language, String published, String story,
      String text) {
    ObjectNode d = JSON.createObjectNode();
    d.put("id", id);
    d.put("input", "/in/" + id + ".txt");
    d.put("url", url);
    d.put("title", title);
    d.put("language", language);
    ObjectNode p = d.putObject("published");
    p.put("value", published);
    p.put("origin", published == null ? "none" : "metadata");
    p.putNull("evidence");
    p.putNull("conflict");
    d.put("text", text);
    d.put("removed", 0);
    d.put("story", story);
    d.putNull("duplicate_of");
    d.putArray("sentences").addArray().add(0).add(text.codePointCount(0, text.length()));
    return d;
  }

  static ObjectNode actor(String entity, String name, String code) {
    return JSON.createObjectNode().put("entity", entity).put("name", name).put("code", code);
  }

  static ObjectNode entry(String id, String cameo, String label, String date, List<ObjectNode> source,
      List<ObjectNode> target, List<ObjectNode> mediator, String place, List<String> mentions, List<String> docs,
      List<String> conflicts) {
    ObjectNode t = JSON.createObjectNode();
    t.put("id", id);
    t.put("cameo", cameo);
    t.put("label", label);
    ObjectNode d = t.putObject("date");
    d.put("value", date);
    d.put("granularity", date == null ? "unknown" : date.length() == 10 ? "day" : date.length() == 7 ? "month" : "year");
    t.putArray("source").addAll(source);
    t.putArray("target").addAll(target);
    t.putArray("mediator").addAll(mediator);
    if (place == null) {
      t.putNull("location");
    } else {
      t.putObject("location").put("entity", place).put("name", place).put("country", "AZE");
    }
    t.putNull("fatalities");
    ArrayNode m = t.putArray("mentions");
    mentions.forEach(m::add);
    ArrayNode ds = t.putArray("docs");
    docs.forEach(ds::add);
    t.putArray("languages").add("en");
    ArrayNode c = t.putArray("conflicts");
    conflicts.forEach(c::add);
    return t;
  }

  static ObjectNode event(String id, String doc, String cameo, String sentence, int triggerStart, int triggerEnd,
      String timeline) {
    ObjectNode e = JSON.createObjectNode();
    e.put("id", id);
    e.put("doc", doc);
    e.put("cameo", cameo);
    e.put("label", "label of " + cameo);
    e.put("modality", "asserted");
    e.putObject("date").putNull("value").put("granularity", "unknown");
    e.putArray("source");
    e.putArray("target");
    e.putArray("mediator");
    e.putNull("location");
    e.putNull("fatalities");
    int length = sentence.codePointCount(0, sentence.length());
    e.putObject("evidence").put("start", 100).put("end", 100 + length).put("text", sentence);
    e.putObject("trigger").put("start", 100 + triggerStart).put("end", 100 + triggerEnd)
        .put("text", new String(sentence.codePoints().skip(triggerStart).limit(triggerEnd - triggerStart).toArray(), 0,
            triggerEnd - triggerStart));
    e.put("timeline", timeline);
    return e;
  }

  static ObjectNode mention(String doc, String entity, String name, String type, String country) {
    return JSON.createObjectNode().put("doc", doc).put("field", "text").put("start", 0).put("end", 3)
        .put("surface", name).put("entity", entity).put("name", name).put("type", type).put("country", country);
  }

  static ObjectNode story(String id, List<String> docs, String title, String first, String last) {
    ObjectNode s = JSON.createObjectNode();
    s.put("id", id);
    ArrayNode d = s.putArray("docs");
    docs.forEach(d::add);
    s.putArray("languages").add("en");
    s.put("title", title);
    s.put("first", first);
    s.put("last", last);
    s.put("central", docs.get(0));
    return s;
  }

  static ObjectNode rejection(String input, String reason) {
    return JSON.createObjectNode().put("input", input).put("reason", reason);
  }

  /**
   * A corpus of {@code documents} documents in stories of ten, and {@code entries} timeline entries whose
   * sizes vary (every 17th is reported by many documents), each document's mentions and events with long
   * evidence sentences, and many rejected inputs.
   */
  static void large(Path dir, int documents, int entries) throws IOException {
    try (SyntheticOutput out = new SyntheticOutput(dir)) {
      String filler = "The ministry said in a statement that the shelling continued through the night. ".repeat(4);
      for (int i = 0; i < documents; i++) {
        String id = String.format("d%06d", i);
        out.write("documents", document(id, "https://outlet" + (i % 60) + ".example/news/" + i, "Report number " + i,
            i % 3 == 0 ? "de" : "en", String.format("2020-%02d-%02d", 1 + i % 12, 1 + i % 28),
            String.format("s%06d", i / 10), filler.repeat(3)));
        out.write("mentions", mention(id, "armenia", "Armenia", "COUNTRY", "ARM"));
        out.write("mentions", mention(id, "person-" + (i % 700), "Person " + (i % 700), "PERSON", "AZE"));
      }
      for (int s = 0; s < (documents + 9) / 10; s++) {
        List<String> docs = new ArrayList<>();
        for (int i = s * 10; i < Math.min(documents, s * 10 + 10); i++) docs.add(String.format("d%06d", i));
        out.write("stories", story(String.format("s%06d", s), docs, "Story " + s, "2020-01-01", "2020-02-01"));
      }
      ObjectNode armenia = actor("armenia", "Armenia", "ARM");
      for (int k = 0; k < entries; k++) {
        int docCount = k % 17 == 0 ? 60 : 1 + k % 4;
        List<String> docs = new ArrayList<>();
        List<String> mentions = new ArrayList<>();
        String entryId = String.format("t%012d", k);
        for (int j = 0; j < docCount; j++) {
          String doc = String.format("d%06d", (k * 7 + j * 13) % documents);
          if (!docs.contains(doc)) docs.add(doc);
          for (int n = 0; n < 2; n++) {
            String eventId = doc + "-e" + k + "-" + n;
            mentions.add(eventId);
            String sentence = filler + "Azerbaijan shelled the village of number " + k + " again. " + filler;
            int at = sentence.indexOf("shelled");
            out.write("events", event(eventId, doc, CODES[k % CODES.length], sentence, at, at + 7, entryId));
          }
        }
        List<String> conflicts = new ArrayList<>();
        for (int c = 0; c < k % 12; c++) conflicts.add("date: 2020-10-" + (10 + c) + " (" + "x".repeat(400) + ")");
        out.write("timeline", entry(entryId, CODES[k % CODES.length], "label " + k,
            k % 50 == 0 ? null : String.format("2020-%02d-%02d", 1 + k % 12, 1 + k % 28),
            List.of(actor("actor-" + (k % 90), "Actor " + (k % 90), "AZE")), List.of(armenia),
            k % 5 == 0 ? List.of(actor("mediator-" + (k % 7), "Mediator " + (k % 7), "RUS")) : List.of(),
            k % 3 == 0 ? "shusha" : null, mentions, docs, conflicts));
      }
      for (int r = 0; r < 1000; r++) out.write("rejected", rejection("/in/bad" + r + ".txt", "empty file"));
    }
  }

  @Override
  public void close() throws IOException {
    for (BufferedWriter w : files.values()) w.close();
  }
}
