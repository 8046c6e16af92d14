package org.dossier.pack;

import java.io.Serializable;

/**
 * A generic noun for an institution kind in a language ("Außenministerium", "defence ministry").
 *
 * @param bare true when the noun alone may take its country from the sentence around it
 */
public record InstitutionNoun(String kind, String lang, String noun, boolean bare) implements Serializable {
  /** The kind that refers back to the last ministry of any kind. */
  public static final String ANY_MINISTRY = "ministry";
  /**
   * The kind of nouns that stand for a government only with its seat named ("die Behörden in Stepanakert", "officials
   * in Baku"): never by an adjective or the context.
   */
  public static final String SEAT = "seat";
}
