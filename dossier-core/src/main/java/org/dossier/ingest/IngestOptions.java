package org.dossier.ingest;

import java.io.Serializable;

/**
 * Limits for reading input.
 *
 * @param maxDocumentBytes an article (a file, a JSONL line, a WARC payload) larger than this is rejected
 *                         as too large instead of being held in memory
 */
public record IngestOptions(long maxDocumentBytes) implements Serializable {
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;

  public static IngestOptions defaults() {
    return new IngestOptions(DEFAULT_MAX_DOCUMENT_BYTES);
  }

  String limitText() {
    return humanBytes(maxDocumentBytes);
  }

  static String humanBytes(long bytes) {
    if (bytes >= 1024 * 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
    if (bytes >= 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return bytes + " bytes";
  }
}
