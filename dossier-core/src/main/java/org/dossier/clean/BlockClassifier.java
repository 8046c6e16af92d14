package org.dossier.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.calendar.DateParser;
import org.dossier.calendar.PartialDate;

/**
 * Labels blocks as body or furniture, in the manner of jusText: furniture patterns and markup first,
 * then prose-likeness (length, function-word density, truncation), then context — a short block between
 * body paragraphs is a subheading, a short block outside them is furniture, and everything after a
 * "related articles" marker is a teaser until real prose resumes.
 */
final class BlockClassifier {
  enum Label { BODY, TITLE, DATELINE, FURNITURE }

  record Result(List<Label> labels, String title, List<DateClue> dates, Set<String> agencies) {}

  private static final List<String> READ_ON = List.of("read more", "weiterlesen", "mehr", "more");
  private static final int REPEAT_WINDOW = 6;
  private static final Pattern SENTENCE_END = Pattern.compile("\\p{L}[.!?][\"'“”»’]?$");
  private static final Pattern BLANKS = Pattern.compile("\\s+");
  private static final Pattern UPDATE_WORD = Pattern.compile("(?iu)^(aktualisiert|updated|update|last updated|zuletzt|geändert)\\b.*");

  private final BoilerplateRules rules;
  private final DateParser dates = DateParser.get();

  BlockClassifier(BoilerplateRules rules) {
    this.rules = rules;
  }

  Result classify(List<Block> blocks, String knownTitle) {
    int n = blocks.size();
    Label[] labels = new Label[n];
    boolean[] good = new boolean[n];
    BoilerplateRules.Category[] categories = new BoilerplateRules.Category[n];
    PartialDate[] datelines = new PartialDate[n];
    List<DateClue> clues = new ArrayList<>();
    Set<String> agencies = new LinkedHashSet<>();
    String title = knownTitle == null ? null : knownTitle.strip();
    String normalisedTitle = title == null ? null : normalise(title); // compared with every block after the head

    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      String text = b.text();
      categories[i] = rules.categorise(text);
      datelines[i] = dates.dateline(text);
      if (categories[i] == BoilerplateRules.Category.CREDIT) {
        Matcher m = rules.agencyPattern().matcher(text);
        while (m.find()) {
          agencies.add(agencyName(m.group(1)));
        }
      }
      good[i] = categories[i] == null && datelines[i] == null && !b.furniture() && isProse(b);
    }

