package org.dossier.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.output.ContractJson;
import org.dossier.pack.Place;
import org.duckdb.DuckDBAppender;

/**
 * Table rows from the contract's JSON lines: each column is the field of the same name, nested fields
 * flattened ({@code published.value} → {@code published_value}), plus the line itself in {@code json}. Rows
 * are appended in the tables' column order (see {@link Schema}).
 */
final class Rows {
  static final List<String> ROLES = List.of("source", "target", "mediator");

  private Rows() {}

  static ObjectNode parse(String line) {
    try {
      return (ObjectNode) ContractJson.mapper().readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not a JSON line: " + e.getOriginalMessage(), e);
    }
  }

  static void document(DuckDBAppender a, long seq, ObjectNode d, String line) throws SQLException {
    JsonNode published = d.get("published");
    String value = text(published, "value");
    a.beginRow();
    a.append(seq);
    str(a, text(d, "id"));
    str(a, text(d, "input"));
    str(a, text(d, "url"));
    str(a, outlet(text(d, "url")));
    str(a, text(d, "title"));
    str(a, text(d, "language"));
    str(a, value);
    str(a, text(published, "origin"));
    str(a, text(published, "evidence"));
    str(a, text(published, "conflict"));
    date(a, firstDay(value));
    date(a, lastDay(value));
    str(a, text(d, "text"));
    a.append(d.get("removed").asInt());
    str(a, text(d, "story"));
    str(a, text(d, "duplicate_of"));
    a.append(strings(d.get("agencies")));
    a.append(d.path("tokens").asInt());
    a.append(line);
    a.endRow();
  }

  static void mention(DuckDBAppender a, int n, ObjectNode m, String line) throws SQLException {
    a.beginRow();
    str(a, text(m, "doc"));
    a.append(n);
    str(a, text(m, "field"));
    a.append(m.get("start").asInt());
    a.append(m.get("end").asInt());
    for (String field : List.of("surface", "entity", "name", "type", "country", "via", "role", "acts_for")) {
      str(a, text(m, field));
    }
    a.append(line);
    a.endRow();
  }

  static void timex(DuckDBAppender a, int n, ObjectNode t, String line) throws SQLException {
    JsonNode reference = t.get("reference");
    a.beginRow();
    str(a, text(t, "doc"));
    a.append(n);
    a.append(t.get("start").asInt());
    a.append(t.get("end").asInt());
    for (String field : List.of("surface", "type", "value", "rule")) str(a, text(t, field));
    str(a, text(reference, "value"));
    str(a, text(reference, "source"));
    str(a, text(reference, "evidence"));
    a.append(line);
    a.endRow();
  }

  /** An event mention and its actors, one row per actor and role. */
  static void event(DuckDBAppender events, DuckDBAppender actors, int n, ObjectNode e, String line)
      throws SQLException {
    String id = text(e, "id");
    String cameo = text(e, "cameo");
    JsonNode evidence = e.get("evidence");
    JsonNode trigger = e.get("trigger");
    JsonNode fatalities = e.get("fatalities");
    events.beginRow();
    str(events, id);
    str(events, text(e, "doc"));
    events.append(n);
    str(events, cameo);
    str(events, root(cameo));
    str(events, text(e, "label"));
    str(events, text(e, "modality"));
    whenAndWhere(events, e);
    if (fatalities == null || fatalities.isNull()) {
      events.appendNull();
      events.appendNull();
    } else {
      events.append(fatalities.get("count").asLong());
      str(events, text(fatalities, "qualifier"));
    }
    events.append(evidence.get("start").asInt());
    events.append(evidence.get("end").asInt());
    str(events, text(evidence, "text"));
    if (trigger == null || trigger.isNull()) {
      events.appendNull();
      events.appendNull();
      events.appendNull();
    } else {
      events.append(trigger.get("start").asInt());
      events.append(trigger.get("end").asInt());
      str(events, text(trigger, "text"));
    }
    str(events, text(e, "timeline"));
    events.append(line);
    events.endRow();
    actors(actors, id, text(e, "doc"), e);
  }

  static void story(DuckDBAppender a, ObjectNode s, String line) throws SQLException {
    a.beginRow();
    str(a, text(s, "id"));
    str(a, text(s, "title"));
    str(a, text(s, "first"));
    str(a, text(s, "last"));
    date(a, firstDay(text(s, "first")));
    date(a, lastDay(text(s, "last")));
    a.append(strings(s.get("docs")));
    a.append(strings(s.get("languages")));
    str(a, text(s, "central"));
    a.append(line);
    a.endRow();
  }

