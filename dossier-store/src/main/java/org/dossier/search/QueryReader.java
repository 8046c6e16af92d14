package org.dossier.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.dossier.entities.EntityRecognizer;
import org.dossier.entities.Naming;

/**
 * Reads a query in Lucene's classic syntax into a query over the index's fields. A word without a field is
 * looked for in every title and text field (titles count double); a word or quoted phrase that names a pack
 * actor or place in any language ({@link EntityRecognizer#lookUp}) also finds the documents that mention that
 * entity or contain any of its spellings. Thread-safe: each query gets its own parser.
 */
final class QueryReader {
  /** Longer queries are refused: no one types them, and their widening would be costly. */
  static final int MAX_QUERY_CHARS = 2_000;
  private static final float TITLE_BOOST = 2f;
  /** How much the other fields of a word add to the best one. */
  private static final float TIE_BREAKER = 0.1f;
  private static final String ANY = "_any";

  private record Target(String field, float boost) {}

  private static final List<Target> ALL_TEXT = List.of(new Target(IndexFields.TITLE, TITLE_BOOST),
      new Target(IndexFields.TITLE_EN, TITLE_BOOST), new Target(IndexFields.TITLE_DE, TITLE_BOOST),
      new Target(IndexFields.TEXT, 1f), new Target(IndexFields.TEXT_EN, 1f), new Target(IndexFields.TEXT_DE, 1f));
  /** Word forms as written: the neutral fields, where wildcards, fuzzy words, ranges and spellings are looked for. */
  private static final List<Target> NEUTRAL = List.of(new Target(IndexFields.TITLE, TITLE_BOOST), new Target(IndexFields.TEXT, 1f));

  /** The fields a user may name, with the index fields each stands for. */
  static final List<String> USER_FIELDS = List.of("title", "text", "entity", "actor", "event", "language", "outlet",
      "published", "story");

  /** A query read: what to search, and what each widened word was widened to. */
  record Read(Query query, Map<String, List<String>> expansions) {}

  private final Analyzer analyzer;
  private final EntityRecognizer names;

  QueryReader(Analyzer analyzer, EntityRecognizer names) {
    this.analyzer = analyzer;
    this.names = names;
  }

  /** The query of a non-blank text. */
  Read read(String text) throws InvalidQueryException {
    if (text.length() > MAX_QUERY_CHARS) {
      throw new InvalidQueryException(String.format(Locale.ROOT,
          "The query is too long (%,d characters); at most %,d are allowed.", text.length(), MAX_QUERY_CHARS), null);
    }
    Parser parser = new Parser(analyzer);
    try {
      Query query = parser.parse(text);
      return new Read(query == null ? new BooleanQuery.Builder().build() : query, parser.expansions);
    } catch (ParseException e) {
      throw new InvalidQueryException(QueryErrors.explain(text, e), e);
    }
  }

  /** A message for the user, already worded; {@link QueryErrors} passes it on as it is. */
  static final class UserError extends ParseException {
    UserError(String message) {
      super(message);
    }
  }

  @FunctionalInterface
  private interface FieldQuery {
    Query on(String field) throws ParseException;
  }

  private final class Parser extends QueryParser {
    final Map<String, List<String>> expansions = new LinkedHashMap<>();

    Parser(Analyzer analyzer) {
      super(ANY, analyzer);
      setDefaultOperator(QueryParser.Operator.AND);
      // each word on its own, widened on its own; "Berg-Karabach" a phrase, not two words anywhere
      setSplitOnWhitespace(true);
      setAutoGeneratePhraseQueries(true);
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
      return fieldQuery(field, text, quoted, -1);
    }

    @Override
    protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
      return fieldQuery(field, text, true, slop);
    }

    private Query fieldQuery(String field, String text, boolean quoted, int slop) throws ParseException {
      if (IndexFields.KEYWORDS.contains(field)) return newFieldQuery(analyzer, field, text, quoted);
      List<Target> targets = switch (field) {
        case ANY -> ALL_TEXT;
        case IndexFields.TITLE -> List.of(new Target(IndexFields.TITLE, 1f), new Target(IndexFields.TITLE_EN, 1f),
            new Target(IndexFields.TITLE_DE, 1f));
        case IndexFields.TEXT -> List.of(new Target(IndexFields.TEXT, 1f), new Target(IndexFields.TEXT_EN, 1f),
            new Target(IndexFields.TEXT_DE, 1f));
        default -> throw unknownField(field);
      };
      Query plain = anyOf(targets, f -> withSlop(newFieldQuery(analyzer, f, text, quoted), slop));
      return widened(field, text, plain);
    }

