package org.dossier.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.pack.EventVocabulary;
import org.dossier.pack.EventVocabulary.Cue;
import org.dossier.pack.EventVocabulary.Derivation;
import org.dossier.pack.EventVocabulary.Term;

/**
 * One language's event vocabulary, indexed for lookup by lemma: triggers (single words and word
 * sequences), cue words by kind, control-word derivations and number words.
 */
final class Lexicon {
  /** Triggers by lemma; a sequence is filed under its first word. */
  private final Map<String, List<Term>> terms = new HashMap<>();
  private final Map<String, List<String[]>> cues = new HashMap<>();
  private final Map<String, CueIndex> cueIndex = new HashMap<>();
  private final Set<String> boundaryWords = new HashSet<>();
  private final boolean verbSecond;
  private final Map<String, Long> numbers = new HashMap<>();
  private final List<Derivation> derivations;
  private final Set<String> particles = new HashSet<>();
  private final Set<String> deathWords = new HashSet<>();
  private final Set<String> notActors = new HashSet<>();
  private final Set<String> assets = new HashSet<>();
  private final boolean compounds;
  private final int shortestNoun;
  /**
   * The forms of German strong verbs (cue kind {@code strong_verb}: infinitive, past stem, participle), each with the
   * infinitive it is of: "drangen" and "gedrungen" of "dringen", which the lemmatiser misses.
   */
  private final Map<String, String> strongForms = new HashMap<>();
  /** What a key with a verb particle leaves after the particle ("greifen" of "angreifen"). */
  private final Set<String> particleRests = new HashSet<>();
  /** The single-word noun entries, for finding them inside compounds. */
  private final Trie nouns = new Trie();
  /**
   * The keys of terms that can make an event on their own; a key whose terms are all exclusions ("statement" of
   * "statement release") or words that only take the code of what they govern ("begin", "try", "end") makes no event
   * of a sentence that holds no other key.
   */
  private final Set<String> eventKeys = new HashSet<>();

