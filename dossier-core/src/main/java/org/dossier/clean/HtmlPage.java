package org.dossier.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.calendar.DateParser;
import org.dossier.calendar.PartialDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads an HTML page into blocks and metadata with jsoup. Invisible elements are dropped; navigation,
 * asides, page headers and footers and elements whose class or id names furniture (cookie, newsletter,
 * share, related, teaser ...) become furniture blocks, so their text is counted as removed.
 */
final class HtmlPage {
  record Parsed(List<Block> blocks, String title, String url, List<DateClue> dates, String language) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> INVISIBLE = Set.of(
      "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "video", "audio",
      "select", "option", "button", "input", "textarea", "head", "link", "meta", "img", "picture", "source");
  private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "form", "dialog", "menu");
  private static final Set<String> BLOCK_TAGS = Set.of(
      "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dd", "dt", "blockquote", "pre", "table",
      "tr", "td", "th", "tbody", "thead", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "header",
      "footer", "nav", "aside", "address", "hr", "form", "fieldset", "details", "summary", "center");
  private static final Set<String> CONTAINERS = Set.of("div", "section", "ul", "ol", "span", "aside", "footer", "header",
      "nav", "table", "form", "dl", "figure");
  private static final Set<String> FURNITURE_WORDS = Set.of("author", "authors", "bio",
      "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "cookie", "cookies", "consent", "gdpr",
      "newsletter", "subscribe", "subscription", "signup", "share", "sharing", "social", "socials", "related",
      "teaser", "teasers", "promo", "advert", "advertisement", "ad", "ads", "anzeige", "banner", "sidebar",
      "widget", "comment", "comments", "kommentare", "footer", "recommended", "recommendations", "outbrain",
      "taboola", "paywall", "login", "modal", "popup", "tags", "pagination", "toolbar", "masthead", "skip",
      "copyright", "legal", "more", "trending", "mostread", "meistgelesen");
  private static final String[] DATE_META = {
      "article:published_time", "og:published_time", "datePublished", "date", "pubdate", "publishdate",
      "publish-date", "publication_date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created",
      "sailthru.date", "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime", "date.release"};
  private static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time", "dateModified", "last-modified"};

  private HtmlPage() {}

  static Parsed parse(String html, String baseUrl) {
    org.jsoup.nodes.Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
    List<DateClue> dates = new ArrayList<>();
    metaDates(doc, dates);
    String title = title(doc);
    String url = attr(doc, "link[rel=canonical]", "abs:href");
    if (url == null) url = meta(doc, "og:url");
    String lang = doc.selectFirst("html") == null ? null : emptyToNull(doc.selectFirst("html").attr("lang"));

    Collector collector = new Collector();
    if (doc.body() != null) {
      collector.walk(doc.body(), false, Block.Kind.OTHER);
      collector.flush();
    }
    return new Parsed(collector.blocks, title, url, dates, lang);
  }

  private static void metaDates(org.jsoup.nodes.Document doc, List<DateClue> out) {
    DateParser parser = DateParser.get();
    for (String name : DATE_META) {
      addDate(out, parser, meta(doc, name), DateClue.Source.METADATA, name);
    }
    for (Element e : doc.select("[itemprop=datePublished]")) {
      String v = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
      addDate(out, parser, v, DateClue.Source.METADATA, "itemprop=datePublished");
    }
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode node = JSON.readTree(script.data());
        addDate(out, parser, findField(node, "datePublished"), DateClue.Source.METADATA, "JSON-LD datePublished");
        addDate(out, parser, findField(node, "dateModified"), DateClue.Source.UPDATED, "JSON-LD dateModified");
      } catch (Exception ignored) {
        // Broken JSON-LD is common; the page's other signals still count.
      }
    }
    for (Element e : doc.select("[property~=(^|\\s)dc:date(\\s|$)][content]")) {
      addDate(out, parser, e.attr("content"), DateClue.Source.METADATA, "dc:date");
    }
    // The first <time> outside furniture is the byline's; those in teaser lists date other articles.
    for (Element time : doc.select("time[datetime]")) {
      if (!insideFurniture(time)) {
        addDate(out, parser, time.attr("datetime"), DateClue.Source.METADATA, "<time datetime>");
        break;
      }
    }
    for (String name : MODIFIED_META) {
      addDate(out, parser, meta(doc, name), DateClue.Source.UPDATED, name);
    }
  }

  private static void addDate(List<DateClue> out, DateParser parser, String value, DateClue.Source source, String field) {
    PartialDate date = parser.parseValue(value);
    if (date != null) {
      out.add(new DateClue(date, source, field + ": " + value.strip()));
    }
  }

  private static String findField(JsonNode node, String field) {
    if (node == null) return null;
    if (node.isObject()) {
      JsonNode v = node.get(field);
      if (v != null && v.isTextual()) return v.asText();
      for (JsonNode child : node) {
        String found = findField(child, field);
        if (found != null) return found;
      }
    } else if (node.isArray()) {
      for (JsonNode child : node) {
        String found = findField(child, field);
        if (found != null) return found;
      }
    }
    return null;
  }

  private static boolean insideFurniture(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      if (Collector.isFurniture(p)) return true;
    }
    return false;
  }

  private static String title(org.jsoup.nodes.Document doc) {
    String og = meta(doc, "og:title");
    Element h1 = doc.selectFirst("article h1, main h1, h1");
    if (h1 != null && !h1.text().isBlank()) {
      String text = h1.text().strip();
      // A kicker inside the <h1> ("Berg-Karabach Blockade des ...") is not part of the headline.
      if (og != null && text.length() > og.length() && text.toLowerCase(Locale.ROOT).endsWith(og.toLowerCase(Locale.ROOT))) {
        return og;
      }
      return text;
    }
    if (og != null) {
      return og;
    }
    String t = doc.title();
    if (t == null || t.isBlank()) return null;
    // "Headline | Site" or "Headline - Site": the longest part is the headline.
    String best = t;
    String[] parts = t.split("\\s+[|–—-]\\s+");
    if (parts.length > 1) {
      best = parts[0];
      for (String p : parts) {
        if (p.length() > best.length()) best = p;
      }
    }
    return best.strip();
  }

  private static String meta(org.jsoup.nodes.Document doc, String name) {
    Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
    if (e == null) {
      // Attribute values are case-sensitive in selectors; names in the wild are not.
      for (Element m : doc.select("meta[name], meta[property]")) {
        String n = m.hasAttr("property") ? m.attr("property") : m.attr("name");
        if (n.equalsIgnoreCase(name)) {
          e = m;
          break;
        }
      }
    }
    return e == null ? null : emptyToNull(e.attr("content"));
  }

  private static String attr(org.jsoup.nodes.Document doc, String selector, String attr) {
    Element e = doc.selectFirst(selector);
    return e == null ? null : emptyToNull(e.attr(attr));
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Walks the DOM, cutting text into blocks at block elements and line breaks. */
  private static final class Collector {
    final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private boolean furniture;
    private Block.Kind kind = Block.Kind.OTHER;
    private boolean hasText;

    void walk(Element element, boolean inFurniture, Block.Kind inherited) {
      for (Node child : element.childNodes()) {
        if (child instanceof TextNode t) {
          append(t.text(), inFurniture, inherited, insideLink(t));
        } else if (child instanceof Element e) {
          String tag = e.normalName();
          if (INVISIBLE.contains(tag) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            continue;
          }
          if (tag.equals("br")) {
            flush();
            continue;
          }
          boolean f = inFurniture || isFurniture(e);
          Block.Kind k = kindOf(tag, inherited);
          boolean block = BLOCK_TAGS.contains(tag);
          if (block) flush();
          walk(e, f, k);
          if (block) flush();
        }
      }
    }

    private void append(String s, boolean inFurniture, Block.Kind k, boolean link) {
      if (s.isBlank()) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') text.append(' ');
        return;
      }
      if (!hasText) {
        hasText = true;
        furniture = inFurniture;
        kind = k;
      } else {
        furniture |= inFurniture;
      }
      int before = text.length();
      text.append(s);
      if (link) linkChars += text.length() - before;
    }

    void flush() {
      String s = text.toString().replaceAll("\\s+", " ").strip();
      if (!s.isEmpty()) {
        double density = Math.min(1.0, linkChars / (double) Math.max(1, s.length()));
        blocks.add(new Block(s, kind, density, furniture));
      }
      text.setLength(0);
      hasText = false;
      linkChars = 0;
      furniture = false;
      kind = Block.Kind.OTHER;
    }

    private static boolean insideLink(Node n) {
      for (Node p = n.parentNode(); p instanceof Element e; p = p.parentNode()) {
        if (e.normalName().equals("a")) return true;
        if (BLOCK_TAGS.contains(e.normalName())) return false;
      }
      return false;
    }

    private static Block.Kind kindOf(String tag, Block.Kind inherited) {
      return switch (tag) {
        case "h1" -> Block.Kind.TITLE;
        case "h2", "h3", "h4", "h5", "h6" -> Block.Kind.HEADING;
        case "p" -> inherited == Block.Kind.QUOTE ? Block.Kind.QUOTE : Block.Kind.PARAGRAPH;
        case "li" -> Block.Kind.LIST_ITEM;
        case "figcaption", "figure" -> Block.Kind.CAPTION;
        case "blockquote" -> Block.Kind.QUOTE;
        default -> inherited;
      };
    }

    static boolean isFurniture(Element e) {
      String tag = e.normalName();
      if (FURNITURE_TAGS.contains(tag) || tag.equals("figcaption") || tag.equals("figure")) return true;
      if ((tag.equals("header") || tag.equals("footer")) && e.closest("article, main") == null) return true;
      String role = e.attr("role").toLowerCase(Locale.ROOT);
      if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo") || role.equals("complementary")
          || role.equals("dialog") || role.equals("search")) {
        return true;
      }
      // Class names judge containers; a paragraph or heading is judged by its text ("teaser-text" leads).
      if (!CONTAINERS.contains(tag)) return false;
      String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      if (names.isBlank()) return false;
      for (String word : names.split("[^a-z0-9]+")) {
        // A wrapper named after furniture ("has-sidebar") that holds the article itself is not furniture.
        if (FURNITURE_WORDS.contains(word)) return e.selectFirst("article, main, h1") == null;
      }
      return false;
    }
  }
}
