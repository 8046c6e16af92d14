package org.dossier.search;

/** A query that cannot be parsed; the message says where and why, in words a user can act on. */
public final class InvalidQueryException extends Exception {
  public InvalidQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
