package org.dossier.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ASCII characters a pattern's match can begin with, found by probing it with each one alone: a one-character
 * text either matches or is read to its end when the pattern could go on from that character; a character the
 * pattern cannot start with is rejected without reaching the end. Characters beyond ASCII are always allowed, and
 * so is every character for a pattern with a lookbehind that needs text before it ("(?<=...)"), which a lone
 * character cannot show; so a match is never missed. The tagger uses it to skip the word starts where a rule
 * cannot match.
 */
final class FirstChars {
  private final long low;
  private final long high;

  private FirstChars(long low, long high) {
    this.low = low;
    this.high = high;
  }

  static FirstChars of(Pattern pattern) {
    if (pattern.pattern().contains("(?<=")) return new FirstChars(-1L, -1L);
    long low = 0;
    long high = 0;
    for (char c = 0; c < 128; c++) {
      Matcher m = pattern.matcher(String.valueOf(c));
      if (m.lookingAt() || m.hitEnd()) {
        if (c < 64) low |= 1L << c;
        else high |= 1L << (c - 64);
      }
    }
    return new FirstChars(low, high);
  }

  boolean may(char c) {
    if (c >= 128) return true;
    return c < 64 ? (low & (1L << c)) != 0 : (high & (1L << (c - 64))) != 0;
  }
}
