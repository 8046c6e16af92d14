package org.dossier.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads an output file line by line, so that no file is ever held whole. */
final class JsonLines {
  interface LineHandler {
    void line(JsonNode line);
  }

  private JsonLines() {}

  /** Hands every line of {@code file} to {@code handler}; returns how many there were. */
  static long read(Path file, ObjectMapper json, LineHandler handler) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new ReportException("not an analysis output folder: " + file + " is missing");
    }
    long number = 0;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) continue;
        JsonNode node;
        try {
          node = json.readTree(line);
        } catch (JsonProcessingException e) {
          throw new ReportException(file + ":" + number + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!node.isObject()) throw new ReportException(file + ":" + number + ": expected a JSON object");
        handler.line(node);
      }
    }
    return number;
  }

  /** A field's text, or null when it is missing or JSON null. */
  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** The first {@code max} code points of {@code s}, with an ellipsis when it was longer. */
  static String cut(String s, int max) {
    if (s == null || s.codePointCount(0, s.length()) <= max) return s;
    return s.substring(0, s.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
  }
}
