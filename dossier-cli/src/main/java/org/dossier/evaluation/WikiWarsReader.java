package org.dossier.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Span;

/**
 * Reads a WikiWars-style TIMEX2 corpus document (ACE TERN format): the raw SGML ({@code in/NAME.sgm}),
 * the stand-off key ({@code key/NAME.key.apf.xml}) and, when present, the inline key
 * ({@code keyinline/NAME.key.xml}).
 *
 * <p>Offsets: an APF {@code charseq} gives START and an inclusive END into the SGML document with all tags
 * removed (DOCID, DOCTYPE and DATETIME text included). In WikiWarsDE they count UTF-8 <em>bytes</em>, not
 * characters ("geführte" moves every later offset by one); they are converted to UTF-16 offsets and each
 * mention's text is checked against the charseq's own text. A key whose offsets count characters is read
 * as well: the unit is chosen per mention by that check. Only mentions inside {@code <TEXT>} are gold; the
 * DATETIME's own TIMEX2 is not.
 *
 * <p>Values: the APF key writes an expression's anchor value as a second {@code VAL} attribute (two
 * {@code VAL}s in one tag, the anchor first), and an expression that has only an anchor value as a single
 * {@code VAL} holding the anchor. The inline key has them as separate attributes ({@code val},
 * {@code anchor_val}), so the value comes from the inline TIMEX2 with the same span when the inline key
 * is present (both have the same plain text); otherwise from the last {@code VAL} of the APF tag.
 */
public final class WikiWarsReader {
  private static final Pattern TIMEX2 = Pattern.compile("<timex2\\b([^>]*)>(.*?)</timex2>", Pattern.DOTALL);
  private static final Pattern CHARSEQ =
      Pattern.compile("<charseq\\s+START=\"(\\d+)\"\\s+END=\"(\\d+)\"\\s*>(.*?)</charseq>", Pattern.DOTALL);

  private WikiWarsReader() {}

  /** Reads the document {@code name} from a corpus folder with {@code in/}, {@code key/} and {@code keyinline/}. */
  public static AnnotatedText read(Path corpus, String name) throws IOException {
    String sgml = Files.readString(corpus.resolve("in").resolve(name + ".sgm"), StandardCharsets.UTF_8);
    String apf = Files.readString(corpus.resolve("key").resolve(name + ".key.apf.xml"), StandardCharsets.UTF_8);
    Path inlineFile = corpus.resolve("keyinline").resolve(name + ".key.xml");
    String inline = Files.isRegularFile(inlineFile) ? Files.readString(inlineFile, StandardCharsets.UTF_8) : null;
    return parse(name, sgml, apf, inline);
  }

  /** The document names of a corpus folder: the {@code in/*.sgm} files that have a key, sorted. */
  public static List<String> names(Path corpus) throws IOException {
    try (var files = Files.list(corpus.resolve("in"))) {
      return files.map(p -> p.getFileName().toString())
          .filter(f -> f.endsWith(".sgm"))
          .map(f -> f.substring(0, f.length() - 4))
          .filter(n -> Files.isRegularFile(corpus.resolve("key").resolve(n + ".key.apf.xml")))
          .sorted()
          .toList();
    }
  }

  public static AnnotatedText parse(String name, String sgml, String apf, String inline) {
    InlineMarkup.Parsed doc = InlineMarkup.parse(sgml, false);
    String plain = doc.text();
    InlineMarkup.Element body = doc.first("TEXT");
    if (body == null) {
      throw new IllegalArgumentException(name + ": no <TEXT> element");
    }
    InlineMarkup.Element datetime = doc.first("DATETIME");
    String dct = datetime == null ? null : plain.substring(datetime.start(), datetime.end()).strip();

    Map<Span, InlineMarkup.Element> inlineBySpan = new HashMap<>();
    if (inline != null) {
      InlineMarkup.Parsed in = InlineMarkup.parse(inline, false);
      if (in.text().equals(plain)) {
        for (InlineMarkup.Element e : in.named("TIMEX2")) inlineBySpan.put(new Span(e.start(), e.end()), e);
      }
    }

    int[] byteToChar = byteToChar(plain);
    String text = plain.substring(body.start(), body.end());
    List<AnnotatedText.Gold> gold = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    if (inline != null && inlineBySpan.isEmpty()) {
      warnings.add(name + ": inline key's text differs from the source; values taken from the APF key");
    }
    Matcher t = TIMEX2.matcher(apf);
    while (t.find()) {
      String attributes = t.group(1);
      List<String> vals = InlineMarkup.allValues(attributes, "VAL");
      Matcher m = CHARSEQ.matcher(t.group(2));
      while (m.find()) {
        int start = Integer.parseInt(m.group(1));
        int endInclusive = Integer.parseInt(m.group(2));
        String want = InlineMarkup.decode(m.group(3));
        Span span = locate(plain, byteToChar, start, endInclusive, want);
        if (span == null) {
          warnings.add(name + ": gold [" + start + "," + endInclusive + "] '" + want + "' not found at its offsets");
          continue;
        }
        if (span.start() < body.start() || span.end() > body.end()) continue;
        String value;
        InlineMarkup.Element in = inlineBySpan.get(span);
        if (in != null) {
          value = in.attribute("val");
        } else {
          value = vals.isEmpty() ? null : vals.get(vals.size() - 1);
        }
        Span local = new Span(span.start() - body.start(), span.end() - body.start());
        gold.add(new AnnotatedText.Gold(local, local.of(text), null, value == null || value.isBlank() ? null : value));
      }
    }
    gold.sort(Comparator.comparingInt((AnnotatedText.Gold g) -> g.span().start()).thenComparingInt(g -> g.span().end()));
    return new AnnotatedText(name, dct, text, gold, warnings);
  }

  /** The mention as UTF-16 span: byte offsets first, character offsets second; null when neither fits. */
  private static Span locate(String plain, int[] byteToChar, int start, int endInclusive, String want) {
    if (start > endInclusive) return null;
    if (endInclusive + 1 < byteToChar.length && byteToChar[start] >= 0 && byteToChar[endInclusive + 1] >= 0) {
      Span s = new Span(byteToChar[start], byteToChar[endInclusive + 1]);
      if (s.of(plain).equals(want)) return s;
    }
    if (endInclusive + 1 <= plain.length()) {
      Span s = new Span(start, endInclusive + 1);
      if (s.of(plain).equals(want)) return s;
    }
    return null;
  }

  /** For every UTF-8 byte offset of the text, the UTF-16 offset that starts there, or -1 inside a character. */
  static int[] byteToChar(String s) {
    int bytes = s.getBytes(StandardCharsets.UTF_8).length;
    int[] map = new int[bytes + 1];
    java.util.Arrays.fill(map, -1);
    int b = 0;
    int i = 0;
    while (i < s.length()) {
      map[b] = i;
      int cp = s.codePointAt(i);
      b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      i += Character.charCount(cp);
    }
    map[b] = i;
    return map;
  }
}
