package org.dossier.pack;

import java.io.Serializable;

/** A nationality adjective of a country ("Armenian", stem "armenisch"), marking actors without naming them. */
public record Demonym(String country, String lang, String adjective) implements Serializable {}
