package org.dossier.time;

import java.util.List;
import org.dossier.model.Span;

/**
 * Finds and normalises the temporal expressions of English and German text (TIMEX3).
 * One instance is immutable and serves many threads.
 */
public final class TemporalTagger {
  public TemporalTagger() {}

  /**
   * @param text         the text
   * @param sentences    its sentences (tense and the reference are judged per sentence)
   * @param language     ISO 639-1 code; languages without rules give no expressions
   * @param documentDate the publication date as a TIMEX3 date value ({@code 2020-10-09}, {@code 2020-10}), or null
   */
  public List<Timex> tag(String text, List<Span> sentences, String language, String documentDate) {
    return List.of();
  }
}