    boolean anyGood = false;
    for (boolean g : good) anyGood |= g;
    if (!anyGood) {
      // A very short article (a news flash): its sentences are the body, whatever their length.
      for (int i = 0; i < n; i++) {
        Block b = blocks.get(i);
        good[i] = categories[i] == null && datelines[i] == null && !b.furniture() && b.text().length() >= 30
            && endsLikeSentence(b.text()) && !truncated(b.text()) && rules.stopwordDensity(b.text()) > 0.1;
      }
    }
    // after the body has begun, a paragraph of plain text may be as short as a marked-up one when it ends as a
    // sentence does ("They also agreed to convene a border commission by the end of April, the statement said."),
    // not in a bracket or a colon; before it, such a line is more often a caption or a teaser
    boolean begun = false;
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      if (begun && !good[i] && b.kind() == Block.Kind.OTHER && categories[i] == null && datelines[i] == null
          && !b.furniture() && SENTENCE_END.matcher(b.text()).find() && isProse(b, true)) {
        good[i] = true;
      }
      begun |= good[i];
    }
    int firstGood = -1;
    int lastGood = -1;
    boolean related = false;
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      if (good[i] && related && (b.text().length() < 200)) {
        good[i] = false; // a teaser after a "related articles" marker
      }
      if (good[i]) {
        related = false;
        if (firstGood < 0) firstGood = i;
        lastGood = i;
      } else if (categories[i] == BoilerplateRules.Category.RELATED && firstGood >= 0) {
        related = true;
      }
    }

    boolean[] afterRelated = new boolean[n];
    for (int i = 1; i < n; i++) {
      afterRelated[i] = !good[i - 1] && (afterRelated[i - 1] || categories[i - 1] == BoilerplateRules.Category.RELATED);
    }
    int goodSeen = 0;
    DateParser.DayOfYear yearless;
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      String text = b.text();
      boolean head = firstGood < 0 || i < firstGood;
      if (good[i]) {
        goodSeen++;
        labels[i] = Label.BODY;
        // "BAKU, May 24. /TASS/. Azerbaijan's ...": a paragraph near the top that opens with the agency's dateline
        if (goodSeen <= 3 && (yearless = dates.agencyDateline(text)) != null) {
          clues.add(new DateClue(null, yearless.day(), DateClue.Source.YEARLESS_DATELINE,
              text.substring(0, yearless.end()).strip()));
        }
      } else if (datelines[i] != null && !b.furniture() && (head || goodSeen <= 2) && !afterRelated[i]) {
        labels[i] = Label.DATELINE;
        boolean update = categories[i] == BoilerplateRules.Category.META && UPDATE_WORD.matcher(text).matches();
        clues.add(new DateClue(datelines[i], update ? DateClue.Source.UPDATED : DateClue.Source.DATELINE, text));
      } else if (head && !b.furniture() && (yearless = dates.agencyDateline(text)) != null && text.length() <= 80) {
        labels[i] = Label.DATELINE;
        clues.add(new DateClue(null, yearless.day(), DateClue.Source.YEARLESS_DATELINE, text));
      } else if (title == null && head && categories[i] == null && !b.furniture() && isHeadline(b)) {
        title = text;
        normalisedTitle = normalise(title);
        labels[i] = Label.TITLE;
      } else if (title != null && normalise(text).equals(normalisedTitle)) {
        labels[i] = Label.TITLE;
      } else if (categories[i] == null && !b.furniture() && i == firstGood - 1 && isStandfirst(b)) {
        labels[i] = Label.BODY; // the summary line between headline and first paragraph
      } else if (categories[i] == null && !b.furniture() && i == lastGood + 1 && isCutShort(b)) {
        labels[i] = Label.BODY; // the last paragraph, cut off mid-sentence when the page was saved
      } else if (categories[i] != null || b.furniture() || head || i > lastGood || b.linkDensity() > 0.5) {
        labels[i] = Label.FURNITURE;
      } else {
        labels[i] = null; // decided by context below
      }
    }

    // Short blocks between body paragraphs (subheadings, one-line paragraphs) are body when both nearest
    // decided neighbours are body; otherwise they belong to the furniture around them.
    for (int i = 0; i < n; i++) {
      if (labels[i] != null) continue;
      Label before = nearest(labels, i, -1);
      Label after = nearest(labels, i, +1);
      labels[i] = before == Label.BODY && after == Label.BODY && !afterRelated[i] && !truncated(blocks.get(i).text())
          ? Label.BODY : Label.FURNITURE;
    }
    for (int i = 0; i < n; i++) {
      if (labels[i] == null) labels[i] = Label.FURNITURE;
    }
    dropRepeats(blocks, labels);
    return new Result(List.of(labels), title, clues, agencies);
  }

  private boolean isProse(Block b) {
    return isProse(b, false);
  }

  /** The least share of function words of a sentence-like paragraph once the body has begun. */
  private static final double TERSE_DENSITY = 0.05;

  /** @param paragraph whether to take the block for a paragraph whatever its markup, as short as a marked-up one */
  private boolean isProse(Block b, boolean paragraph) {
    String text = b.text();
    if (truncated(text) || b.linkDensity() > 0.4) {
      return false;
    }
    int length = text.length();
    int min = paragraph || b.kind() == Block.Kind.PARAGRAPH || b.kind() == Block.Kind.QUOTE ? 60 : 100;
    boolean sentenceLike = length >= min && endsLikeSentence(text);
    if (!sentenceLike && length < 250) return false; // too short for prose whatever its words
    double density = rules.stopwordDensity(text);
    // within the body, a terse sentence of wire style has few function words ("Karabakh officials said Azerbaijani
    // troops shelled Stepanakert, killing two civilians.")
    return (sentenceLike && density >= (paragraph ? TERSE_DENSITY : 0.18)) || (length >= 250 && density >= 0.1);
  }

  /** A standfirst: a sentence-like line of a dozen words or more, not a headline-sized fragment. */
  private boolean isStandfirst(Block b) {
    String text = b.text();
    return BLANKS.split(text).length >= 12 && b.linkDensity() < 0.2 && rules.stopwordDensity(text) >= 0.1
        && !truncated(text);
  }

  /** Prose that stops mid-word or mid-sentence without an ellipsis. */
  private boolean isCutShort(Block b) {
    String text = b.text();
    char last = text.charAt(text.length() - 1);
    return text.length() >= 60 && Character.isLetter(last) && Character.isLowerCase(last) && b.linkDensity() < 0.2
        && rules.stopwordDensity(text) >= 0.18 && !truncated(text);
  }

  private static boolean isHeadline(Block b) {
    if (b.kind() == Block.Kind.TITLE) return true;
    String text = b.text();
    int words = BLANKS.split(text).length;
    return words >= 3 && words <= 30 && text.length() <= 220 && !text.endsWith(".");
  }

  private static boolean endsLikeSentence(String text) {
    char last = text.charAt(text.length() - 1);
    return ".!?\"'“”„«»)’:;".indexOf(last) >= 0 || Character.isLetterOrDigit(last) && text.length() >= 200;
  }

  /** A teaser cut short: ends in an ellipsis, perhaps followed by "more" or "weiterlesen". */
  private static boolean truncated(String text) {
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
    for (String word : READ_ON) {
      if (text.regionMatches(true, end - word.length(), word, 0, word.length())) {
        end -= word.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        break;
      }
    }
    return text.startsWith("…", end - 1) || text.startsWith("...", end - 3);
  }

  /** Whether each ASCII character is a blank or punctuation, told once rather than by its Unicode type each time. */
  private static final boolean[] ASCII_GAP = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) ASCII_GAP[c] = Character.isWhitespace(c) || isPunctuation(c);
  }

  /** Lower case, with every run of spaces and punctuation made one space. */
  private static String normalise(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128 ? ASCII_GAP[c] : Character.isWhitespace(c) || isPunctuation(c)) {
        gap = true;
      } else {
        if (gap && out.length() > 0) out.append(' ');
        gap = false;
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isPunctuation(char c) {
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> true;
      default -> false;
    };
  }

  private static Label nearest(Label[] labels, int i, int step) {
    for (int j = i + step; j >= 0 && j < labels.length; j += step) {
      if (labels[j] == Label.BODY || labels[j] == Label.FURNITURE) return labels[j];
    }
    return null;
  }

  /**
   * A body block repeated, or contained in a nearby longer body block, is a lede or teaser copy: keep
   * one. Containment is checked within a small window so that long documents stay linear.
   */
  private static void dropRepeats(List<Block> blocks, Label[] labels) {
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    String[] normalised = new String[labels.length];
    for (int a = 0; a < labels.length; a++) {
      if (labels[a] == Label.BODY) normalised[a] = normalise(blocks.get(a).text());
    }
    for (int a = 0; a < labels.length; a++) {
      if (labels[a] != Label.BODY) continue;
      String ta = normalised[a];
      if (ta.length() < 30) continue;
      if (seen.putIfAbsent(ta, a) != null) {
        labels[a] = Label.FURNITURE;
        continue;
      }
      for (int b = Math.max(0, a - REPEAT_WINDOW); b < Math.min(labels.length, a + REPEAT_WINDOW + 1); b++) {
        if (b == a || labels[b] != Label.BODY) continue;
        String tb = normalised[b];
        if (tb.length() > ta.length() && tb.contains(ta)) {
          labels[a] = Label.FURNITURE;
          break;
        }
      }
    }
  }

  private String agencyName(String raw) {
    return rules.agencyName(raw);
  }
}
