package org.dossier.pack;

import java.io.Serializable;

/** A group noun standing for the parties of the conflict ("beide Seiten", "the two countries"). */
public record Collective(String lang, String phrase, int size) implements Serializable {}
