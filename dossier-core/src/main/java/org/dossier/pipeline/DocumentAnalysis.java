package org.dossier.pipeline;

import java.util.List;
import org.dossier.entities.Entities;
import org.dossier.events.Event;
import org.dossier.model.Document;
import org.dossier.time.Timex;

/**
 * What the per-document stages found in one document: the cleaned document, its temporal expressions, its
 * entities and its events.
 */
public record DocumentAnalysis(Document document, List<Timex> timexes, Entities entities, List<Event> events) {
  public DocumentAnalysis {
    timexes = List.copyOf(timexes);
    events = List.copyOf(events);
  }
}
