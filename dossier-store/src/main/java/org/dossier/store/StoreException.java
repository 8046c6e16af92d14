package org.dossier.store;

/** The store could not be opened, read or written; the message says which store and what failed. */
public final class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
