package org.dossier.entities;

import org.dossier.pack.EntityType;

/**
 * One mention of an entity in a document's cleaned text (UTF-16 offsets, end exclusive).
 *
 * @param entity  the pack id, or {@code unlisted:<key>} for a person a title introduces who is not in the pack
 * @param name    canonical English name (for unlisted persons, the name as written)
 * @param country ISO 3166-1 alpha-3 or pack code the entity belongs to or acts for, or null
 * @param via     how the mention was recognised
 * @param role    the office the text gives a person here ("foreign_minister"), or null
 * @param actsFor for a place that can stand for a government (Baku, the Kremlin), that government's id
 */
public record Mention(int start, int end, String surface, String entity, String name, EntityType type, String country,
    Via via, String role, String actsFor) {

  /** How a mention was recognised. */
  public enum Via {
    /** one of the entity's names */
    NAME,
    /** a surname alone, resolved to the person named in full, or by office and date */
    SURNAME,
    /** a phrase that stands for an actor ("die Rebellenführung") */
    CUE,
    /** a generic institution noun whose country the context gives ("das russische Außenministerium") */
    INSTITUTION,
    /** a group noun resolved to the parties the text names ("beide Seiten") */
    COLLECTIVE,
    /** a person not in the pack, introduced by an office title ("Außenminister X") */
    TITLE;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The same mention, standing for another actor when it acts. */
  public Mention actingFor(String actor) {
    return new Mention(start, end, surface, entity, name, type, country, via, role, actor);
  }

  public boolean unlisted() {
    return entity.startsWith(UNLISTED);
  }

  public static final String UNLISTED = "unlisted:";
}
