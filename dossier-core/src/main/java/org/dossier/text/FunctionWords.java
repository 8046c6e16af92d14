package org.dossier.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Function-word profiles of a few languages ({@code function-words.tsv}). Prose is 30–50% function
 * words, so a text where one language's list covers a large share of the words and no other list comes
 * close is that language beyond reasonable doubt.
 */
public final class FunctionWords {
  /** Fewer words than this are too few to count on. */
  static final int MIN_WORDS = 20;
  /** The winning list must cover at least this share of the words ... */
  static final double MIN_SHARE = 0.2;
  /** ... and at least this many times the hits of any other list. */
  static final double MARGIN = 3.0;

  private static final FunctionWords INSTANCE = load();

  private final List<String> languages;
  /** word → bit set of the languages whose list holds it */
  private final LowerCaseWords membership;

  private FunctionWords(List<String> languages, Map<String, Integer> membership) {
    this.languages = List.copyOf(languages);
    this.membership = LowerCaseWords.of(membership);
  }

  static FunctionWords get() {
    return INSTANCE;
  }

  /** Whether a (lower-case) word is a function word of any of the listed languages. */
  public static boolean contains(String word) {
    return INSTANCE.membership.contains(word, 0, word.length());
  }

  /** Whether a stretch of text, lower-cased, is a function word of any of the listed languages. */
  public static boolean contains(CharSequence text, int start, int end) {
    return INSTANCE.membership.contains(text, start, end);
  }

  /** The language the text clearly is, or null when the function words do not settle it. */
  String clearLanguage(String text) {
    int[] hits = new int[languages.size()];
    int[] words = {0};
    Words.each(text, (start, end) -> {
      words[0]++;
      int bits = membership.valueOf(text, start, end);
      if (bits != 0) {
        for (int l = 0; l < hits.length; l++) {
          if ((bits & (1 << l)) != 0) hits[l]++;
        }
      }
    });
    if (words[0] < MIN_WORDS) return null;
    int best = -1;
    int second = 0;
    for (int l = 0; l < hits.length; l++) {
      if (best < 0 || hits[l] > hits[best]) {
        if (best >= 0) second = Math.max(second, hits[best]);
        best = l;
      } else {
        second = Math.max(second, hits[l]);
      }
    }
    boolean clear = hits[best] >= MIN_SHARE * words[0] && hits[best] >= MARGIN * second;
    return clear ? languages.get(best) : null;
  }

  private static FunctionWords load() {
    List<String> languages = new ArrayList<>();
    Map<String, Integer> membership = new HashMap<>();
    try (InputStream in = FunctionWords.class.getResourceAsStream("function-words.tsv")) {
      if (in == null) throw new IllegalStateException("function-words.tsv missing from the classpath");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cols = line.split("\t", 2);
        if (cols.length != 2) throw new IllegalStateException("function-words.tsv: expected language<TAB>words: " + line);
        int bit = 1 << languages.size();
        languages.add(cols[0].strip());
        for (String w : cols[1].strip().split("\\s+")) {
          membership.merge(w.toLowerCase(Locale.ROOT), bit, (a, b) -> a | b);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (languages.size() > 31) throw new IllegalStateException("function-words.tsv: at most 31 languages");
    return new FunctionWords(languages, membership);
  }
}
