package org.dossier.pipeline;

import java.util.List;
import org.dossier.entities.Entities;
import org.dossier.model.Document;
import org.dossier.time.Timex;

/**
 * What the per-document stages found in one document: the cleaned document, its temporal expressions and
 * its entities.
 */
public record DocumentAnalysis(Document document, List<Timex> timexes, Entities entities) {
  public DocumentAnalysis {
    timexes = List.copyOf(timexes);
  }
}
