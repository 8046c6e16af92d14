package org.dossier.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.model.Span;
import org.dossier.text.Morphology;

/**
 * One sentence as the event coder reads it: its words with UD tags and lemmas, its clauses, and the actors
 * and places in it (slots).
 */
final class Sentence {
  /** The tags of content words: the words that get the lemmatiser's lemma; others keep their lower-cased form. */
  static final List<String> CONTENT = List.of("VERB", "NOUN", "ADJ", "AUX");
  final Span span;
  final int paragraph;
  final Span[] tokens;
  final String[] words;
  final String[] lower;
  /** Whether the sentence was tagged; if not, it holds no trigger. */
  final boolean tagged;
  final String[] tags;
  final String[] lemmas;
  private final Morphology morphology;
  /** Index of the first token of the clause each token is in. */
  final int[] clauseStart;
  final int[] clauseEnd;
  /** Per token, whether a German clause that a subordinate or relative one interrupted resumes there. */
  final boolean[] resumes;
  final List<Slot> slots = new ArrayList<>();

  /**
   * An actor or place the entity stage found, over tokens [first, last].
   *
   * @param place    a place that is not an actor ("Ganja"): a location, not a source or target
   */
  record Slot(int first, int last, Event.Actor actor, Event.Location place, String type) {}

  /**
   * Reads a sentence. One that can hold no trigger ({@link TriggerWords}, when given) is not tagged: its
   * words get the tag X and their own forms as lemmas, so the coder finds nothing in it.
   */
  /** A word's lemma as a common noun, whatever its tag (German nouns the tagger took for names). */
  String nounLemma(int i) {
    return tagged ? morphology.lemma(words[i], "NOUN") : lower[i];
  }

  /**
   * @param times the spans of the sentence's temporal expressions (of any type), which keep the preposition before
   *              them from opening a clause
   */
  Sentence(String text, Span span, int paragraph, List<Span> tokenSpans, Morphology morphology, Lexicon lexicon,
      TriggerWords triggerWords, List<Span> times) {
    this.span = span;
    this.paragraph = paragraph;
    this.morphology = morphology;
    int n = tokenSpans.size();
    this.tokens = tokenSpans.toArray(new Span[0]);
    this.words = new String[n];
    this.lower = new String[n];
    for (int i = 0; i < n; i++) {
      words[i] = tokens[i].of(text);
      lower[i] = words[i].toLowerCase(Locale.ROOT);
    }
    this.tagged = triggerWords == null || triggerWords.any(words, morphology);
    if (tagged) {
      this.tags = morphology.tag(words);
    } else {
      this.tags = new String[n];
      java.util.Arrays.fill(tags, "X");
    }
    this.lemmas = new String[n];
    for (int i = 0; i < n; i++) {
      String t = tags[i];
      boolean content = CONTENT.contains(t);
      lemmas[i] = content ? morphology.lemma(words[i], t) : lower[i];
    }
    this.clauseStart = new int[n];
    this.clauseEnd = new int[n];
    this.resumes = new boolean[n];
    int start = 0;
    for (int i = 0; i < n; i++) {
      boolean resumed = i > start && resumes(i, start, lexicon);
      if (i > start && (boundary(i, lexicon, times) || resumed) && !beforeTime(i, times)) {
        for (int k = start; k < i; k++) clauseEnd[k] = i;
        start = i;
        resumes[i] = resumed;
      }
      clauseStart[i] = start;
    }
    for (int k = start; k < n; k++) clauseEnd[k] = n;
  }

  /**
   * Whether a word the tagger reads as a preposition stands right before a temporal expression ("seit Tagen", "since
   * Monday"): its phrase says when the clause's verb happened, and opens no clause of its own, whatever else the word
   * can be ("seit" and "since" also join clauses).
   */
  private boolean beforeTime(int i, List<Span> times) {
    return tags[i].startsWith("ADP") && i + 1 < tokens.length && inTime(i + 1, times);
  }

  /**
   * Whether a German clause interrupted by a subordinate or relative one resumes at a token: a finite verb right after
   * the comma that closes the embedded clause, whose own verb ends it ("Das Ministerium, das die Rebellen unterstützt,
   * meldete ...", "Nachdem Baku angegriffen hatte, meldete Eriwan ...").
   */
  private boolean resumes(int i, int start, Lexicon lexicon) {
    if (!lexicon.verbSecond() || i < 2 || !words[i - 1].equals(",") || !finite(i) || !finite(i - 2)) return false;
    return tags[start].equals("SCONJ") || start > 0 && tags[start].equals("PRON");
  }

  /** Whether a token is a verb or an auxiliary (the tagger does not tell finite forms apart). */
  boolean finite(int k) {
    return tags[k].equals("VERB") || tags[k].equals("AUX");
  }

  /** Whether a token lies in a temporal expression. */
  private boolean inTime(int k, List<Span> times) {
    int at = tokens[k].start();
    for (Span x : times) if (x.start() <= at && at < x.end()) return true;
    return false;
  }

