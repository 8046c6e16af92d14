package org.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.dossier.model.IngestItem;
import org.dossier.model.RawDocument;
import org.dossier.model.Rejection;

/**
 * Reads every input into {@link IngestItem}s, lazily and in a stable order: files and folders as given,
 * folders walked recursively in name order, hidden entries skipped. Memory stays bounded whatever the
 * corpus size: one article (or one JSONL line or WARC record) is held at a time.
 *
 * <p>Formats by extension: {@code .txt}, {@code .html}/{@code .htm}, {@code .jsonl}, {@code .warc},
 * {@code .warc.gz}. Anything else is sniffed: a gzip may be a WARC; other files are rejected with the
 * reason.
 */
public final class Ingest implements Iterator<IngestItem>, AutoCloseable {
  private final IngestOptions options;
  private final Deque<Path> pending = new ArrayDeque<>();
  private Iterator<IngestItem> current = Collections.emptyIterator();
  private IngestItem next;

  public Ingest(List<Path> inputs, IngestOptions options) {
    this.options = options;
    pending.addAll(inputs);
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (current.hasNext()) {
        next = current.next();
        continue;
      }
      closeCurrent();
      Path path = pending.pollFirst();
      if (path == null) {
        return false;
      }
      current = open(path);
    }
    return true;
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

  private Iterator<IngestItem> open(Path path) {
    String name = path.toString();
    if (Files.isDirectory(path)) {
      List<Path> children = new ArrayList<>();
      try (DirectoryStream<Path> dir = Files.newDirectoryStream(path)) {
        for (Path child : dir) {
          if (!child.getFileName().toString().startsWith(".")) {
            children.add(child);
          }
        }
      } catch (IOException e) {
        return single(new Rejection(name, "cannot list folder: " + e.getMessage()));
      }
      children.sort(null);
      for (int i = children.size() - 1; i >= 0; i--) {
        pending.addFirst(children.get(i));
      }
      return Collections.emptyIterator();
    }
    if (!Files.isRegularFile(path)) {
      return single(new Rejection(name, "not a regular file"));
    }
    if (!Files.isReadable(path)) {
      return single(new Rejection(name, "not readable (permission denied)"));
    }
    try {
      return openFile(path, name);
    } catch (UnreadableException e) {
      return single(new Rejection(name, e.getMessage()));
    } catch (IOException | UncheckedIOException e) {
      return single(new Rejection(name, "read error: " + e.getMessage()));
    }
  }

  private Iterator<IngestItem> openFile(Path path, String name) throws IOException, UnreadableException {
    return readFile(name, Files.size(path), Files.newInputStream(path), options);
  }

  /**
   * The input items of one file, from its name (which decides the format, as for a file on disk) and its
   * bytes, however they are stored: a local file, or a file of a Hadoop file system read by a Spark task. The
   * returned iterator reads lazily and closes {@code in} when it is exhausted or closed ({@link AutoCloseable}
   * when it holds the stream); a file that cannot be read at all gives one {@link Rejection}.
   *
   * @param name the input's name, given to each item (JSONL lines and WARC records add {@code #N})
   * @param size the file's size in bytes
   */
  public static Iterator<IngestItem> readFile(String name, long size, InputStream in, IngestOptions options) {
    try {
      return readFileOrThrow(name, size, in, options);
    } catch (UnreadableException e) {
      closeQuietly(in);
      return single(new Rejection(name, e.getMessage()));
    } catch (IOException | UncheckedIOException e) {
      closeQuietly(in);
      return single(new Rejection(name, "read error: " + e.getMessage()));
    }
  }

  private static Iterator<IngestItem> readFileOrThrow(String name, long size, InputStream in, IngestOptions options)
      throws IOException, UnreadableException {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf(java.io.File.separatorChar));
    String lower = name.substring(slash + 1).toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return new JsonlArticles(in, name, options);
    }
    if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
      if (size == 0) {
        throw new UnreadableException("empty file");
      }
      return new WarcArticles(in, name, options);
    }
    boolean text = lower.endsWith(".txt");
    boolean html = lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml");
    try (in) {
      if (!text && !html) {
        return single(new Rejection(name, unsupported(in, lower, size)));
      }
      if (size == 0) {
        throw new UnreadableException("empty file");
      }
      if (size > options.maxDocumentBytes()) {
        throw new UnreadableException("too large: " + IngestOptions.humanBytes(size)
            + " exceeds the per-document limit of " + options.limitText());
      }
      byte[] bytes = in.readAllBytes();
      if (text) {
        String decoded = Decoder.decode(bytes);
        if (decoded.isBlank()) {
          throw new UnreadableException("no text (only white space)");
        }
        return single(TextArticle.parse(name, decoded));
      }
      String decoded = Decoder.decodeHtml(bytes, null);
      return single(new RawDocument(name, null, RawDocument.Kind.HTML, decoded, null, null, null, null, null));
    }
  }

  private static String unsupported(InputStream in, String lower, long size) throws IOException {
    if (size == 0) {
      return "empty file";
    }
    byte[] head = in.readNBytes(16);
    String binary = Decoder.binaryKind(head);
    if ("gzip".equals(binary)) {
      // Only the extension says WARC; a compressed file under another name is not guessed at.
      return "gzip content without a .warc.gz name (rename it if it is a WARC)";
    }
    int dot = lower.lastIndexOf('.');
    String ext = dot < 0 ? "(none)" : lower.substring(dot);
    return (binary != null ? "binary content (" + binary + "); " : "")
        + "unsupported file type " + ext + " (expected .txt, .html, .htm, .jsonl, .warc, .warc.gz)";
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // the input is rejected anyway; closing cannot lose anything
    }
  }

  private static Iterator<IngestItem> single(IngestItem item) {
    return List.of(item).iterator();
  }

  private void closeCurrent() {
    if (current instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception ignored) {
        // Reading is over; nothing can be lost by a failed close.
      }
    }
    current = Collections.emptyIterator();
  }

  @Override
  public void close() {
    closeCurrent();
    pending.clear();
  }
}
