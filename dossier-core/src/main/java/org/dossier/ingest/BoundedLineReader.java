package org.dossier.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads byte lines, never holding more than a limit of one line in memory. */
final class BoundedLineReader {
  /** One line: its bytes, or null when it exceeded the limit (then {@code length} is its full size). */
  record Line(byte[] bytes, long length) {}

  private final InputStream in;
  private final long limit;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

  BoundedLineReader(InputStream in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  /** The next line without its terminator, or null at end of input. */
  Line next() throws IOException {
    buffer.reset();
    long length = 0;
    boolean any = false;
    int b;
    while ((b = in.read()) != -1) {
      any = true;
      if (b == '\n') {
        break;
      }
      length++;
      if (length <= limit) {
        buffer.write(b);
      }
    }
    if (!any) {
      return null;
    }
    if (length > limit) {
      return new Line(null, length);
    }
    byte[] bytes = buffer.toByteArray();
    int n = bytes.length;
    if (n > 0 && bytes[n - 1] == '\r') {
      bytes = java.util.Arrays.copyOf(bytes, n - 1);
    }
    return new Line(bytes, length);
  }
}
