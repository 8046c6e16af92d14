package org.dossier.model;

/** Converts UTF-16 char offsets of one text into Unicode code point offsets, as the contract requires. */
public final class CodePoints {
  private final String text;
  private final boolean bmpOnly;

  public CodePoints(String text) {
    this.text = text;
    this.bmpOnly = text.codePointCount(0, text.length()) == text.length();
  }

  public int offset(int charOffset) {
    return bmpOnly ? charOffset : text.codePointCount(0, charOffset);
  }
}
