package org.dossier.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Span;

/**
 * Reads a TimeML document (TempEval-3): the text inside {@code <TEXT>} with all tags removed, the TIMEX3
 * elements inside it as gold (EVENT, SIGNAL and the rest are dropped; the DCT's TIMEX3 is the creation
 * time, not gold), and the DCT's value. Character references count as the one character they stand for.
 */
public final class TimeMlReader {
  private TimeMlReader() {}

  public static AnnotatedText read(Path file) throws IOException {
    String name = file.getFileName().toString().replaceFirst("\\.tml$", "");
    return parse(name, Files.readString(file, StandardCharsets.UTF_8));
  }

  public static AnnotatedText parse(String name, String timeml) {
    InlineMarkup.Parsed doc = InlineMarkup.parse(timeml, true);
    InlineMarkup.Element body = doc.first("TEXT");
    if (body == null) {
      throw new IllegalArgumentException(name + ": no <TEXT> element");
    }
    String dct = null;
    InlineMarkup.Element dctElement = doc.first("DCT");
    for (InlineMarkup.Element e : doc.named("TIMEX3")) {
      if (dctElement != null && e.start() >= dctElement.start() && e.end() <= dctElement.end()) {
        dct = e.attribute("value");
        break;
      }
    }
    String text = doc.text().substring(body.start(), body.end());
    List<AnnotatedText.Gold> gold = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (InlineMarkup.Element e : doc.named("TIMEX3")) {
      if (e.start() < body.start() || e.end() > body.end()) continue;
      if (e.end() == e.start()) {
        // An empty TIMEX3 (a non-consuming one) has no extent to find; the TE3 scorer skips them too.
        warnings.add(name + ": empty TIMEX3 " + e.attribute("tid") + " skipped");
        continue;
      }
      Span span = new Span(e.start() - body.start(), e.end() - body.start());
      gold.add(new AnnotatedText.Gold(span, span.of(text), e.attribute("type"), e.attribute("value")));
    }
    return new AnnotatedText(name, dct, text, gold, warnings);
  }

  /**
   * The calendar date of a DCT value, as the tagger's document date: {@code 2013-03-22T10:00} gives
   * {@code 2013-03-22}; date values pass unchanged; null stays null.
   */
  static String dateOf(String dct) {
    if (dct == null || dct.isBlank()) return null;
    String v = dct.strip();
    int t = v.indexOf('T');
    return t > 0 ? v.substring(0, t) : v;
  }
}
