package org.dossier.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The report's one HTML file: the stylesheet and scripts inline, the data as JSON in
 * {@code <script type="application/json">} elements. A Content-Security-Policy allows exactly these inline
 * scripts and this stylesheet (by hash) and no request of any kind, so the page works offline and no text in
 * the data can ever run as code.
 */
final class HtmlPage {
  static final String DATA_ID = "dossier-data";
  static final String BOUNDARIES_ID = "dossier-boundaries";
  static final String ROOT_ID = "dossier-report";
  /** Starts the page once the scripts are loaded. */
  private static final String BOOTSTRAP = "Dossier.Report.mount(document.getElementById('" + ROOT_ID + "'), "
      + "Dossier.readJson('" + DATA_ID + "'), Dossier.readJson('" + BOUNDARIES_ID + "'));";

  private HtmlPage() {}

  /**
   * Writes the page. {@code dataJson} and {@code boundariesJson} (null for no map) must have been written
   * with {@link ScriptSafeEscapes}.
   */
  static void write(Writer out, String title, String dataJson, String boundariesJson) throws IOException {
    String css = inlineable(Assets.STYLESHEET, Assets.read(Assets.STYLESHEET));
    List<String> scripts = new ArrayList<>();
    for (String name : Assets.SCRIPTS) scripts.add(inlineable(name, Assets.read(name)));
    scripts.add(BOOTSTRAP);
    StringBuilder scriptHashes = new StringBuilder();
    for (String s : scripts) scriptHashes.append(" '").append(hash(s)).append('\'');

    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src '"
        + hash(css) + "'; script-src" + scriptHashes + "; base-uri 'none'; form-action 'none'\">\n");
    out.write("<meta name=\"generator\" content=\"Dossier\">\n");
    out.write("<title>" + escape(title) + "</title>\n");
    out.write("<style>" + css + "</style>\n</head>\n<body>\n");
    out.write("<noscript><p class=\"dx-noscript\">This report is drawn by JavaScript; please allow scripts for this "
        + "file. Its data is in the page source, as JSON.</p></noscript>\n");
    out.write("<div id=\"" + ROOT_ID + "\" class=\"dx-report\"></div>\n");
    out.write("<script type=\"application/json\" id=\"" + DATA_ID + "\">");
    out.write(dataJson);
    out.write("</script>\n");
    if (boundariesJson != null) {
      out.write("<script type=\"application/json\" id=\"" + BOUNDARIES_ID + "\">");
      out.write(boundariesJson);
      out.write("</script>\n");
    }
    for (String s : scripts) out.write("<script>" + s + "</script>\n");
    out.write("</body>\n</html>\n");
  }

  /**
   * An asset checked to be safe to inline: it cannot end its own element early, nor start a comment or a
   * nested script that would change where the HTML parser ends it.
   */
  private static String inlineable(String name, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String bad : List.of("</script", "</style", "<!--", "<script")) {
      if (lower.contains(bad)) throw new IllegalStateException("asset " + name + " contains '" + bad + "'");
    }
    return text;
  }

  /** The CSP source expression for an inline element's exact text. */
  private static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
