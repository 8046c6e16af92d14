package org.dossier.report;

/** An analysis folder the report cannot be made from; the message names the file and line. */
public final class ReportException extends RuntimeException {
  public ReportException(String message) {
    super(message);
  }

  public ReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
