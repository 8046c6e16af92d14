package org.dossier.web;

/**
 * A request the API refuses, answered as {@code {"error": code, "message": ...}} with its HTTP status: never a
 * 500 for what a user typed.
 */
public final class ApiException extends RuntimeException {
  private final int status;
  private final String code;

  public ApiException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  public static ApiException badParameter(String name, String message) {
    return new ApiException(400, "bad_parameter", "Parameter '" + name + "': " + message);
  }

  public static ApiException notFound(String what, String id) {
    return new ApiException(404, "not_found", "There is no " + what + " with the ID '" + id + "'.");
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
