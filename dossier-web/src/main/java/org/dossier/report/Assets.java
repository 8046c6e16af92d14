package org.dossier.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The browser assets the report inlines and the web UI serves as files, all under {@value #FOLDER} on the
 * classpath: plain scripts without a build step, one stylesheet, and the map's country boundaries.
 */
public final class Assets {
  public static final String FOLDER = "org/dossier/web/assets/";
  /** The scripts in the order a page loads them: each uses only those before it. */
  public static final List<String> SCRIPTS =
      List.of("dossier.js", "timeline.js", "entries.js", "graph.js", "map.js", "report.js");
  public static final String STYLESHEET = "dossier.css";
  /** Country boundaries of the Caucasus from Natural Earth (public domain), as GeoJSON. */
  public static final String BOUNDARIES = "caucasus-boundaries.json";

  private Assets() {}

  /** An asset's text. */
  public static String read(String name) {
    try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
      if (in == null) throw new IllegalStateException("asset " + FOLDER + name + " missing from the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