  /** A timeline entry, the event mentions it merges (with their documents) and its actors. */
  static void timelineEntry(DuckDBAppender entries, DuckDBAppender mentions, DuckDBAppender actors, ObjectNode t,
      List<String> mentionDocs, String line) throws SQLException {
    String id = text(t, "id");
    String cameo = text(t, "cameo");
    JsonNode fatalities = t.get("fatalities");
    entries.beginRow();
    str(entries, id);
    str(entries, cameo);
    str(entries, root(cameo));
    str(entries, text(t, "label"));
    whenAndWhere(entries, t);
    if (fatalities == null || fatalities.isNull()) {
      entries.appendNull();
      entries.appendNull();
    } else {
      entries.append(fatalities.get("min").asLong());
      entries.append(fatalities.get("max").asLong());
    }
    List<String> events = strings(t.get("mentions"));
    entries.append(events);
    entries.append(strings(t.get("docs")));
    entries.append(strings(t.get("languages")));
    entries.append(strings(t.get("conflicts")));
    entries.append(line);
    entries.endRow();
    for (int i = 0; i < events.size(); i++) {
      mentions.beginRow();
      mentions.append(id);
      mentions.append(events.get(i));
      mentions.append(mentionDocs.get(i));
      mentions.endRow();
    }
    for (String role : ROLES) {
      int n = 0;
      for (JsonNode actor : t.get(role)) {
        actors.beginRow();
        actors.append(id);
        actors.append(role);
        actors.append(n++);
        str(actors, text(actor, "entity"));
        str(actors, text(actor, "name"));
        str(actors, text(actor, "code"));
        actors.endRow();
      }
    }
  }

  static void place(DuckDBAppender a, Place p) throws SQLException {
    a.beginRow();
    a.append(p.id());
    a.append(p.name());
    str(a, p.country());
    a.append(p.lat());
    a.append(p.lon());
    str(a, p.kind());
    a.endRow();
  }

  /** The date, its range of days and the place: the columns an event mention and a timeline entry share. */
  private static void whenAndWhere(DuckDBAppender a, ObjectNode o) throws SQLException {
    JsonNode date = o.get("date");
    String value = text(date, "value");
    str(a, value);
    str(a, text(date, "granularity"));
    date(a, firstDay(value));
    date(a, lastDay(value));
    JsonNode location = o.get("location");
    str(a, text(location, "entity"));
    str(a, text(location, "name"));
    str(a, text(location, "country"));
  }

  private static void actors(DuckDBAppender a, String event, String doc, ObjectNode e) throws SQLException {
    for (String role : ROLES) {
      int n = 0;
      for (JsonNode actor : e.get(role)) {
        a.beginRow();
        a.append(event);
        a.append(doc);
        a.append(role);
        a.append(n++);
        str(a, text(actor, "entity"));
        str(a, text(actor, "name"));
        str(a, text(actor, "code"));
        a.endRow();
      }
    }
  }

  /** The two-digit CAMEO root of a code. */
  static String root(String cameo) {
    return cameo == null || cameo.length() < 2 ? cameo : cameo.substring(0, 2);
  }

  /** The host of a URL without {@code www.}, in lower case; null when there is no URL or it has no host. */
  static String outlet(String url) {
    if (url == null) return null;
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) return null;
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The first day a date value may stand for: {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY}, or a decade
   * ({@code 199}); null for anything else (unknown, an unplaced weekday).
   */
  static LocalDate firstDay(String value) {
    LocalDate[] range = range(value);
    return range == null ? null : range[0];
  }

  /** The last day a date value may stand for; see {@link #firstDay}. */
  static LocalDate lastDay(String value) {
    LocalDate[] range = range(value);
    return range == null ? null : range[1];
  }

  private static LocalDate[] range(String value) {
    if (value == null) return null;
    try {
      if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        LocalDate day = LocalDate.parse(value.substring(0, 10));
        return new LocalDate[] {day, day};
      }
      if (value.matches("\\d{4}-\\d{2}")) {
        YearMonth month = YearMonth.parse(value);
        return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
      }
      if (value.matches("\\d{4}")) {
        int year = Integer.parseInt(value);
        return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
      }
      if (value.matches("\\d{3}")) {
        int decade = Integer.parseInt(value) * 10;
        return new LocalDate[] {LocalDate.of(decade, 1, 1), LocalDate.of(decade + 9, 12, 31)};
      }
    } catch (java.time.DateTimeException e) {
      return null;
    }
    return null;
  }

  /** A field's text, or null when the node or the field is missing or null. */
  static String text(JsonNode node, String field) {
    if (node == null || node.isNull()) return null;
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) for (JsonNode v : array) out.add(v.asText());
    return out;
  }

  private static void str(DuckDBAppender a, String value) throws SQLException {
    if (value == null) a.appendNull();
    else a.append(value);
  }

  private static void date(DuckDBAppender a, LocalDate value) throws SQLException {
    if (value == null) a.appendNull();
    else a.append(value);
  }
}
