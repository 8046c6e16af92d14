package org.dossier.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.text.RegexWords;

/**
 * The ASCII characters a pattern's match can begin with, found by probing it with each one alone: a one-character
 * text either matches or is read to its end when the pattern could go on from that character; a character the
 * pattern cannot start with is rejected without reaching the end. The second character is found the same way with
 * two-character texts, for each first character when the tagger first meets it. Characters beyond ASCII are always
 * allowed. A text starting at the match cannot show what stands before it, so the probes run on the pattern without
 * what asks about that ({@link RegexWords#withoutLookbehinds}: positive lookbehinds and word boundaries), which
 * matches wherever the pattern does; so a match is never missed. The tagger uses it to skip the word starts where a
 * rule cannot match.
 */
final class FirstChars implements StartFilter {
  private final Pattern pattern;
  private final long low;
  private final long high;
  /**
   * Per ASCII first character, the ASCII characters a match can go on with, probed the same way with two-character
   * texts when the first character is first met; null where not probed yet.
   */
  private final java.util.concurrent.atomic.AtomicReferenceArray<long[]> seconds =
      new java.util.concurrent.atomic.AtomicReferenceArray<>(128);

  private FirstChars(Pattern pattern, long low, long high) {
    this.pattern = pattern;
    this.low = low;
    this.high = high;
  }

  static FirstChars of(Pattern rule) {
    Pattern pattern;
    try {
      pattern = Pattern.compile(RegexWords.withoutLookbehinds(rule.pattern()), rule.flags());
    } catch (java.util.regex.PatternSyntaxException e) {
      return new FirstChars(null, -1L, -1L); // e.g. a back reference into a lookbehind: every character is allowed
    }
    long low = 0;
    long high = 0;
    for (char c = 0; c < 128; c++) {
      Matcher m = pattern.matcher(String.valueOf(c));
      if (m.lookingAt() || m.hitEnd()) {
        if (c < 64) low |= 1L << c;
        else high |= 1L << (c - 64);
      }
    }
    return new FirstChars(pattern, low, high);
  }

  boolean may(char c) {
    if (c >= 128) return true;
    return c < 64 ? (low & (1L << c)) != 0 : (high & (1L << (c - 64))) != 0;
  }

  /** Whether a match can begin with these two characters (beyond ASCII, always). */
  boolean may(char c, char d) {
    if (!may(c)) return false;
    if (pattern == null || c >= 128 || d >= 128) return true;
    long[] next = seconds.get(c);
    if (next == null) {
      next = probe(c);
      seconds.set(c, next);
    }
    return d < 64 ? (next[0] & (1L << d)) != 0 : (next[1] & (1L << (d - 64))) != 0;
  }

  /** Whether a match can begin at a place of the text, by the characters there (one, at the end of the region). */
  @Override
  public boolean mayStartAt(CharSequence text, int at, int end) {
    return at + 1 < end ? may(text.charAt(at), text.charAt(at + 1)) : may(text.charAt(at));
  }

  private long[] probe(char c) {
    long[] next = new long[2];
    char[] text = {c, 0};
    for (char d = 0; d < 128; d++) {
      text[1] = d;
      Matcher m = pattern.matcher(new String(text));
      if (m.lookingAt() || m.hitEnd()) next[d < 64 ? 0 : 1] |= 1L << (d & 63);
    }
    return next;
  }
}
