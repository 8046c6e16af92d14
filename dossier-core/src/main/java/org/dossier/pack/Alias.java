package org.dossier.pack;

import java.io.Serializable;

/** A spelling of an actor or place in a language ({@code *} for any). */
public record Alias(String id, String lang, String text) implements Serializable {}
