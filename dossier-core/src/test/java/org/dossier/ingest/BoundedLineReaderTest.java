package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {
  /** Each line as text, or "!" + its length when it was over the limit. */
  private static List<String> read(byte[] input, long limit, int bufferSize, boolean trickle) throws IOException {
    InputStream in = new ByteArrayInputStream(input);
    if (trickle) {
      // a stream that hands out at most three bytes per read, and sometimes none
      in = new FilterInputStream(in) {
        private int calls;

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return ++calls % 4 == 0 ? 0 : super.read(b, off, Math.min(len, 3));
        }
      };
    }
    BoundedLineReader reader = new BoundedLineReader(in, limit, bufferSize);
    List<String> out = new ArrayList<>();
    for (BoundedLineReader.Line line = reader.next(); line != null; line = reader.next()) {
      out.add(line.bytes() == null ? "!" + line.length() : new String(line.bytes(), StandardCharsets.UTF_8));
    }
    return out;
  }

  @Test
  void splitsLinesAcrossBufferBoundaries() throws IOException {
    byte[] input = "first\nsecond line\r\n\nlast without end".getBytes(StandardCharsets.UTF_8);
    for (int size : new int[] {1, 2, 3, 7, 64}) {
      assertThat(read(input, 100, size, false)).as("buffer " + size)
          .containsExactly("first", "second line", "", "last without end");
      assertThat(read(input, 100, size, true)).as("trickled, buffer " + size)
          .containsExactly("first", "second line", "", "last without end");
    }
  }

  @Test
  void reportsTheFullLengthOfALineOverTheLimitAndGoesOn() throws IOException {
    byte[] input = "short\n0123456789abc\nok\n".getBytes(StandardCharsets.UTF_8);
    for (int size : new int[] {1, 4, 64}) {
      assertThat(read(input, 10, size, false)).as("buffer " + size).containsExactly("short", "!13", "ok");
    }
    // exactly at the limit is kept; a carriage return counts towards the limit, as read
    assertThat(read("0123456789\n012345678\r\n".getBytes(StandardCharsets.UTF_8), 10, 4, false))
        .containsExactly("0123456789", "012345678");
  }

  @Test
  void endsAtEndOfInput() throws IOException {
    assertThat(read(new byte[0], 10, 4, false)).isEmpty();
    assertThat(read("\n".getBytes(StandardCharsets.UTF_8), 10, 4, false)).containsExactly("");
    assertThat(read("a\n".getBytes(StandardCharsets.UTF_8), 10, 4, false)).containsExactly("a");
  }

  @Test
  void agreesWithSplittingTheWholeInputOnRandomLines() throws IOException {
    Random random = new Random(5);
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      List<String> expected = new ArrayList<>();
      int lines = 1 + random.nextInt(6);
      for (int l = 0; l < lines; l++) {
        StringBuilder line = new StringBuilder();
        int length = random.nextInt(30);
        for (int k = 0; k < length; k++) line.append(k % 11 == 10 ? 'ä' : (char) ('a' + random.nextInt(26)));
        text.append(line).append('\n');
        int bytes = line.toString().getBytes(StandardCharsets.UTF_8).length;
        expected.add(bytes > 20 ? "!" + bytes : line.toString());
      }
      byte[] input = text.toString().getBytes(StandardCharsets.UTF_8);
      assertThat(read(input, 20, 1 + random.nextInt(40), random.nextBoolean())).isEqualTo(expected);
    }
  }
}
