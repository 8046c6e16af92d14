package org.dossier.spark;

import java.io.Serializable;
import java.util.List;
import org.dossier.corpus.SummaryCodec;
import org.dossier.model.RawDocument;
import org.dossier.pipeline.AnalysedItem;

/**
 * One input unit after the per-document stages, as a Spark task hands it on: its place in the input order,
 * its contract lines and, for an accepted document, its summary (the {@link SummaryCodec} bytes the
 * cross-document steps read) and, when its day of publication is unknown, its input, so that its story can
 * date it.
 *
 * @param order    the input's place: file index in the high 32 bits, item index within the file in the low
 * @param id       the document's ID, or null when rejected
 * @param json     the line of documents.jsonl, or of rejected.jsonl
 * @param summary  the encoded summary, or null when rejected
 * @param hash     {@link RawDocument#contentHash()} of the input, or null when rejected
 * @param kept     the input of an accepted document without a day of publication, else null
 */
record Analysed(long order, String input, String id, String json, List<String> mentions, List<String> timexes,
    List<String> events, byte[] summary, String hash, RawDocument kept, boolean dayKnown) implements Serializable {

  static Analysed of(long order, AnalysedItem a) {
    if (!a.accepted()) {
      return new Analysed(order, a.input().input(), null, a.json(), List.of(), List.of(), List.of(), null, null, null,
          false);
    }
    RawDocument raw = (RawDocument) a.input();
    boolean dayKnown = a.summary().dayKnown();
    return new Analysed(order, raw.input(), a.document().id(), a.json(), List.copyOf(a.mentions()),
        List.copyOf(a.timexes()), List.copyOf(a.events()), SummaryCodec.encode(a.summary()), raw.contentHash(),
        dayKnown ? null : raw, dayKnown);
  }

  boolean accepted() {
    return id != null;
  }
}
