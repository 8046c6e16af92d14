package org.dossier.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlighted snippets of the stored title and text. The stored fields are the language-neutral ones; matches
 * in the stemmed fields of the same text are shown too (the fields share the text, so their offsets agree).
 * Everything is HTML-escaped; matched words are wrapped in {@code <mark>}. Without a match, the text's first
 * passages are shown.
 */
final class Snippets {
  static final int PASSAGES = 3;
  /** Characters of a text looked at for passages: the whole of nearly every news article. */
  private static final int MAX_LENGTH = 200_000;
  private static final Map<String, Set<String>> MASKED = Map.of(
      IndexFields.TEXT, Set.of(IndexFields.TEXT_EN, IndexFields.TEXT_DE),
      IndexFields.TITLE, Set.of(IndexFields.TITLE_EN, IndexFields.TITLE_DE));
  private static final DefaultPassageFormatter HTML = new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);

  /** Per document of the page: the whole title highlighted (null without a title) and the text's best passages. */
  record Highlights(List<String> titles, List<List<String>> texts) {}

  private Snippets() {}

  static Highlights of(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docs) throws IOException {
    Map<String, Object[]> found = new Highlighter(searcher, analyzer)
        .highlight(new String[] {IndexFields.TITLE, IndexFields.TEXT}, query, docs, new int[] {1, PASSAGES});
    Object[] titles = found.get(IndexFields.TITLE);
    Object[] texts = found.get(IndexFields.TEXT);
    List<String> titleList = new ArrayList<>(docs.length);
    List<List<String>> textList = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      List<?> title = (List<?>) titles[i];
      titleList.add(title == null || title.isEmpty() ? null : (String) title.get(0));
      List<String> text = new ArrayList<>();
      if (texts[i] != null) for (Object o : (List<?>) texts[i]) text.add((String) o);
      textList.add(text);
    }
    return new Highlights(titleList, textList);
  }

  /** Each passage on its own, in text order, as HTML. */
  private static final class PassageList extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<String> out = new ArrayList<>(passages.length);
      for (Passage p : passages) out.add(HTML.format(new Passage[] {p}, content).strip());
      return out;
    }
  }

  /**
   * The whole title as one passage, the text in sentences. Matches are found from the query's terms, not by
   * asking the query's weights per hit, which would look every term of a widened name up again per document.
   */
  private static final class Highlighter extends UnifiedHighlighter {
    Highlighter(IndexSearcher searcher, Analyzer analyzer) {
      super(UnifiedHighlighter.builder(searcher, analyzer)
          .withFormatter(new PassageList())
          .withMaskedFieldsFunc(field -> MASKED.getOrDefault(field, Set.of()))
          .withWeightMatches(false)
          .withMaxLength(MAX_LENGTH));
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
      return field.equals(IndexFields.TITLE) ? new WholeBreakIterator() : super.getBreakIterator(field);
    }

    /** The formatter's objects (lists of passages), per field. */
    Map<String, Object[]> highlight(String[] fields, Query query, int[] docs, int[] passages) throws IOException {
      return highlightFieldsAsObjects(fields, query, docs, passages);
    }
  }
}
