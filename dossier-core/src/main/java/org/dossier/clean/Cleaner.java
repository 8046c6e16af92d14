package org.dossier.clean;

import java.util.ArrayList;
import java.util.List;
import org.dossier.calendar.DateParser;
import org.dossier.calendar.PartialDate;
import org.dossier.model.RawDocument;

/**
 * The cleaning stage: from a raw article (plain text or HTML) to its body text and page metadata.
 * Plain text and HTML share one classifier; HTML adds markup evidence (links, furniture elements,
 * headings) and metadata (meta tags, JSON-LD, canonical URL).
 */
public final class Cleaner {
  private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\R");
  private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("[\\s\\u00A0]+");

  private final BlockClassifier classifier;

  public Cleaner() {
    this.classifier = new BlockClassifier(BoilerplateRules.load());
  }

  public Cleaned clean(RawDocument raw) {
    List<Block> blocks;
    List<DateClue> dates = new ArrayList<>();
    String title = raw.title();
    String url = raw.url();
    String language = null;
    if (raw.published() != null) {
      PartialDate d = DateParser.get().parseValue(raw.published());
      if (d != null) {
        dates.add(new DateClue(d, DateClue.Source.METADATA, "published: " + raw.published()));
      }
    }
    if (raw.kind() == RawDocument.Kind.HTML) {
      HtmlPage.Parsed page = HtmlPage.parse(raw.content(), raw.url());
      blocks = page.blocks();
      dates.addAll(page.dates());
      if (title == null) title = page.title();
      if (url == null) url = page.url();
      language = page.language();
    } else {
      blocks = textBlocks(raw.content());
    }

    BlockClassifier.Result result = classifier.classify(blocks, title);
    StringBuilder text = new StringBuilder();
    int removed = 0;
    for (int i = 0; i < blocks.size(); i++) {
      String block = blocks.get(i).text();
      if (result.labels().get(i) == BlockClassifier.Label.BODY) {
        if (text.length() > 0) text.append("\n\n");
        text.append(block);
      } else {
        removed += block.length();
      }
    }
    dates.addAll(result.dates());
    return new Cleaned(text.toString(), removed, result.title(), url, dates, List.copyOf(result.agencies()), language);
  }

  /**
   * The line with every run of blanks ({@code [\s\u00A0]+}) made one space: the line itself when it has none
   * but single spaces, as most lines have, rather than a copy.
   */
  static String singleSpaced(String line) {
    int n = line.length();
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (blank(c) && (c != ' ' || i + 1 < n && blank(line.charAt(i + 1)))) {
        return BLANKS.matcher(line).replaceAll(" ");
      }
    }
    return line;
  }

  private static boolean blank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0';
  }

  /** Plain text: every non-blank line is a block (paragraphs in crawled text are lines). */
  static List<Block> textBlocks(String content) {
    List<Block> blocks = new ArrayList<>();
    for (String line : LINE_BREAK.split(content)) {
      String s = singleSpaced(line).strip();
      if (!s.isEmpty()) {
        blocks.add(Block.plain(s));
      }
    }
    return blocks;
  }
}
