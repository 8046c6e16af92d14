package org.dossier.pipeline;

import java.util.List;
import org.dossier.model.Document;
import org.dossier.time.Timex;

/** What the per-document stages found in one document: the cleaned document and its temporal expressions. */
public record DocumentAnalysis(Document document, List<Timex> timexes) {
  public DocumentAnalysis {
    timexes = List.copyOf(timexes);
  }
}
