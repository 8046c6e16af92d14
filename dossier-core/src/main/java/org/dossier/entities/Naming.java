package org.dossier.entities;

import java.util.List;

/**
 * An actor or place that a name on its own stands for ({@link EntityRecognizer#lookUp}).
 *
 * @param entity the pack id
 * @param name the canonical name
 * @param bySurname whether the name was the person's surname alone
 * @param spellings how the entity is written in every language of the pack, canonical first; for a surname,
 *     the surnames those spellings give ("Aliyev", "Əliyev", "Alijew")
 */
public record Naming(String entity, String name, boolean bySurname, List<String> spellings) {
  public Naming {
    spellings = List.copyOf(spellings);
  }
}
