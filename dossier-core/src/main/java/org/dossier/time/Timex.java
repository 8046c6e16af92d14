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
 */
public record Timex(Span span, String surface, TimexType type, String value, String rule, TimeReference anchor) {}
