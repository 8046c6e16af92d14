package org.dossier.web;

import java.util.List;

/**
 * A parameter of an API route, as {@code openapi.json} describes it and {@link Params} reads it.
 *
 * @param in      {@code query} or {@code path}
 * @param type    {@code string}, {@code integer} or {@code date} (an ISO day, {@code YYYY-MM-DD})
 * @param choices the values allowed, or empty for any
 */
public record Param(String name, String in, String type, String description, List<String> choices) {
  public Param {
    choices = List.copyOf(choices);
  }

  static Param query(String name, String type, String description) {
    return new Param(name, "query", type, description, List.of());
  }

  static Param path(String name, String description) {
    return new Param(name, "path", "string", description, List.of());
  }

  static Param choice(String name, String description, List<String> choices) {
    return new Param(name, "query", "string", description, choices);
  }

  static final Param OFFSET = query("offset", "integer", "items to skip (default 0)");
  static final Param LIMIT = query("limit", "integer", "items to return (default 50, at most 500)");
}
