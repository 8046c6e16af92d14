package org.dossier.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.RawDocument;

/**
 * Reads a plain-text article. Two header forms are understood: the inline {@code date YYYY-MM[-DD]}
 * prefix of crawled seeds, and a block of {@code key: value} lines (url, title, date) ended by a blank
 * line. Header values are kept as evidence for later stages, never trusted blindly.
 */
final class TextArticle {
  private static final Pattern INLINE_DATE =
      Pattern.compile("\\A\\s*(date\\s+\\d{4}-\\d{2}(?:-\\d{2})?)\\b[ \\t]*");
  private static final Pattern HEADER_LINE =
      Pattern.compile("(url|title|date|published|source)\\s*:\\s*(.*)", Pattern.CASE_INSENSITIVE);
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\(?(none|null|n/?a|unknown|-+)\\)?", Pattern.CASE_INSENSITIVE);

  private TextArticle() {}

  static RawDocument parse(String input, String text) {
    String body = text;
    String url = null;
    String title = null;
    String header = null;

    Matcher inline = INLINE_DATE.matcher(body);
    if (inline.find()) {
      header = inline.group(1).replaceAll("\\s+", " ");
      body = body.substring(inline.end());
    } else {
      int pos = 0;
      int fields = 0;
      String u = null;
      String t = null;
      String d = null;
      while (pos < body.length()) {
        int nl = body.indexOf('\n', pos);
        String line = (nl < 0 ? body.substring(pos) : body.substring(pos, nl)).strip();
        if (line.isEmpty()) {
          break;
        }
        Matcher m = HEADER_LINE.matcher(line);
        if (!m.matches()) {
          fields = 0;
          break;
        }
        fields++;
        String value = m.group(2).strip();
        // a crawler's placeholder for a field it did not find
        if (PLACEHOLDER.matcher(value).matches()) value = "";
        switch (m.group(1).toLowerCase(java.util.Locale.ROOT)) {
          case "url", "source" -> u = value.isEmpty() ? null : value;
          case "title" -> t = value.isEmpty() ? null : value;
          default -> d = value.isEmpty() ? null : line;
        }
        pos = nl < 0 ? body.length() : nl + 1;
      }
      if (fields > 0 && pos < body.length()) {
        url = u;
        title = t;
        header = d;
        body = body.substring(pos).stripLeading();
        // a crawled article kept with its inline header under a block of fields
        Matcher after = INLINE_DATE.matcher(body);
        if (after.find()) {
          if (header == null || !header.matches(".*\\d{4}.*")) header = after.group(1).replaceAll("\\s+", " ");
          body = body.substring(after.end());
        }
      }
    }
    return new RawDocument(input, null, RawDocument.Kind.TEXT, body, url, title, null, header, null);
  }
}
