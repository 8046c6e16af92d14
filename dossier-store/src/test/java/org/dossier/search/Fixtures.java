package org.dossier.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dossier.entities.EntityRecognizer;
import org.dossier.entities.Mention;
import org.dossier.pack.Pack;
import org.dossier.pack.PackLoader;
import org.dossier.text.Segmentation;
import org.dossier.text.Segmenter;

/**
 * The test articles ({@code articles.jsonl}: passages of real EN/DE news with their outlet, date, event actors and
 * CAMEO roots), with the entities the real recogniser finds in them, as the store will feed them.
 */
final class Fixtures {
  static final Pack PACK = PackLoader.load("caucasus");
  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(PACK);
  private static final Segmenter SEGMENTER = new Segmenter();
  static final List<IndexedDocument> ARTICLES = read("articles.jsonl");

  private Fixtures() {}

  /** A document as the store would index it: the entities are those the recogniser finds in title and text. */
  static IndexedDocument document(String id, String language, String published, String outlet, String title, String text,
      List<String> actors, List<String> events, String story) {
    Set<String> entities = new LinkedHashSet<>(entities(text, language));
    if (title != null) entities.addAll(entities(title, language));
    return new IndexedDocument(id, title, text, language, published, outlet, List.copyOf(entities), actors, events, story);
  }

  private static List<String> entities(String text, String language) {
    Segmentation s = SEGMENTER.segment(text, language);
    return RECOGNIZER.recognise(text, s.sentences(), s.tokens(), language, null).mentions().stream()
        .filter(m -> !m.unlisted()).map(Mention::entity).distinct().toList();
  }

  static IndexedDocument article(String id) {
    return ARTICLES.stream().filter(d -> d.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no test article " + id));
  }

  /** A fresh index in {@code dir} holding every test article, committed (sequence = position + 1). */
  static SearchIndex indexOfArticles(Path dir) throws IOException {
    SearchIndex index = SearchIndex.open(dir, PACK);
    long sequence = 0;
    for (IndexedDocument d : ARTICLES) index.add(++sequence, d);
    index.commit();
    return index;
  }

  private static List<IndexedDocument> read(String resource) {
    ObjectMapper json = new ObjectMapper();
    List<IndexedDocument> out = new ArrayList<>();
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException(resource + " missing from the test classpath");
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank()) continue;
        JsonNode n = json.readTree(line);
        out.add(document(n.get("id").asText(), n.get("language").asText(), text(n, "published"), text(n, "outlet"),
            text(n, "title"), n.get("text").asText(), strings(n.get("actors")), strings(n.get("events")), text(n, "story")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }
}
