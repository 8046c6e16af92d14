package org.dossier.ingest;

/** An input that cannot be read as an article; the message is the reason reported in rejected.jsonl. */
public final class UnreadableException extends Exception {
  public UnreadableException(String reason) {
    super(reason);
  }
}
