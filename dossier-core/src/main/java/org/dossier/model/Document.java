package org.dossier.model;

import java.util.List;

/**
 * An analysed article: the cleaned text and the layers the per-document stages put on it, all as spans
 * into {@link #text()} (like spaCy's Doc). Immutable; a stage returns a new instance with its layer added.
 *
 * @param id        stable identifier: the input's own id, else a content hash
 * @param input     where it came from (path, {@code #line}, {@code #record})
 * @param url       source URL or null
 * @param title     headline or null
 * @param language  ISO 639-1 code or {@code und}
 * @param published publication date with origin, evidence and conflict
 * @param text      article body, boilerplate removed; paragraphs separated by a blank line
 * @param removed   number of characters removed as boilerplate
 * @param agencies  news agencies credited in the article (Reuters, AFP, dpa ...), as metadata
 * @param sentences sentence spans, in text order
 * @param tokens    token spans, in text order
 */
public record Document(
    String id,
    String input,
    String url,
    String title,
    String language,
    PublishedDate published,
    String text,
    int removed,
    List<String> agencies,
    List<Span> sentences,
    List<Span> tokens) {

  public Document {
    agencies = List.copyOf(agencies);
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
  }

  public Document withPublished(PublishedDate date) {
    return new Document(id, input, url, title, language, date, text, removed, agencies, sentences, tokens);
  }
}
