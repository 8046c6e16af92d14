package org.dossier.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.dossier.entities.Mention;
import org.dossier.model.CodePoints;
import org.dossier.model.RawDocument;
import org.dossier.pack.ChronologyEntry;
import org.dossier.time.Timex;
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

  /**
   * Runs the per-document stages on one input, with landmark events beyond the pack's chronology (none for a
   * first analysis), and serialises the contract lines; a document that fails in a stage is rejected with the
   * error. What {@link ParallelPipeline} runs on its threads and a Spark task runs on its partition.
   */
  public static AnalysedItem analyse(DocumentPipeline pipeline, IngestItem item, List<ChronologyEntry> reported) {
    if (!(item instanceof RawDocument raw)) return AnalysedItem.rejected(item, (Rejection) item);
    try {
      DocumentAnalysis a = pipeline.analyse(raw, reported);
      Document d = a.document();
      CodePoints cp = new CodePoints(d.text());
      List<String> mentions = new ArrayList<>(a.entities().mentions().size());
      for (Mention m : a.entities().mentions()) mentions.add(ContractJson.line(ContractJson.mention(d, m, cp, "text")));
      CodePoints inTitle = d.title() == null ? null : new CodePoints(d.title());
      for (Mention m : a.entities().titleMentions()) {
        mentions.add(ContractJson.line(ContractJson.mention(d, m, inTitle, "title")));
      }
      List<String> timexes = new ArrayList<>(a.timexes().size());
      for (Timex t : a.timexes()) timexes.add(ContractJson.line(ContractJson.timex(d, t, cp)));
      List<String> events = new ArrayList<>(a.events().size());
      for (int i = 0; i < a.events().size(); i++) {
        events.add(ContractJson.line(ContractJson.event(d, i + 1, a.events().get(i), cp)));
      }
      DocumentSummary summary = DocumentSummary.of(d, a.timexes(), a.entities(), a.events());
      return new AnalysedItem(raw, d, null, ContractJson.line(ContractJson.document(d)), mentions, timexes, events,
          summary);
    } catch (RuntimeException | StackOverflowError e) {
      return AnalysedItem.rejected(raw, new Rejection(raw.input(), "analysis failed: " + e));
    }
  }

  /** This accepted document rejected because an earlier input of the run has its ID. */
  public AnalysedItem repeatedId(String firstInput) {
    return rejected(input, Rejection.repeatedId(document.input(), document.id(), firstInput));
  }
}
