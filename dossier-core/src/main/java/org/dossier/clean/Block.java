package org.dossier.clean;

/**
 * A paragraph-like unit of a page or text: what the boilerplate classifier labels.
 *
 * @param text         the block's text, white space collapsed
 * @param kind         its structural role where the markup says so
 * @param linkDensity  share of the text inside links (0 for plain text)
 * @param furniture    the markup marked it as page furniture (nav, aside, cookie banner ...)
 */
record Block(String text, Kind kind, double linkDensity, boolean furniture) {
  enum Kind { HEADING, TITLE, PARAGRAPH, LIST_ITEM, CAPTION, QUOTE, OTHER }

  static Block plain(String text) {
    return new Block(text, Kind.OTHER, 0, false);
  }
}
