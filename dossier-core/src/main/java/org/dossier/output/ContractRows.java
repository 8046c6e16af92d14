package org.dossier.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.dossier.events.Event;
import org.dossier.pack.Place;

/**
 * The contract's JSON lines as flat table rows: the columns of the store's tables (docs/STORE.md), which a
 * Spark job writes as Parquet too. Each column is the field of the same name, nested fields flattened
 * ({@code published.value} → {@code published_value}), plus the line itself in {@code json}. A row is a list
 * of values in column order: String, Integer, Long, Double, LocalDate, a List of String, or null.
 */
public final class ContractRows {
  /** The plain column types the tables use. */
  public enum Type { VARCHAR, INTEGER, BIGINT, DOUBLE, DATE, VARCHAR_LIST }

  public record Column(String name, Type type) {}

  public static final List<String> ROLES = List.of("source", "target", "mediator");

  /** Every table's columns, in order. */
  public static final Map<String, List<Column>> TABLES = Map.ofEntries(
      table("documents", "seq BIGINT", "id", "input", "url", "outlet", "title", "language", "published_value",
          "published_origin", "published_evidence", "published_conflict", "published_first DATE",
          "published_last DATE", "text", "removed INTEGER", "story", "duplicate_of", "agencies VARCHAR_LIST",
          "tokens INTEGER", "json"),
      table("mentions", "doc", "n INTEGER", "field", "start INTEGER", "end INTEGER", "surface", "entity", "name",
          "type", "country", "via", "role", "acts_for", "json"),
      table("timexes", "doc", "n INTEGER", "start INTEGER", "end INTEGER", "surface", "type", "value", "rule",
          "reference_value", "reference_source", "reference_evidence", "json"),
      table("events", "id", "doc", "n INTEGER", "cameo", "root", "label", "modality", "date_value",
          "date_granularity", "date_first DATE", "date_last DATE", "location_entity", "location_name",
          "location_country", "fatalities_count BIGINT", "fatalities_qualifier", "evidence_start INTEGER",
          "evidence_end INTEGER", "evidence_text", "trigger_start INTEGER", "trigger_end INTEGER", "trigger_text",
          "timeline", "json"),
      table("event_actors", "event", "doc", "role", "n INTEGER", "entity", "name", "code", "inferred"),
      table("stories", "id", "title", "first", "last", "first_day DATE", "last_day DATE", "docs VARCHAR_LIST",
          "languages VARCHAR_LIST", "central", "json"),
      table("timeline", "id", "cameo", "root", "label", "date_value", "date_granularity", "date_first DATE",
          "date_last DATE", "location_entity", "location_name", "location_country", "fatalities_min BIGINT",
          "fatalities_max BIGINT", "mentions VARCHAR_LIST", "docs VARCHAR_LIST", "languages VARCHAR_LIST",
          "conflicts VARCHAR_LIST", "json"),
      table("timeline_mentions", "timeline", "event", "doc"),
      table("timeline_actors", "timeline", "role", "n INTEGER", "entity", "name", "code", "inferred"),
      table("rejected", "input", "reason"),
      table("places", "id", "name", "country", "lat DOUBLE", "lon DOUBLE", "kind"));

  private ContractRows() {}

  private static Map.Entry<String, List<Column>> table(String name, String... columns) {
    List<Column> list = new ArrayList<>();
    for (String c : columns) {
      String[] parts = c.split(" ");
      list.add(new Column(parts[0], parts.length == 1 ? Type.VARCHAR : Type.valueOf(parts[1])));
    }
    return Map.entry(name, List.copyOf(list));
  }

  public static ObjectNode parse(String line) {
    try {
      return (ObjectNode) ContractJson.mapper().readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not a JSON line: " + e.getOriginalMessage(), e);
    }
  }

  /** A row of {@code documents}: {@code seq} is the document's place in the order documents were stored. */
  public static List<Object> document(long seq, ObjectNode d, String line) {
    JsonNode published = d.get("published");
    String value = text(published, "value");
    return row(seq, text(d, "id"), text(d, "input"), text(d, "url"), outlet(text(d, "url")), text(d, "title"),
        text(d, "language"), value, text(published, "origin"), text(published, "evidence"),
        text(published, "conflict"), firstDay(value), lastDay(value), text(d, "text"), d.get("removed").asInt(),
        text(d, "story"), text(d, "duplicate_of"), strings(d.get("agencies")), d.path("tokens").asInt(), line);
  }

  /** A row of {@code mentions}: {@code n} is the mention's order in its document. */
  public static List<Object> mention(int n, ObjectNode m, String line) {
    return row(text(m, "doc"), n, text(m, "field"), m.get("start").asInt(), m.get("end").asInt(),
        text(m, "surface"), text(m, "entity"), text(m, "name"), text(m, "type"), text(m, "country"), text(m, "via"),
        text(m, "role"), text(m, "acts_for"), line);
  }

  public static List<Object> timex(int n, ObjectNode t, String line) {
    JsonNode reference = t.get("reference");
    return row(text(t, "doc"), n, t.get("start").asInt(), t.get("end").asInt(), text(t, "surface"),
        text(t, "type"), text(t, "value"), text(t, "rule"), text(reference, "value"), text(reference, "source"),
        text(reference, "evidence"), line);
  }

