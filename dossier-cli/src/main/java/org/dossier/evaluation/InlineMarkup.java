package org.dossier.evaluation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the tags of an inline-annotated document (TimeML, ACE SGML, TIMEX2 inline keys) and keeps every
 * element as a span of the remaining text. A tolerant scanner, not an XML parser: the annotated corpora
 * are not always well-formed (duplicate attributes, SGML), and only element boundaries and attributes
 * matter here.
 */
final class InlineMarkup {
  /** An element of the markup: its name, attributes and [start, end) in the plain text (UTF-16). */
  record Element(String name, Map<String, String> attributes, int start, int end) {
    String attribute(String key) {
      return attributes.get(key);
    }
  }

  /** The text with all tags removed, and the elements in document order (by start, outer first). */
  record Parsed(String text, List<Element> elements) {
    List<Element> named(String name) {
      return elements.stream().filter(e -> e.name().equals(name)).toList();
    }

    Element first(String name) {
      return elements.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }
  }

  private static final Pattern ATTRIBUTE =
      Pattern.compile("([A-Za-z_:][-\\w:.]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

  private InlineMarkup() {}

  /**
   * @param markup         the annotated document
   * @param decodeEntities whether character references ({@code &amp;}, {@code &#39;}) stand for one
   *                       character of the text (XML), or are text as written (SGML sources whose offsets
   *                       count them as written)
   */
  static Parsed parse(String markup, boolean decodeEntities) {
    StringBuilder text = new StringBuilder(markup.length());
    record Open(String name, Map<String, String> attributes, int start, int order) {}
    record Closed(Element element, int order) {}
    Deque<Open> open = new ArrayDeque<>();
    List<Closed> closed = new ArrayList<>();
    int order = 0;
    int i = 0;
    int n = markup.length();
    while (i < n) {
      char c = markup.charAt(i);
      if (c == '<') {
        if (markup.startsWith("<!--", i)) {
          int end = markup.indexOf("-->", i + 4);
          i = end < 0 ? n : end + 3;
          continue;
        }
        int end = markup.indexOf('>', i + 1);
        if (end < 0) {
          text.append(markup, i, n);
          break;
        }
        String tag = markup.substring(i + 1, end).strip();
        i = end + 1;
        if (tag.startsWith("?") || tag.startsWith("!")) {
          continue;
        }
        if (tag.startsWith("/")) {
          String name = tag.substring(1).strip();
          // Close the innermost open element of that name; elements left open inside it close with it.
          if (open.stream().anyMatch(o -> o.name.equals(name))) {
            while (!open.isEmpty()) {
              Open o = open.pop();
              closed.add(new Closed(new Element(o.name, o.attributes, o.start, text.length()), o.order));
              if (o.name.equals(name)) break;
            }
          }
          continue;
        }
        boolean selfClosing = tag.endsWith("/");
        if (selfClosing) tag = tag.substring(0, tag.length() - 1);
        int sp = 0;
        while (sp < tag.length() && !Character.isWhitespace(tag.charAt(sp))) sp++;
        String name = tag.substring(0, sp);
        Map<String, String> attributes = attributes(tag.substring(sp), decodeEntities);
        if (selfClosing) {
          closed.add(new Closed(new Element(name, attributes, text.length(), text.length()), order++));
        } else {
          open.push(new Open(name, attributes, text.length(), order++));
        }
      } else if (c == '&' && decodeEntities) {
        int semi = markup.indexOf(';', i + 1);
        String decoded = semi > 0 && semi - i <= 10 ? entity(markup.substring(i + 1, semi)) : null;
        if (decoded != null) {
          text.append(decoded);
          i = semi + 1;
        } else {
          text.append(c);
          i++;
        }
      } else {
        text.append(c);
        i++;
      }
    }
    while (!open.isEmpty()) {
      Open o = open.pop();
      closed.add(new Closed(new Element(o.name, o.attributes, o.start, text.length()), o.order));
    }
    closed.sort(Comparator.comparingInt((Closed x) -> x.element.start()).thenComparingInt(x -> x.order));
    return new Parsed(text.toString(), closed.stream().map(Closed::element).toList());
  }

  /** Attributes of a start tag; where a name repeats (malformed keys), the first occurrence counts. */
  static Map<String, String> attributes(String s, boolean decodeEntities) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(s);
    while (m.find()) {
      String v = m.group(2) != null ? m.group(2) : m.group(3);
      out.putIfAbsent(m.group(1), decodeEntities ? decode(v) : v);
    }
    return out;
  }

  /** All values of one attribute, in order, including repeats of the same name. */
  static List<String> allValues(String s, String key) {
    List<String> out = new ArrayList<>();
    Matcher m = ATTRIBUTE.matcher(s);
    while (m.find()) {
      if (m.group(1).equals(key)) out.add(decode(m.group(2) != null ? m.group(2) : m.group(3)));
    }
    return out;
  }

  /** Replaces character references in a string of XML text. */
  static String decode(String s) {
    if (s.indexOf('&') < 0) return s;
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int semi = c == '&' ? s.indexOf(';', i + 1) : -1;
      String decoded = semi > 0 && semi - i <= 10 ? entity(s.substring(i + 1, semi)) : null;
      if (decoded != null) {
        out.append(decoded);
        i = semi + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static String entity(String name) {
    switch (name) {
      case "amp": return "&";
      case "lt": return "<";
      case "gt": return ">";
      case "quot": return "\"";
      case "apos": return "'";
      default:
        try {
          if (name.startsWith("#x") || name.startsWith("#X")) {
            return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
          }
          if (name.startsWith("#")) {
            return new String(Character.toChars(Integer.parseInt(name.substring(1))));
          }
        } catch (IllegalArgumentException e) {
          return null;
        }
        return null;
    }
  }
}
