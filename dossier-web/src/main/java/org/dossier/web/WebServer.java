package org.dossier.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.dossier.output.ContractJson;
import org.dossier.store.StoreException;

/**
 * The workbench server: the REST API under {@code /api}, its description at {@code /openapi.json} and the web UI
 * at {@code /}, every asset served from the jar. The entry point of this package:
 *
 * <pre>{@code
 * try (WebServer server = WebServer.start(workbench, "127.0.0.1", 7070)) { ... server.url() ... }
 * }</pre>
 */
public final class WebServer implements AutoCloseable {
  /** The UI's page and scripts. */
  static final String UI = "/org/dossier/web/ui";
  /** The components shared with the HTML report. */
  static final String ASSETS = "/org/dossier/web/assets";
  private static final String ERROR_WRITTEN = "dossier.error";
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
      + "script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
      + "form-action 'self'";

  private final Javalin app;
  private final String host;

  private WebServer(Javalin app, String host) {
    this.app = app;
    this.host = host;
  }

  /** Starts serving; port 0 takes a free port ({@link #port} tells which). */
  public static WebServer start(Workbench workbench, String host, int port) {
    List<Route> routes = new Api(workbench).routes();
    ObjectNode openApi = OpenApi.describe(routes);
    ObjectMapper mapper = ContractJson.mapper().copy()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .registerModule(new SimpleModule("iso-days").addSerializer(LocalDate.class, new ToStringSerializer()));
    Javalin app = Javalin.create(config -> {
      config.jsonMapper(new JavalinJackson(mapper, false));
      config.http.defaultContentType = Api.JSON;
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = UI;
        files.location = Location.CLASSPATH;
        files.headers = Map.of("Cache-Control", "no-cache");
      });
      config.staticFiles.add(files -> {
        files.hostedPath = "/assets";
        files.directory = ASSETS;
        files.location = Location.CLASSPATH;
        files.headers = Map.of("Cache-Control", "no-cache");
      });
      // data never becomes code: only the jar's own scripts run, and nothing is fetched from elsewhere
      config.routes.before(ctx -> {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
      });
      for (Route route : routes) config.routes.get(route.path(), route.handler());
      config.routes.get(OpenApi.PATH, ctx -> ctx.json(openApi));
      config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
      config.routes.exception(IllegalArgumentException.class,
          (e, ctx) -> error(ctx, 400, "bad_parameter", e.getMessage()));
      config.routes.exception(StoreException.class, (e, ctx) -> {
        System.err.println("dossier serve: " + ctx.method() + " " + ctx.fullUrl() + ": " + e.getMessage());
        error(ctx, 500, "store", "The store could not answer this request; the server's log says why.");
      });
      config.routes.exception(Exception.class, (e, ctx) -> {
        System.err.println("dossier serve: " + ctx.method() + " " + ctx.fullUrl() + " failed");
        e.printStackTrace();
        // the details (paths, library messages) go to the server's log, not to the client
        error(ctx, 500, "internal", "The server failed on this request; its log says why.");
      });
      config.routes.error(404, ctx -> {
        if (ctx.path().startsWith("/api/") && ctx.attribute(ERROR_WRITTEN) == null) {
          error(ctx, 404, "not_found", "There is no API route " + ctx.path() + "; see /openapi.json.");
        }
      });
    });
    app.start(host, port);
    return new WebServer(app, host);
  }

  private static void error(io.javalin.http.Context ctx, int status, String code, String message) {
    ctx.attribute(ERROR_WRITTEN, true);
    ctx.status(status).json(Map.of("error", code, "message", message == null ? code : message));
  }

  public int port() {
    return app.port();
  }

  public String url() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : h) + ":" + port() + "/";
  }

  /** The paths of the GET routes the server answers (the API and its description), for checking the description. */
  public List<String> routePaths() {
    return app.unsafe.internalRouter.allHttpHandlers().stream().filter(e -> e.endpoint.method == HandlerType.GET)
        .map(e -> e.endpoint.path).distinct().toList();
  }

  @Override
  public void close() {
    app.stop();
  }

  static UncheckedIOException unchecked(IOException e) {
    return new UncheckedIOException(e);
  }
}
