package org.dossier.evaluation;

/** One named figure of an evaluation, a share between 0 and 1 unless {@code unit} says otherwise. */
public record Score(String suite, String name, double value, String detail) {
  public String key() {
    return suite + "." + name;
  }
}
