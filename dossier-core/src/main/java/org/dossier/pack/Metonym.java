package org.dossier.pack;

import java.io.Serializable;

/**
 * Something that stands for a government when it acts: an entity ({@code aliasOf}, e.g. the place Baku)
 * or a cue phrase ({@code cue}, e.g. "the Kremlin"), acting for {@code actsFor}.
 */
public record Metonym(String aliasOf, String actsFor, String lang, String cue) implements Serializable {}