    /** The plain query, or it or any of the entities the text names: by the entity field or by their spellings. */
    private Query widened(String field, String text, Query plain) throws ParseException {
      List<Naming> named = names.lookUp(text);
      if (named.isEmpty()) return plain;
      List<Target> spellingFields = switch (field) {
        case ANY -> NEUTRAL;
        case IndexFields.TITLE -> List.of(new Target(IndexFields.TITLE, 1f));
        default -> List.of(new Target(IndexFields.TEXT, 1f));
      };
      Set<Query> alternatives = new LinkedHashSet<>();
      if (plain != null) alternatives.add(plain);
      Set<String> shown = new LinkedHashSet<>();
      List<List<String>> spellings = new ArrayList<>();
      for (Naming n : named) {
        if (field.equals(ANY)) alternatives.add(new TermQuery(new Term(IndexFields.ENTITY, n.entity().toLowerCase(Locale.ROOT))));
        shown.add(n.name());
        for (String spelling : n.spellings()) {
          shown.add(spelling);
          // an acronym folded to lower case would find ordinary words ("US", "us"); the entity field finds it
          if (!spelling.equals(spelling.toUpperCase(Locale.ROOT))) spellings.add(words(spelling));
        }
      }
      for (List<String> words : shortest(spellings)) {
        for (Target t : spellingFields) alternatives.add(boosted(phrase(t.field(), words), t.boost()));
      }
      shown.removeIf(s -> s.equalsIgnoreCase(text));
      expansions.put(text, List.copyOf(shown));
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (Query q : alternatives) any.add(q, BooleanClause.Occur.SHOULD);
      return any.build();
    }

    @Override
    protected Query getWildcardQuery(String field, String term) throws ParseException {
      if (field.equals(ANY) && term.equals("*")) return new MatchAllDocsQuery();
      if (field.equals("*")) return super.getWildcardQuery(field, term);
      if (term.startsWith("*") || term.startsWith("?")) {
        throw new UserError("A word cannot start with * or ? (\"" + term + "\"): that would read every word of the "
            + "index. Start with a letter, as in armen*.");
      }
      return anyOf(multiTermTargets(field), f -> super.getWildcardQuery(f, term));
    }

    @Override
    protected Query getPrefixQuery(String field, String term) throws ParseException {
      return anyOf(multiTermTargets(field), f -> super.getPrefixQuery(f, term));
    }

    @Override
    protected Query getFuzzyQuery(String field, String term, float similarity) throws ParseException {
      return anyOf(multiTermTargets(field), f -> super.getFuzzyQuery(f, term, similarity));
    }

    @Override
    protected Query getRegexpQuery(String field, String term) throws ParseException {
      return anyOf(multiTermTargets(field), f -> super.getRegexpQuery(f, term));
    }

    @Override
    protected Query getRangeQuery(String field, String from, String to, boolean fromIncluded, boolean toIncluded)
        throws ParseException {
      return anyOf(multiTermTargets(field), f -> super.getRangeQuery(f, from, to, fromIncluded, toIncluded));
    }

    /** "-Armenia" alone: every document but those, not none. */
    @Override
    protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
      if (!clauses.isEmpty() && clauses.stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
        List<BooleanClause> all = new ArrayList<>(clauses);
        all.add(new BooleanClause(new MatchAllDocsQuery(), BooleanClause.Occur.MUST));
        return super.getBooleanQuery(all);
      }
      return super.getBooleanQuery(clauses);
    }

    private List<Target> multiTermTargets(String field) throws ParseException {
      if (field.equals(ANY)) return NEUTRAL;
      if (field.equals(IndexFields.TITLE) || field.equals(IndexFields.TEXT) || IndexFields.KEYWORDS.contains(field)) {
        return List.of(new Target(field, 1f));
      }
      throw unknownField(field);
    }

    private Query anyOf(List<Target> targets, FieldQuery build) throws ParseException {
      List<Query> queries = new ArrayList<>(targets.size());
      for (Target t : targets) {
        Query q = build.on(t.field());
        if (q != null) queries.add(boosted(q, t.boost()));
      }
      if (queries.isEmpty()) return null;
      return queries.size() == 1 ? queries.get(0) : new DisjunctionMaxQuery(queries, TIE_BREAKER);
    }
  }

  /** A spelling as the neutral fields index it. */
  private List<String> words(String spelling) {
    List<String> words = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream(IndexFields.TEXT, spelling)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) words.add(term.toString());
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  /**
   * The spellings no other spelling lies within: a text with "Nagorno-Karabakh" also has "Karabakh", so
   * looking for "Karabakh" finds both, at the cost of one word rather than a phrase each.
   */
  private static List<List<String>> shortest(List<List<String>> spellings) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> s : spellings) {
      if (s.isEmpty() || out.contains(s)) continue;
      boolean covered = false;
      for (List<String> other : spellings) {
        if (!other.isEmpty() && other.size() < s.size() && Collections.indexOfSubList(s, other) >= 0) covered = true;
      }
      if (!covered) out.add(s);
    }
    return out;
  }

  private static Query phrase(String field, List<String> words) {
    if (words.size() == 1) return new TermQuery(new Term(field, words.get(0)));
    return new PhraseQuery(field, words.toArray(new String[0]));
  }

  private static Query boosted(Query q, float boost) {
    return boost == 1f ? q : new BoostQuery(q, boost);
  }

  /** A phrase with the slop of {@code "..."~N}; -1 keeps the parser's default. */
  private static Query withSlop(Query q, int slop) {
    if (slop < 0 || q == null) return q;
    if (q instanceof PhraseQuery p) {
      PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(slop);
      Term[] terms = p.getTerms();
      int[] positions = p.getPositions();
      for (int i = 0; i < terms.length; i++) b.add(terms[i], positions[i]);
      return b.build();
    }
    if (q instanceof MultiPhraseQuery m) return new MultiPhraseQuery.Builder(m).setSlop(slop).build();
    return q;
  }

  private static UserError unknownField(String field) {
    return new UserError("There is no field \"" + field + "\" to search in; the fields are " + String.join(", ", USER_FIELDS)
        + ". To search for a word with a colon in it, put it in quotes.");
  }
}
