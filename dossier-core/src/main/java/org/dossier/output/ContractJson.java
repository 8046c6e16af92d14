package org.dossier.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dossier.entities.Mention;
import org.dossier.events.Event;
import org.dossier.model.CodePoints;
import org.dossier.model.Document;
import org.dossier.model.PublishedDate;
import org.dossier.model.Rejection;
import org.dossier.model.Span;
import org.dossier.stories.Story;
import org.dossier.time.Timex;
import org.dossier.timeline.EventMention;
import org.dossier.timeline.TimelineEntry;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The contract's JSON shapes (docs/OUTPUT.md). Offsets go out as code point offsets into {@code text}.
 * Fields beyond the contract are additions, never changes.
 */
public final class ContractJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ContractJson() {}

  public static ObjectMapper mapper() {
    return JSON;
  }

  /** One JSON line, without its newline. */
  public static String line(com.fasterxml.jackson.databind.JsonNode node) {
    try {
      return mapper().writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + node.getNodeType(), e);
    }
  }

  public static ObjectNode document(Document d) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", d.id());
    o.put("input", d.input());
    o.put("url", d.url());
    o.put("title", d.title());
    o.put("language", d.language());
    o.set("published", published(d.published()));
    o.put("text", d.text());
    o.put("removed", d.removed());
    o.putNull("story");
    o.putNull("duplicate_of");
    ArrayNode agencies = o.putArray("agencies");
    d.agencies().forEach(agencies::add);
    CodePoints cp = new CodePoints(d.text());
    ArrayNode sentences = o.putArray("sentences");
    for (Span s : d.sentences()) {
      sentences.addArray().add(cp.offset(s.start())).add(cp.offset(s.end()));
    }
    o.put("tokens", d.tokens().size());
    return o;
  }

  /**
   * One line of mentions.jsonl. Additions to the contract: {@code field} ("text", or "title" for a mention
   * in the headline, whose offsets are then into the title), {@code via}, {@code role}, {@code acts_for}.
   */
  public static ObjectNode mention(Document d, Mention m, CodePoints cp, String field) {
    ObjectNode o = JSON.createObjectNode();
    o.put("doc", d.id());
    o.put("field", field);
    o.put("start", cp.offset(m.start()));
    o.put("end", cp.offset(m.end()));
    o.put("surface", m.surface());
    o.put("entity", m.entity());
    o.put("name", m.name());
    o.put("type", m.type().name());
    o.put("country", m.country());
    o.put("via", m.via().label());
    o.put("role", m.role());
    o.put("acts_for", m.actsFor());
    return o;
  }

  /**
   * One line of events.jsonl. Addition to the contract: {@code trigger} (the words that name the event);
   * {@code timeline} is written null here and filled in by the cross-document stage.
   */
  public static ObjectNode event(Document d, int index, Event e, CodePoints cp) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", Event.mentionId(d.id(), index));
    o.put("doc", d.id());
    o.put("cameo", e.cameo());
    o.put("label", e.label());
    o.put("modality", e.modality().label());
    whoWhenWhere(o, e.date(), e.source(), e.target(), e.mediator(), e.location());
    if (e.fatalities() == null) {
      o.putNull("fatalities");
    } else {
      ObjectNode f = o.putObject("fatalities");
      f.put("count", e.fatalities().count());
      f.put("qualifier", e.fatalities().qualifier().label());
    }
    ObjectNode evidence = o.putObject("evidence");
    evidence.put("start", cp.offset(e.evidence().start()));
    evidence.put("end", cp.offset(e.evidence().end()));
    evidence.put("text", e.evidence().of(d.text()));
    ObjectNode trigger = o.putObject("trigger");
    trigger.put("start", cp.offset(e.trigger().start()));
    trigger.put("end", cp.offset(e.trigger().end()));
    trigger.put("text", e.trigger().of(d.text()));
    o.putNull("timeline");
    return o;
  }

  /** One line of stories.jsonl; {@code central} (the document whose title it takes) is an addition. */
  public static ObjectNode story(Story s, IntFunction<String> docId) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", s.id());
    ArrayNode docs = o.putArray("docs");
    for (int d : s.members()) docs.add(docId.apply(d));
    ArrayNode languages = o.putArray("languages");
    s.languages().forEach(languages::add);
    o.put("title", s.title());
    o.put("first", s.first());
    o.put("last", s.last());
    o.put("central", docId.apply(s.central()));
    return o;
  }

  /** One line of timeline.jsonl. */
  public static ObjectNode timelineEntry(TimelineEntry t, List<EventMention> mentions, IntFunction<String> docId) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", t.id());
    o.put("cameo", t.cameo());
    o.put("label", t.label());
    whoWhenWhere(o, t.date(), t.source(), t.target(), t.mediator(), t.location());
    if (t.fatalities() == null) {
      o.putNull("fatalities");
    } else {
      ObjectNode f = o.putObject("fatalities");
      f.put("min", t.fatalities().min());
      f.put("max", t.fatalities().max());
    }
    ArrayNode ids = o.putArray("mentions");
    for (int m : t.mentions()) ids.add(mentions.get(m).id());
    ArrayNode docs = o.putArray("docs");
    for (int d : t.docs()) docs.add(docId.apply(d));
    ArrayNode languages = o.putArray("languages");
    t.languages().forEach(languages::add);
    ArrayNode conflicts = o.putArray("conflicts");
    t.conflicts().forEach(conflicts::add);
    return o;
  }

  /**
   * A serialised line with the null value of one of its fields replaced: how the cross-document stage fills
   * in {@code story}, {@code duplicate_of} and {@code timeline} without parsing the line again. The match is
   * safe: inside a JSON string every quote is escaped, so {@code "field":null} occurs only as the field.
   */
  public static String withField(String line, String field, String value) {
    String empty = "\"" + field + "\":null";
    int at = line.indexOf(empty);
    if (at < 0) throw new IllegalArgumentException("no null field '" + field + "' in the line");
    String json = value == null ? "null" : line(JSON.getNodeFactory().textNode(value));
    return line.substring(0, at + field.length() + 3) + json + line.substring(at + empty.length());
  }

  /** The fields an event mention and a timeline entry share: date, actors by role, place. */
  private static void whoWhenWhere(ObjectNode o, Event.EventDate when, List<Event.Actor> source, List<Event.Actor> target,
      List<Event.Actor> mediator, Event.Location location) {
    ObjectNode date = o.putObject("date");
    date.put("value", when.value());
    date.put("granularity", when.granularity().label());
    date.put("basis", when.basis().label());
    if (when.shift() != null) date.put("shift", when.shift());
    actors(o.putArray("source"), source);
    actors(o.putArray("target"), target);
    actors(o.putArray("mediator"), mediator);
    if (location == null) {
      o.putNull("location");
    } else {
      ObjectNode l = o.putObject("location");
      l.put("entity", location.entity());
      l.put("name", location.name());
      l.put("country", location.country());
    }
  }

  private static void actors(com.fasterxml.jackson.databind.node.ArrayNode into, java.util.List<Event.Actor> actors) {
    for (Event.Actor a : actors) {
      ObjectNode n = into.addObject();
      n.put("entity", a.entity());
      n.put("name", a.name());
      n.put("code", a.code());
      if (!a.named()) n.put("inferred", a.inferred());
    }
  }

  /** One line of timexes.jsonl; {@code rule}, {@code reference} and {@code shift} are additions to the contract. */
  public static ObjectNode timex(Document d, Timex t, CodePoints cp) {
    ObjectNode o = JSON.createObjectNode();
    o.put("doc", d.id());
    o.put("start", cp.offset(t.span().start()));
    o.put("end", cp.offset(t.span().end()));
    o.put("surface", t.surface());
    o.put("type", t.type().name());
    o.put("value", t.value());
    o.put("rule", t.rule());
    if (t.anchor() == null) {
      o.putNull("reference");
    } else {
      ObjectNode r = o.putObject("reference");
      r.put("value", t.anchor().value());
      r.put("source", t.anchor().source().name().toLowerCase(java.util.Locale.ROOT));
      r.put("evidence", t.anchor().evidence());
    }
    if (t.shift() != null) o.put("shift", t.shift());
    return o;
  }

  public static ObjectNode published(PublishedDate p) {
    ObjectNode o = JSON.createObjectNode();
    o.put("value", p.value());
    o.put("origin", p.origin().label());
    o.put("evidence", p.evidence());
    o.put("conflict", p.conflict());
    return o;
  }

  public static ObjectNode rejection(Rejection r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("input", r.input());
    o.put("reason", r.reason());
    return o;
  }
}
