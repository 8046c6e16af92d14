package org.dossier.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.dossier.model.IngestItem;
import org.dossier.model.RawDocument;
import org.dossier.model.Rejection;

/** Streams a JSON Lines file: one article per line, {@code {id, url, title, published, text | html}}. */
final class JsonlArticles implements Iterator<IngestItem>, AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String path;
  private final InputStream in;
  private final BoundedLineReader lines;
  private final IngestOptions options;
  private IngestItem next;
  private int lineNumber;
  private boolean done;

  /** Reads from {@code in}, which it closes when done. */
  JsonlArticles(InputStream in, String path, IngestOptions options) {
    this.path = path;
    this.options = options;
    this.in = in;
    this.lines = new BoundedLineReader(this.in, options.maxDocumentBytes());
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      try {
        BoundedLineReader.Line line = lines.next();
        if (line == null) {
          close();
          return false;
        }
        lineNumber++;
        next = parse(line);
      } catch (IOException e) {
        next = new Rejection(path + "#" + (lineNumber + 1), "read error: " + e.getMessage());
        close();
      }
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

  private IngestItem parse(BoundedLineReader.Line line) {
    String input = path + "#" + lineNumber;
    if (line.bytes() == null) {
      return new Rejection(input, "too large: line of " + IngestOptions.humanBytes(line.length())
          + " exceeds the per-document limit of " + options.limitText());
    }
    String text = new String(line.bytes(), StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return null;
    }
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return new Rejection(input, "not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return new Rejection(input, "not a JSON object");
    }
    String body = string(node, "text");
    String html = string(node, "html");
    if ((body == null || body.isBlank()) && (html == null || html.isBlank())) {
      return new Rejection(input, "no \"text\" or \"html\" field");
    }
    boolean isHtml = body == null || body.isBlank();
    return new RawDocument(
        input,
        string(node, "id"),
        isHtml ? RawDocument.Kind.HTML : RawDocument.Kind.TEXT,
        isHtml ? html : body,
        string(node, "url"),
        string(node, "title"),
        string(node, "published"),
        null,
        null);
  }

  private static String string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  @Override
  public void close() {
    done = true;
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
