package org.dossier.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.output.ContractJson;
import org.dossier.pack.Cameo;
import org.dossier.store.EventFilter;
import org.dossier.store.Store;
import org.dossier.store.TimelineFilter;
import org.dossier.store.TimelineRow;

/**
 * The exports, written row by row to the response as the store reads them: memory stays bounded however many
 * rows there are. Column meanings are in docs/API.md.
 */
final class Exports {
  /** ACLED's column names where the meaning matches, in ACLED's order, and the CAMEO code last. */
  static final List<String> CSV_COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
      "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country", "location",
      "latitude", "longitude", "source", "notes", "fatalities", "cameo");

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");

  private final Store store;

  Exports(Store store) {
    this.store = store;
  }

  void timelineCsv(TimelineFilter filter, Context ctx) throws IOException {
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"timeline.csv\"");
    try (Writer out = writer(ctx)) {
      csvRow(out, CSV_COLUMNS);
      store.timelineRows(filter, false, row -> {
        try {
          csvRow(out, csvValues(row));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  void eventsJsonl(EventFilter filter, Context ctx) throws IOException {
    ctx.contentType("application/x-ndjson; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"events.jsonl\"");
    try (Writer out = writer(ctx)) {
      store.exportEvents(filter, out);
    }
  }

  void eventsGeoJson(TimelineFilter filter, Context ctx) throws IOException {
    ctx.contentType("application/geo+json; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"events.geojson\"");
    try (Writer out = writer(ctx); JsonGenerator json = ContractJson.mapper().getFactory().createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("type", "FeatureCollection");
      json.writeArrayFieldStart("features");
      store.timelineRows(filter, true, row -> {
        try {
          json.writeStartObject();
          json.writeStringField("type", "Feature");
          json.writeStringField("id", row.entry().path("id").asText());
          json.writeObjectFieldStart("geometry");
          json.writeStringField("type", "Point");
          json.writeArrayFieldStart("coordinates");
          json.writeNumber(row.longitude());
          json.writeNumber(row.latitude());
          json.writeEndArray();
          json.writeEndObject();
          json.writeObjectFieldStart("properties");
          JsonNode e = row.entry();
          json.writeStringField("cameo", e.path("cameo").asText());
          json.writeStringField("label", e.path("label").asText(null));
          json.writeStringField("date", e.path("date").path("value").asText(null));
          json.writeStringField("place", e.path("location").path("name").asText(null));
          json.writeNumberField("documents", e.path("docs").size());
          json.writeFieldName("outlets");
          ContractJson.mapper().writeValue(json, row.outlets());
          json.writeFieldName("entry");
          ContractJson.mapper().writeTree(json, e);
          json.writeEndObject();
          json.writeEndObject();
        } catch (IOException x) {
          throw new UncheckedIOException(x);
        }
      });
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  private static Writer writer(Context ctx) throws IOException {
    return new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 1 << 16);
  }

  static List<String> csvValues(TimelineRow row) {
    JsonNode e = row.entry();
    String dateValue = e.path("date").path("value").asText("");
    String[] date = acledDate(dateValue);
    String cameo = e.path("cameo").asText("");
    JsonNode location = e.path("location");
    String country = location.path("country").asText("");
    List<String> v = new ArrayList<>(CSV_COLUMNS.size());
    v.add((country.isEmpty() ? "XXX" : country) + "-" + e.path("id").asText());
    v.add(date[0]);
    v.add(date[0].isEmpty() ? "" : date[0].substring(0, 4));
    v.add(date[1]);
    v.add(Cameo.known(cameo) ? Cameo.label(Cameo.root(cameo)) : "");
    v.add(e.path("label").asText(""));
    v.add(names(e.path("source")));
    v.add(names(e.path("mediator")));
    v.add(names(e.path("target")));
    v.add("");
    v.add(country);
    v.add(location.path("name").asText(""));
    v.add(row.latitude() == null ? "" : row.latitude().toString());
    v.add(row.longitude() == null ? "" : row.longitude().toString());
    v.add(String.join("; ", row.outlets()));
    v.add(String.join(" | ", row.evidence()));
    JsonNode fatalities = e.path("fatalities");
    v.add(fatalities.isObject() && fatalities.hasNonNull("min") ? fatalities.get("min").asText() : "");
    v.add(cameo);
    return v;
  }

  /** The day ACLED would give and its time precision: 1 the day, 2 the week, 3 the month or a longer span. */
  static String[] acledDate(String value) {
    Matcher m;
    if ((m = DAY.matcher(value)).matches()) return new String[] {value, "1"};
    if ((m = WEEK.matcher(value)).matches()) {
      java.time.LocalDate monday = java.time.LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
          .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
          .with(java.time.DayOfWeek.MONDAY);
      return new String[] {monday.toString(), "2"};
    }
    if ((m = MONTH.matcher(value)).matches()) return new String[] {value + "-01", "3"};
    if ((m = YEAR.matcher(value)).matches()) return new String[] {value + "-01-01", "3"};
    return new String[] {"", ""};
  }

  private static String names(JsonNode actors) {
    List<String> names = new ArrayList<>();
    for (JsonNode a : actors) names.add(a.path("name").asText(a.path("entity").asText()));
    return String.join("; ", names);
  }

  static void csvRow(Writer out, List<String> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) out.write(',');
      out.write(csvField(values.get(i)));
    }
    out.write("\r\n");
  }

  /**
   * RFC 4180 quoting; a text starting with =, +, - or @ gets a leading apostrophe so that a spreadsheet shows it
   * instead of evaluating it as a formula (numbers are left alone).
   */
  static String csvField(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) v = "'" + v;
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) return v;
    return '"' + v.replace("\"", "\"\"") + '"';
  }
}
