package org.dossier.pack;

import java.io.Serializable;

/** An actor that is its country's institution of a kind ("foreign_ministry", "armed_forces"). */
public record Institution(String actor, String kind) implements Serializable {}
