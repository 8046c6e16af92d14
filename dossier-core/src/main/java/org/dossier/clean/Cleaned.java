package org.dossier.clean;

import java.util.List;

/**
 * The article body and what cleaning learnt about the page.
 *
 * @param text       body paragraphs separated by a blank line
 * @param removed    characters of page text removed as boilerplate (navigation, captions, teasers ...)
 * @param title      the headline, or null
 * @param url        the page's canonical URL, or null
 * @param dates      publication dates stated by the page outside the body
 * @param agencies   news agencies credited (Reuters, AFP, dpa ...)
 * @param declaredLanguage the page's declared language ({@code <html lang>}), or null
 */
public record Cleaned(
    String text,
    int removed,
    String title,
    String url,
    List<DateClue> dates,
    List<String> agencies,
    String declaredLanguage) {
  public Cleaned {
    dates = List.copyOf(dates);
    agencies = List.copyOf(agencies);
  }
}
