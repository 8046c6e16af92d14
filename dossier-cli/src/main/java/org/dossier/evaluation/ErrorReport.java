package org.dossier.evaluation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dossier.model.Span;

/**
 * The failures of one temporal suite, one row per missed, spurious or wrongly normalised expression,
 * written as a TSV sorted by document and offset.
 *
 * <p>Kinds: {@code missed} (a gold expression no system expression matches), {@code spurious} (a system
 * expression no gold one matches), and for a matched pair the faults joined by {@code +}:
 * {@code wrong-span} (overlapping, not identical offsets), {@code wrong-value}, {@code wrong-type}. The
 * suites without offsets or types (seeds, detection cases) report what they can.
 */
public final class ErrorReport {
  static final String HEADER = String.join("\t", "doc", "gold_span", "gold_text", "gold_type", "gold_value",
      "sys_span", "sys_text", "sys_type", "sys_value", "kind", "context", "rule");
  private static final int CONTEXT = 30;

  /**
   * One failure. Spans may be null (no such expression, or gold without offsets); {@code offset} orders the
   * rows of a document.
   */
  public record Row(String doc, int offset, Span goldSpan, String goldText, String goldType, String goldValue,
      Span sysSpan, String sysText, String sysType, String sysValue, String kind, String context, String rule) {}

  private final List<Row> rows = new ArrayList<>();

  public synchronized void add(Row row) {
    rows.add(row);
  }

  public synchronized List<Row> rows() {
    return sorted();
  }

  public void write(Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write('\n');
      for (Row r : rows()) {
        w.write(String.join("\t", cell(r.doc()), span(r.goldSpan()), cell(r.goldText()), cell(r.goldType()),
            cell(r.goldValue()), span(r.sysSpan()), cell(r.sysText()), cell(r.sysType()), cell(r.sysValue()),
            cell(r.kind()), cell(r.context()), cell(r.rule())));
        w.write('\n');
      }
    }
  }

  private List<Row> sorted() {
    List<Row> out = new ArrayList<>(rows);
    out.sort(Comparator.comparing(Row::doc).thenComparingInt(Row::offset)
        .thenComparing(r -> r.sysSpan() == null ? Integer.MAX_VALUE : r.sysSpan().start())
        .thenComparing(Row::kind));
    return out;
  }

  /**
   * About {@value #CONTEXT} characters either side of a span, the span itself in {@code [[ ]]}, line
   * breaks and tabs as blanks.
   */
  public static String context(String text, Span span) {
    if (text == null) return "";
    if (span == null) return flat(text.length() <= 2 * CONTEXT ? text : text.substring(0, 2 * CONTEXT) + "…");
    int from = Math.max(0, span.start() - CONTEXT);
    int to = Math.min(text.length(), span.end() + CONTEXT);
    return (from > 0 ? "…" : "") + flat(text.substring(from, span.start())) + "[[" + flat(span.of(text)) + "]]"
        + flat(text.substring(span.end(), to)) + (to < text.length() ? "…" : "");
  }

  private static String flat(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  private static String cell(String s) {
    return s == null ? "" : flat(s);
  }

  private static String span(Span s) {
    return s == null ? "" : s.start() + "-" + s.end();
  }
}
