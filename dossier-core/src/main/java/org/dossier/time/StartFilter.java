package org.dossier.time;

/** Where a pattern's match can begin, told cheaply from the text there, so that the pattern is tried only there. */
interface StartFilter {
  /** Whether a match can begin at a place of the text (the region ending at end); never false where one can. */
  boolean mayStartAt(CharSequence text, int at, int end);
}
