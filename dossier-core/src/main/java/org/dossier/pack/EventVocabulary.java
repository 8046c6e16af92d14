package org.dossier.pack;

import java.io.Serializable;
import java.util.List;

/**
 * The words the event coder reads, per language (see docs/PACKS.md, "Events"): trigger lemmas with their
 * CAMEO codes, the closed-class cues for modality and argument roles, how a control verb ("fordern",
 * "ready to") turns the event it governs into its own code, and number words.
 */
public record EventVocabulary(List<Term> terms, List<Cue> cues, List<Derivation> derivations, List<NumberWord> numbers)
    implements Serializable {

  public EventVocabulary {
    terms = List.copyOf(terms);
    cues = List.copyOf(cues);
    derivations = List.copyOf(derivations);
    numbers = List.copyOf(numbers);
  }

  public static EventVocabulary empty() {
    return new EventVocabulary(List.of(), List.of(), List.of(), List.of());
  }

  /**
   * A trigger: a lemma (or several words of lemmas) that names an event.
   *
   * @param pos   V verb, N noun, A adjective or predicate word ("bereit", "ready")
   * @param cameo a CAMEO code, or {@code @kind} for a control word whose code depends on the event it governs
   *              (kinds: demand, appeal, intent, agree, reject, threaten, accuse)
   * @param frame argument hints: {@code recip} (the parties act on each other), {@code passive} (the subject
   *              undergoes the event: "killed", "getötet"), {@code target-subject} (the subject is the target)
   */
  public record Term(String lang, String lemma, String pos, String cameo, String frame) implements Serializable {
    public boolean control() {
      return cameo.startsWith("@");
    }

    public boolean has(String flag) {
      for (String f : frame.split(",")) if (f.strip().equals(flag)) return true;
      return false;
    }
  }

  /** A closed-class word or phrase of a kind ("negation", "conditional", "mediator", ...). */
  public record Cue(String lang, String kind, String cue) implements Serializable {}

  /** What a control word makes of a governed event: {@code inner} is a code or a prefix of codes, {@code *} any. */
  public record Derivation(String control, String inner, String cameo) implements Serializable {}

  public record NumberWord(String lang, String word, long value) implements Serializable {}
}
