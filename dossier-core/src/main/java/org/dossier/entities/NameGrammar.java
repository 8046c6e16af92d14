package org.dossier.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The function words and endings names are read with ({@code name-grammar.tsv}): case endings, words
 * that link an institution to its country, articles, name particles. Data, so a new language is new rows.
 */
final class NameGrammar {
  private static final String RESOURCE = "/org/dossier/entities/name-grammar.tsv";

  /** German case endings, the genitive first. */
  final List<String> endings = new ArrayList<>();
  final Set<String> links = new HashSet<>();
  final Set<String> locatives = new HashSet<>();
  final Set<String> articles = new HashSet<>();
  final Set<String> particles = new HashSet<>();

  static NameGrammar load() {
    NameGrammar g = new NameGrammar();
    try (InputStream in = NameGrammar.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException(RESOURCE + " missing from the classpath");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cells = line.split("\t");
        if (cells.length != 3) {
          throw new IllegalStateException(RESOURCE + ":" + number + ": expected lang, class, word");
        }
        String word = cells[2].strip();
        switch (cells[1].strip()) {
          case "ending" -> g.endings.add(word);
          case "link" -> g.links.add(word);
          case "locative" -> g.locatives.add(word);
          case "article" -> g.articles.add(word);
          case "particle" -> g.particles.add(word);
          default -> throw new IllegalStateException(RESOURCE + ":" + number + ": unknown class '" + cells[1] + "'");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return g;
  }
}
