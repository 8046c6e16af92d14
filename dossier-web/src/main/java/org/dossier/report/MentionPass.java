package org.dossier.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/** One pass over mentions.jsonl: per entity, its name, type and country, and how often and where it is named. */
final class MentionPass {
  static final class Named {
    String name;
    String type;
    String country;
    long mentions;
    long documents;
    String lastDoc;
  }

  private final Map<String, Named> entities = new HashMap<>();
  private long total;

  void accept(JsonNode mention) {
    total++;
    String entity = JsonLines.text(mention, "entity");
    if (entity == null) return;
    Named n = entities.computeIfAbsent(entity, k -> new Named());
    if (n.name == null) {
      n.name = JsonLines.text(mention, "name");
      n.type = JsonLines.text(mention, "type");
      n.country = JsonLines.text(mention, "country");
    }
    n.mentions++;
    // a document's mentions are consecutive lines, so a change of document is a new document
    String doc = JsonLines.text(mention, "doc");
    if (doc != null && !doc.equals(n.lastDoc)) {
      n.documents++;
      n.lastDoc = doc;
    }
  }

  Map<String, Named> entities() {
    return entities;
  }

  long total() {
    return total;
  }
}
