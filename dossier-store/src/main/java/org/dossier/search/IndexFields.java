package org.dossier.search;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/**
 * The fields of the index and how an {@link IndexedDocument} fills them. The title and text are indexed three
 * times over: language-neutral for every document ({@link #TITLE}, {@link #TEXT}, stored for snippets), and
 * stemmed in the document's own language when it is English or German. All text fields keep offsets, so
 * snippets of the stored text can show matches of any of them.
 */
final class IndexFields {
  static final String ID = "id";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String TITLE_EN = "title.en";
  static final String TEXT_EN = "text.en";
  static final String TITLE_DE = "title.de";
  static final String TEXT_DE = "text.de";

  static final String LANGUAGE = "language";
  static final String OUTLET = "outlet";
  static final String PUBLISHED = "published";
  static final String ENTITY = "entity";
  static final String ACTOR = "actor";
  static final String EVENT = "event";
  static final String STORY = "story";
  /** Keyword fields: one lower-case token per value. */
  static final List<String> KEYWORDS = List.of(LANGUAGE, OUTLET, PUBLISHED, ENTITY, ACTOR, EVENT, STORY);

  /** Publication date as a number, {@code YYYYMMDD} with 00 for a missing month or day: newest first. */
  static final String DATE_ORDER = "date_order";
  static final String SEQUENCE = "sequence";

  /** Per language with a stemmed chain: its title and text fields. */
  static final Map<String, List<String>> STEMMED = Map.of("en", List.of(TITLE_EN, TEXT_EN), "de", List.of(TITLE_DE, TEXT_DE));

  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private static final FieldType STORED_TEXT = textType(true);
  private static final FieldType INDEXED_TEXT = textType(false);
  private static final FieldType KEYWORD = keywordType();

  private IndexFields() {}

  private static FieldType textType(boolean stored) {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(stored);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  private static FieldType keywordType() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setOmitNorms(true);
    t.setIndexOptions(IndexOptions.DOCS);
    t.freeze();
    return t;
  }

  /** The facets: actors and event roots take several values per document. */
  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(SearchFacets.ACTOR, true);
    config.setMultiValued(SearchFacets.EVENT, true);
    return config;
  }

  static Document document(long sequence, IndexedDocument d, FacetsConfig config) throws java.io.IOException {
    if (d.id() == null || d.id().isBlank()) throw new IllegalArgumentException("a document to index needs an id");
    String language = d.language() == null || d.language().isBlank() ? "und" : d.language();
    Document doc = new Document();
    doc.add(new StringField(ID, d.id(), Field.Store.YES));
    doc.add(new NumericDocValuesField(SEQUENCE, sequence));
    List<String> stemmed = STEMMED.get(language);
    if (d.title() != null && !d.title().isBlank()) {
      doc.add(new Field(TITLE, d.title(), STORED_TEXT));
      if (stemmed != null) doc.add(new Field(stemmed.get(0), d.title(), INDEXED_TEXT));
    }
    String text = d.text() == null ? "" : d.text();
    doc.add(new Field(TEXT, text, STORED_TEXT));
    if (stemmed != null) doc.add(new Field(stemmed.get(1), text, INDEXED_TEXT));

    keyword(doc, LANGUAGE, language, true);
    doc.add(new SortedSetDocValuesFacetField(SearchFacets.LANGUAGE, language));
    if (d.outlet() != null && !d.outlet().isBlank()) {
      keyword(doc, OUTLET, d.outlet(), true);
      doc.add(new SortedSetDocValuesFacetField(SearchFacets.OUTLET, d.outlet()));
    }
    if (d.published() != null && !d.published().isBlank()) {
      keyword(doc, PUBLISHED, d.published(), true);
      Matcher m = DATE.matcher(d.published());
      if (m.matches()) {
        long month = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        long day = m.group(3) == null ? 0 : Long.parseLong(m.group(3));
        doc.add(new NumericDocValuesField(DATE_ORDER, Long.parseLong(m.group(1)) * 10_000 + month * 100 + day));
        if (m.group(2) != null) doc.add(new SortedSetDocValuesFacetField(SearchFacets.MONTH, d.published().substring(0, 7)));
      }
    }
    if (d.story() != null && !d.story().isBlank()) keyword(doc, STORY, d.story(), false);
    for (String e : distinct(d.entities())) keyword(doc, ENTITY, e, false);
    for (String a : distinct(d.actors())) {
      keyword(doc, ACTOR, a, false);
      doc.add(new SortedSetDocValuesFacetField(SearchFacets.ACTOR, a));
    }
    for (String root : distinct(d.eventRoots())) {
      keyword(doc, EVENT, root, false);
      doc.add(new SortedSetDocValuesFacetField(SearchFacets.EVENT, root));
    }
    return config.build(doc);
  }

  private static void keyword(Document doc, String field, String value, boolean stored) {
    doc.add(new Field(field, value, KEYWORD));
    if (stored) doc.add(new StoredField(field, value));
  }

  private static List<String> distinct(List<String> values) {
    return values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
  }
}
