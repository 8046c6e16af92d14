package org.dossier.web;

import io.javalin.http.Handler;
import java.util.List;

/**
 * A GET route of the API: its path (Javalin syntax, {@code {id}} for a path parameter), what it returns, its
 * parameters and its handler. The one table of routes ({@link Api#routes}) is what the server registers and
 * what {@code openapi.json} describes, so the two cannot drift apart.
 *
 * @param produces the response's media type
 * @param paged    whether the response is a page {@code {total, offset, limit, items}}
 */
public record Route(String path, String summary, String produces, boolean paged, List<Param> params, Handler handler) {
  public Route {
    params = List.copyOf(params);
  }
}