  /** A row of {@code events}; its actors go to {@code actors}, one row of {@code event_actors} each. */
  public static List<Object> event(int n, ObjectNode e, String line, Consumer<List<Object>> actors) {
    String id = text(e, "id");
    String cameo = text(e, "cameo");
    JsonNode evidence = e.get("evidence");
    JsonNode trigger = e.get("trigger");
    JsonNode fatalities = e.get("fatalities");
    boolean noFatalities = fatalities == null || fatalities.isNull();
    boolean noTrigger = trigger == null || trigger.isNull();
    List<Object> row = row(id, text(e, "doc"), n, cameo, root(cameo), text(e, "label"), text(e, "modality"));
    row.addAll(whenAndWhere(e));
    row.addAll(Arrays.asList(noFatalities ? null : fatalities.get("count").asLong(),
        noFatalities ? null : text(fatalities, "qualifier"), evidence.get("start").asInt(), evidence.get("end").asInt(),
        text(evidence, "text"), noTrigger ? null : trigger.get("start").asInt(),
        noTrigger ? null : trigger.get("end").asInt(), noTrigger ? null : text(trigger, "text"), text(e, "timeline"),
        line));
    for (String role : ROLES) {
      int k = 0;
      for (JsonNode actor : e.get(role)) {
        actors.accept(row(id, text(e, "doc"), role, k++, text(actor, "entity"), text(actor, "name"),
            text(actor, "code"), text(actor, "inferred")));
      }
    }
    return row;
  }

  public static List<Object> story(ObjectNode s, String line) {
    return row(text(s, "id"), text(s, "title"), text(s, "first"), text(s, "last"), firstDay(text(s, "first")),
        lastDay(text(s, "last")), strings(s.get("docs")), strings(s.get("languages")), text(s, "central"), line);
  }

  /**
   * A row of {@code timeline}; the event mentions it merges go to {@code mentions} (one row of
   * {@code timeline_mentions} each, with the document of each from {@code mentionDocs}), its actors to
   * {@code actors}.
   */
  public static List<Object> timelineEntry(ObjectNode t, List<String> mentionDocs, String line,
      Consumer<List<Object>> mentions, Consumer<List<Object>> actors) {
    String id = text(t, "id");
    String cameo = text(t, "cameo");
    JsonNode fatalities = t.get("fatalities");
    boolean noFatalities = fatalities == null || fatalities.isNull();
    List<String> events = strings(t.get("mentions"));
    List<Object> row = row(id, cameo, root(cameo), text(t, "label"));
    row.addAll(whenAndWhere(t));
    row.addAll(Arrays.asList(noFatalities ? null : fatalities.get("min").asLong(),
        noFatalities ? null : fatalities.get("max").asLong(), events, strings(t.get("docs")),
        strings(t.get("languages")), strings(t.get("conflicts")), line));
    for (int i = 0; i < events.size(); i++) mentions.accept(row(id, events.get(i), mentionDocs.get(i)));
    for (String role : ROLES) {
      int k = 0;
      for (JsonNode actor : t.get(role)) {
        actors.accept(row(id, role, k++, text(actor, "entity"), text(actor, "name"), text(actor, "code"),
            text(actor, "inferred")));
      }
    }
    return row;
  }

  public static List<Object> rejection(ObjectNode r) {
    return row(text(r, "input"), text(r, "reason"));
  }

  public static List<Object> place(Place p) {
    return row(p.id(), p.name(), p.country(), p.lat(), p.lon(), p.kind());
  }

  private static List<Object> whenAndWhere(ObjectNode o) {
    JsonNode date = o.get("date");
    String value = text(date, "value");
    JsonNode location = o.get("location");
    return Arrays.asList(value, text(date, "granularity"), firstDay(value), lastDay(value),
        text(location, "entity"), text(location, "name"), text(location, "country"));
  }

  private static List<Object> row(Object... values) {
    return new ArrayList<>(Arrays.asList(values));
  }

  /** The two-digit CAMEO root of a code. */
  public static String root(String cameo) {
    return cameo == null || cameo.length() < 2 ? cameo : cameo.substring(0, 2);
  }

  /** The host of a URL without {@code www.}, in lower case; null when there is no URL or it has no host. */
  public static String outlet(String url) {
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
  public static LocalDate firstDay(String value) {
    LocalDate[] range = range(value);
    return range == null ? null : range[0];
  }

  /** The last day a date value may stand for; see {@link #firstDay}. */
  public static LocalDate lastDay(String value) {
    LocalDate[] range = range(value);
    return range == null ? null : range[1];
  }

  /** The days a value stands for, at the precision {@link Event.EventDate#of} reads in it. */
  private static LocalDate[] range(String value) {
    Event.EventDate date = Event.EventDate.of(value);
    try {
      switch (date.granularity()) {
        case DAY -> {
          LocalDate day = LocalDate.parse(date.value());
          return new LocalDate[] {day, day};
        }
        case MONTH -> {
          YearMonth month = YearMonth.parse(date.value());
          return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
        }
        case YEAR -> {
          int year = Integer.parseInt(date.value());
          return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
        }
        case DECADE -> {
          int decade = Integer.parseInt(date.value()) * 10;
          return new LocalDate[] {LocalDate.of(decade, 1, 1), LocalDate.of(decade + 9, 12, 31)};
        }
        default -> {
          return null;
        }
      }
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** A field's text, or null when the node or the field is missing or null. */
  public static String text(JsonNode node, String field) {
    if (node == null || node.isNull()) return null;
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  public static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) for (JsonNode v : array) out.add(v.asText());
    return out;
  }
}
