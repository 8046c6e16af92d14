package org.dossier.evaluation;

import java.util.List;
import org.dossier.model.Span;

/**
 * A document of an annotated temporal corpus: the plain text a tagger is given, and its gold expressions.
 *
 * @param id       the document's name
 * @param dct      the document creation time as the corpus states it, or null
 * @param text     the text to tag (the corpus's TEXT part, tags removed)
 * @param timexes  the gold expressions, spans into {@code text}, in text order
 * @param warnings gold annotations that could not be placed on the text, as readable lines
 */
public record AnnotatedText(String id, String dct, String text, List<Gold> timexes, List<String> warnings) {
  public AnnotatedText {
    timexes = List.copyOf(timexes);
    warnings = List.copyOf(warnings);
  }

  /**
   * A gold temporal expression.
   *
   * @param span  where it stands in the text (UTF-16, half-open)
   * @param text  its text
   * @param type  TIMEX3 type (DATE, TIME, DURATION, SET), or null where the annotation has none (TIMEX2)
   * @param value its normalised value as annotated, or null where it has none
   */
  public record Gold(Span span, String text, String type, String value) {}
}
