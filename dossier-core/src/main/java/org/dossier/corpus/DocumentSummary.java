package org.dossier.corpus;

import java.util.List;
import org.dossier.calendar.PartialDate;
import org.dossier.duplicates.Fingerprint;
import org.dossier.entities.Entities;
import org.dossier.events.Event;
import org.dossier.model.Document;
import org.dossier.stories.DocumentProfile;
import org.dossier.time.Timex;

/**
 * What the cross-document stages keep of one analysed document: its profile for stories, its fingerprint
 * for near-duplicates and its events for the timeline. The text itself is not kept, so memory grows with
 * the corpus by a small, fixed amount per document and per event.
 */
public record DocumentSummary(DocumentProfile profile, Fingerprint fingerprint, List<Event> events) {
  public DocumentSummary {
    events = List.copyOf(events);
  }

  public static DocumentSummary of(Document d, List<Timex> timexes, Entities entities, List<Event> events) {
    return new DocumentSummary(DocumentProfile.of(d, timexes, entities, events), Fingerprint.of(d.text()), events);
  }

  public String id() {
    return profile.id();
  }

  /** The publication date at its precision, or null. */
  public PartialDate published() {
    return profile.published() == null ? null : PartialDate.parse(profile.published());
  }

  /** Whether the publication day is known. */
  public boolean dayKnown() {
    PartialDate p = published();
    return p != null && p.precision() == 3;
  }
}
