package org.dossier.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A written report.html taken apart as a browser would: its script elements and the embedded JSON. */
final class ReportFile {
  private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL);
  private static final ObjectMapper JSON = new ObjectMapper();

  final String html;
  final List<String> scriptOpenings = new ArrayList<>();
  final List<String> scriptBodies = new ArrayList<>();

  ReportFile(Path file) throws IOException {
    html = Files.readString(file, StandardCharsets.UTF_8);
    // a script element ends at the first "</script" whatever it holds, exactly as an HTML parser ends it
    Matcher m = SCRIPT.matcher(html);
    while (m.find()) {
      scriptOpenings.add(m.group(1));
      scriptBodies.add(m.group(2));
    }
  }

  /** The text of the JSON script element with this id, or null. */
  String json(String id) {
    for (int i = 0; i < scriptOpenings.size(); i++) {
      if (scriptOpenings.get(i).contains("id=\"" + id + "\"")) return scriptBodies.get(i);
    }
    return null;
  }

  JsonNode data() throws IOException {
    return JSON.readTree(json(HtmlPage.DATA_ID));
  }

  /** The page without its embedded data: markup, style and code. */
  String withoutData() {
    String out = html;
    for (String id : List.of(HtmlPage.DATA_ID, HtmlPage.BOUNDARIES_ID)) {
      String body = json(id);
      if (body != null) out = out.replace(body, "");
    }
    return out;
  }
}
