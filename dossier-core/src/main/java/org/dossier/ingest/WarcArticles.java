package org.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.dossier.model.IngestItem;
import org.dossier.model.RawDocument;
import org.dossier.model.Rejection;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Streams the HTML responses of a WARC or WARC.gz file (as in CC-NEWS). Requests, metadata and other
 * non-response records are not articles and are passed over; a response that is not HTML, or is
 * truncated, is rejected with its record number.
 */
final class WarcArticles implements Iterator<IngestItem>, AutoCloseable {
  private final String path;
  private final IngestOptions options;
  private final WarcReader reader;
  private IngestItem next;
  private int record;
  private boolean done;

  /** Reads from {@code in} (plain or gzip), which it closes when done. */
  WarcArticles(InputStream in, String path, IngestOptions options) throws UnreadableException {
    this.path = path;
    this.options = options;
    try {
      this.reader = new WarcReader(in);
    } catch (IOException | IllegalArgumentException e) {
      try {
        in.close();
      } catch (IOException ignored) {
        // already unreadable; the rejection says why
      }
      throw new UnreadableException("not a WARC file: " + e.getMessage());
    }
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      Optional<WarcRecord> rec;
      try {
        rec = reader.next();
      } catch (IOException | RuntimeException e) {
        next = new Rejection(path + "#" + (record + 1),
            (record == 0 ? "not a WARC file: " : "truncated or corrupt WARC record: ") + describe(e));
        close();
        break;
      }
      if (rec.isEmpty()) {
        close();
        break;
      }
      record++;
      next = read(rec.get());
    }
    return next != null;
  }

  @Override
  public IngestItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    IngestItem item = next;
    next = null;
    return item;
  }

  private IngestItem read(WarcRecord rec) {
    if (!(rec instanceof WarcResponse response)) {
      return null;
    }
    String input = path + "#" + record;
    try {
      HttpResponse http = response.http();
      MediaType type = http.contentType();
      String base = type == null ? "" : type.base().toString();
      if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
        return new Rejection(input, "not an HTML response (" + (base.isEmpty() ? "no content type" : base) + ")");
      }
      if (http.status() >= 300) {
        return new Rejection(input, "HTTP status " + http.status() + ", not a page");
      }
      byte[] body;
      try (InputStream in = http.bodyDecoded().stream()) {
        body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, options.maxDocumentBytes() + 1));
      }
      if (body.length > options.maxDocumentBytes()) {
        return new Rejection(input, "too large: payload exceeds the per-document limit of " + options.limitText());
      }
      if (response.truncated() != null && response.truncated() != org.netpreserve.jwarc.WarcTruncationReason.NOT_TRUNCATED) {
        return new Rejection(input, "truncated WARC record (" + response.truncated() + ")");
      }
      String charset = type.parameters().get("charset");
      String html = Decoder.decodeHtml(body, charset);
      return new RawDocument(input, null, RawDocument.Kind.HTML, html, response.target(), null, null, null,
          response.date() == null ? null : response.date().toString());
    } catch (UnreadableException e) {
      return new Rejection(input, e.getMessage());
    } catch (IOException | RuntimeException e) {
      return new Rejection(input, "truncated or corrupt WARC record: " + describe(e));
    }
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  @Override
  public void close() {
    done = true;
    try {
      reader.close();
    } catch (IOException ignored) {
      // Nothing left to read; a failing close cannot lose data.
    }
  }
}
