package org.dossier.stories;

import java.util.List;

/**
 * A cluster of documents about one news event, in any language.
 *
 * @param members the documents, as indexes into the clustered list, in input order
 * @param central the member closest to the story's centre, whose title is the story's
 * @param first   the earliest publication date of a member (at its precision), or null
 * @param last    the latest, or null
 */
public record Story(String id, List<Integer> members, int central, String title, List<String> languages, String first,
    String last) {
  public Story {
    members = List.copyOf(members);
    languages = List.copyOf(languages);
  }
}
