package org.dossier.pack;

import java.io.Serializable;

/** A spelling rule for matching keys: folded {@code from} is written {@code to} ("sch" → "s", "w" → "v"). */
public record Transliteration(String from, String to) implements Serializable {}
