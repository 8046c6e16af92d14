package org.dossier.timeline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dossier.events.Event;

/**
 * One event mention as the timeline sees it: the event and where it was read.
 *
 * @param id       the event's id in events.jsonl
 * @param doc      the document, as an index into the run's documents
 * @param language the document's language
 */
public record EventMention(String id, int doc, String language, Event event) {

  /** The actor codes of every role, of the actors the text names. */
  public Set<String> codes() {
    Set<String> codes = new LinkedHashSet<>();
    for (List<Event.Actor> role : List.of(event.source(), event.target(), event.mediator())) {
      for (Event.Actor a : role) if (a.code() != null && a.named()) codes.add(a.code());
    }
    return codes;
  }
}
