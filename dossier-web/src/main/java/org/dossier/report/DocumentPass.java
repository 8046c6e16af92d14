package org.dossier.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pass over documents.jsonl: the corpus figures of the header, and the documents the report shows —
 * those its evidence and stories cite, then more in input order up to the limit. Texts are not kept.
 */
final class DocumentPass {
  private static final Pattern HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^/@?#]*@)?([^/:?#]+)");

  private final Set<String> cited;
  private final ReportLimits limits;
  private final Map<String, ObjectNode> kept = new LinkedHashMap<>();
  private final Map<String, Long> languages = new TreeMap<>();
  private final Map<String, Long> outlets = new HashMap<>();
  private final Map<String, Long> origins = new TreeMap<>();
  private long total;
  private long extra;
  private long duplicates;
  private long undated;
  private String first;
  private String last;

  DocumentPass(Set<String> cited, ReportLimits limits) {
    this.cited = cited;
    this.limits = limits;
  }

  void accept(JsonNode d) {
    total++;
    String language = JsonLines.text(d, "language");
    languages.merge(language == null ? "und" : language, 1L, Long::sum);
    String outlet = outlet(JsonLines.text(d, "url"));
    if (outlet != null) outlets.merge(outlet, 1L, Long::sum);
    if (JsonLines.text(d, "duplicate_of") != null) duplicates++;
    JsonNode published = d.path("published");
    String date = JsonLines.text(published, "value");
    origins.merge(published.path("origin").asText("none"), 1L, Long::sum);
    if (date == null) {
      undated++;
    } else {
      if (first == null || date.compareTo(first) < 0) first = date;
      if (last == null || date.compareTo(last) > 0) last = date;
    }
    String id = JsonLines.text(d, "id");
    boolean wanted = cited.contains(id);
    if (!wanted && extra < limits.extraDocuments()) {
      extra++;
      wanted = true;
    }
    if (wanted) kept.put(id, summary(d, id, outlet, published));
  }

  private ObjectNode summary(JsonNode d, String id, String outlet, JsonNode published) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("id", id);
    String title = JsonLines.text(d, "title");
    if (title == null || title.isBlank()) {
      o.put("title", JsonLines.cut(firstSentence(d), limits.titleChars()));
      o.put("untitled", true);
    } else {
      o.put("title", JsonLines.cut(title.strip(), limits.titleChars()));
    }
    o.put("url", JsonLines.text(d, "url"));
    o.put("outlet", outlet);
    o.put("language", JsonLines.text(d, "language"));
    ObjectNode p = o.putObject("published");
    p.put("value", JsonLines.text(published, "value"));
    p.put("origin", JsonLines.text(published, "origin"));
    o.put("story", JsonLines.text(d, "story"));
    o.put("duplicate_of", JsonLines.text(d, "duplicate_of"));
    return o;
  }

  /** A headline for a document without one: its first sentence. */
  private String firstSentence(JsonNode d) {
    String text = d.path("text").asText("");
    JsonNode s = d.path("sentences").path(0);
    int cps = text.codePointCount(0, text.length());
    if (s.isArray() && s.size() == 2) {
      int start = Math.min(s.get(0).asInt(), cps);
      int end = Math.max(start, Math.min(s.get(1).asInt(), cps));
      text = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }
    text = text.strip().replaceAll("\\s+", " ");
    return text.isEmpty() ? "(no text)" : text;
  }

  /** The host of a URL without {@code www.}, as the outlet that published it; null without a URL. */
  static String outlet(String url) {
    if (url == null) return null;
    Matcher m = HOST.matcher(url.strip());
    if (!m.find()) return null;
    String host = m.group(1).toLowerCase(Locale.ROOT);
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  Map<String, ObjectNode> kept() {
    return kept;
  }

  long total() {
    return total;
  }

  long duplicates() {
    return duplicates;
  }

  long undated() {
    return undated;
  }

  String first() {
    return first;
  }

  String last() {
    return last;
  }

  Map<String, Long> languages() {
    return languages;
  }

  Map<String, Long> outlets() {
    return outlets;
  }

  Map<String, Long> origins() {
    return origins;
  }
}
