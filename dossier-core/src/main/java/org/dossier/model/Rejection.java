package org.dossier.model;

/** An input that could not be turned into a document, with a reason a person can act on. */
public record Rejection(String input, String reason) implements IngestItem {}
