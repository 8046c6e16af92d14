package org.dossier.events;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.text.Morphology;

/**
 * Whether a sentence can hold a trigger at all, decided from its words before it is tagged: tagging is the
 * event stage's main cost, and most sentences that name an actor hold no word of the lexicon.
 *
 * <p>A word can start a trigger only through the keys {@code SentenceCoder} looks up: its form, a regular
 * verb form undone by rule, the lemma the lemmatiser gives it under its tag (also after a separated
 * particle), or, in German, a strong verb form the pack lists (also before a separated particle), a noun
 * entry inside it or it without a plural ending (a compound head). The tag
 * is not known yet, so every lemma the lemmatiser can give the word is tried ({@link Morphology#anyLemma}),
 * and every part of speech is allowed. The answer is therefore never "no" for a word that could be read as a
 * trigger; it is remembered per word form. Cues (modality, roles, setting and fixed phrases) only ever
 * qualify a trigger: a sentence without one yields no event whatever its cues.
 */
final class TriggerWords {
  /** Remembered answers; cleared when full, so memory stays bounded on any corpus. */
  private static final int MEMO_LIMIT = 100_000;
  private final Lexicon lexicon;
  private final Map<String, Boolean> memo = new ConcurrentHashMap<>();

  TriggerWords(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Whether any of the words can be, or start, a trigger; false means the sentence has none. */
  boolean any(String[] words, Morphology morphology) {
    for (String w : words) if (may(w, morphology)) return true;
    return false;
  }

  /** Whether a word can be, or start, a trigger under some part of speech. */
  boolean may(String word, Morphology morphology) {
    Boolean known = memo.get(word);
    if (known != null) return known;
    String lower = word.toLowerCase(Locale.ROOT);
    boolean may = lexicon.mayStart(lower) || !lexicon.verbForms(lower).isEmpty() || lexicon.strongFormWithParticle(lower)
        || morphology.anyLemma(word, lexicon::mayStart) && contentLemma(word, morphology);
    if (memo.size() >= MEMO_LIMIT) memo.clear();
    memo.put(word, may);
    return may;
  }

  /** Whether the word's lemma as a content word (the only words the coder lemmatises) could start a trigger. */
  private boolean contentLemma(String word, Morphology morphology) {
    for (String tag : Sentence.CONTENT) if (lexicon.mayStart(morphology.lemma(word, tag))) return true;
    return false;
  }
}
