package org.dossier.pipeline;

import java.util.List;
import org.dossier.corpus.DocumentSummary;
import org.dossier.model.Document;
import org.dossier.model.IngestItem;
import org.dossier.model.Rejection;
import org.dossier.output.ContractJson;

/**
 * One input unit after the per-document stages: an accepted document with its contract lines (serialised on
 * the worker thread) and its summary for the cross-document stages, or the reason it was rejected.
 *
 * @param input     what was analysed: the {@code RawDocument} of an accepted document
 * @param document  the analysed document, or null when rejected
 * @param rejection why the input was rejected, or null when accepted
 * @param json      the line of documents.jsonl ({@code story} and {@code duplicate_of} still null), or of
 *                  rejected.jsonl
 * @param mentions  lines of mentions.jsonl
 * @param timexes   lines of timexes.jsonl
 * @param events    lines of events.jsonl ({@code timeline} still null)
 * @param summary   what the cross-document stages need of the document, or null when rejected
 */
public record AnalysedItem(IngestItem input, Document document, Rejection rejection, String json, List<String> mentions,
    List<String> timexes, List<String> events, DocumentSummary summary) {
  public AnalysedItem {
    mentions = List.copyOf(mentions);
    timexes = List.copyOf(timexes);
    events = List.copyOf(events);
  }

  public boolean accepted() {
    return document != null;
  }

  /** Whether the document was accepted and its day of publication is known. */
  public boolean dayKnown() {
    return summary != null && summary.dayKnown();
  }

  /** A rejected input: its line of rejected.jsonl and nothing else. */
  public static AnalysedItem rejected(IngestItem input, Rejection rejection) {
    return new AnalysedItem(input, null, rejection, ContractJson.line(ContractJson.rejection(rejection)), List.of(),
        List.of(), List.of(), null);
  }
}
