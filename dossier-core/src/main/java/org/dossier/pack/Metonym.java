package org.dossier.pack;

import java.io.Serializable;

/**
 * Something that stands for a government when it acts: an entity ({@code aliasOf}, e.g. the place Baku)
 * or a cue phrase ({@code cue}, e.g. "the Kremlin"), acting for {@code actsFor}. With both, the phrase names that
 * entity and acts for the other: "ethnic Armenians" are Armenians, who in this conflict stand for the Karabakh side.
 */
public record Metonym(String aliasOf, String actsFor, String lang, String cue) implements Serializable {}
