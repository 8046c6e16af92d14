package org.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads byte lines, never holding more than a limit of one line in memory. It buffers the stream itself and
 * copies each line out in runs, rather than a byte at a time: at a thousand articles a second the per-byte
 * reads of a buffered stream were a noticeable share of the reading thread.
 */
final class BoundedLineReader {
  /** One line: its bytes, or null when it exceeded the limit (then {@code length} is its full size). */
  record Line(byte[] bytes, long length) {}

  private static final int DEFAULT_BUFFER = 1 << 16;

  private final InputStream in;
  private final long limit;
  private final byte[] buffer;
  private int position;
  private int filled;
  private byte[] line = new byte[256];

  BoundedLineReader(InputStream in, long limit) {
    this(in, limit, DEFAULT_BUFFER);
  }

  BoundedLineReader(InputStream in, long limit, int bufferSize) {
    this.in = in;
    this.limit = limit;
    this.buffer = new byte[bufferSize];
  }

  /** The next line without its terminator ("\n", or "\r\n"), or null at end of input. */
  Line next() throws IOException {
    long length = 0;
    int kept = 0;
    boolean any = false;
    while (true) {
      if (position == filled && !fill()) break;
      any = true;
      int end = position;
      while (end < filled && buffer[end] != '\n') end++;
      int run = end - position;
      if (length + run <= limit) {
        kept = append(kept, run);
      } else if (length < limit) {
        kept = append(kept, (int) (limit - length));
      }
      length += run;
      position = end;
      if (end < filled) {
        position++; // the terminator
        break;
      }
    }
    if (!any) {
      return null;
    }
    if (length > limit) {
      return new Line(null, length);
    }
    if (kept > 0 && line[kept - 1] == '\r') kept--;
    return new Line(Arrays.copyOf(line, kept), length);
  }

  /** Appends {@code count} bytes from the buffer's position to the line held so far; returns its new length. */
  private int append(int kept, int count) {
    if (kept + count > line.length) line = Arrays.copyOf(line, Math.max(kept + count, line.length * 2));
    System.arraycopy(buffer, position, line, kept, count);
    return kept + count;
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    while (n == 0) n = in.read(buffer, 0, buffer.length);
    if (n < 0) return false;
    position = 0;
    filled = n;
    return true;
  }
}
