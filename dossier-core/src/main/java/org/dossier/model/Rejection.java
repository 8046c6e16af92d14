package org.dossier.model;

/** An input that could not be turned into a document, with a reason a person can act on. */
public record Rejection(String input, String reason) implements IngestItem {
  /** The rejection of a document whose ID an earlier input of the run already gave. */
  public static Rejection repeatedId(String input, String id, String firstInput) {
    return new Rejection(input, "repeated id '" + id + "' (first seen in " + firstInput + ")");
  }
}
