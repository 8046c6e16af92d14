package org.dossier.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.output.ContractJson;

/** The OpenAPI 3.0 description of the routes, built from the same table the server registers. */
final class OpenApi {
  static final String PATH = "/openapi.json";
  private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

  private OpenApi() {}

  static ObjectNode describe(List<Route> routes) {
    ObjectNode doc = ContractJson.mapper().createObjectNode();
    doc.put("openapi", "3.0.3");
    ObjectNode info = doc.putObject("info");
    info.put("title", "Dossier API");
    info.put("version", "0.1.0");
    info.put("description", "Read-only access to a Dossier store: documents, events, timeline, stories, actors, "
        + "the actor graph, full-text search and exports. Lists are pages {total, offset, limit, items}; errors are "
        + "{error, message} with status 400 (bad parameter, invalid query) or 404 (unknown ID).");
    ObjectNode paths = doc.putObject("paths");
    for (Route route : routes) {
      ObjectNode get = paths.putObject(openApiPath(route.path())).putObject("get");
      get.put("summary", route.summary());
      get.put("operationId", operationId(route.path()));
      ArrayNode params = get.putArray("parameters");
      for (Param p : route.params()) params.add(parameter(p));
      ObjectNode responses = get.putObject("responses");
      ObjectNode ok = responses.putObject("200");
      ok.put("description", route.paged() ? "a page {total, offset, limit, items}" : "the result");
      ok.putObject("content").putObject(route.produces()).putObject("schema").put("type",
          route.produces().equals(Api.JSON) ? "object" : "string");
      error(responses, "400", "a parameter cannot be used or the search query cannot be read");
      if (route.path().contains("{")) error(responses, "404", "no item has this ID");
    }
    ObjectNode self = paths.putObject(PATH).putObject("get");
    self.put("summary", "This description");
    self.put("operationId", "openapi");
    self.putObject("responses").putObject("200").put("description", "the OpenAPI 3.0 document");
    ObjectNode schemas = doc.putObject("components").putObject("schemas");
    ObjectNode error = schemas.putObject("Error").put("type", "object");
    error.putArray("required").add("error").add("message");
    ObjectNode props = error.putObject("properties");
    props.putObject("error").put("type", "string").put("description", "bad_parameter, invalid_query, not_found");
    props.putObject("message").put("type", "string");
    return doc;
  }

  private static void error(ObjectNode responses, String status, String description) {
    ObjectNode r = responses.putObject(status);
    r.put("description", description);
    r.putObject("content").putObject(Api.JSON).putObject("schema").put("$ref", "#/components/schemas/Error");
  }

  private static ObjectNode parameter(Param p) {
    ObjectNode o = ContractJson.mapper().createObjectNode();
    o.put("name", p.name());
    o.put("in", p.in());
    o.put("required", p.in().equals("path"));
    o.put("description", p.description());
    ObjectNode schema = o.putObject("schema");
    switch (p.type()) {
      case "integer" -> schema.put("type", "integer").put("minimum", 0);
      case "date" -> schema.put("type", "string").put("format", "date");
      default -> schema.put("type", "string");
    }
    if (!p.choices().isEmpty()) {
      ArrayNode e = schema.putArray("enum");
      p.choices().forEach(e::add);
    }
    return o;
  }

  /** Javalin writes a path parameter as {id}, as OpenAPI does. */
  static String openApiPath(String javalinPath) {
    return javalinPath;
  }

  private static String operationId(String path) {
    Matcher m = PATH_PARAM.matcher(path);
    String base = m.replaceAll("by_$1").replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "");
    return base;
  }
}