  /** A clause starts at a subordinating conjunction, a relative pronoun after a comma, or after ; : – ( and quotes. */
  private boolean boundary(int i, Lexicon lexicon, List<Span> times) {
    if (!opens(i, lexicon, times)) return false;
    // "Russia as well as Turkey": the words of a conjunction that joins names open no clause
    for (int j = Math.max(0, i - 3); j <= i; j++) {
      if (cueEnd(lexicon, "coordination", j) > i) return false;
    }
    return true;
  }

  /** Whether token i would open a clause, conjunctions of several words aside. */
  private boolean opens(int i, Lexicon lexicon, List<Span> times) {
    String w = words[i];
    String prev = words[i - 1];
    // "während eines Telefongesprächs": a word that can be a conjunction, before a genitive article, is a preposition
    if ((tags[i].equals("SCONJ") || lexicon.boundary(lower[i])) && i + 1 < words.length
        && cueEnd(lexicon, "genitive_article", i + 1) > 0) {
      return false;
    }
    if (tags[i].equals("SCONJ")) return true;
    // "am Sonntag, dem 27. September, ...": a date in apposition, not a relative clause
    boolean date = i + 1 < words.length && tags[i + 1].equals("NUM");
    if (prev.equals(",") && (tags[i].equals("PRON") && !date || tags[i].equals("SCONJ"))) return true;
    if (prev.equals(";") || prev.equals(":") || prev.equals("–") || prev.equals("—")) return true;
    // "sagte der armenische Außenminister, Aserbaidschan habe ...": a comma after a verb of saying (in German also
    // after its subject) opens what was said
    // ("sagte am Donnerstag, Russland und die Türkei stünden ...": after a phrase that says when, too)
    // ("teilte am Sonntag mit, armenische Truppen hätten ...": and after the particle that closes it)
    if (prev.equals(",") && saidBefore(i - 1, lexicon, k -> lexicon.verbSecond()
        && (nominal(k) || inTime(k, times) || beforeTime(k, times) || k == i - 2 && cueEnd(lexicon, "particle", k) == k + 1))) {
      return true;
    }
    // "Azerbaijan said on Sunday that a missile ...": so does a "that" the tagger took for a pronoun, after the
    // phrases that say when or how
    if (lower[i].equals("that") && tags[i].equals("PRON")
        && saidBefore(i, lexicon, k -> tags[k].startsWith("ADP") || tags[k].equals("NUM") || tags[k].equals("ADV") || nominal(k))) {
      return true;
    }
    if (w.equals("–") || w.equals("—")) return true;
    // a short parenthesis ("Nagorno Karabakh (Artsakh)", "(AFP)") stays in its clause; a longer one is a clause
    if (w.equals("(") && !shortParenthesis(i) || prev.equals("(") && !shortParenthesis(i - 1)) return true;
    return lexicon.boundary(lower[i]) && (!lexicon.verbSecond() || opensClause(i));
  }

  /**
   * Whether a German conjunction could open a clause here: at the start, or after punctuation or a coordinating
   * conjunction, with at most one adverb between ("..., auch wenn"). German sets off every subordinate clause with a
   * comma, so a word that can be a conjunction elsewhere is an adverb ("hat heute damit begonnen, ...": not the
   * "damit" of purpose).
   */
  boolean opensClause(int i) {
    int k = i - 1;
    if (k >= 0 && (tags[k].equals("ADV") || tags[k].equals("PART"))) k--;
    return k < 0 || tags[k].equals("PUNCT") || tags[k].equals("CCONJ");
  }

  /**
   * The end of a dateline that opens the sentence ("Eriwan (AFP) -", "Baku/Eriwan –", "Moskau (dpa) -"): the token of
   * its dash, or -1. Only names, numbers and the punctuation of names and credits stand before the dash; the place the
   * report was filed from and the agency that filed it take no part in what the sentence reports.
   */
  int dateline() {
    for (int i = 0; i < Math.min(size(), 9); i++) {
      String w = words[i];
      // a dash, or a hyphen set off by a space: the hyphen of "Berg-Karabach" ends no dateline
      boolean hyphen = w.equals("-") && i > 0 && tokens[i].start() == tokens[i - 1].end();
      if ((w.equals("-") || w.equals("–") || w.equals("—")) && i > 0 && !hyphen) {
        return i + 1 < size() ? i : -1;
      }
      String tag = tags[i];
      // a place in capitals ("MOSCOW -") is a name whatever the tagger makes of it
      boolean capitals = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && Character.isLetter(w.charAt(0));
      boolean name = tag.equals("PROPN") || tag.equals("NOUN") || tag.equals("X") || tag.equals("NUM") || capitals;
      boolean mark = w.equals("/") || w.equals("(") || w.equals(")") || w.equals(",") || w.equals(".");
      if (!name && !mark) return -1;
    }
    return -1;
  }

  /**
   * Whether a verb of saying stands within seven tokens before {@code at}, with only words {@code between} accepts
   * between them.
   */
  private boolean saidBefore(int at, Lexicon lexicon, java.util.function.IntPredicate between) {
    for (int k = at - 1; k >= Math.max(0, at - 7); k--) {
      if (tags[k].equals("VERB")) return cueEnd(lexicon, "reported", k) == k + 1;
      if (!between.test(k)) return false;
    }
    return false;
  }