  Lexicon(EventVocabulary vocabulary, String language) {
    int shortest = Integer.MAX_VALUE;
    for (Term t : vocabulary.terms()) {
      if (!applies(t.lang(), language)) continue;
      String first = t.lemma().split(" ")[0];
      terms.computeIfAbsent(first, k -> new ArrayList<>()).add(t);
      // "Anti-Terror-Einsatz": a tokeniser that splits at hyphens gives "Anti - Terror - Einsatz", so a hyphenated
      // entry is also filed as that sequence
      String split = HYPHEN.matcher(t.lemma()).replaceAll(" - ");
      if (!split.equals(t.lemma())) {
        Term sequence = new Term(t.lang(), split, t.pos(), t.cameo(), t.frame());
        terms.computeIfAbsent(split.split(" ")[0], k -> new ArrayList<>()).add(sequence);
      }
      if (t.pos().equals("N") && !t.lemma().contains(" ")) shortest = Math.min(shortest, t.lemma().length());
    }
    for (Cue c : vocabulary.cues()) {
      if (!applies(c.lang(), language)) continue;
      cues.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c.cue().split(" "));
      if (c.kind().equals("particle")) particles.add(c.cue());
      if (c.kind().equals("not_actor")) notActors.add(c.cue());
      if (c.kind().equals("asset")) assets.add(c.cue().toLowerCase(java.util.Locale.ROOT));
      if (c.kind().equals("fatality") && !c.cue().contains(" ")) deathWords.add(c.cue());
    }
    for (String[] v : cues.getOrDefault("strong_verb", List.of())) {
      if (v.length != 3) continue;
      for (String ending : new String[] {"", "en", "t", "st"}) strongForms.putIfAbsent(v[1] + ending, v[0]);
      for (String ending : new String[] {"", "e", "en", "em", "er", "es"}) strongForms.putIfAbsent(v[2] + ending, v[0]);
    }
    for (EventVocabulary.NumberWord n : vocabulary.numbers()) {
      if (applies(n.lang(), language)) numbers.put(n.word(), n.value());
    }
    cues.forEach((kind, list) -> cueIndex.put(kind, new CueIndex(list)));
    for (String[] c : cues("boundary")) if (c.length == 1) boundaryWords.add(c[0]);
    this.verbSecond = cues("word_order").stream().anyMatch(c -> c.length == 1 && c[0].equals("verb-second"));
    this.derivations = vocabulary.derivations();
    this.compounds = language.equals("de");
    this.shortestNoun = shortest;
    for (String key : terms.keySet()) {
      if (terms.get(key).stream().anyMatch(this::eventOnItsOwn)) eventKeys.add(key);
      for (String p : particles) if (key.length() > p.length() && key.startsWith(p)) particleRests.add(key.substring(p.length()));
      for (Term t : terms.get(key)) if (t.pos().equals("N") && !t.lemma().contains(" ")) nouns.add(t.lemma());
    }
  }

  /** Whether a term is an event without another trigger: a code, or a control word with a code of its own. */
  private boolean eventOnItsOwn(Term t) {
    if (t.cameo().equals("-")) return false;
    return !t.control() || derive(t.cameo().substring(1), null) != null;
  }

  private static boolean applies(String lang, String language) {
    return lang.equals("*") || lang.equals(language);
  }

  boolean isEmpty() {
    return terms.isEmpty();
  }

  /** Triggers filed under a lemma (including sequences starting with it). */
  List<Term> terms(String lemma) {
    return terms.getOrDefault(lemma, List.of());
  }

  /**
   * The single-word noun trigger a German compound ends in ("Bombenangriffe" → "angriff"): the longest
   * noun lemma that the word, with or without a plural ending, ends with; the whole word without its ending
   * counts too ("Bombenangriffe" the lemmatiser left alone is a "Bombenangriff").
   */
  Term compoundHead(String lemma) {
    if (!compounds || terms.isEmpty()) return null;
    String[] forms = new String[PLURALS.length + 1];
    forms[0] = lemma;
    for (int k = 0; k < PLURALS.length; k++) forms[k + 1] = strip(lemma, PLURALS[k]);
    for (int i = 0; i + shortestNoun <= lemma.length(); i++) {
      for (String form : forms) {
        if (form == null || i + shortestNoun > form.length()) continue;
        String tail = form.substring(i);
        if (tail.charAt(0) == '-') continue;
        for (Term t : terms(tail)) {
          if (t.pos().equals("N") && !t.lemma().contains(" ")) return t.cameo().equals("-") ? null : t;
        }
      }
    }
    return null;
  }

  /** A hyphen between two letters. */
  private static final java.util.regex.Pattern HYPHEN = java.util.regex.Pattern.compile("(?<=\\p{L})-(?=\\p{L})");

  /** The plural endings {@link #compoundHead} takes off, in the order it tries them. */
  private static final String[] PLURALS = {"en", "n", "e", "s"};
  /** The ending of an inflected German participle after its "t" ("vereinbarte", "besetzten"). */
  private static final java.util.regex.Pattern PARTICIPLE_ENDING =
      java.util.regex.Pattern.compile("(?<=t)(e|en|em|er|es|est|et)$");

  private static String strip(String word, String ending) {
    return word.length() > ending.length() + 3 && word.endsWith(ending) ? word.substring(0, word.length() - ending.length()) : null;
  }

  /**
   * Whether a noun (its lemma, lower case) is a thing or place force is used on (cue kind {@code asset}: "helicopter",
   * "Dorf"); in German also a compound ending in one, with or without a plural ending ("Militärhubschraubers").
   */
  boolean asset(String lemma) {
    if (assets.isEmpty()) return false;
    if (assets.contains(lemma)) return true;
    if (!compounds) return false;
    String[] forms = new String[PLURALS.length + 1];
    forms[0] = lemma;
    for (int k = 0; k < PLURALS.length; k++) forms[k + 1] = strip(lemma, PLURALS[k]);
    for (String asset : assets) {
      for (String form : forms) if (form != null && form.endsWith(asset)) return true;
    }
    return false;
  }

  /** Whether the pack names an actor that is never a party to an event (news agencies, platforms: cue kind not_actor). */
  boolean notActor(String entity) {
    return entity != null && notActors.contains(entity);
  }

  /**
   * Whether a lemma or word form could be, or could start, a trigger by {@code SentenceCoder}'s lookups,
   * whatever its part of speech: a lexicon key (also with a separated particle before it: "greifen" of
   * "angreifen"), or, in German, a word {@link #compoundHead} can read as a noun entry: one with a noun entry
   * inside it after its first letter, or one that is a noun entry without its plural ending ("angriffe" the
   * lemmatiser left alone). Rows with code {@code -} count inside compounds only. Only ever too generous, never too
   * strict.
   */
  boolean mayStart(String lemma) {
    if (eventKeys.contains(lemma) || particleRests.contains(lemma)) return true;
    if (!compounds) return false;
    if (nouns.inside(lemma, 1)) return true;
    for (String ending : PLURALS) {
      String stem = strip(lemma, ending);
      if (stem != null && nouns.contains(stem)) return true;
    }
    return false;
  }

  List<String[]> cues(String kind) {
    return cues.getOrDefault(kind, List.of());
  }

  /** The cues of a kind indexed by their first word. */
  CueIndex cueIndex(String kind) {
    return cueIndex.getOrDefault(kind, CueIndex.EMPTY);
  }

  /** Whether a lower-cased word is a one-word clause boundary cue. */
  boolean boundary(String lower) {
    return boundaryWords.contains(lower);
  }

  /** Whether the language puts the finite verb second and the subject on either side of it (German). */
  boolean verbSecond() {
    return verbSecond;
  }

  /**
   * The cues of one kind in table order, with where each may start: cues whose first word is plain under
   * that word, cues whose first word is surface-only ({@code =word}) under the word without its {@code =},
   * cues whose first word is a stem ({@code *}) apart. A cue can only match at a token whose form or lemma
   * is its first word (whose form, for a surface-only word), or starts with its stem; so trying the cues
   * filed under a token's form and lemma and the stems, in table order, finds the cue a scan of the whole
   * table would.
   */
  static final class CueIndex {
    static final CueIndex EMPTY = new CueIndex(List.of());
    final List<String[]> cues;
    private final Map<String, int[]> byFirst = new HashMap<>();
    private final int[] stems;

    CueIndex(List<String[]> cues) {
      this.cues = cues;
      Map<String, List<Integer>> first = new HashMap<>();
      List<Integer> stemmed = new ArrayList<>();
      for (int k = 0; k < cues.size(); k++) {
        String w = cues.get(k)[0];
        // as Sentence.matches reads a cue word: "=word" is compared with the form only, whatever it ends in
        if (w.startsWith("=") && w.length() > 1) first.computeIfAbsent(w.substring(1), x -> new ArrayList<>()).add(k);
        else if (w.endsWith("*") && w.length() > 1) stemmed.add(k);
        else first.computeIfAbsent(w, x -> new ArrayList<>()).add(k);
      }
      first.forEach((w, ks) -> byFirst.put(w, ks.stream().mapToInt(Integer::intValue).toArray()));
      this.stems = stemmed.stream().mapToInt(Integer::intValue).toArray();
    }

    boolean isEmpty() {
      return cues.isEmpty();
    }

    /** Positions in {@link #cues}, ascending, of the plain and surface-only cues that start with the word. */
    int[] startingWith(String word) {
      return byFirst.get(word);
    }

    /** Positions in {@link #cues}, ascending, of the cues that start with a stem. */
    int[] stems() {
      return stems;
    }
  }

  /** Whether a sentence without actors has a word of killing, so its death toll can join the fighting the text is about. */
  boolean mentionsDeaths(String text, List<org.dossier.model.Span> tokens) {
    if (deathWords.isEmpty()) return false;
    for (org.dossier.model.Span t : tokens) {
      if (t.length() > 2 && deathWords.contains(t.of(text).toLowerCase(java.util.Locale.ROOT))) return true;
    }
    return false;
  }

  /** Whether a sentence opens (after quotation marks) with an anaphor cue ("They", "He"). */
  boolean opensWithAnaphor(String text, List<org.dossier.model.Span> tokens) {
    int i = 0;
    while (i < tokens.size() && i < 2 && !tokens.get(i).of(text).chars().anyMatch(Character::isLetter)) i++;
    for (String[] cue : cues("anaphor")) {
      if (i + cue.length > tokens.size()) continue;
      boolean all = true;
      for (int k = 0; k < cue.length && all; k++) {
        all = tokens.get(i + k).of(text).toLowerCase(java.util.Locale.ROOT).equals(cue[k]);
      }
      if (all) return true;
    }
    return false;
  }

  /**
   * Whether a sentence holds a cue of the kind, word for word in its surface forms (any case), compared in place:
   * most sentences this is asked of hold none, and need no copy of their words.
   */
  boolean holds(String kind, String text, List<org.dossier.model.Span> tokens) {
    for (String[] cue : cues(kind)) {
      for (int i = 0; i + cue.length <= tokens.size(); i++) {
        boolean all = true;
        for (int k = 0; k < cue.length && all; k++) {
          org.dossier.model.Span token = tokens.get(i + k);
          int length = token.end() - token.start();
          all = cue[k].length() == length && text.regionMatches(true, token.start(), cue[k], 0, length);
        }
        if (all) return true;
      }
    }
    return false;
  }

  /** Whether a sentence holds a deixis cue ("hier", "here", one word each): it may speak of a place it does not name. */
  boolean pointsToPlace(String text, List<org.dossier.model.Span> tokens) {
    return holds("deixis", text, tokens);
  }

  /**
   * Lexicon lemmas a verb form may stand for when the lemmatiser misses it. German: a zu-infinitive with a
   * particle ("zusammenzuarbeiten" → "zusammenarbeiten"), a weak past or participle, with or without "ge"
   * and a particle, also inflected ("verhandelten" → "verhandeln", "geeinigt" → "einigen", "abgegrenzt" →
   * "abgrenzen"), and a form of a strong verb the pack lists, alone or after a particle ("drangen" → "dringen",
   * "vorgedrungen" → "vordringen"). English: a regular past or progressive ("shelled", "shelling" → "shell"). Only
   * forms the lexicon files are returned.
   */
  List<String> verbForms(String w) {
    List<String> out = new ArrayList<>(2);
    if (!compounds) {
      for (String ending : new String[] {"ed", "ing"}) {
        if (w.length() <= ending.length() + 2 || !w.endsWith(ending)) continue;
        String stem = w.substring(0, w.length() - ending.length());
        known(stem, out);
        known(stem + "e", out);
        int n = stem.length();
        if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) known(stem.substring(0, n - 1), out);
      }
      return out;
    }
    for (String p : particles) {
      String zu = p + "zu";
      if (w.length() > zu.length() + 3 && w.startsWith(zu) && w.endsWith("n")) known(p + w.substring(zu.length()), out);
    }
    if (!strongForms.isEmpty()) {
      known(strongForms.get(w), out);
      for (String p : particles) {
        if (w.length() > p.length() + 2 && w.startsWith(p)) {
          String infinitive = strongForms.get(w.substring(p.length()));
          if (infinitive != null) known(p + infinitive, out);
        }
      }
    }
    String base = PARTICIPLE_ENDING.matcher(w).replaceFirst("");
    if (!base.endsWith("t") || base.length() < 5) return out;
    String stem = base.substring(0, base.length() - 1);
    List<String> stems = new ArrayList<>(List.of(stem));
    // "töteten" → "töte" → "töt": a stem of three letters and its "-e"
    if (stem.endsWith("e")) stems.add(stem.substring(0, stem.length() - 1));
    for (String st : stems) {
      infinitive(st, out);
      int ge = st.indexOf("ge");
      if (ge == 0 && st.length() > 4) infinitive(st.substring(2), out);
      if (ge > 0 && particles.contains(st.substring(0, ge)) && st.length() > ge + 3) {
        infinitive(st.substring(0, ge) + st.substring(ge + 2), out);
      }
    }
    return out;
  }

  /** "änder" → "ändern", "demonstrier" → "demonstrieren": a stem in -el or -er may take either ending. */
  private void infinitive(String stem, List<String> out) {
    if (stem.endsWith("el") || stem.endsWith("er")) known(stem + "n", out);
    known(stem + "en", out);
  }

  private void known(String form, List<String> out) {
    if (form != null && terms.containsKey(form) && !out.contains(form)) out.add(form);
  }

  /**
   * Whether a word is a form of a strong verb that, with a particle, is a trigger ("drangen" of "drangen ... vor"):
   * the particle it needs stands apart, at the end of the clause.
   */
  boolean strongFormWithParticle(String w) {
    String infinitive = strongForms.get(w);
    return infinitive != null && particleRests.contains(infinitive);
  }

  boolean particle(String word) {
    return particles.contains(word);
  }

  Long number(String word) {
    return numbers.get(word);
  }

  /**
   * The code a control word of a kind gives to a governed event, by the longest matching inner prefix; the
   * inner code itself for {@code =}; null when the table has nothing for it.
   */
  String derive(String control, String inner) {
    Derivation best = null;
    for (Derivation d : derivations) {
      if (!d.control().equals(control)) continue;
      boolean fits = d.inner().equals("*") || (inner != null && inner.startsWith(d.inner()));
      if (fits && (best == null || specificity(d) > specificity(best))) best = d;
    }
    if (best == null) return null;
    return best.cameo().equals("=") ? inner : best.cameo();
  }

  private static int specificity(Derivation d) {
    return d.inner().equals("*") ? 0 : d.inner().length();
  }

  /** Words by their letters, to find whether any of them stands inside a longer word. */
  private static final class Trie {
    private char[] letters = new char[0];
    private Trie[] next = new Trie[0];
    private boolean word;

    void add(String w) {
      Trie node = this;
      for (int i = 0; i < w.length(); i++) node = node.child(w.charAt(i), true);
      node.word = true;
    }

    private Trie child(char c, boolean create) {
      for (int k = 0; k < letters.length; k++) if (letters[k] == c) return next[k];
      if (!create) return null;
      letters = java.util.Arrays.copyOf(letters, letters.length + 1);
      next = java.util.Arrays.copyOf(next, next.length + 1);
      letters[letters.length - 1] = c;
      return next[next.length - 1] = new Trie();
    }

    /** Whether s is one of the words. */
    boolean contains(String s) {
      Trie node = this;
      for (int i = 0; i < s.length() && node != null; i++) node = node.child(s.charAt(i), false);
      return node != null && node.word;
    }

    /** Whether one of the words starts in s at or after {@code from}. */
    boolean inside(String s, int from) {
      for (int i = from; i < s.length(); i++) {
        Trie node = this;
        for (int k = i; k < s.length() && node != null; k++) {
          node = node.child(s.charAt(k), false);
          if (node != null && node.word) return true;
        }
      }
      return false;
    }
  }
}
