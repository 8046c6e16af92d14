package org.dossier.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chains of the index. No stop words are removed, so phrases and positions mean the same in
 * every field. Normalising steps (lower case, folding) also apply to the words of wildcard, prefix, fuzzy and
 * range queries; stemming does not.
 */
final class Analyzers {
  private Analyzers() {}

  /** English: possessive "'s" removed, lower case, diacritics folded, Krovetz's light stemming. */
  static Analyzer english() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        result = new KStemFilter(result);
        return new TokenStreamComponents(source, result);
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  /** German: lower case, umlauts and ß normalised ("Gespräche", "Gespraeche"), diacritics folded, light stemming. */
  static Analyzer german() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new GermanNormalizationFilter(result);
        result = new ASCIIFoldingFilter(result);
        result = new GermanLightStemFilter(result);
        return new TokenStreamComponents(source, result);
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new ASCIIFoldingFilter(new GermanNormalizationFilter(new LowerCaseFilter(in)));
      }
    };
  }

  /** Any language: lower case and diacritics folded, words as written ("Əliyev" is "eliyev"). */
  static Analyzer neutral() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  /** Identifiers and codes: the whole value is one token, in lower case. */
  static Analyzer keyword() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new KeywordTokenizer();
        return new TokenStreamComponents(source, new LowerCaseFilter(source));
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
  }

  /** Each field of {@link IndexFields} with its chain. */
  static Analyzer perField() {
    Analyzer english = english();
    Analyzer german = german();
    Analyzer keyword = keyword();
    Map<String, Analyzer> byField = new java.util.HashMap<>();
    byField.put(IndexFields.TITLE_EN, english);
    byField.put(IndexFields.TEXT_EN, english);
    byField.put(IndexFields.TITLE_DE, german);
    byField.put(IndexFields.TEXT_DE, german);
    for (String field : IndexFields.KEYWORDS) byField.put(field, keyword);
    return new PerFieldAnalyzerWrapper(neutral(), byField);
  }
}
