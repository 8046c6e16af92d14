package org.dossier.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Map;
import org.dossier.pack.Pack;

/**
 * The self-contained HTML report of a finished analysis: {@code DIR/report.html}, one file an analyst can
 * e-mail or open from disk with no network. It reads the output files of {@code DIR} as streams and embeds a
 * bounded selection of them ({@link ReportLimits}), saying in the page what it left out. See docs/REPORT.md.
 */
public final class Report {
  public static final String FILE = "report.html";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectWriter SCRIPT_SAFE = JSON.writer().with(new ScriptSafeEscapes());

  /** What was written: the file, its size and how much of the analysis it shows. */
  public record Written(Path file, long bytes, long timelineShown, long timelineTotal, boolean map) {}

  private Report() {}

  public static Written write(Path dir, Pack pack) throws IOException {
    return write(dir, pack, ReportLimits.defaults());
  }

  /**
   * Writes {@code dir/report.html} from the analysis output in {@code dir}, replacing an earlier report;
   * {@code pack} gives the places' coordinates for the map.
   *
   * @throws ReportException when {@code dir} is not a complete analysis output (the message names the file)
   */
  public static Written write(Path dir, Pack pack, ReportLimits limits) throws IOException {
    ObjectNode data = ReportData.read(dir, pack, limits, JSON);
    JsonNode boundaries = JSON.readTree(Assets.read(Assets.BOUNDARIES));
    boolean map = anyPlaceWithin(data.path("places"), boundaries.path("bbox"));
    long documents = data.path("summary").path("documents").asLong();
    String title = "Dossier report: " + documents + (documents == 1 ? " document" : " documents")
        + " (" + pack.name() + ")";
    Path file = dir.resolve(FILE);
    Path partial = dir.resolve(FILE + ".partial");
    try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      HtmlPage.write(out, title, SCRIPT_SAFE.writeValueAsString(data),
          map ? SCRIPT_SAFE.writeValueAsString(boundaries) : null);
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    JsonNode timeline = data.path("limits").path("timeline");
    return new Written(file, Files.size(file), timeline.path("shown").asLong(), timeline.path("total").asLong(), map);
  }

  /** Whether a map of the boundaries' extent would show any of the places. */
  private static boolean anyPlaceWithin(JsonNode places, JsonNode bbox) {
    if (bbox.size() != 4) return false;
    for (Iterator<Map.Entry<String, JsonNode>> it = places.fields(); it.hasNext(); ) {
      JsonNode p = it.next().getValue();
      double lon = p.path("lon").asDouble();
      double lat = p.path("lat").asDouble();
      if (lon >= bbox.get(0).asDouble() && lat >= bbox.get(1).asDouble() && lon <= bbox.get(2).asDouble()
          && lat <= bbox.get(3).asDouble()) {
        return true;
      }
    }
    return false;
  }
}
