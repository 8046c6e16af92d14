package org.dossier.time;

import org.dossier.model.Span;

/**
 * A temporal expression found in a text, with its TIMEX3 type and value.
 *
 * @param span    where it stands in the text (UTF-16 offsets)
 * @param surface the text of the span
 * @param type    DATE, TIME, DURATION or SET
 * @param value   the TIMEX3 value ({@code 2020-10-09}, {@code 2024-02}, {@code 199}, {@code P5M}, {@code XXXX-WXX-2},
 *                {@code PRESENT_REF}, ...)
 * @param rule    the name of the rule that found it, for tracing
 * @param anchor  the reference a relative expression was resolved against, or null for an absolute one
 * @param shift   for an expression relative to the time of writing in a text without one ("vergangene Woche",
 *                "yesterday", "heute"), how far from that time it lies: {@code -1W}, {@code -1D}, {@code 0D};
 *                otherwise null. Its value is then only as precise as the text ({@code XXXX-WXX}), but once the day
 *                of writing is known from the content, the shift places it.
 */
public record Timex(Span span, String surface, TimexType type, String value, String rule, TimeReference anchor,
    String shift) {
  public Timex(Span span, String surface, TimexType type, String value, String rule, TimeReference anchor) {
    this(span, surface, type, value, rule, anchor, null);
  }
}
