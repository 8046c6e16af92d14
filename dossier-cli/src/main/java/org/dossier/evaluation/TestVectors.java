package org.dossier.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.model.Span;

/**
 * Readers for the tab-separated temporal test lists: input fragments with the expressions a tagger must
 * find ({@link #vectors}) and inputs that must or must not contain one ({@link #detectionCases}). Lines
 * may end in CR LF; a cell in double quotes is unquoted ({@code ""} stands for one quote).
 */
public final class TestVectors {
  private TestVectors() {}

  /**
   * One expected expression of a vector.
   *
   * @param rule  the name of the rule expected to find it (for reading only)
   * @param text  its text in the fragment
   * @param value its TIMEX3 value, or null where the expectation has none (an interval vector)
   * @param span  where it stands in the fragment, or null when the text is not in it
   */
  public record Expected(String rule, String text, String value, Span span) {}

  /**
   * A test vector: file columns {@code file, test_method, ignored, input_fragment, dct_if_given,
   * expected rule|span|value} with {@code ||} between several expected expressions.
   *
   * @param line     its line number in the file (1 = header)
   * @param dct      the document date as a TIMEX3 date ({@code 19981102} read as {@code 1998-11-02}), or null
   * @param expected the expressions to find; empty = the fragment must give none
   */
  public record Vector(int line, String file, String method, boolean ignored, String fragment, String dct,
      List<Expected> expected) {
    /** Whether the vector expects a TIMEX3 value for every expression (interval vectors do not). */
    public boolean hasValues() {
      return expected.stream().allMatch(e -> e.value() != null);
    }
  }

  /**
   * A detection case: columns {@code test_group, expectation, input, source_comment}.
   *
   * @param expectSome true for {@code expect>=1}, false for {@code expect=0}
   */
  public record DetectionCase(int line, String group, boolean expectSome, String input, String comment) {}

  public static List<Vector> vectors(Path tsv) throws IOException {
    List<Vector> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String line = strip(lines.get(i));
      if (line.isBlank()) continue;
      String[] c = cells(line);
      if (c.length < 4) throw new IOException(tsv + ":" + (i + 1) + ": expected 6 columns");
      String fragment = col(c, 3);
      String dct = dct(col(c, 4));
      List<Expected> expected = new ArrayList<>();
      int from = 0;
      for (String part : col(c, 5).split("\\|\\|")) {
        if (part.isBlank()) continue;
        String[] f = part.strip().split("\\|", -1);
        String rule = f[0].strip();
        String text = f.length > 1 ? f[1].strip() : "";
        String value = f.length > 2 && !f[2].isBlank() ? f[2].strip() : null;
        // Expected expressions are listed in text order; look after the previous one first.
        int at = text.isEmpty() ? -1 : fragment.indexOf(text, from);
        if (at < 0 && !text.isEmpty()) at = fragment.indexOf(text);
        Span span = at < 0 ? null : new Span(at, at + text.length());
        if (span != null) from = span.end();
        expected.add(new Expected(rule, text, value, span));
      }
      out.add(new Vector(i + 1, col(c, 0), col(c, 1), col(c, 2).equalsIgnoreCase("ignored"), fragment, dct,
          List.copyOf(expected)));
    }
    return out;
  }

  public static List<DetectionCase> detectionCases(Path tsv) throws IOException {
    List<DetectionCase> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String line = strip(lines.get(i));
      if (line.isBlank()) continue;
      String[] c = cells(line);
      String expectation = col(c, 1).replace(" ", "").toLowerCase(Locale.ROOT);
      boolean some;
      if (expectation.equals("expect=0") || expectation.equals("expect==0") || expectation.equals("expectnone")) {
        some = false;
      } else if (expectation.equals("expect>=1") || expectation.equals("expect>0")) {
        some = true;
      } else {
        throw new IOException(tsv + ":" + (i + 1) + ": unknown expectation '" + col(c, 1) + "'");
      }
      out.add(new DetectionCase(i + 1, col(c, 0), some, col(c, 2), col(c, 3)));
    }
    return out;
  }

  /** A document date cell as a TIMEX3 date: {@code 19981102} gives {@code 1998-11-02}; blank gives null. */
  static String dct(String cell) {
    String d = cell.strip();
    if (d.isEmpty()) return null;
    if (d.matches("\\d{8}")) return d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6);
    return d;
  }

  private static String strip(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  private static String[] cells(String line) {
    String[] c = line.split("\t", -1);
    for (int i = 0; i < c.length; i++) {
      String s = c[i];
      if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
        c[i] = s.substring(1, s.length() - 1).replace("\"\"", "\"");
      }
    }
    return c;
  }

  private static String col(String[] c, int i) {
    return i < c.length ? c[i] : "";
  }
}