  private boolean nominal(int k) {
    return tags[k].equals("DET") || tags[k].equals("ADJ") || tags[k].equals("NOUN") || tags[k].equals("PROPN");
  }

  /** Whether the parenthesis opened at token {@code open} holds only a name or two ("(Artsakh)", "(AFP)"). */
  private boolean shortParenthesis(int open) {
    for (int k = open + 1; k < Math.min(words.length, open + 5); k++) {
      if (words[k].equals(")")) return k > open + 1;
      boolean name = tags[k].equals("PROPN") || tags[k].equals("NOUN") || tags[k].equals("X");
      if (!name || !Character.isUpperCase(words[k].charAt(0))) return false;
    }
    return false;
  }

  int size() {
    return tokens.length;
  }

  /** Index of the token containing or following a text offset. */
  int tokenAt(int offset) {
    int lo = 0;
    int hi = tokens.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens[mid].end() <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Whether the words of a cue stand at token {@code i}, comparing surface or lemma (a word written {@code =word}: the
   * surface only); returns the cue's length or 0. A capitalised proper noun inside the sentence is a name, not a cue
   * word ("on May 15" is no "may").
   */
  int matches(String[] cue, int i) {
    if (i + cue.length > tokens.length) return 0;
    for (int k = 0; k < cue.length; k++) {
      String c = cue[k];
      int at = i + k;
      if (c.startsWith("=") && c.length() > 1) {
        // the surface form only: "=ziel" is the aim, not "Ziele" (targets)
        if (!lower[at].equals(c.substring(1))) return 0;
        continue;
      }
      if (at > 0 && tags[at].equals("PROPN") && Character.isUpperCase(words[at].charAt(0))
          && !Character.isUpperCase(c.charAt(0))) {
        return 0;
      }
      int stem = c.length() - 1;
      boolean ok = stem > 0 && c.charAt(stem) == '*'
          ? lower[at].startsWith(c.substring(0, stem)) || lemmas[at].startsWith(c.substring(0, stem))
          : lower[at].equals(c) || lemmas[at].equals(c);
      if (!ok) return 0;
    }
    return cue.length;
  }

  /**
   * The first token in [from, to) where a cue of the kind starts, or -1. Words of a fixed phrase ("as soon as
   * possible", "the shortest possible time") are no cues.
   */
  int find(Lexicon lexicon, String kind, int from, int to) {
    Lexicon.CueIndex cues = lexicon.cueIndex(kind);
    if (cues.isEmpty()) return -1;
    boolean[] fixed = fixed(lexicon);
    for (int i = Math.max(0, from); i < Math.min(to, tokens.length); i++) {
      if (!fixed[i] && first(cues, i) >= 0) return i;
    }
    return -1;
  }

  private boolean[] fixed;

  /** The tokens inside a fixed phrase of the lexicon (cue kind {@code fixed}). */
  private boolean[] fixed(Lexicon lexicon) {
    if (fixed == null) {
      fixed = new boolean[tokens.length];
      Lexicon.CueIndex phrases = lexicon.cueIndex("fixed");
      if (phrases.isEmpty()) return fixed;
      for (int i = 0; i < tokens.length; i++) {
        mark(phrases, phrases.startingWith(lower[i]), i);
        if (!lemmas[i].equals(lower[i])) mark(phrases, phrases.startingWith(lemmas[i]), i);
        mark(phrases, phrases.stems(), i);
      }
    }
    return fixed;
  }

  /** Marks the tokens of every one of the phrases at the positions that stands at token i. */
  private void mark(Lexicon.CueIndex phrases, int[] positions, int i) {
    if (positions == null) return;
    for (int k : positions) {
      int len = matches(phrases.cues.get(k), i);
      for (int j = i; j < i + len; j++) fixed[j] = true;
    }
  }

  /** The end (exclusive) of the cue of the kind that starts at i, or -1. */
  int cueEnd(Lexicon lexicon, String kind, int i) {
    Lexicon.CueIndex cues = lexicon.cueIndex(kind);
    int k = cues.isEmpty() ? -1 : first(cues, i);
    return k < 0 ? -1 : i + cues.cues.get(k).length;
  }

  /** The position in the table of the first cue that stands at token i, or -1: only cues that can start there are tried. */
  private int first(Lexicon.CueIndex cues, int i) {
    if (i >= tokens.length) return -1;
    int best = first(cues, cues.startingWith(lower[i]), i, Integer.MAX_VALUE);
    if (!lemmas[i].equals(lower[i])) best = first(cues, cues.startingWith(lemmas[i]), i, best);
    best = first(cues, cues.stems(), i, best);
    return best == Integer.MAX_VALUE ? -1 : best;
  }

  private int first(Lexicon.CueIndex cues, int[] positions, int i, int before) {
    if (positions == null) return before;
    for (int k : positions) {
      if (k >= before) return before;
      if (matches(cues.cues.get(k), i) > 0) return k;
    }
    return before;
  }

  boolean verb(int i) {
    return tags[i].equals("VERB") || tags[i].equals("AUX");
  }
}
