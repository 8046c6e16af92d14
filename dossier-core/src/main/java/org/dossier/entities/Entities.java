package org.dossier.entities;

import java.util.List;

/**
 * What entity recognition found in one document: mentions in the text, in text order; mentions in the
 * headline (offsets into the title); and nationality adjectives in the text.
 */
public record Entities(List<Mention> mentions, List<Mention> titleMentions, List<Nationality> nationalities) {
  public Entities {
    mentions = List.copyOf(mentions);
    titleMentions = List.copyOf(titleMentions);
    nationalities = List.copyOf(nationalities);
  }

  public Entities withTitle(List<Mention> title) {
    return new Entities(mentions, title, nationalities);
  }
}
