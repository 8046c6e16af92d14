package org.dossier.model;

/**
 * A half-open range {@code [start, end)} of a document's cleaned text, in UTF-16 char offsets.
 * Output converts to the contract's code point offsets (see {@link CodePoints}).
 */
public record Span(int start, int end) implements java.io.Serializable {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public String of(String text) {
    return text.substring(start, end);
  }
}
