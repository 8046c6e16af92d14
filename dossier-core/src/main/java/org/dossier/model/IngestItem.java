package org.dossier.model;

/** What ingest yields for each input unit: a document to analyse, or the reason it cannot be. */
public sealed interface IngestItem extends java.io.Serializable permits RawDocument, Rejection {
  /** The input path, with {@code #line} or {@code #record} for JSONL and WARC. */
  String input();
}
