package org.dossier.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.regex.Pattern;
import org.dossier.calendar.PartialDate;
import org.dossier.events.Event.Actor;
import org.dossier.events.Event.EventDate;
import org.dossier.events.Event.Modality;
import org.dossier.events.Sentence.Slot;
import org.dossier.model.Span;
import org.dossier.pack.Cameo;
import org.dossier.pack.EventVocabulary.Term;
import org.dossier.time.Timex;

/** Codes the events of one sentence: finds triggers, resolves control words, assigns roles, date and modality. */
final class SentenceCoder {
  // patterns of words, compiled once: String.matches compiles its pattern at every call
  private static final Pattern INFLECTED_PARTICIPLE = Pattern.compile(".*(t|n)(e|en|em|er|es)");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s");
  private static final Pattern OPENING_MARKS = Pattern.compile("[\"“”„‘’'«»(\\[–—-]+");
  private static final Pattern QUOTE_MARKS = Pattern.compile("[\"“”„‘’'«»]+");

  private final Sentence s;
  private final Lexicon lexicon;
  private final List<Timex> dates;
  /** Every date expression of the sentence, also those too vague to date an event ("vergangene Woche": 2020-W41). */
  private final List<Timex> allDates;
  /** the spans of time (durations) the sentence names */
  private final List<Timex> spans;
  private final EventCoder.Discourse discourse;
  private Boolean reported;
  /** The sentence's triggers, once found. */
  private List<Trigger> triggers = List.of();
  /** Where the sentence's purpose cues start; found on first use. */
  private List<Integer> purposeCues;
  /** Per token, whether it is a word of a number's bound; computed on first use. */
  private boolean[] numberBound;
  /** Token ranges [first, end) of phrases that frame their clause ("Trotz der Einigung auf eine Waffenruhe ..."). */
  private final List<int[]> frames = new ArrayList<>();

  /** A trigger found over tokens [first, last]. */
  private static final class Trigger {
    final int first;
    final int last;
    final Term term;
    /** The term whose frame flags the event takes: a begin word takes those of the event it begins. */
    Term frame;
    String cameo;
    Modality governed;
    /** The control word that gave {@code governed}, or null. */
    Trigger governor;
    /** An agreed event coordinated with the one its control word became: it takes the control's modality. */
    Trigger agreedWith;
    boolean consumed;
    /** The date a framing phrase names for itself ("die Einigung auf eine Waffenruhe vergangene Woche"), or null. */
    Timex ownDate;
    /** For a control word, the event it took its code from, or null. */
    Trigger inner;
    /** Territory taken under an agreement: the other side handed it over, so source and target change places. */
    boolean handedOver;
    /** The noun trigger this verb has as its theme ("infolge eines Angriffs der armenischen Streitkräfte getötet"). */
    Trigger theme;

    Trigger(int first, int last, Term term) {
      this.first = first;
      this.last = last;
      this.term = term;
      this.frame = term;
      this.cameo = term.cameo();
    }

    boolean control() {
      return term.control();
    }

    /**
     * A begin word ("starten", "aufnehmen"), an attempt ("tried to advance") or an end ("an end to the fighting"):
     * once it has an event it derives a code from, it is that event (the begun or attempted one, the ending of
     * the fighting), with that event's roles.
     */
    boolean begins() {
      return control() && (kind().equals("begin") || kind().equals("attempt") || kind().equals("end"));
    }

    String kind() {
      return term.cameo().substring(1);
    }
  }

  SentenceCoder(Sentence s, Lexicon lexicon, List<Timex> dates, List<Timex> allDates, List<Timex> spans,
      EventCoder.Discourse discourse) {
    this.s = s;
    this.lexicon = lexicon;
    this.dates = dates;
    this.allDates = allDates;
    this.spans = spans;
    this.discourse = discourse;
  }

  List<Event> code() {
    List<Event> events = codeSentence();
    // "He also blasted French President Emmanuel Macron": the person this sentence named is the next one's "he"
    for (Slot slot : s.slots) {
      if (slot.actor() != null && "PERSON".equals(slot.type()) && marker(slot) < 0) {
        discourse.lastPerson = List.of(slot.actor());
        discourse.lastPersonSentence = discourse.sentence;
        break;
      }
    }
    for (Slot slot : s.slots) {
      int marker = marker(slot);
      if (slot.place() != null && !(marker >= 0 && is("origin", marker))) {
        discourse.lastPlace = slot.place();
        discourse.lastPlaceRead = discourse.read;
        discourse.lastPlaceParagraph = s.paragraph;
        break;
      }
    }
    return events;
  }

  private List<Event> codeSentence() {
    if (discourse.paragraph != s.paragraph) {
      discourse.paragraph = s.paragraph;
      if (discourse.narrative != null) discourse.previousNarrative = discourse.narrative;
      discourse.narrative = null;
    }
    discourse.sentence++;
    List<Trigger> triggers = triggers();
    if (triggers.isEmpty()) return List.of();
    this.triggers = triggers;
    // before control words: an agreement that frames a handover governs nothing
    underAgreement(triggers);
    govern(triggers);
    despiteTruce(triggers);
    suppressNouns(triggers);
    List<Event> events = new ArrayList<>();
    Fatalities fatalities = new Fatalities(s, lexicon);
    Event.Fatalities toll = fatalities.find();
    boolean tollUsed = false;
    EventDate sentenceDate = null;
    for (Trigger t : triggers) {
      if (t.consumed || t.cameo == null || t.cameo.startsWith("@")) continue;
      if (mediationOfAnother(t, triggers)) continue;
      Modality modality = t.governed != null ? t.governed : t.agreedWith != null ? modality(t.agreedWith) : modality(t);
      // "plant keinen Angriff": what a control word governs with a negation of its own is no plan of it
      if (t.governed != null && negatedByItsDeterminer(t)) modality = Modality.NEGATED;
      // the saying of a dated statement happened, whatever the cues of what was said
      boolean statement = t.term.has("dated");
      if (statement) modality = Modality.ASSERTED;
      boolean intent = false;
      if (modality == Modality.PLANNED && t.governed == null && !t.control() && futureAuxiliary(t)) {
        // "Baku will free 32 prisoners": a statement of what an actor will do is an intent, stated now
        String derived = lexicon.derive("intent", t.cameo);
        if (derived != null && !derived.equals(t.cameo)) {
          t.cameo = derived;
          intent = true;
          modality = reported() ? Modality.REPORTED : Modality.ASSERTED;
        }
      }
      if ((modality == Modality.ASSERTED || modality == Modality.REPORTED) && state(t)) continue;
      boolean pattern = (modality == Modality.ASSERTED || modality == Modality.REPORTED) && pattern(t);
      Roles roles = roles(t);
      if (pattern) {
        // no event, yet it tells who fights whom: "Im Zuge des jahrelangen Krieges wurden ... getötet" after it
        if (force(t.cameo) && !roles.source.isEmpty() && !roles.sourceFromContext) {
          discourse.conflictSource = roles.source;
          discourse.conflictTarget = roles.target;
          discourse.lastConflictSentence = discourse.sentence;
        }
        continue;
      }
      // a statement is its speaker's, about others
      if (statement) roles.target.removeIf(a -> codes(roles.source).contains(a.code()));
      if (t.handedOver) {
        List<Actor> taker = new ArrayList<>(roles.source);
        roles.source.clear();
        roles.source.addAll(roles.target);
        roles.target.clear();
        roles.target.addAll(taker);
      }
      String root = Cameo.root(t.cameo);
      boolean violent = force(t.cameo);
      if (violent && roles.source.isEmpty() && t.theme != null && t.theme.cameo != null && Cameo.root(t.theme.cameo).equals(root)) {
        // "wurden infolge eines Angriffs der armenischen Streitkräfte getötet": the attack's doer is the killing's
        Roles theme = roles(t.theme);
        if (!theme.sourceFromContext && java.util.Collections.disjoint(codes(theme.source), codes(roles.target))) {
          roles.source.addAll(theme.source);
        }
      }
      // one side as both attacker and attacked: the same name read twice ("Azerbaijan's military killed four of its
      // soldiers") is the attacker; a side the clause does not name ("Azerbaijan said that a missile targeted ...
      // Ganja": the speaker) is the attacked, in a report that does not name the attacker
      if (violent && codes(roles.source).size() == 1 && codes(roles.source).equals(codes(roles.target))) {
        if (roles.source.stream().anyMatch(a -> roles.target.stream().anyMatch(b -> b.entity().equals(a.entity())))) {
          roles.target.clear();
        } else if (roles.sourceFromContext) {
          roles.source.clear();
        }
      }
      if (violent && roles.source.isEmpty() && roles.target.isEmpty()
          && (toll != null || discourse.sentence - discourse.lastConflictSentence <= 3)) {
        // "Bei den Gefechten wurden fast 200 Menschen getötet": the fighting the text is about
        roles.source.addAll(discourse.conflictSource);
        roles.target.addAll(discourse.conflictTarget);
      }
      // a demand made of a side, by a speaker the text does not name ("a demand was issued to the Azerbaijani side to
      // leave"), is still a demand of that side; other control words need the one who agrees, intends or refuses
      boolean demandOf = t.control() && (t.kind().equals("demand") || t.kind().equals("appeal")) && subjectOfPassive(t);
      if (roles.source.isEmpty() && (roles.target.isEmpty() || t.control() && !t.begins() && !demandOf)) continue;
      if (t.frame.has("rebuts") && roles.target.isEmpty() && !roles.source.isEmpty()
          && discourse.sentence - discourse.lastClaimSentence <= 2
          && java.util.Collections.disjoint(codes(discourse.lastClaimant.get()), codes(roles.source))) {
        // "Armenia's ministry denied this information": the claim denied is the last one another side made
        roles.target.addAll(discourse.lastClaimant.get());
      }
      // "beschlossen, das Kriegsrecht einzuführen": what a side decided to impose, it imposed on itself too
      boolean self = t.frame.has("self")
          || t.inner != null && t.inner.term.has("self") && java.util.Objects.equals(t.cameo, t.inner.cameo);
      if (self && !roles.source.isEmpty()) {
        // "Armenia declared martial law": a side imposes it on itself, whatever other side the sentence names as its cause
        roles.target.clear();
        roles.target.addAll(roles.source);
      }
      if (violent && modality == Modality.REPORTED && roles.source.isEmpty() && !roles.target.isEmpty()) {
        // "Die Verteidigungsarmee von Berg-Karabach teilte mit, dass zwei Hubschrauber ... zerstört wurden": force on
        // the speaker's adversary that names no doer is the speaker's claim of its own
        List<Actor> claimant = claimant(t, roles.target);
        if (claimant != null) roles.source.addAll(claimant);
      }
      if (roles.target.isEmpty() && !roles.source.isEmpty() && !roles.sourceFromContext && discourse.adversaryRoots.contains(root)) {
        // "Armenien spricht von staatlicher Provokation": a side's hostile act that names no one is aimed at its adversary
        Actor adversary = adversary(roles.source, dayOf(t));
        if (adversary != null) roles.target.add(adversary);
      }
      if (roles.target.isEmpty() && !roles.source.isEmpty() && discourse.partyCodes.contains(t.cameo)
          && discourse.pair() != null
          && discourse.pair().stream().noneMatch(side -> codes(roles.source).contains(side.code()))) {
        // "Russland rief derweil zu einer sofortigen Waffenruhe auf": another's call for a truce is made to the sides
        // at war (a side's own call may be made to anyone: "urged the international community to respond")
        for (Actor side : discourse.pair()) roles.target.add(side.inferredAs("parties"));
      }
      if (roles.target.isEmpty() && !roles.source.isEmpty() && t.cameo.startsWith(PRAISE) && welcomesAgreement(t)
          && discourse.pair() != null && discourse.pair().stream().noneMatch(side -> codes(roles.source).contains(side.code()))) {
        // "Macron welcomed the agreement": praise for the truce the report told of is praise for its two sides
        for (Actor side : discourse.pair()) roles.target.add(side.inferredAs("parties"));
      }
      Timex timex = t.ownDate != null ? t.ownDate : timex(t);
      if (intent && timex != null && later(EventDate.of(timex.value()), discourse.published)) timex = null;
      Dated dated = date(t, timex, modality, roles);
      EventDate date = dated.date();
      // a date the sentence states (or its landmark) carries on to the paragraph's next sentences
      // (a statement's day is when it was said, not when what it tells happened)
      if (dated.narrates() && !statement && (modality == Modality.ASSERTED || modality == Modality.REPORTED)) {
        sentenceDate = date;
      }
      Event.Fatalities f = null;
      if (!tollUsed && toll != null && violent) {
        f = toll;
        tollUsed = true;
      }
      Span trigger = new Span(s.tokens[t.first].start(), s.tokens[t.last].end());
      Event e = new Event(t.cameo, EventCoder.label(t.cameo), modality, date, roles.source, roles.target, roles.mediator,
          roles.location, f, s.span, trigger);
      events.add(e);
      if (!roles.source.isEmpty()) {
        discourse.lastSource = roles.source;
        discourse.lastSourceSentence = discourse.sentence;
      }
      if (violent && e.happened() && !roles.source.isEmpty()) {
        discourse.conflictSource = roles.source;
        discourse.conflictTarget = roles.target;
        discourse.lastConflictSentence = discourse.sentence;
      }
    }
    if (sentenceDate != null) {
      discourse.narrative = sentenceDate;
      if (discourse.reportDay == null && s.paragraph <= 1 && recent(sentenceDate)) discourse.reportDay = sentenceDate;
    }
    List<Event> coded = accusations(merge(events));
    claimant(coded);
    return coded;
  }

  /**
   * A party's report that another attacked ("Der Kampfhelikopter habe versucht, eine aserbaidschanische Armeestellung
   * anzugreifen, teilte das Verteidigungsministerium in Baku mit") is the reporter's accusation against the attacker,
   * besides the attack it reports, coded as the pack derives an accusation of that force (1123). A party
   * reporting its own side's attack accuses no one; a sentence that names an accusation already needs no other.
   */
  private List<Event> accusations(List<Event> events) {
    if (events.stream().anyMatch(e -> Cameo.root(e.cameo()).equals("11"))) return events;
    List<Actor> reporter = null;
    List<Event> out = new ArrayList<>(events);
    Set<String> accused = new HashSet<>();
    for (Event e : events) {
      if (e.modality() != Modality.REPORTED || e.source().isEmpty() || !force(e.cameo())) continue;
      if (reporter == null) reporter = reporter();
      Set<String> by = codes(reporter);
      Set<String> doers = codes(e.source());
      if (by.isEmpty() || doers.isEmpty() || !java.util.Collections.disjoint(by, doers)) continue;
      // "Turkey stands in solidarity with Azerbaijan in its fight": a reporter siding with the doers accuses no one;
      // nor does one telling of fighting between two sides, each the other's attacker
      if (sidesWith(events, by, doers) || doers.size() >= 2 && doers.equals(codes(e.target()))) continue;
      String cameo = lexicon.derive("accuse", e.cameo());
      if (cameo == null || !accused.add(String.join(",", doers))) continue;
      out.add(new Event(cameo, EventCoder.label(cameo), Modality.ASSERTED, e.date(), reporter, e.source(), List.of(), null,
          null, e.evidence(), e.trigger()));
    }
    return out;
  }

  /**
   * Records who made the claim the sentence reports, for a denial in the sentences after it that names no one
   * ("Das Verteidigungsministerium Armeniens wies diese Information zurück"): the reporter of a reported event, else
   * the accuser of an accusation.
   */
  private void claimant(List<Event> events) {
    boolean reported = events.stream().anyMatch(e -> e.modality() == Modality.REPORTED);
    List<Actor> accuser = events.stream().filter(e -> e.happened() && Cameo.root(e.cameo()).equals("11")
        && !e.source().isEmpty()).map(Event::source).findFirst().orElse(List.of());
    if (!reported && accuser.isEmpty()) return;
    List<List<Actor>> found = new ArrayList<>(1);
    discourse.lastClaimant = () -> {
      if (found.isEmpty()) {
        List<Actor> by = reported ? reporter() : List.of();
        found.add(by.isEmpty() ? accuser : by);
      }
      return found.get(0);
    };
    discourse.lastClaimSentence = discourse.sentence;
  }

  /**
   * Whether the sentence tells of support (CAMEO roots 05 to 07: solidarity, cooperation, aid) by one side for the
   * other; talks between both ("a day after talks between the two countries") side with no one.
   */
  private static boolean sidesWith(List<Event> events, Set<String> by, Set<String> with) {
    for (Event e : events) {
      String root = Cameo.root(e.cameo());
      if (root.compareTo("05") < 0 || root.compareTo("07") > 0 || java.util.Collections.disjoint(codes(e.source()), by)
          || codes(e.source()).equals(codes(e.target()))) {
        continue;
      }
      if (!java.util.Collections.disjoint(codes(e.target()), with)) return true;
    }
    return false;
  }

  /** Assault, fighting or mass violence: CAMEO roots 18 to 20. */
  private static boolean force(String cameo) {
    String root = Cameo.root(cameo);
    return root.equals("18") || root.equals("19") || root.equals("20");
  }

  /** The codes the actors act for. */
  static Set<String> codes(List<Actor> actors) {
    Set<String> codes = new HashSet<>();
    for (Actor a : actors) if (a.code() != null) codes.add(a.code());
    return codes;
  }

  /**
   * Who a sentence's report is attributed to: the actor next to a verb or preposition of saying ("Armenia said",
   * "teilte das Verteidigungsministerium in Baku mit", "according to Baku"); the one told ("told Reuters") is not.
   */
  private List<Actor> reporter() {
    for (int k = s.find(lexicon, "reported", 0, s.size()); k >= 0; k = s.find(lexicon, "reported", k + 1, s.size())) {
      String tag = s.tags[k];
      if (!(tag.equals("VERB") || tag.equals("ADP") || tag.equals("NOUN"))) continue;
      boolean told = is("attribution", k) && tag.equals("VERB");
      // "nach Angaben des armenischen Verteidigungsministeriums", "laut dem Ministerium", "according to Azerbaijan's
      // ministry": the name a cue of several words or a preposition opens the phrase of is who reports (not a verb's:
      // "Azerbaijan said Armenian artillery ...")
      int cueEnd = s.cueEnd(lexicon, "reported", k);
      if (cueEnd > k + 1 || tag.equals("ADP")) {
        for (Slot slot : s.slots) {
          if (slot.actor() != null && slot.first() >= cueEnd && onlyArticlesAndAdjectives(cueEnd, slot.first())) {
            return List.of(slot.actor());
          }
        }
      }
      // a name in a phrase of its own before the verb ("mit seinem italienischen Amtskollegen ... sagte Çavuşoğlu") is
      // the subject only when no other name stands by the verb ("Aus türkischen Diplomatenkreisen verlautete")
      for (boolean phrase : new boolean[] {false, true}) {
        Slot best = null;
        int bestDistance = REPORTER_REACH + 1;
        for (Slot slot : s.slots) {
          if (slot.actor() == null || slot.last() < k && (marker(slot) >= 0) != phrase) continue;
          // after the verb, its subject ("meldete Baku", "teilte das Ministerium mit"), not a name in its object
          // ("meldete den Abschuss zweier aserbaidschanischer Hubschrauber")
          boolean object = slot.first() > k && nounBetween(k, slot.first());
          int distance = slot.last() < k ? k - slot.last() : told || phrase || object ? Integer.MAX_VALUE : slot.first() - k;
          if (distance > 0 && distance < bestDistance) {
            best = slot;
            bestDistance = distance;
          }
        }
        if (best != null) return List.of(best.actor());
      }
    }
    return List.of();
  }

  /**
   * Whether an English token is a verb in a past form, whatever its tag (the tagger takes "drones struck" for a verb
   * and a noun): not its lemma with an ending ("struck"), or ending in "ed" ("shelled").
   */
  private boolean pastVerb(int k) {
    return english() && (s.lower[k].endsWith("ed") || !s.lower[k].startsWith(s.lemmas[k]));
  }

  /** Whether the tokens [from, to) are only articles and adjectives. */
  private boolean onlyArticlesAndAdjectives(int from, int to) {
    for (int k = from; k < to; k++) if (!(s.tags[k].equals("DET") || s.tags[k].equals("ADJ"))) return false;
    return true;
  }

  /** Whether a noun or number stands between two tokens, other than a title right before the second ("sagte Außenminister Lawrow"). */
  private boolean nounBetween(int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if ((s.tags[k].equals("NOUN") && k + 1 < to) || s.tags[k].equals("NUM")) return true;
    }
    return false;
  }

  /** How many tokens from its verb of saying a reporter may stand ("teilte das Verteidigungsministerium in Baku mit"). */
  private static final int REPORTER_REACH = 4;

  // ---- triggers

  private List<Trigger> triggers() {
    List<Trigger> found = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      String tag = s.tags[i];
      // "anti-terrorist measures": a hyphenated word the tagger took for punctuation may still open a sequence
      boolean misread = tag.equals("PUNCT") && Character.isLetter(s.words[i].charAt(0));
      if (!(tag.equals("VERB") || tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("ADV") || tag.equals("PROPN")
          || tag.equals("AUX") || misread)) {
        // an exclusion may start with a function word ("in the end": finally, no end of anything)
        int excluded = exclusionEnd(i);
        if (excluded > i) i = excluded;
        continue;
      }
      Trigger best = null;
      boolean verbal = verbTaggedAsNoun(i);
      for (String key : keys(i)) {
        for (Term term : lexicon.terms(key)) {
          if (misread && !term.lemma().contains(" ")) continue;
          if (!term.lemma().contains(" ") && !fits(term, tag) && !(verbal && term.pos().equals("V"))
              && !(term.pos().equals("N") && nounTaggedAsAdjective(i))) {
            continue;
          }
          if (term.pos().equals("V") && lexicon.verbSecond() && attributive(i)) continue;
          // "the armed forces", "the disputed region": an English participle before its noun describes it
          if (term.pos().equals("V") && english() && !term.lemma().contains(" ") && tag.equals("ADJ") && i + 1 < s.size()
              && s.tags[i + 1].equals("NOUN")) {
            continue;
          }
          // "Armenia's offensive was met with a counterstrike": an event in the active voice only
          if (term.has("active") && passiveAuxiliaryBefore(i)) continue;
          // "his ballad Love Will Set You Free": an English verb capitalised inside a sentence is part of a title
          if (term.pos().equals("V") && english() && titleWord(i)) continue;
          int last = sequenceEnd(term, i, key);
          if (last < 0) continue;
          // "Azerbaijani drones struck Stepanakert": a noun and a verb in the past are a clause, not the noun "drone strike"
          if (last > i && term.pos().equals("N") && pastVerb(last)) continue;
          // "it had taken over 24 hours": a particle before a number of a unit is a preposition, no phrasal verb's
          if (last > i && last + 2 < s.size() && s.tags[last + 1].equals("NUM") && is("unit", last + 2)) continue;
          if (best == null || last - i > best.last - best.first) best = new Trigger(i, last, term);
        }
      }
      if (best == null && (tag.equals("NOUN") || tag.equals("PROPN") && s.words[i].contains("-"))) {
        Term head = lexicon.compoundHead(s.lemmas[i]);
        if (head == null && !s.lemmas[i].equals(s.lower[i])) head = lexicon.compoundHead(s.lower[i]);
        if (head == null && properNounAsNoun(i)) head = lexicon.compoundHead(s.nounLemma(i));
        if (head != null) best = new Trigger(i, i, head);
      }
      if (best != null && best.term.cameo().equals("-")) {
        i = best.last;
        continue;
      }
      if (best != null && withinOrganisationName(best)) continue;
      // "sagte Putin am Mittwoch": a verb of saying is a statement of its own only when its clause dates it
      if (best != null && best.term.has("dated") && !datedByItsVerb(best)) continue;
      if (best != null) {
        found.add(best);
        i = best.last;
      }
    }
    return found;
  }

  /**
   * Whether a trigger stands inside the name of an organisation, before its last word: "UN Refugee Agency",
   * "Organization for Security and Co-operation in Europe" name a body, not an event. The last word may be
   * the body's own work ("Russian peacekeepers", "russische Friedenstruppen").
   */
  private boolean withinOrganisationName(Trigger t) {
    for (Slot slot : s.slots) {
      if ("ORGANIZATION".equals(slot.type()) && slot.first() <= t.first && t.last < slot.last()) return true;
    }
    return false;
  }

  /** The last token of an exclusion sequence of the lexicon starting at a function word, or -1. */
  private int exclusionEnd(int i) {
    for (Term term : lexicon.terms(s.lower[i])) {
      if (!term.cameo().equals("-") || !term.lemma().contains(" ")) continue;
      int last = sequenceEnd(term, i, s.lower[i]);
      if (last > i) return last;
    }
    return -1;
  }

  /**
   * English: an inflected verb the tagger took for a noun after a name ("Aliyev and Pashinyan met"): not
   * a plural, not after an article, preposition or number, and its lemma differs from its form.
   */
  private boolean verbTaggedAsNoun(int i) {
    if (!english() || i == 0 || !s.tags[i].equals("NOUN") || s.lemmas[i].equals(s.lower[i]) || s.lower[i].endsWith("s")) {
      return false;
    }
    String before = s.tags[i - 1];
    return !(before.equals("DET") || before.startsWith("ADP") || before.equals("NUM") || before.equals("PRON"));
  }

  /**
   * A noun the tagger took for an adjective ("its offensive against", "the offensive on Monday", "seine Offensive
   * gegen"): after an article or a possessive, with no noun or adjective after it for it to describe; in German
   * it is also capitalised, as nouns are and adjectives inside a sentence are not.
   */
  private boolean nounTaggedAsAdjective(int i) {
    if (i == 0 || !s.tags[i].equals("ADJ")) return false;
    if (!(s.tags[i - 1].equals("DET") || is("possessive", i - 1))) return false;
    if (i + 1 < s.size()) {
      String next = s.tags[i + 1];
      if (next.equals("NOUN") || next.equals("PROPN") || next.equals("ADJ") || next.equals("NUM")) return false;
    }
    return english() || Character.isUpperCase(s.words[i].charAt(0));
  }

  /** Lemma keys a word may be filed under: its lemma, its form, and with a separated verb particle. */
  private List<String> keys(int i) {
    List<String> keys = new ArrayList<>(4);
    keys.add(s.lemmas[i]);
    if (!s.lower[i].equals(s.lemmas[i])) keys.add(s.lower[i]);
    if (s.verb(i)) {
      String particle = separatedParticle(i);
      if (particle != null) {
        keys.add(0, particle + s.lemmas[i]);
        // "drangen ... vor": a strong form the lemmatiser left as it is, with its particle
        for (String form : lexicon.verbForms(particle + s.lower[i])) if (!keys.contains(form)) keys.add(1, form);
      }
    }
    if (s.verb(i) || s.tags[i].equals("ADJ")) {
      for (String form : lexicon.verbForms(s.lower[i])) if (!keys.contains(form)) keys.add(form);
    }
    if (properNounAsNoun(i)) {
      String noun = s.nounLemma(i);
      if (!keys.contains(noun)) keys.add(noun);
    }
    // a German plural the lemmatiser left as it is ("Drohnen"): the singulars it can be of ("drohne", "verhandlung")
    String form = s.lower[i];
    if (!english() && s.tags[i].equals("NOUN") && form.equals(s.lemmas[i]) && form.length() > 5 && form.endsWith("n")) {
      keys.add(form.substring(0, form.length() - 1));
      if (form.endsWith("en")) keys.add(form.substring(0, form.length() - 2));
    }
    return keys;
  }

  /**
   * A German noun the tagger took for a name, inside the sentence ("am Freitag Gespräche für November": after
   * a weekday it tags "Gespräche" as a proper noun): its noun lemma is tried too.
   */
  private boolean properNounAsNoun(int i) {
    return i > 0 && lexicon.verbSecond() && s.tags[i].equals("PROPN") && Character.isUpperCase(s.words[i].charAt(0));
  }

  /**
   * A participle or adjective standing between an article (or adjective, or preposition) and its noun
   * ("die besetzten Gebiete", "im umkämpften Gebiet", "die vereinbarte Waffenruhe"): it describes the noun,
   * it does not report an event.
   */
  private boolean attributive(int i) {
    if (i == 0 || i + 1 >= s.size()) return false;
    if (!(s.tags[i + 1].equals("NOUN") || s.tags[i + 1].equals("PROPN"))) return false;
    if (!INFLECTED_PARTICIPLE.matcher(s.lower[i]).matches()) return false;
    // "des wieder aufgeflammten Konflikts": an adverb may stand between the article and the participle
    int b = i - 1;
    if (b > 0 && s.tags[b].equals("ADV") && !s.lower[b].endsWith("isch")) b--;
    String before = s.tags[b];
    return before.equals("DET") || before.startsWith("ADP") || before.equals("ADJ")
        || before.equals("ADV") && s.lower[b].endsWith("isch") || afterAgentPhrase(b);
  }

  /** "einer von Russland vermittelten Waffenruhe": whether the participle's agent phrase ends at token b. */
  private boolean afterAgentPhrase(int b) {
    return (s.tags[b].equals("PROPN") || s.tags[b].equals("NOUN")) && b > 0 && is("agent", b - 1);
  }

  /** A German verb particle standing at the end of the verb's clause ("griff ... an"). */
  private String separatedParticle(int i) {
    int k = separatedParticleAt(i);
    return k < 0 ? null : s.lower[k];
  }

  /** Where a German verb's separated particle stands, or -1. */
  private int separatedParticleAt(int i) {
    int end = s.clauseEnd[i];
    for (int k = i + 1; k < end; k++) {
      boolean last = k + 1 == end || s.tags[k + 1].equals("PUNCT") || s.tags[k + 1].equals("CCONJ");
      if (last && lexicon.particle(s.lower[k]) && !s.tags[k].equals("NOUN")) return k;
      if (s.verb(k) && k > i && !inflectedBeforeNoun(k)) return -1;
    }
    return -1;
  }

  /**
   * "ließ 32 armenische Gefangene frei": a lower-case word with an adjective's ending between an article, number or
   * preposition and its noun describes the noun, whatever the tagger says; it is no second verb.
   */
  private boolean inflectedBeforeNoun(int k) {
    if (k == 0 || k + 1 >= s.size() || !(s.tags[k + 1].equals("NOUN") || s.tags[k + 1].equals("PROPN"))) return false;
    String w = s.words[k];
    if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || !ADJECTIVE_ENDING.matcher(s.lower[k]).find()) return false;
    String before = s.tags[k - 1];
    // "einer von Russland vermittelten Waffenruhe": a weak participle after its agent phrase, inside the noun's phrase
    if (afterAgentPhrase(k - 1)) return PARTICIPLE_ENDING.matcher(s.lower[k]).find();
    return before.equals("DET") || before.equals("NUM") || before.equals("ADJ") || before.startsWith("ADP");
  }

  private static final java.util.regex.Pattern ADJECTIVE_ENDING = java.util.regex.Pattern.compile("(e|en|em|er|es)$");
  /** A weak participle inflected as an adjective: "vermittelten", "unterstützte". */
  private static final java.util.regex.Pattern PARTICIPLE_ENDING = java.util.regex.Pattern.compile("t(e|en|em|er|es)$");

  private static boolean fits(Term term, String tag) {
    return switch (term.pos()) {
      case "V" -> tag.equals("VERB") || tag.equals("AUX") || tag.equals("ADJ");
      case "N" -> tag.equals("NOUN") || tag.equals("PROPN");
      default -> tag.equals("ADJ") || tag.equals("ADV") || tag.equals("VERB");
    };
  }

  /** How many words a gap ({@code *}) of a sequence term may stand for: "crossed Armenia's border". */
  private static final int GAP = 3;

  /**
   * The last token of a (sequence) term starting at i, or -1 when the sequence is not there. A {@code *} stands for
   * up to {@link #GAP} words before the next word of the term ("cross * border"); in German, a gap before a verb
   * that ends the term reaches to the end of the clause, where the verb stands ("die Kontrolle über vier Dörfer im
   * Bezirk Gazakh an der Grenze zu Armenien übernommen").
   */
  private int sequenceEnd(Term term, int i, String key) {
    String[] words = term.lemma().split(" ");
    if (words.length == 1) return i;
    int k = i;
    for (int w = 1; w < words.length; w++) {
      if (words[w].equals("*") && w + 1 < words.length) {
        String next = words[++w];
        int found = -1;
        boolean bracket = !english() && term.pos().equals("V") && w == words.length - 1;
        int reach = bracket ? Math.min(s.size(), s.clauseEnd[k] + 1) : k + 2 + GAP;
        for (int j = k + 1; j < reach && j < s.size(); j++) {
          if (s.lower[j].equals(next) || s.lemmas[j].equals(next)) {
            found = j;
            break;
          }
          if (s.tags[j].equals("VERB") || s.tags[j].equals("PUNCT")) break;
        }
        if (found < 0) return -1;
        k = found;
        continue;
      }
      k++;
      if (k >= s.size()) return -1;
      if (!(s.lower[k].equals(words[w]) || s.lemmas[k].equals(words[w]))) return -1;
    }
    return k;
  }

  // ---- control words ("fordern", "ready to", "agreed to")

  /**
   * Resolves control words: each takes the nearest event it governs and derives its code from it; the
   * governed events take the control's modality. Agreements are resolved first, so "forderte die
   * Vereinbarung einer Waffenruhe" demands the agreed truce rather than reporting it.
   */
  private void govern(List<Trigger> triggers) {
    // what was agreed, then what was signed (a signed agreement is the signing), then the rest
    for (int pass = 0; pass < 3; pass++) {
      for (Trigger c : triggers) {
        if (!c.control() || c.begins() || c.consumed) continue;
        int of = c.kind().equals("agree") ? 0 : c.kind().equals("sign") ? 1 : 2;
        if (of == pass) govern(c, triggers);
      }
    }
    // last, so the begun event has already taken what governs it ("drohte, eine Offensive zu starten")
    for (Trigger c : triggers) if (c.begins()) govern(c, triggers);
  }

  private void govern(Trigger c, List<Trigger> triggers) {
    Trigger inner = null;
    int best = Integer.MAX_VALUE;
    for (Trigger t : triggers) {
      if (!candidate(c, t)) continue;
      // what is signed is a document: an agreement, a treaty or a truce, not the talks or the mediation around it
      if (c.kind().equals("sign") && !t.kind().equals("agree") && !java.util.Objects.equals(lexicon.derive("sign", t.cameo), t.cameo)) {
        continue;
      }
      int distance = t.first > c.last ? t.first - c.last : c.first - t.last + 2;
      if (distance < best) {
        best = distance;
        inner = t;
      }
    }
    String kind = c.kind();
    c.inner = inner;
    String innerCode = inner == null ? null : inner.cameo;
    if (inner != null && !agreement(kind) && namedAgain(inner)) innerCode = discourse.lastAgreement;
    c.cameo = lexicon.derive(kind, innerCode);
    // an agreement that is an event of its own (a truce, a treaty) is the one "the agreement" names later
    if (agreement(kind) && inner != null && c.cameo != null && c.cameo.equals(inner.cameo)) discourse.lastAgreement = c.cameo;
    for (Trigger t : triggers) {
      if (!candidate(c, t)) continue;
      switch (kind) {
        case "demand", "appeal" -> governs(c, t, Modality.DEMANDED);
        case "intent", "threaten" -> governs(c, t, Modality.PLANNED);
        case "hope" -> governs(c, t, Modality.HYPOTHETICAL);
        case "reject" -> governs(c, t, Modality.NEGATED);
        case "accuse" -> t.consumed = true;
        case "begin", "attempt", "end" -> {
          // "hatte Bombenangriffe gestartet", "nahmen Gespräche auf": the begun event, with the verb's roles
          if (t == inner && c.cameo != null) {
            t.consumed = true;
            c.frame = inner.term;
            c.governed = inner.governed;
            c.governor = inner.governor;
          }
        }
        // what was signed is the signing: an agreement, or an event of its own ("unterzeichneten eine Waffenruhe")
        case "sign" -> {
          if (t == inner && c.cameo != null && (c.cameo.equals(inner.cameo) || inner.control())) {
            t.consumed = true;
          } else if (t.control() && t.kind().equals("agree") && t.term.pos().equals("N")
              && !mainVerbBetween(Math.min(c.last, t.last), Math.max(c.first, t.first))) {
            // "signed a ceasefire agreement", "the agreement was signed": the agreement is the document signed
            t.consumed = true;
          }
        }
        case "agree" -> {
          if (t == inner && c.cameo != null && c.cameo.equals(inner.cameo)) t.consumed = true;
          else if (inner != null && c.cameo != null && c.cameo.equals(inner.cameo) && t.cameo != null
              && t.cameo.equals(lexicon.derive(kind, t.cameo)) && coordinated(inner, t)) t.agreedWith = c;
          else governs(c, t, Modality.PLANNED);
        }
        default -> { }
      }
    }
  }

  private static void governs(Trigger control, Trigger t, Modality modality) {
    t.governed = modality;
    t.governor = control;
  }

  /**
   * Whether a trigger is joined to another by "und", "sowie" or a comma across articles and adjectives only ("das
   * Kriegsrecht und die vollständige Mobilisierung").
   */
  private boolean coordinated(Trigger a, Trigger b) {
    Trigger first = a.first < b.first ? a : b;
    Trigger second = first == a ? b : a;
    boolean joined = false;
    for (int k = first.last + 1; k < second.first; k++) {
      String tag = s.tags[k];
      if (tag.equals("CCONJ") || s.words[k].equals(",")) joined = true;
      else if (!(tag.equals("DET") || tag.equals("ADJ"))) return false;
    }
    return joined;
  }

  /** Whether a trigger is one a control word can govern: an event, or an agreement, in its scope. */
  private boolean candidate(Trigger c, Trigger t) {
    if (t == c || t.consumed) return false;
    // an agreement may be signed or demanded, a signing demanded; each once its own code is known
    boolean governable = t.kind().equals("agree") ? !c.kind().equals("agree") : t.kind().equals("sign") && !agreement(c.kind());
    if (t.control() && !(governable && t.cameo != null && !t.cameo.startsWith("@"))) {
      return false;
    }
    if (c.term.pos().equals("N") && t.first < c.first) return false;
    // "einigten sich unter Vermittlung Russlands auf eine Waffenruhe": the mediation is the setting of the agreement
    if (inMediatorPhrase(t)) return false;
    if (c.term.pos().equals("N") && verbBetween(c.last, t.first) && !lightVerbsBetween(c.last, t.first)) {
      // "Trotz der Einigung auf eine Waffenruhe halten die Gefechte an": a control noun governs its own phrase
      return false;
    }
    // "Nach den Gesprächen in Brüssel haben sie ... angewiesen", "kündigte dies während eines Telefongesprächs an":
    // a phrase of time or place is the clause's setting, not what its control word is about ("seine Forderung nach
    // einem Waffenstillstand" is what the noun demands)
    if (!english() && (t.last < c.first || c.term.pos().equals("V") && t.term.pos().equals("N")) && adverbial(t)) {
      return false;
    }
    if (setting(t) >= 0) return false;
    return inScope(c, t);
  }

  /** Whether a noun trigger ends at token k. */
  private boolean nounTriggerEndsAt(int k) {
    for (Trigger u : triggers) if (u.last == k && u.term.pos().equals("N")) return true;
    return false;
  }

  /** Whether the token before a "between" ends another event noun, of a setting phrase ("following phone calls"). */
  private boolean settingNounRightBefore(int marker, Trigger t) {
    for (Trigger u : triggers) {
      if (u != t && u.last + 1 == marker && u.term.pos().equals("N") && setting(u) >= 0) return true;
    }
    return false;
  }

  /**
   * The side that reports force used on its adversaries (every target one of them on the event's day): the subject
   * of the saying that a "that" / "dass" clause holding the trigger completes; or null. "said two helicopters were shot
   * down" is read as one clause already, and an agent phrase may name the doer ("von aserbaidschanischen Streitkräften
   * abgeschossen"): then none.
   */
  private List<Actor> claimant(Trigger t, List<Actor> targets) {
    int that = -1;
    for (int k = t.first - 1; k >= 0 && that < 0; k--) {
      if (is("complementizer", k)) that = k;
      else if (s.tags[k].equals("VERB") || s.words[k].equals(";") || s.words[k].equals(":")) return null;
    }
    if (that <= 0 || s.find(lexicon, "agent", that, s.clauseEnd[t.first]) >= 0) return null;
    // the saying's subject, before the clause that opens with "that"; over commas of dates and appositions
    List<Slot> speaker = null;
    int ms = that;
    for (int steps = 0; steps < 4 && speaker == null && ms > 0; steps++) {
      ms = s.clauseStart[ms - 1];
      speaker = speaker(ms, that, t);
    }
    if (speaker == null) return null;
    List<Actor> sides = actorsOf(speaker);
    Set<String> codes = codes(sides);
    if (codes.size() != 1) return null;
    Set<String> adversaries = adversaryCodes(codes, t);
    for (Actor target : targets) if (!adversaries.contains(target.code())) return null;
    return sides.subList(0, 1);
  }

  /** CAMEO's praise or endorsement. */
  private static final String PRAISE = "051";

  /**
   * Whether the object of a trigger is the agreement the report told of, named again ("welcomed the agreement",
   * "begrüßte die Waffenruhe"): a definite noun of agreement, or of what was agreed.
   */
  private boolean welcomesAgreement(Trigger t) {
    for (Trigger u : triggers) {
      if (u.first <= t.last || s.clauseStart[u.first] != s.clauseStart[t.first]) continue;
      if (namedAgain(u)) return true;
      if (u.term.pos().equals("N") && u.cameo != null && u.cameo.equals(discourse.lastAgreement)) {
        int k = u.first - 1;
        while (k >= 0 && s.tags[k].equals("ADJ")) k--;
        if (is("definite", k)) return true;
      }
    }
    return false;
  }

  /**
   * Whether a trigger is an agreement named again without saying what was agreed ("appellierte an beide Seiten,
   * sich an die Vereinbarung zu halten", "urged both sides to respect the agreement"): a definite agreement noun
   * whose code says nothing more, in a report that has told of an agreed truce or treaty.
   */
  private boolean namedAgain(Trigger t) {
    if (discourse.lastAgreement == null || !t.kind().equals("agree") || !t.term.pos().equals("N")) return false;
    if (t.cameo == null || !t.cameo.equals(lexicon.derive("agree", null))) return false;
    int k = t.first - 1;
    while (k >= 0 && s.tags[k].equals("ADJ")) k--;
    return is("definite", k);
  }

  /**
   * Whether an event of two sides with no other party named is theirs with each other: talks (04, but mediation,
   * 045, is between others), intent to cooperate, meet or settle (030, 036, 037), diplomatic cooperation (050),
   * signing (057), material cooperation (06) and yielding (08).
   */
  private static boolean withEachOther(String cameo) {
    if (cameo == null || cameo.length() < 2 || cameo.startsWith("@") || cameo.startsWith("045")) return false;
    String root = Cameo.root(cameo);
    return root.equals("04") || root.equals("06") || root.equals("08") || cameo.equals("050") || cameo.startsWith("057")
        || cameo.startsWith("030") || cameo.startsWith("036") || cameo.startsWith("037");
  }

  /** Agreeing and signing: resolved before the other control words, which may govern what they agreed. */
  private static boolean agreement(String kind) {
    return kind.equals("agree") || kind.equals("sign");
  }

  /** A verb other than an auxiliary ("was signed" has none between the agreement and the signing). */
  private boolean mainVerbBetween(int from, int to) {
    for (int k = from + 1; k < to; k++) if (s.tags[k].equals("VERB")) return true;
    return false;
  }

  /**
   * Whether the verbs between a control noun and a trigger after it are a light verb and its auxiliaries ("a demand
   * was issued to the Azerbaijani side to leave"): the noun still governs what follows.
   */
  private boolean lightVerbsBetween(int from, int to) {
    boolean light = false;
    for (int k = from + 1; k < to; k++) {
      // what follows "to leave" is the demand's content: "to immediately leave the territory and return"
      if (is("infinitive", k) && k + 1 < to && (s.verb(k + 1) || s.tags[k + 1].equals("ADV"))) return light;
      // a capitalised English "verb" is a name the tagger misread after "to" ("issued to Azerbaijan to withdraw")
      if (!s.verb(k) || english() && Character.isUpperCase(s.words[k].charAt(0))) continue;
      if (is("light_verb", k)) light = true;
      else if (!s.tags[k].equals("AUX")) return false;
    }
    return light;
  }

  private boolean verbBetween(int from, int to) {
    for (int k = from + 1; k < to; k++) if (s.verb(k)) return true;
    return false;
  }

  /**
   * English: the preposition of a setting phrase that a noun trigger heads ("during talks in Vienna",
   * "following phone calls between ...", "on the sidelines of the summit"), or -1. The phrase says when or
   * where the clause's action took place: its event happened, whatever the clause's verb wants or plans.
   */
  private int setting(Trigger t) {
    if (!t.term.pos().equals("N")) return -1;
    for (int k = t.first - 1; k >= Math.max(0, t.first - 7); k--) {
      // "seine Forderung nach einem Waffenstillstand": a preposition right after an event noun is that noun's
      if (is("setting", k)) return !english() && k > 0 && nounTriggerEndsAt(k - 1) ? -1 : k;
      String tag = s.tags[k];
      // "beim Aufflammen des Konflikts einen Waffenstillstand": the ceasefire is in a phrase of its own
      if (!english() && opensPhrase(k)) return -1;
      if (tag.startsWith("ADP") && is("genitive", k)) continue;
      boolean np = tag.equals("DET") || tag.equals("ADJ") || tag.equals("NUM") || tag.equals("NOUN")
          || tag.equals("PROPN") || tag.equals("PRON") && !s.lower[k].equals("they") || POSSESSIVE.matcher(s.lower[k]).matches();
      if (!np) return -1;
    }
    return -1;
  }

  /**
   * Where a German setting phrase headed by a noun trigger ends: at the clause's next verb, punctuation or an article
   * no genitive takes ("beim jüngsten Aufflammen des Konflikts | einen Waffenstillstand gefordert").
   */
  private int settingEnd(Trigger t, int ce) {
    for (int k = t.last + 1; k < ce; k++) {
      String tag = s.tags[k];
      if (tag.equals("VERB") || tag.equals("AUX") || tag.equals("PUNCT") || opensPhrase(k) || verbTriggerAt(k)) return k;
    }
    return ce;
  }

  /** Whether token k is part of a verb trigger, whatever the tagger made of it ("vereinbaren" read as an adjective). */
  private boolean verbTriggerAt(int k) {
    for (Trigger u : triggers) if (u.first <= k && k <= u.last && u.term.pos().equals("V")) return true;
    return false;
  }

  /** Whether token k is an article no genitive takes and no preposition governs: it opens a noun phrase of its own. */
  private boolean opensPhrase(int k) {
    return s.tags[k].equals("DET") && !is("genitive_article", k) && !is("genitive_article_shared", k)
        && k > 0 && !s.tags[k - 1].startsWith("ADP");
  }

  /**
   * Whether a trigger heads a prepositional phrase of time or place ("Nach den Gesprächen in Brüssel haben
   * sie ... angewiesen"): the setting of the clause, not what its control word is about.
   */
  private boolean adverbial(Trigger t) {
    boolean head = false;
    for (int k = t.first - 1; k >= Math.max(0, t.first - 5); k--) {
      String tag = s.tags[k];
      if (tag.startsWith("ADP")) return is("locative", k);
      // the trigger as the genitive of the phrase's head: "Sechs Tage nach Beginn heftiger Kämpfe"; "in der Region das
      // Kriegsrecht" is no genitive
      if (tag.equals("NOUN") && !head && !english()) {
        if (k + 1 < t.first && s.tags[k + 1].equals("DET") && !is("genitive_article", k + 1)
            && !is("genitive_article_shared", k + 1)) {
          return false;
        }
        head = true;
        continue;
      }
      if (!(tag.equals("DET") || tag.equals("ADJ") || tag.equals("NUM"))) return false;
    }
    return false;
  }

  /** The control kinds whose that-clause is what they ask or hope for. */
  private static final java.util.Set<String> ASKING = java.util.Set.of("demand", "appeal", "hope");

  /** A control word governs the triggers of its clause and of an infinitive clause right after it. */
  private boolean inScope(Trigger c, Trigger t) {
    // a German zu-infinitive after the control word ends its phrase: "damit begonnen, wieder Gas zu pumpen, der
    // Korridor ist weiterhin besetzt" began the pumping, not the occupation told after it
    if (!english() && t.first > c.last && infinitiveEndsBefore(c.last + 1, t.first)) return false;
    if (s.clauseStart[t.first] == s.clauseStart[c.first]) return !nextConjunct(c, t) && !previousPredicate(c, t);
    int next = s.clauseEnd[c.first];
    if (t.first < next || s.clauseStart[t.first] != next) return false;
    // "demanded on Thursday that Azerbaijan withdraw its troops": a that-clause right after a demand, an appeal or a
    // hope is what it asks or hopes for ("hofft, dass Aserbaidschan seine Truppen abzieht")
    if (ASKING.contains(c.kind()) && is("complementizer", next)) return true;
    return infinitive(next, s.clauseEnd[next]);
  }

  /** Whether a German zu-infinitive ("zu pumpen", "einzustellen") stands in tokens [from, to) with a comma after it. */
  private boolean infinitiveEndsBefore(int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.tags[k].equals("PART") && is("infinitive", k) && k + 1 < to && s.verb(k + 1)) return commaBetween(k + 1, to);
      if (zuInOneWord(k)) return commaBetween(k, to);
    }
    return false;
  }

  /** Whether a German verb carries its "zu" in one word, as its lemma does not ("einzustellen"). */
  private boolean zuInOneWord(int k) {
    return s.verb(k) && s.lower[k].contains("zu") && !s.lemmas[k].contains("zu");
  }

  /**
   * Whether a German trigger after a control verb stands in the next conjunct, whose own verb follows it: "hat
   * die Parteien zur Waffenruhe aufgefordert und die Vermittlung seines Landes angeboten" demands the truce, and
   * the mediation is what was offered.
   */
  private boolean nextConjunct(Trigger c, Trigger t) {
    // the conjunction right after the control verb: the verb ends its conjunct, as German verbs do
    if (english() || t.first <= c.last + 1 || !c.term.pos().equals("V") || !s.tags[c.last + 1].equals("CCONJ")) {
      return false;
    }
    for (int k = t.last + 1; k < s.clauseEnd[t.first]; k++) if (s.tags[k].equals("VERB")) return true;
    return false;
  }

  /**
   * Whether an English trigger before a control word is out of its reach: a verb before a control verb, unless the
   * two are coordinated ("protesters rallied in Yerevan, demanding his resignation": the rally happened; "agreed and
   * signed the document": one signing), or a trigger of a predicate coordinated before it ("has no plans to attack
   * Armenia and is committed to peace talks" commits to the talks, not to the attack).
   */
  private boolean previousPredicate(Trigger c, Trigger t) {
    if (!english() || t.last >= c.first) return false;
    if (c.term.pos().equals("V") && t.term.pos().equals("V")) return !coordinated(t, c);
    // an agreement before a signing is what was signed
    if (t.control()) return false;
    for (int k = t.last + 1; k < c.first; k++) {
      if (!s.tags[k].equals("CCONJ")) continue;
      // the conjunction opens the control's predicate: only auxiliaries and adverbs between it and the control
      boolean predicate = true;
      for (int j = k + 1; j < c.first; j++) {
        if (!(s.tags[j].equals("AUX") || s.tags[j].equals("ADV") || s.tags[j].equals("PART"))) predicate = false;
      }
      if (predicate) return true;
    }
    return false;
  }

  private boolean infinitive(int from, int to) {
    for (int k = from; k < Math.min(to, from + 8); k++) {
      if (s.tags[k].equals("PART") && is("infinitive", k)) return true;
      // a German zu-infinitive written as one word ("einzustellen")
      if (!english() && zuInOneWord(k)) return true;
    }
    return false;
  }

  /**
   * A noun trigger in a clause with a verb trigger is that verb's theme ("Verhandlungen ... scheiterten"), also where
   * one control word governs both ("demanded that Azerbaijan lift the blockade": the lifting is demanded, not the
   * blockade); what a dated statement is about is no theme of the saying.
   */
  private void suppressNouns(List<Trigger> triggers) {
    for (Trigger noun : triggers) {
      if (!noun.term.pos().equals("N") || noun.consumed || setting(noun) >= 0) continue;
      // a control noun that is the subject of a passive light verb and governs what follows ("a demand was issued ...
      // to leave") is no theme of that
      if (noun.control() && noun.inner != null && subjectOfPassive(noun)) continue;
      for (Trigger verb : triggers) {
        if (verb == noun || verb.control() || verb.consumed || !verb.term.pos().equals("V") || verb.term.has("dated")
            || verb.governor != noun.governor) {
          continue;
        }
        // what a control word governs may be a list of its own ("einen Waffenstillstand gefordert, aber keine der
        // beiden Seiten unterstützt"): one event is the other's theme only with no comma or conjunction between
        if (noun.governor != null && !noListBetween(Math.min(noun.last, verb.last), Math.max(noun.first, verb.first))) {
          continue;
        }
        // "äußerten die Absicht, einen Friedensvertrag zu schließen, ohne Details zu nennen": a control noun governs
        // what follows its comma; a verb there is no act it is the theme of
        if (noun.control() && verb.first > noun.last && commaBetween(noun.last, verb.first)) continue;
        if (s.clauseStart[verb.first] == s.clauseStart[noun.first]) {
          noun.consumed = true;
          if (verb.theme == null) verb.theme = noun;
          break;
        }
      }
    }
  }

  /**
   * "Trotz der Einigung auf eine Waffenruhe halten die heftigen Gefechte an", "fighting went on despite the
   * ceasefire": force used in spite of a truce violates it (196); the truce is the setting, no event of its own.
   */
  private void despiteTruce(List<Trigger> triggers) {
    framed(triggers, "concessive", c -> c.cameo.startsWith("087"), t -> {
      if (!Cameo.root(t.cameo).equals("19")) return false;
      t.cameo = "196";
      return true;
    });
  }

  /**
   * "Aserbaidschan hat im Rahmen eines Grenzabkommens mit Armenien die Kontrolle über vier Dörfer übernommen", "took
   * control of the district under the ceasefire agreement": territory taken by agreement is territory handed over, by
   * the other side (the pack's handover derivation, 0842); the agreement is the setting, no event of its own.
   */
  private void underAgreement(List<Trigger> triggers) {
    framed(triggers, "by_agreement", c -> c.cameo.equals("@agree") || c.cameo.equals("@sign") || c.cameo.startsWith("057")
        || c.cameo.startsWith("087"), t -> {
          String cameo = lexicon.derive("handover", t.cameo);
          if (cameo == null || cameo.equals(t.cameo)) return false;
          t.cameo = cameo;
          t.handedOver = true;
          return true;
        });
  }

  /**
   * A phrase a cue of this kind opens, up to its next verb or punctuation, that holds a trigger {@code frame}
   * accepts, frames its clause: {@code recode} is offered each other trigger of the clause and says whether it
   * changed it; if one did, the framing triggers and the phrase's control words are the setting, no events.
   */
  private void framed(List<Trigger> triggers, String kind, java.util.function.Predicate<Trigger> frame,
      java.util.function.Predicate<Trigger> recode) {
    for (int k = s.find(lexicon, kind, 0, s.size()); k >= 0; k = s.find(lexicon, kind, k + 1, s.size())) {
      int end = k + 1;
      while (end < s.size() && !(s.tags[end].equals("VERB") || s.tags[end].equals("AUX") || s.tags[end].equals("PUNCT"))) end++;
      List<Trigger> phrase = new ArrayList<>();
      boolean framing = false;
      for (Trigger c : triggers) {
        if (c.first <= k || c.last >= end) continue;
        phrase.add(c);
        if (c.cameo != null && frame.test(c)) framing = true;
      }
      if (!framing) continue;
      boolean recoded = false;
      boolean fronted = true;
      for (Trigger t : triggers) {
        if (t.consumed || t.cameo == null || phrase.contains(t) || s.clauseStart[t.first] != s.clauseStart[k]) continue;
        if (recode.test(t)) {
          recoded = true;
          fronted &= t.first >= end;
        }
      }
      if (!recoded) continue;
      frames.add(new int[] {k, end});
      // "Trotz der Einigung auf eine Waffenruhe vergangene Woche halten die Gefechte an": a frame before its clause with a
      // date of its own is an event of its own; at the end ("took control ... under the agreement on Friday") the date
      // may be the clause's
      Timex own = fronted ? dateWithin(k, end) : null;
      if (own != null) {
        for (Trigger c : phrase) c.ownDate = own;
        continue;
      }
      for (Trigger c : phrase) if (c.control() || c.cameo != null && frame.test(c)) c.consumed = true;
    }
  }

  /** The date expression that starts within tokens (first, end), or null. */
  private Timex dateWithin(int first, int end) {
    for (Timex x : allDates) {
      int k = s.tokenAt(x.span().start());
      if (k > first && k < end) return x;
    }
    return null;
  }

  /** Whether a date stands in a phrase before the trigger that frames its clause: the frame's date. */
  private boolean datesAFrame(Timex x, Trigger t) {
    int k = s.tokenAt(x.span().start());
    for (int[] f : frames) {
      if (k > f[0] && k < f[1] && t.first >= f[1]) return true;
    }
    return false;
  }

  // ---- modality

  /** Whether a conditional conjunction ("if", "wenn", "damit") stands in [from, to); in German only where a clause can open. */
  private boolean conditional(int from, int to) {
    return opensBefore("conditional", from, to);
  }

  /**
   * Whether a clause of "until" waits on what its main clause says will be ("would continue its measures until the
   * separatists lay down their arms"): what it waits for is still to come. After a past main clause ("fought until the
   * truce took effect") it happened.
   */
  private boolean awaited(int cs) {
    if (cs == 0 || !is("until", cs)) return false;
    int main = s.clauseStart[cs - 1];
    return s.find(lexicon, "future", main, cs) >= 0 || s.find(lexicon, "hypothetical", main, cs) >= 0;
  }

  /**
   * Whether a purpose cue opens the phrase of a trigger: "so that hostilities cease", not the main clause after a
   * fronted purpose phrase ("In order to stop the attacks, Armenia mobilised its reserves").
   */
  private boolean purposeOf(int cs, Trigger t) {
    if (purposeCues == null) {
      // found once per sentence, as most sentences have none
      List<Integer> found = new ArrayList<>();
      for (int k = s.find(lexicon, "purpose", 0, s.size()); k >= 0; k = s.find(lexicon, "purpose", k + 1, s.size())) {
        found.add(k);
      }
      purposeCues = found;
    }
    for (int k : purposeCues) {
      if (k >= t.first || k < cs - 2 || !reaches("purpose", k, cs)) continue;
      boolean comma = false;
      for (int j = k + 1; j < t.first; j++) comma |= s.words[j].equals(",");
      if (!comma) return true;
    }
    return false;
  }

  /**
   * Whether a cue of a kind stands between two tokens, or ends right after the first ("so that": the tagger's two
   * conjunctions each open a clause), in German where it can open a clause.
   */
  private boolean opensBefore(String kind, int from, int to) {
    for (int k = s.find(lexicon, kind, Math.max(0, from - 2), to); k >= 0; k = s.find(lexicon, kind, k + 1, to)) {
      if (!reaches(kind, k, from)) continue;
      if (!lexicon.verbSecond() || s.opensClause(k)) return true;
    }
    return false;
  }

  /** Whether a cue starting at token k stands at or after {@code from}, or runs into it. */
  private boolean reaches(String kind, int k, int from) {
    return k >= from || s.cueEnd(lexicon, kind, k) > from;
  }

  private Modality modality(Trigger t) {
    // a setting phrase ("during talks in Vienna") is read from its preposition on; a German one, which needs no comma
    // to end, up to its end ("Sechs Tage nach Beginn heftiger Kämpfe hat sich Armenien ... bereit erklärt")
    int setting = setting(t);
    int cs = Math.max(s.clauseStart[t.first], setting);
    int ce = setting >= cs && !english() ? settingEnd(t, s.clauseEnd[t.first]) : s.clauseEnd[t.first];
    if (window(t, "negation", cs, ce, 6) || negatedMatrix(s.clauseStart[t.first]) || negatedParticle(t)) {
      return Modality.NEGATED;
    }
    if (conditional(cs, t.first)) return Modality.HYPOTHETICAL;
    if (awaited(cs)) return Modality.PLANNED;
    if (hypotheticalNear(t, cs, ce) && !reportedSubjunctive(t, cs, ce)) return Modality.HYPOTHETICAL;
    // "will remain committed so that hostilities cease", "in order to seize": what a purpose clause aims at
    if (purposeOf(cs, t)) return Modality.PLANNED;
    // "Eine Offensive auf ... ist nun möglich": a noun is what its clause's predicate says of it
    if (t.term.pos().equals("N") && window(t, "hypothetical", cs, ce, ce - cs)) return Modality.HYPOTHETICAL;
    if (t.control() && !t.begins()) {
      // "erklärte sich bereit, ... zu schicken": the intent, agreement or demand itself is stated, whatever it governs
      // a full verb next to it is part of the phrase ("erklärte sich bereit"), not a report of it
      for (int k = 0; k < s.size(); k++) {
        if (k >= t.first && k <= t.last || s.cueEnd(lexicon, "reported", k) < 0 || ownSaying(t, k)) continue;
        boolean phrase = s.tags[k].equals("VERB") && k >= t.first - 2 && k <= t.last + 2;
        if (!phrase) return Modality.REPORTED;
      }
      return firstSubjunctive(t) ? Modality.REPORTED : Modality.ASSERTED;
    }
    if (hearsayPerfect(t, cs, ce)) return Modality.REPORTED;
    if (planned(t, cs, ce, 8)) return Modality.PLANNED;
    // "Ziel der Gespräche ... ist ... ein Ende der Kämpfe": a noun is what its clause's predicate says of it
    if (t.term.pos().equals("N") && t.control() && planned(t, cs, ce, ce - cs)) return Modality.PLANNED;
    if (window(t, "future", cs, ce, english() ? 8 : Math.max(8, t.first - cs)) && infinitive(t)) return Modality.PLANNED;
    if (infinitiveComplement(t, cs, ce)) return Modality.PLANNED;
    if (reportedFor(t) || firstSubjunctive(t)) return Modality.REPORTED;
    return Modality.ASSERTED;
  }

  /**
   * Whether the only hypothetical cues near a trigger are subjunctive auxiliaries of reported speech before a participle:
   * "Alle Volljährigen würden zu den Waffen gerufen, sagte der Präsident" reports a passive ("werden gerufen") in the
   * subjunctive of indirect speech; it is not a conditional. "würde ... schicken" (with an infinitive) stays hypothetical.
   */
  private boolean reportedSubjunctive(Trigger t, int cs, int ce) {
    if (lexicon.cues("subjunctive").isEmpty() || !reported()) return false;
    int from = Math.max(cs, t.first - 8);
    int to = Math.min(ce, t.last + 9);
    boolean subjunctive = false;
    for (int k = from; k < to; k++) {
      if (k >= t.first && k <= t.last || s.cueEnd(lexicon, "hypothetical", k) < 0) continue;
      if (!is("subjunctive", k)) return false;
      subjunctive = true;
    }
    if (!subjunctive) return false;
    int verb = -1;
    for (int k = cs; k < ce; k++) if (s.tags[k].equals("VERB") && !is("reported", k)) verb = k;
    if (verb < 0) return false;
    String form = s.lower[verb];
    // a participle differs from its lemma; an infinitive is its lemma (or the trigger's, where the lemmatiser erred)
    return !form.equals(s.lemmas[verb]) && !t.term.lemma().endsWith(form);
  }

  /**
   * Whether the trigger is a participle with its perfect auxiliary under a modal of hearsay: "Soldaten sollen
   * Positionen eingenommen haben" says they reportedly took them, not that they are to.
   */
  private boolean hearsayPerfect(Trigger t, int cs, int ce) {
    if (lexicon.cues("hearsay").isEmpty() || t.last + 1 >= ce || !is("perfect_auxiliary", t.last + 1)) return false;
    for (int k = cs; k < t.first; k++) if (is("hearsay", k)) return true;
    return false;
  }

  /** Whether the sentence attributes what it says ("said", "nach Angaben"); looked up once per sentence. */
  private boolean reported() {
    if (reported == null) reported = s.find(lexicon, "reported", 0, s.size()) >= 0;
    return reported;
  }

  /** Whether a word of reporting in the sentence tells of the trigger's event, not only of what its doer went on to say. */
  private boolean reportedFor(Trigger t) {
    if (!reported()) return false;
    for (int k = s.find(lexicon, "reported", 0, s.size()); k >= 0; k = s.find(lexicon, "reported", k + 1, s.size())) {
      if ((k < t.first || k > t.last) && !ownSaying(t, k)) return true;
    }
    return false;
  }

  /**
   * Whether a word of reporting after a trigger is its doer's own further saying, not the source of the report:
   * coordinated with it ("Pashinyan rejected the claim and said ...", "verurteilte den Angriff und sagte ...") or a
   * participle after its clause ("criticised the mediation, saying ...").
   */
  private boolean ownSaying(Trigger t, int k) {
    // "denied the claim": a noun of reporting is what was said, no one's report of the event
    if (s.tags[k].equals("NOUN") && k > t.last) return true;
    if (k <= t.last) return false;
    // "wies die Vorwürfe zurück und sagte, Eriwan sei bereit": the subjunctive of a later clause reports that clause
    if (s.tags[k].equals("AUX") && s.clauseStart[k] >= s.clauseEnd[t.first]) return true;
    if (!commaBetween(t.last, k)) {
      // the conjunction right before the verb, or before an adverb before it ("and later said")
      int j = k - 1;
      if (j > t.last && s.tags[j].equals("ADV")) j--;
      return j > t.last && s.tags[j].equals("CCONJ");
    }
    return english() && s.words[k - 1].equals(",") && s.cueEnd(lexicon, "reported", k) == k + 1 && s.lower[k].endsWith("ing");
  }

  /**
   * German indirect speech in the first subjunctive, in a trigger's clause: a finite verb in the form of the
   * infinitive without its final "n" ("Zudem bekomme Armenien Unterstützung", "gebe es keine Gespräche"), which
   * the third person of the indicative never takes ("bekommt", "gibt"); a clause in the first person ("ich gebe",
   * the pack's {@code first_person} cues) is left out.
   */
  private boolean firstSubjunctive(Trigger t) {
    if (english()) return false;
    for (int k = s.clauseStart[t.first]; k < s.clauseEnd[t.first]; k++) {
      if (!s.tags[k].equals("VERB")) continue;
      String lemma = s.lemmas[k];
      if (lemma.length() < 4 || !lemma.endsWith("en") || !s.lower[k].equals(lemma.substring(0, lemma.length() - 1))) continue;
      if (s.find(lexicon, "first_person", s.clauseStart[k], s.clauseEnd[k]) < 0) return true;
    }
    return false;
  }

  /**
   * "Aserbaidschan erkennt die Unabhängigkeit des kleinen Berggebiets ... nicht an": the negation of a German verb
   * with a separated particle stands before the particle, however far from the verb.
   */
  private boolean negatedParticle(Trigger t) {
    if (english() || !t.term.pos().equals("V")) return false;
    int k = separatedParticleAt(t.first);
    return k > 0 && s.find(lexicon, "negation", Math.max(t.last + 1, k - 2), k) >= 0;
  }

  /** "does not mean that ...": a that-clause under a negated main clause. */
  private boolean negatedMatrix(int cs) {
    if (cs == 0 || !s.tags[cs].equals("SCONJ")) return false;
    int ms = s.clauseStart[cs - 1];
    return s.find(lexicon, "negation", ms, cs) >= 0;
  }

  /**
   * A trigger in an infinitive clause ("the aim is to resolve the conflict through negotiations", "ein Ende
   * der Kämpfe zu erreichen") is something wanted, not done; a perfect infinitive ("angegriffen zu haben")
   * is past. In English the infinitive marker stands before its verb, so an infinitive after the trigger is
   * the trigger's complement ("agreed to return"), not the trigger itself.
   */
  private boolean infinitiveComplement(Trigger t, int cs, int ce) {
    if (!english() && gluedInfinitive(t.first)) return true;
    int end = english() ? Math.min(ce, t.first) : ce;
    for (int k = cs; k < end && k + 1 < ce; k++) {
      if (!s.tags[k].equals("PART") || !is("infinitive", k)) continue;
      int v = k + 1;
      while (v + 1 < ce && quote(v)) v++;
      if (!s.verb(v) || is("perfect_auxiliary", v)) continue;
      if (!english() && commaBetween(t.last, k)) continue;
      // nor a German infinitive the trigger follows after a comma: its phrase has ended ("begonnen, Gas zu pumpen,
      // der Korridor ist besetzt")
      if (!english() && v < t.first && commaBetween(v, t.first)) continue;
      return true;
    }
    return false;
  }

  /**
   * A capitalised word inside a sentence of mostly lower-case words (a headline in title case is not one), not after
   * a quote or colon and not in capitals throughout.
   */
  private boolean titleWord(int i) {
    if (i == 0) return false;
    String w = s.words[i];
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || w.equals(w.toUpperCase(java.util.Locale.ROOT))) return false;
    String before = s.words[i - 1];
    if (before.equals(":") || OPENING_MARKS.matcher(before).matches()) return false;
    int words = 0;
    int capitalised = 0;
    for (String x : s.words) {
      if (x.isEmpty() || !Character.isLetter(x.charAt(0))) continue;
      words++;
      if (Character.isUpperCase(x.charAt(0))) capitalised++;
    }
    return 2 * capitalised < words;
  }

  /** Whether a form of the passive auxiliary ("was", "were", "wurde") stands right before a word, adverbs aside. */
  private boolean passiveAuxiliaryBefore(int i) {
    int k = i - 1;
    while (k >= 0 && s.tags[k].equals("ADV")) k--;
    return k >= 0 && s.tags[k].equals("AUX") && is("passive", k);
  }

  /** A German verb with its particle and "zu" in one word ("einzunehmen", "vorzudringen"). */
  private boolean gluedInfinitive(int k) {
    if (!s.verb(k)) return false;
    String word = s.lower[k];
    String lemma = s.lemmas[k];
    for (int p = 2; p <= 6 && p + 2 < word.length(); p++) {
      if (word.startsWith("zu", p) && lemma.length() > p && lemma.startsWith(word.substring(0, p))
          && word.substring(p + 2).equals(lemma.substring(p))) {
        return true;
      }
      // the lemmatiser may garble the word ("aufzuheben" → "auuheben"): a verb particle, "zu" and an infinitive
      if (word.startsWith("zu", p) && lexicon.particle(word.substring(0, p)) && word.endsWith("en") && word.length() > p + 5) {
        return true;
      }
    }
    return false;
  }

  private boolean quote(int k) {
    return s.tags[k].equals("PUNCT") && QUOTE_MARKS.matcher(s.words[k]).matches();
  }

  /** A future auxiliary right before a verb trigger ("will free", "will not", "will also meet"), in German anywhere before it in its clause. */
  private boolean futureAuxiliary(Trigger t) {
    if (!t.term.pos().equals("V")) return false;
    int cs = s.clauseStart[t.first];
    // German puts the infinitive at the end of its clause: "Baku wird nach offiziellen Angaben 32 Gefangene freilassen"
    return s.find(lexicon, "future", english() ? Math.max(cs, t.first - 3) : cs, t.first) >= 0;
  }

  /**
   * What happens again and again, with no date of its own ("um die sich die beiden Nachbarn immer wieder blutige
   * Kämpfe liefern"): a pattern, not one event.
   */
  private boolean pattern(Trigger t) {
    // looked for once in the sentence, since few sentences hold one
    if (habitualAt == Integer.MIN_VALUE) habitualAt = s.find(lexicon, "habitual", 0, s.size());
    if (habitualAt < 0 || t.ownDate != null) return false;
    return s.find(lexicon, "habitual", Math.max(habitualAt, s.clauseStart[t.first]), s.clauseEnd[t.first]) >= 0
        && !datedInClause(t);
  }

  /** The first habitual cue of the sentence, -1 for none, or not yet looked for. */
  private int habitualAt = Integer.MIN_VALUE;

  /**
   * A state the clause describes rather than an event: a perfect with a span of time ("have long fought
   * over", "have fought a series of wars since the late 1980s", "have for decades been locked in a conflict").
   */
  private boolean state(Trigger t) {
    int cs = s.clauseStart[t.first];
    int ce = s.clauseEnd[t.first];
    if (s.find(lexicon, "perfect", cs, t.first) < 0) return false;
    int end = ce < s.size() && s.cueEnd(lexicon, "duration", ce) > 0 ? ce + 1 : ce;
    int duration = s.find(lexicon, "duration", cs, end);
    return duration >= 0 && !lately(s.cueEnd(lexicon, "duration", duration));
  }

  /** How many days before the report's day a span may have begun and still tell an event rather than a state. */
  private static final int LATELY_DAYS = 62;

  /**
   * Whether what opens at token k, after "since", began lately: a date in the weeks before the report's day
   * ("has blocked the corridor since Monday", "have fled since 19 September") or, with no date, an event the
   * sentence names ("have fled since the offensive"). It tells what began then and goes on, not a standing state.
   */
  private boolean lately(int k) {
    if (k < 0 || k >= s.size()) return false;
    for (Timex x : allDates) {
      int first = s.tokenAt(x.span().start());
      if (first < k || first > k + 1 || x.value() == null) continue;
      org.dossier.calendar.PartialDate when = org.dossier.calendar.PartialDate.parse(EventDate.of(x.value()).value());
      if (when == null || discourse.publishedDay == null) return false;
      return !when.first().isAfter(discourse.publishedDay)
          && !when.first().isBefore(discourse.publishedDay.minusDays(LATELY_DAYS));
    }
    int noun = k;
    while (noun < s.size() && (s.tags[noun].equals("DET") || s.tags[noun].equals("ADJ") || s.tags[noun].equals("PROPN"))) noun++;
    for (Trigger other : triggers) if (other.first == noun && s.tags[noun].equals("NOUN")) return true;
    return false;
  }

  /** Whether a date expression of the trigger's own clause could date it. */
  private boolean datedInClause(Trigger t) {
    int cs = s.tokens[s.clauseStart[t.first]].start();
    int ce = s.clauseEnd[t.first] < s.size() ? s.tokens[s.clauseEnd[t.first]].start() : s.span.end();
    for (Timex x : dates) {
      if (x.span().start() >= cs && x.span().start() < ce && !dateHeader(x) && !namesAThing(x, t)) return true;
    }
    return false;
  }

  /** Whether a date lies after another at the precision both have. */
  private static boolean later(EventDate a, EventDate b) {
    if (a.value() == null || b == null || b.value() == null) return false;
    int n = Math.min(a.value().length(), b.value().length());
    return a.value().substring(0, n).compareTo(b.value().substring(0, n)) > 0;
  }

  /**
   * Whether a comma stands between a trigger and a later "zu": a German infinitive clause is set off by a
   * comma, so a trigger before it belongs to the main clause ("Nach den Gesprächen ... haben sie die
   * Minister angewiesen, mit den Vorbereitungen zu beginnen").
   */
  private boolean commaBetween(int from, int to) {
    for (int k = from + 1; k < to; k++) if (s.words[k].equals(",")) return true;
    return false;
  }

  /**
   * Whether a planned cue stands within reach of a trigger. An attributive one ("der nächsten UN-Weltklimakonferenz",
   * "the next round of talks") plans only the noun phrase it opens: a noun trigger in it, not the clause's verb;
   * unless it opens a date ("next month"), which is the clause's time.
   */
  private boolean planned(Trigger t, int cs, int ce, int reach) {
    int from = Math.max(cs, t.first - reach);
    int to = Math.min(ce, t.last + reach + 1);
    for (int at = s.find(lexicon, "planned", from, to); at >= 0; at = s.find(lexicon, "planned", at + 1, to)) {
      if (at >= t.first && at <= t.last) continue;
      if (!attributiveCue(at) || inDate(at) || t.term.pos().equals("N") && at < t.first && samePhrase(at, t.first)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a negation stands right before a trigger, across adjectives only ("keinen neuen Angriff", "no attack"). */
  private boolean negatedByItsDeterminer(Trigger t) {
    int k = t.first - 1;
    while (k >= 0 && s.tags[k].equals("ADJ")) k--;
    return k >= 0 && is("negation", k);
  }

  /** Whether a token stands in a date expression. */
  private boolean inDate(int k) {
    int at = s.tokens[k].start();
    for (Timex x : dates) if (x.span().start() <= at && at < x.span().end()) return true;
    return false;
  }

  /** An adjective before a noun. */
  private boolean attributiveCue(int k) {
    return s.tags[k].equals("ADJ") && k + 1 < s.size() && (s.tags[k + 1].equals("NOUN") || s.tags[k + 1].equals("PROPN")
        || s.tags[k + 1].equals("ADJ"));
  }

  /** Whether no verb, punctuation or conjunction stands between two tokens. */
  private boolean samePhrase(int from, int to) {
    for (int k = from + 1; k < to; k++) {
      String tag = s.tags[k];
      if (tag.equals("VERB") || tag.equals("AUX") || tag.equals("PUNCT") || tag.equals("CCONJ") || tag.equals("SCONJ")) {
        return false;
      }
    }
    return true;
  }

  /**
   * A hypothetical cue near a trigger; after a verb, a determiner ("warned both sides against any violation") says
   * what the verb's object may be, not that the verb's event may be.
   */
  private boolean hypotheticalNear(Trigger t, int cs, int ce) {
    int to = Math.min(ce, t.last + 9);
    for (int k = s.find(lexicon, "hypothetical", Math.max(cs, t.first - 8), to); k >= 0;
        k = s.find(lexicon, "hypothetical", k + 1, to)) {
      if (k >= t.first && k <= t.last) continue;
      if (k > t.last && t.term.pos().equals("V") && s.tags[k].equals("DET")) continue;
      return true;
    }
    return false;
  }

  /** A cue of the kind in the trigger's clause within {@code reach} tokens of it. */
  private boolean window(Trigger t, String kind, int cs, int ce, int reach) {
    int at = s.find(lexicon, kind, Math.max(cs, t.first - reach), Math.min(ce, t.last + reach + 1));
    return at >= 0 && (at < t.first || at > t.last);
  }

  // ---- roles

  private static final class Roles {
    final List<Actor> source = new ArrayList<>();
    final List<Actor> target = new ArrayList<>();
    final List<Actor> mediator = new ArrayList<>();
    Event.Location location;
    /** The source is not named in the clause but taken from around it (the speaker, "he", "they"). */
    boolean sourceFromContext;
  }

  /** Slots that follow one another joined by "and", commas, articles or titles: one group. */
  private List<List<Slot>> groups(int cs, int ce, Trigger t) {
    List<List<Slot>> groups = new ArrayList<>();
    List<Slot> current = null;
    int currentEnd = -1;
    for (Slot slot : s.slots) {
      if (slot.first() < cs || slot.first() >= ce) continue;
      // "die armenische Stadt Stepanakert", "the Armenian town of Stepanakert": a side that describes a named place is
      // no party; the place says whose it is
      if (describesPlace(slot)) continue;
      // a name in the gap of a term is its own slot ("crossed Armenia's border")
      boolean inGap = t.term.lemma().contains("*") && slot.first() > t.first && slot.last() < t.last;
      if (slot.last() >= t.first && slot.first() <= t.last && !inGap) continue;
      // "according to Michel, Aliyev and Pashinyan ...": the reporter's name ends at the comma
      boolean reporter = current != null && attributed(current.get(0)) && commaBetween(currentEnd, slot.first());
      // "... to attack Armenia, Aliyev said": the speaker after the comma is no part of what was said
      reporter |= current != null && commaBetween(currentEnd, slot.first()) && saidRightAfter(slot.last());
      // "hat Aserbaidschan (die Stadt) Stepanakert beschossen": a place after a side with no comma or conjunction
      // between is the clause's object, no list
      Slot previous = current == null ? null : current.get(current.size() - 1);
      boolean object = previous != null && "LOCATION".equals(slot.type()) && !"LOCATION".equals(previous.type())
          && previous.actor() != null && noListBetween(currentEnd, slot.first());
      // "Gestern griff Aserbaidschan Armenien an", "beschoss Aserbaidschan armenische Dörfer": where the verb comes
      // second, a side right after another side's name is the clause's object (a list takes a comma or a
      // conjunction); so is one after an article ("griffen aserbaidschanische Truppen die armenischen Stellungen an"),
      // and a side's adjective after a noun ("beschossen aserbaidschanische Truppen armenische Dörfer"), where a name
      // after a noun is one the noun is a title of ("Präsident Alijew")
      Slot ending = null;
      if (current != null) for (Slot c : current) if (c.last() == currentEnd && (ending == null || c.first() < ending.first())) ending = c;
      object |= lexicon.verbSecond() && ending != null && ending.actor() != null && slot.actor() != null
          && !ending.actor().code().equals(slot.actor().code())
          && noListBetween(currentEnd, slot.first())
          && (slot.first() == currentEnd + 1 && !"NATIONALITY".equals(ending.type())
              || "NATIONALITY".equals(slot.type()) && slot.first() == currentEnd + 2 && s.tags[currentEnd + 1].equals("NOUN")
              || articleBetween(currentEnd, slot.first()));
      if (current != null && !reporter && !object && joined(currentEnd, slot.first(), t)) {
        current.add(slot);
      } else {
        current = new ArrayList<>();
        current.add(slot);
        groups.add(current);
      }
      currentEnd = Math.max(currentEnd, slot.last());
    }
    return groups;
  }

  /**
   * Whether a side's slot is an attribute of a place named right after it: followed by a noun of places (cue kind
   * {@code asset}), perhaps "of", and the place's name.
   */
  private boolean describesPlace(Slot slot) {
    if (slot.actor() == null || "LOCATION".equals(slot.type())) return false;
    int k = slot.last() + 1;
    if (k >= s.size() || !s.tags[k].equals("NOUN") || !lexicon.asset(s.lemmas[k].toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    k++;
    if (k < s.size() && is("genitive", k)) k++;
    for (Slot next : s.slots) if (next.first() == k && "LOCATION".equals(next.type())) return true;
    return false;
  }

  /** Whether a slot of a place ends at a token. */
  private boolean placeEndsAt(int k) {
    for (Slot slot : s.slots) if (slot.last() == k && "LOCATION".equals(slot.type())) return true;
    return false;
  }

  /**
   * Whether a verb that can be finite stands from a clause's start up to the last comma before a token: not an
   * English form in -ing, which the tagger tags as any verb ("Speaking to reporters after the meeting, ...").
   */
  private boolean finiteBefore(int cs, int token) {
    int comma = token - 1;
    while (comma > cs && !s.words[comma].equals(",")) comma--;
    for (int k = cs; k < comma; k++) {
      if (s.finite(k) && !(english() && s.lower[k].endsWith("ing"))) return true;
    }
    return false;
  }

  /** Whether an article stands between two tokens: it opens a noun phrase of its own ("Truppen die armenischen Stellungen"). */
  private boolean articleBetween(int end, int next) {
    for (int k = end + 1; k < next; k++) if (s.tags[k].equals("DET")) return true;
    return false;
  }

  /** Whether neither a comma nor a conjunction stands between two tokens. */
  private boolean noListBetween(int end, int next) {
    for (int k = end + 1; k < next; k++) if (s.words[k].equals(",") || s.tags[k].equals("CCONJ")) return false;
    return true;
  }

  /**
   * Where the clause of a trigger ends before a speaker's clause that follows it after a comma: a verb of saying
   * that opens it ("..., teilte die Regierung in Eriwan mit", "..., sagte Lawrow"), or one that ends a noun phrase
   * ("..., the government in Yerevan said"). The speaker and the place the speaker is in are not the event's.
   * {@code ce} where none follows.
   */
  private int speakerClause(Trigger t, int cs, int ce) {
    for (int comma = t.last + 1; comma < ce; comma++) {
      if (!s.words[comma].equals(",") || !finiteBefore(cs, comma + 1)) continue;
      // the verb of saying first (German inversion) or after the speaker's noun phrase
      for (int k = comma + 1; k < Math.min(ce, comma + 1 + SPEAKER_PHRASE); k++) {
        String tag = s.tags[k];
        if (tag.equals("VERB") && s.cueEnd(lexicon, "reported", k) > 0) return comma;
        if (!(tag.equals("DET") || tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("ADP")
            || tag.equals("PART"))) {
          break;
        }
      }
    }
    return ce;
  }

  /** How many words after the comma a speaker's verb of saying may stand ("the government in Yerevan said"). */
  private static final int SPEAKER_PHRASE = 8;

  /** Whether a verb of saying follows a name, after at most a noun ("Aliyev said", "Armenian officials said"). */
  private boolean saidRightAfter(int last) {
    return cueAfterName(last, "reported", s.size(), false);
  }

  /**
   * Whether a cue of a kind follows a name ending at {@code last}, before {@code limit}: after at most a noun the name
   * describes ("Armenian officials", "the Karabakh human rights ombudsman": a noun and up to two words before it), and
   * where {@code adverbs}, adverbs and auxiliaries.
   */
  private boolean cueAfterName(int last, String kind, int limit, boolean adverbs) {
    int k = last + 1;
    int noun = -1;
    for (int j = k; j < Math.min(limit, k + 3) && (s.tags[j].equals("NOUN") || s.tags[j].equals("ADJ")); j++) {
      if (s.tags[j].equals("NOUN")) noun = j;
    }
    if (noun >= 0) k = noun + 1;
    while (adverbs && k < limit && (s.tags[k].equals("ADV") || s.tags[k].equals("AUX"))) k++;
    return k < limit && s.cueEnd(lexicon, kind, k) > 0;
  }

  private boolean joined(int end, int next, Trigger t) {
    if (next <= end + 1) return true;
    if (next - end > 5) return false;
    for (int k = end + 1; k < next; k++) {
      if (k >= t.first && k <= t.last) return false;
      // "sowohl Armenien als auch Aserbaidschan", "Russia as well as Turkey": a conjunction of several words
      int conjunction = s.cueEnd(lexicon, "coordination", k);
      if (conjunction > k && conjunction <= next) {
        k = conjunction - 1;
        continue;
      }
      String tag = s.tags[k];
      // a noun only as a title right before the next actor ("Präsident")
      boolean ok = tag.equals("CCONJ") || tag.equals("DET") || tag.equals("ADJ") || tag.equals("PROPN")
          || s.words[k].equals(",") || s.words[k].equals("(") || s.words[k].equals(")") || tag.equals("NOUN") && s.lemmas[k].length() > 2 && k + 1 == next
          // "Kerry und seine Kollegen aus Russland": persons from a side are that side, in the same list
          || tag.equals("PRON") && is("possessive", k) || tag.equals("NOUN") && is("counterpart", k)
          || tag.startsWith("ADP") && k > 0 && is("origin", k) && is("counterpart", k - 1)
          // "US-Außenminister John Kerry", "österreichisch-ungarische": a hyphen inside a word, no dash between phrases;
          // not after a place, whose compounds are things ("im Berg-Karabach-Konflikt Armenien")
          || s.words[k].equals("-") && s.tokens[k].start() == s.tokens[k - 1].end() && !placeEndsAt(k - 1);
      if (!ok) return false;
    }
    return true;
  }

  /**
   * The preposition that governs a slot: the nearest ADP before it across articles, possessives, adjectives and
   * nouns, and across the comma of an apposition that ends its clause ("from its ally, Russia.").
   */
  private int marker(Slot slot) {
    int floor = Math.max(0, slot.first() - 5);
    for (int k = slot.first() - 1; k >= floor; k--) {
      String tag = s.tags[k];
      // "Nach dem Krieg vereinbaren Eriwan und Baku": a verb ends the phrase, however the tagger read it
      if (verbTriggerAt(k)) return -1;
      // "from its ally, Russia.": a name set off after a noun, closing its phrase, stands for that noun (which the tagger
      // may read as an adverb after an article or a possessive); the search goes on before the noun
      if (k == slot.first() - 1 && s.words[k].equals(",") && k > 1 && closesPhrase(slot.last())
          && (s.tags[k - 1].equals("NOUN") || s.tags[k - 1].equals("ADV") && (s.tags[k - 2].equals("DET") || is("possessive", k - 2)))) {
        k--;
        floor = Math.max(0, k - 5);
        continue;
      }
      if (tag.startsWith("ADP") && k > 0 && is("genitive", k) && (s.tags[k - 1].equals("NOUN") || s.tags[k - 1].equals("PROPN"))) {
        floor = Math.max(0, k - 5);
        continue;
      }
      // "mit seinen Kollegen aus Aserbaidschan", "his counterparts from Armenia": a person from a side is that side,
      // marked by the person's own preposition
      if (tag.startsWith("ADP") && k > 0 && is("origin", k) && is("counterpart", k - 1)) {
        floor = Math.max(0, k - 5);
        continue;
      }
      // "killed at least 20 Armenian soldiers", "bis zu 30 armenische Soldaten": the preposition of a number's
      // bound marks no phrase
      if (tag.startsWith("ADP") && boundsNumber(k)) continue;
      // "shot down an Armenian warplane": the particle of a phrasal trigger is the verb's, no preposition of the name
      if (tag.startsWith("ADP") && particleOfTrigger(k)) return -1;
      // "months after Azerbaijan recaptured the region": a word that opens a clause is its conjunction, no preposition
      if (tag.startsWith("ADP") && k > 0 && s.clauseStart[k] == k && lexicon.boundary(s.lower[k])) return -1;
      if (tag.startsWith("ADP")) return k;
      if (!(tag.equals("DET") || tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("NUM")
          || is("possessive", k))) {
        return -1;
      }
      // "In September Azerbaijan captured ...": a date closes the phrase before the name
      if (inDate(k)) return -1;
    }
    return -1;
  }

  /**
   * Whether a name ends its clause: the sentence or clause ends after it, or a dash or bracket closes it. Not a comma:
   * "After the ceasefire, Russia, Turkey and Iran met" opens a list, no apposition.
   */
  private boolean closesPhrase(int last) {
    int k = last + 1;
    return k >= s.size() || k == s.clauseEnd[last] || s.tags[k].equals("PUNCT") && !s.words[k].equals(",");
  }

  private boolean is(String kind, int token) {
    return token >= 0 && s.cueEnd(lexicon, kind, token) > 0;
  }

  /**
   * Whether a verb that tells of others' deeds (cue kind {@code tells_of}: "reported", "berichtete von") follows a group
   * of names before a noun trigger ("officials reported heavy fighting"); "announced a counter-offensive" is no such verb.
   */
  private boolean reportsNoun(List<Slot> group, Trigger t) {
    return cueAfterName(group.get(group.size() - 1).last(), "tells_of", t.first, true);
  }

  /**
   * Whether a side reports force used on a thing of another side ("Aserbaidschan meldete den Abschuss eines
   * armenischen Hubschraubers", "reported the destruction of Azerbaijani tanks"): a side reports its own strikes so.
   */
  private boolean reportsOwnStrike(List<Slot> reporter, Trigger t, int cs, int ce) {
    if (t.cameo == null || !force(t.cameo)) return false;
    for (List<Slot> g : groups(cs, ce, t)) {
      if (thingOfASide(g, t) && g.get(0).first() - t.last <= 3 && java.util.Collections.disjoint(codes(actorsOf(g)), codes(actorsOf(reporter)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name follows the particle of a phrasal trigger other than this one, articles or adjectives between. */
  private boolean objectOfAnotherPhrasal(Slot head, Trigger t) {
    int k = head.first() - 1;
    while (k > 0 && (s.tags[k].equals("DET") || s.tags[k].equals("ADJ"))) k--;
    if (k < 0 || !s.tags[k].startsWith("ADP")) return false;
    Trigger n = phrasalEndingAt(k);
    return n != null && n != t && n != t.inner;
  }

  /** Whether a token ends a trigger of several words ("shot down", "pulled back"). */
  private boolean particleOfTrigger(int k) {
    return phrasalEndingAt(k) != null;
  }

  /** The trigger of several words that ends at a token, or null. */
  private Trigger phrasalEndingAt(int k) {
    for (Trigger t : triggers) if (t.last == k && t.first < k) return t;
    return null;
  }

  /** Whether a token is a word of a number's bound ("at least", "bis zu", "more than"), a number right after it. */
  private boolean boundsNumber(int k) {
    if (numberBound == null) {
      // found once per sentence: names are placed many times over
      numberBound = new boolean[s.size()];
      for (int end = 1; end < s.size(); end++) {
        if (!s.tags[end].equals("NUM")) continue;
        for (String kind : NUMBER_BOUNDS) {
          for (int start = Math.max(0, end - 3); start < end; start++) {
            if (s.cueEnd(lexicon, kind, start) == end) for (int j = start; j < end; j++) numberBound[j] = true;
          }
        }
      }
    }
    return numberBound[k];
  }

  private static final List<String> NUMBER_BOUNDS = List.of("at_least", "at_most", "approximate");

  /**
   * Whether a noun trigger stands inside a phrase of mediation ("unter Vermittlung Moskaus", "auf Einladung") that
   * frames another event of the sentence: the mediator is that event's, and the phrase no event of its own.
   */
  private boolean mediationOfAnother(Trigger t, List<Trigger> triggers) {
    if (!t.term.pos().equals("N")) return false;
    boolean framed = false;
    for (int k = Math.max(0, t.first - 3); k < t.first && !framed; k++) framed = s.cueEnd(lexicon, "mediator", k) > t.last;
    if (!framed) return false;
    for (Trigger other : triggers) {
      if (other != t && !other.consumed && other.cameo != null && !other.cameo.startsWith("@")) return true;
    }
    return false;
  }

  /** Whether a mediator cue ("unter Vermittlung", "brokered by") ends shortly before a slot. */
  private boolean mediated(Slot slot, int cs) {
    return cueBefore(slot, "mediator", Math.max(cs, slot.first() - 7), true);
  }

  /**
   * Whether an attribution cue ("according to", "told", "quoted by") ends shortly before a slot: the one who
   * reports or is told, not a party to the event.
   */
  private boolean attributed(Slot slot) {
    return cueBefore(slot, "attribution", Math.max(0, slot.first() - 6), false);
  }

  /**
   * Whether a cue of a kind starts at or after {@code from} and ends before a slot with only the words of a noun
   * phrase between them (prepositions too where {@code prepositions}, particles otherwise: "brokered by the
   * leaders of", "told the German broadcaster").
   */
  private boolean cueBefore(Slot slot, String kind, int from, boolean prepositions) {
    for (int k = from; k < slot.first(); k++) {
      int end = s.cueEnd(lexicon, kind, k);
      if (end < 0 || end > slot.first()) continue;
      boolean np = true;
      for (int j = end; j < slot.first(); j++) {
        String tag = s.tags[j];
        // "brokered by the leaders of", "auf Einladung von": prepositions that link nouns; "am Freitag" does not
        boolean link = prepositions ? tag.startsWith("ADP") && (is("genitive", j) || is("agent", j)) : tag.equals("PART");
        if (!(tag.equals("DET") || tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("PROPN") || link)) np = false;
      }
      if (np) return true;
    }
    return false;
  }

  private Roles roles(Trigger t) {
    if (t.frame.has("refuge")) return refuge(t);
    int cs = s.clauseStart[t.first];
    int ce = s.clauseEnd[t.first];
    int phrase = force(t.cameo) ? setting(t) : -1;
    if (phrase >= cs && !english()) {
      // "Während der Kämpfe zwischen Armenien und Aserbaidschan hat Russland ...", "Russland hat beim jüngsten
      // Aufflammen des Konflikts einen Waffenstillstand gefordert": fighting in a German setting phrase, which needs no
      // comma to end, has the phrase's sides; where it names none, the clause's, if they are at war with each other
      // ("Sechs Tage nach Beginn heftiger Kämpfe hat sich Armenien zu Verhandlungen mit Aserbaidschan bereit erklärt")
      Roles own = roles(t, phrase, settingEnd(t, ce));
      if (!own.source.isEmpty() || !own.target.isEmpty()) return own;
      Roles clause = roles(t, cs, ce);
      return atWar(clause, t) ? clause : own;
    }
    if (phrase >= cs) {
      // "Following the outbreak of heavy fighting in Karabakh, Yerevan insisted ...": fighting in a setting phrase set
      // off by a comma is not the clause's subject's doing; its sides are the phrase's own ("have been at war since
      // 1991" is no such phrase)
      for (int k = t.last + 1; k < ce; k++) {
        if (s.words[k].equals(",")) {
          cs = phrase;
          ce = k;
          break;
        }
      }
    }
    return roles(t, cs, ce);
  }

  /** Whether every source of these roles is at war with one of their targets, on the event's day. */
  private boolean atWar(Roles r, Trigger t) {
    if (r.source.isEmpty() || r.target.isEmpty()) return false;
    Set<String> targets = codes(r.target);
    for (Actor source : r.source) {
      if (java.util.Collections.disjoint(adversaryCodes(Set.of(source.code()), t), targets)) return false;
    }
    return true;
  }

  /** The codes of the adversaries of these sides on the event's day. */
  private Set<String> adversaryCodes(Set<String> sides, Trigger t) {
    return codes(discourse.adversaries.apply(sides, dayOf(t)));
  }

  /** The roles of a trigger read from tokens [cs, ce). */
  private Roles roles(Trigger t, int cs, int ce) {
    Roles r = new Roles();
    // "Russian peacekeepers were deployed": the force sent is the one that keeps the peace, passive or not
    boolean noun = t.term.pos().equals("N");
    // "the enclave's seizure by Azerbaijan": a noun with its agent after it is read as a passive
    boolean passive = t.frame.has("passive") || t.frame.has("target-subject")
        || passiveVoice(t, cs) && !t.frame.has("subject-doer") || noun && agentRightAfter(t.last) && byAgent(t.last + 1);
    boolean recip = t.frame.has("recip");
    List<List<Slot>> core = new ArrayList<>();
    List<Slot> reciprocal = new ArrayList<>();
    int reciprocalMarker = -1;
    List<Slot> origin = new ArrayList<>();
    boolean violent = force(t.cameo);
    // "Armenia received military aid from Russia": what the subject receives, the side it comes from gives
    boolean received = t.frame.has("target-subject") && !t.control();
    int locationDistance = Integer.MAX_VALUE;
    // "..., teilte die Regierung in Eriwan mit": where a speaker's clause follows, the speaker's place is not the
    // event's, nor is the speaker a side of an act whose doer the clause has named
    int speakerAt = speakerClause(t, cs, ce);
    // the place that is the subject: the first group without a preposition before the trigger, naming places only
    // ("Nagorno-Karabakh declared martial law")
    Slot placeSubject = null;
    boolean subjectSeen = false;
    // whether that group names a side
    boolean sideSubject = false;
    for (List<Slot> group : groups(cs, ce, t)) {
      Slot head = group.get(0);
      int marker = marker(head);
      // "infolge eines Angriffs der armenischen Streitkräfte": the preposition governs the noun trigger, and the
      // name after it is the noun's own genitive
      if (noun && marker >= 0 && marker < t.first && head.first() > t.last) marker = -1;
      // "bei aserbaidschanischem Beschuss", "in Azerbaijani shelling": the side named right before the noun the
      // preposition governs is the noun's doer
      if (noun && marker >= 0 && attributeOf(group, t)) marker = -1;
      if (attributed(head)) continue;
      // "At least 16 soldiers were killed, Armenian officials said": the speaker after the comma tells of what the
      // clause before it says was done; a phrase with no finite verb may be the speaker's own ("Speaking after the
      // meeting with Aliyev, Michel said")
      if (head.first() > t.last && commaBetween(t.last, head.first()) && finiteBefore(cs, head.first())
          && saidRightAfter(group.get(group.size() - 1).last())) {
        continue;
      }
      // "vowed support for Baku and called on Armenia": the object of another phrasal verb is that verb's
      if (objectOfAnotherPhrasal(head, t)) continue;
      // "Armenian officials reported heavy fighting": who reports an event noun is not its doer
      if (noun && reportsNoun(group, t) && !reportsOwnStrike(group, t, cs, ce)) continue;
      if (mediated(head, cs)) {
        addAll(r.mediator, group);
        continue;
      }
      if (agentBeforeParticiple(group, t, cs)) {
        addAll(r.source, group);
        continue;
      }
      if (head.first() >= speakerAt && (marker >= 0 && is("locative", marker) || sideSubject)) continue;
      if (marker >= 0 && is("locative", marker)) {
        // of several places the clause names, the trigger's own is the nearest ("safeguards around Karabakh ...
        // during talks in Vienna": the talks were in Vienna)
        for (Slot slot : group) {
          if (slot.place() != null && (r.location == null || distance(t, slot) < locationDistance)) {
            r.location = slot.place();
            locationDistance = distance(t, slot);
          }
        }
        continue;
      }
      if (marker < 0 && head.first() < t.first && !subjectSeen) {
        subjectSeen = true;
        // a noun trigger's subject stands before the verb it is the object of, not right before it ("the Karabakh war")
        int end = group.get(group.size() - 1).last();
        // nor one set off by a comma ("Schuschi, wie die Armenier die Siedlung nennen", "Nagorno-Karabakh, officially
        // recognized as part of Azerbaijan, had been ...")
        boolean subject = (!noun || verbBetween(end, t.first)) && end + 1 < s.size()
            && !s.tags[end + 1].equals("NOUN") && !s.tags[end + 1].equals("PROPN") && !commaBetween(end, t.first);
        if (subject && head.place() != null && group.stream().allMatch(slot -> slot.actor() == null)) placeSubject = head;
        sideSubject = group.stream().anyMatch(slot -> slot.actor() != null);
      }
      if (group.stream().allMatch(slot -> slot.actor() == null)) {
        // "beschossen die Stadt Gandscha", "shelled Ganja": the place force is used on, without a preposition
        boolean struck = marker < 0 && violent && !noun && (!english() || head.first() > t.last);
        if (r.location == null && (marker >= 0 && is("target", marker) || struck)) r.location = head.place();
        continue;
      }
      if (marker >= 0 && is("reciprocal", marker)) {
        // "announced the ceasefire plan following phone calls between Lavrov and his counterparts": the parties of
        // the calls in the setting are the calls', not the announcement's
        if (settingNounRightBefore(marker, t)) continue;
        if (reciprocal.isEmpty()) reciprocalMarker = marker;
        reciprocal.addAll(group);
      } else if (marker >= 0 && is("agent", marker) && (passive || noun)) {
        // "backed by the Armenian side but rejected by Azerbaijan": an agent is the nearest verb's before it
        if (agentOf(marker, t)) addAll(r.source, group);
      } else if (marker >= 0 && is("target", marker)) {
        if (!complementOfAnother(marker, t)) addAll(r.target, group);
      } else if (marker >= 0 && (violent || received) && is("origin", marker)) {
        origin.addAll(group);
      } else if (marker < 0) {
        core.add(group);
      }
    }
    boolean possessive = possessiveSubject(cs, core)
        || s.tags[cs].equals("SCONJ") && possessiveSubject(cs + 1, core);
    List<Slot> owner = noun && possessed(t) ? possessor(s.clauseStart[t.first], s.clauseEnd[t.first], t) : null;
    if (owner != null) {
      // "Turkey backed Azerbaijan in its offensive", "in Solidarität mit Aserbaidschan gegen seinen Kampf": the
      // possessive stands for the name before it, the doer; the side struck is named after the noun ("seine
      // Angriffe auf Stepanakert"), and the other names are the governing verb's
      r.source.clear();
      r.target.clear();
      for (List<Slot> group : groups(cs, ce, t)) {
        int marker = marker(group.get(0));
        // "seine Angriffe auf Stepanakert", "its shelling of Stepanakert", "seine Blockade Armeniens"
        boolean genitive = marker < 0 && group.get(0).first() - t.last <= 3;
        if (group.get(0).first() > t.last && (marker >= 0 && is("target", marker) || genitive)) addAll(r.target, group);
        // "its seizure by Azerbaijan": the agent did it, the owner underwent it
        if (marker == t.last + 1 && byAgent(marker)) addAll(r.source, group);
      }
      addAll(passive ? r.target : r.source, owner);
    } else {
      // "..., griffen sie eine Kolonne britischer Soldaten an": a pronoun right after the verb that resumes a clause is
      // its subject, and the names after it are objects
      boolean pronounAfterVerb = s.resumes[cs] && cs + 1 < ce && s.tags[cs + 1].equals("PRON");
      assignCore(t, core, r, passive, noun, possessive || pronounAfterVerb);
    }
    // "under bombardment from the lands of Armenia": where the fire came from is who fired; so is who gave what was received
    if (r.source.isEmpty()) addAll(r.source, origin);
    // "the fighting between Armenia and Azerbaijan rages, Putin said", "die Kämpfe zwischen A und B wüten": the
    // parties of an event noun that "between" follows are its sides, whoever else the clause names
    Trigger eventNoun = noun ? t : t.theme != null && sameKind(t.theme, t) ? t.theme : null;
    if (eventNoun != null && reciprocalMarker == eventNoun.last + 1 && distinctCodes(actorsOf(reciprocal)) >= 2) {
      r.source.clear();
      r.target.clear();
    }
    // "phone calls between Lavrov and his counterparts": one side named with its counterparts, whom the clause names
    // as its subject (the Armenian and Azerbaijani ministers), calls on them
    if (eventNoun == t && reciprocalMarker == t.last + 1 && distinctCodes(actorsOf(reciprocal)) == 1
        && s.find(lexicon, "counterpart", reciprocalMarker + 1, ce) >= 0) {
      Set<String> named = codes(actorsOf(reciprocal));
      List<Actor> others = new ArrayList<>();
      for (Actor a : r.source) if (!named.contains(a.code())) others.add(a);
      if (!others.isEmpty()) {
        r.source.clear();
        addAll(r.source, reciprocal);
        r.target.clear();
        r.target.addAll(others);
        reciprocal.clear();
      }
    }
    // "he", "she": the person named last, not the last source of an event
    boolean personSubject = !passive && s.find(lexicon, "person_pronoun", cs, Math.min(t.first, cs + 2)) >= 0
        && discourse.sentence - discourse.lastPersonSentence <= 2;
    if (!reciprocal.isEmpty() && (!t.control() || t.begins() || noun && agreement(t.kind()))) {
      // "talks between A and B", "eine Vereinbarung zwischen A und B": both sides; "X welcomed the agreement
      // between A and B": X on A and B; "Er telefonierte mit ...": he with them
      if (r.source.isEmpty() && !personSubject || recip) addAll(r.source, reciprocal);
      addAll(r.target, reciprocal);
    }
    boolean mutual = s.find(lexicon, "reciprocal", cs, ce) >= 0;
    if ((recip || mutual) && r.target.isEmpty() && distinctCodes(r.source) >= 2) r.target.addAll(r.source);
    // "Am Freitag kamen Armenien und Aserbaidschan zusammen": after the verb, both sides of a mutual event
    if (recip && r.source.isEmpty() && !personSubject && distinctCodes(r.target) >= 2) r.source.addAll(r.target);
    // "accused each other": sides act on each other; one side alone ("called on both sides") acts on no one by it
    if (mutual && r.target.isEmpty() && distinctCodes(r.source) >= 2) r.target.addAll(r.source);
    // "Armenia and Azerbaijan agreed a truce", "... will release prisoners": two sides that meet, agree, cooperate or
    // yield, with no one else named, do so with each other
    if (r.target.isEmpty() && distinctCodes(r.source) >= 2 && withEachOther(t.cameo)) r.target.addAll(r.source);
    if (r.source.isEmpty() && !passive && cs > 0 && (s.tags[cs].equals("PRON") || possessiveSubject(cs, core))
        || r.source.isEmpty() && !passive && cs > 0 && s.tags[cs].equals("SCONJ") && cs + 1 < s.size()
        && (s.tags[cs + 1].equals("PRON") || possessiveSubject(cs + 1, core))) {
      // "Russland bekräftigte, es sei bereit ...": a pronoun opening a reported clause is the speaker; so is the
      // owner of "seine Truppen" ("erklärte, seine Truppen hätten ... armenische Panzer zerstört")
      List<Slot> speaker = speaker(cs, t);
      if (speaker != null) addAll(r.source, speaker);
      r.sourceFromContext = !r.source.isEmpty();
    }
    if (r.source.isEmpty() && !passive && s.resumes[cs] && s.clauseStart[cs - 1] > 0) {
      // "Das Ministerium, das die Rebellen unterstützt, meldete ...": the clause a relative or subordinate one
      // interrupted has its subject before that one
      List<Slot> subject = speaker(s.clauseStart[cs - 1], t);
      if (subject != null) addAll(r.source, subject);
    }
    if (r.source.isEmpty() && personSubject) {
      r.source.addAll(discourse.lastPerson);
      r.sourceFromContext = !r.source.isEmpty();
    }
    // "Armenien müsse ... abziehen": who demands it is the last source; what is received has no giver but its own
    if (r.source.isEmpty() && (t.frame.has("target-subject") && !received || !passive && pronounSubject(t, cs))
        && discourse.sentence - discourse.lastSourceSentence <= 2) {
      r.source.addAll(discourse.lastSource);
      r.sourceFromContext = !r.source.isEmpty();
    }
    if (r.target.isEmpty() && !r.source.isEmpty() && Cameo.root(t.cameo).equals("11")) {
      // "The ministry charged that Azerbaijan's authorities organized the blockade": an accusation that names no one
      // is levelled at the side the clause it introduces says acted
      List<Slot> accused = subjectOfComplement(t, ce);
      if (accused != null && java.util.Collections.disjoint(codes(actorsOf(accused)), codes(r.source))) addAll(r.target, accused);
    }
    if (r.source.isEmpty() && placeSubject != null && !passive) {
      // "Nagorno-Karabakh declared martial law", "Berg-Karabach verhängte das Kriegsrecht": a region as the subject
      // acts through those who hold it in fact, where others than its country do
      Actor holder = heldOn(placeSubject.place(), dayOf(t));
      if (holder != null) r.source.add(holder);
    }
    if (r.location == null && violent && !noun) {
      // "Azerbaijan shelled Nagorno-Karabakh": a place struck that stands for those who hold it is where force was used
      for (List<Slot> group : core) {
        Slot head = group.get(0);
        if (head.place() != null && head.actor() != null && r.target.contains(head.actor())) {
          r.location = head.place();
          break;
        }
      }
    }
    if (r.location == null) r.location = nearestPlace(cs, Math.min(ce, speakerAt));
    // a side the clause names taking or striking a place in its own country ("Aserbaidschan hatte Bergkarabach
    // besetzt") does not strike itself: the place's country is no target then; but a place another side held in
    // fact at the time is that side's when a side struck it ("Aserbaidschan hatte im September 2023 Bergkarabach
    // besetzt": the Karabakh authorities'); so does a kind of force no side is named for ("Seit Tagen wird die
    // Verbindung Bergkarabachs blockiert"), but fighting of no kind in particular, no side named, stays the country's
    Actor heldInFact = r.location == null || r.source.isEmpty() && !Cameo.specific(t.cameo) ? null : heldOn(r.location, dayOf(t));
    Actor holder = heldInFact != null ? heldInFact : r.location == null ? null : holder(r.location);
    if (r.target.isEmpty() && holder != null && violent
        && (r.sourceFromContext || r.source.stream().noneMatch(a -> holder.code().equals(a.code())))) {
      r.target.add(holder);
    }
    return r;
  }

  /**
   * The sides named as the subject of the that-clause right after a trigger's clause ("charged that Azerbaijan's
   * authorities organized ...", "verurteilte, dass aserbaidschanische Truppen ..."): the first names without a
   * preposition in it, in English only those before its verb. Null where there is no such clause or name.
   */
  private List<Slot> subjectOfComplement(Trigger t, int ce) {
    if (ce >= s.size() || !is("complementizer", ce)) return null;
    int end = s.clauseEnd[ce];
    int verb = ce + 1;
    while (verb < end && !s.finite(verb)) verb++;
    for (List<Slot> group : groups(ce, end, t)) {
      Slot head = group.get(0);
      if (english() && head.first() > verb) return null;
      if (marker(head) >= 0 || attributed(head)) continue;
      if (group.stream().anyMatch(slot -> slot.actor() != null)) return group;
    }
    return null;
  }

  /**
   * The roles of a flight (frame {@code refuge}: "fled to Armenia", "flohen nach Armenien", "refugees arriving in
   * Goris"): refuge is given (075) by the side fled to, to those who flee. Who flees is named right before a noun
   * ("Karabakh refugees"), before an English verb, without a preposition anywhere in a German clause, or by where
   * they flee from ("fled Nagorno-Karabakh", "aus der Ukraine"). The side fled to is, of the names nearest the
   * trigger, one after a preposition of destination ("to", "nach", "in"; a place stands for its country) or one
   * otherwise unmarked that a noun has ("refugees entering Armenia", "Armenien hat Flüchtlinge aufgenommen"), or
   * for "here", the place the sentence before named first.
   */
  private Roles refuge(Trigger t) {
    Roles r = new Roles();
    int cs = s.clauseStart[t.first];
    int ce = s.clauseEnd[t.first];
    // "Armenien hat Tausende Flüchtlinge aufgenommen": a word that begins a flight takes the noun's roles
    boolean noun = t.frame.pos().equals("N");
    List<Slot> fleeing = new ArrayList<>();
    List<Slot> from = new ArrayList<>();
    Slot destination = null;
    for (List<Slot> group : groups(cs, ce, t)) {
      Slot head = group.get(0);
      if (attributed(head) || mediated(head, cs)) continue;
      int marker = marker(head);
      // "fled Nagorno-Karabakh to Armenia": the tagger may take "to" for the particle of an infinitive
      int before = head.first() - 1;
      if (before > 0 && s.tags[before].equals("DET")) before--;
      if (marker < 0 && before > t.last && s.tags[before].equals("PART") && is("destination", before)) marker = before;
      boolean after = head.first() > t.last;
      if (noun && after && !"GROUP".equals(head.type()) && ofTheNoun(t, head, marker)) {
        // "the exodus of ethnic Armenians", "der Exodus der ethnischen Armenier": those the noun's genitive names flee
        // (a people named as such, "of Armenians", is kin of the side that takes them in, as below)
        fleeing.addAll(group);
      } else if (marker >= 0 && is("origin", marker)) {
        from.addAll(group);
      } else if (marker >= 0 && is("destination", marker)) {
        // the preposition's own object ("nach Armenien", "to the Armenian town of Goris"), not a name deeper in its
        // phrase ("nach der Zerschlagung der polnischen Verteidigung")
        if (head.first() - marker > 3) continue;
        for (Slot slot : group) if (slot.place() != null || slot.actor() != null) destination = nearer(t, slot, destination);
      } else if (marker >= 0) {
        continue;
      } else if (noun && rightBefore(group, t) || !noun && !english()) {
        fleeing.addAll(group);
      } else if (!noun && !after) {
        // "After Azerbaijan's recapture of Nagorno-Karabakh, thousands of ethnic Armenians fled": the subject, the
        // names nearest before the verb
        fleeing.clear();
        fleeing.addAll(group);
      } else if (noun) {
        // "refugees entering Armenia", "Armenien hat Flüchtlinge aufgenommen"
        for (Slot slot : group) if (slot.actor() != null) destination = nearer(t, slot, destination);
      } else {
        from.addAll(group);
      }
    }
    if (destination == null && s.find(lexicon, "deixis", cs, ce) >= 0 && discourse.lastPlaceRead == discourse.read - 1
        && discourse.lastPlaceParagraph == s.paragraph) {
      // "Goris ist Mittelpunkt des Exodus ... Tausende Geflüchtete sind hier eingetroffen": the place just named
      destination = new Slot(-1, -1, null, discourse.lastPlace, "LOCATION");
    }
    if (destination != null) {
      r.location = destination.place();
      Actor side = destination.actor() != null ? destination.actor() : holder(destination.place());
      if (side != null) r.source.add(side);
    }
    // "ethnic Armenians fled to Armenia": kin of the side that takes them in are not that side; they are, if the
    // clause says, of where they fled from ("fled Nagorno-Karabakh": those of the place, where it names a side)
    Set<String> refuge = codes(r.source);
    for (List<Slot> those : List.of(fleeing, from)) {
      addAll(r.target, those);
      r.target.removeIf(a -> refuge.contains(a.code()));
      if (!r.target.isEmpty()) break;
    }
    java.time.LocalDate day = r.target.isEmpty() && !r.source.isEmpty() ? dayOf(t) : null;
    if (day != null) {
      // "Tausende flohen aus Bergkarabach nach Armenien": a place fled from that names no side is the side's that
      // held it then (the Karabakh authorities', in 2020), else its country's; not on a day unknown, when whose it
      // was cannot be told, nor in a flight no side takes in
      for (Slot slot : from) {
        if (slot.place() == null || slot.actor() != null) continue;
        Actor held = heldOn(slot.place(), day);
        Actor side = held != null ? held : holder(slot.place());
        if (side != null && !refuge.contains(side.code())) r.target.add(side);
        break;
      }
    }
    return r;
  }

  /**
   * Whether a name after a noun trigger is the noun's genitive: after a genitive preposition right after the noun
   * ("exodus of ethnic Armenians"), or with only articles and adjectives between ("Exodus der ethnischen Armenier").
   */
  private boolean ofTheNoun(Trigger t, Slot head, int marker) {
    if (marker >= 0) return marker == t.last + 1 && is("genitive", marker);
    for (int k = t.last + 1; k < head.first(); k++) {
      if (!(s.tags[k].equals("DET") || s.tags[k].equals("ADJ") || k == t.last + 1 && is("genitive", k))) return false;
    }
    return true;
  }

  /** Of a slot and the nearest so far (or null), the one nearer the trigger; the earlier among equals. */
  private static Slot nearer(Trigger t, Slot slot, Slot nearest) {
    return nearest == null || distance(t, slot) < distance(t, nearest) ? slot : nearest;
  }

  /** Whether a group of names stands right before a noun trigger ("Karabakh refugees", "armenische Flüchtlinge"). */
  /**
   * Whether a group stands right before a noun trigger: its attribute. Not with a word between, nor joined to one:
   * "the Russian-brokered ceasefire" names who brokered it, not a party.
   */
  private boolean attributeOf(List<Slot> group, Trigger t) {
    int last = group.get(group.size() - 1).last();
    return last + 1 == t.first && !JOINED_WORD.matcher(s.words[last]).find();
  }

  /** A word that a name is joined to by a hyphen ("Russian-brokered", "Russia-backed"). */
  private static final Pattern JOINED_WORD = Pattern.compile("-\\p{Ll}+$");

  private static boolean rightBefore(List<Slot> group, Trigger t) {
    int gap = t.first - group.get(group.size() - 1).last();
    return gap >= 1 && gap <= 2;
  }

  /**
   * The adversary of the doers on a day (with no day, any they ever had): their only one, or of several (Azerbaijan's,
   * Armenia and the Karabakh authorities) the one the sentence names on a known day; null for none or several.
   */
  private Actor adversary(List<Actor> doers, java.time.LocalDate day) {
    Set<String> codes = codes(doers);
    List<Actor> sides = discourse.adversaries.apply(codes, day);
    // doers on both sides ("beide Seiten vereinbarten eine Waffenruhe") act with each other, not on a third
    for (String code : codes) {
      if (discourse.adversaries.apply(Set.of(code), day).stream().anyMatch(a -> codes.contains(a.code()))) return null;
    }
    if (sides.size() == 1) return sides.get(0).inferredAs("adversary");
    // of several, with no day to tell who held which place then, none
    if (sides.isEmpty() || day == null) return null;
    // a side the sentence names, by name or by a place it held then ("Stepanakert": the Karabakh authorities')
    Actor named = null;
    for (Slot slot : s.slots) {
      Actor side = slot.actor();
      if (slot.place() != null) {
        Actor held = heldOn(slot.place(), day);
        if (held != null) side = held;
      }
      if (side == null) continue;
      for (Actor adversary : sides) {
        if (!adversary.code().equals(side.code())) continue;
        if (named != null && !named.code().equals(adversary.code())) return null;
        named = adversary;
      }
    }
    return named == null ? null : named.inferredAs("adversary");
  }

  /** Who held a place in fact on a day, where the pack says another side than its country did; else null. */
  private Actor heldOn(Event.Location place, java.time.LocalDate day) {
    return day == null ? null : discourse.holders.apply(place.entity(), day);
  }

  /**
   * The day a trigger's event is of, as far as the roles need it: the first day of the date its sentence gives
   * it, else of the paragraph's narrative, else the day of publication; null for none.
   */
  private java.time.LocalDate dayOf(Trigger t) {
    Timex timex = t.ownDate != null ? t.ownDate : timex(t);
    for (String value : new String[] {timex == null ? null : timex.value(),
        discourse.narrative == null ? null : discourse.narrative.value()}) {
      java.time.LocalDate day = firstDay(value);
      if (day != null) return day;
    }
    return discourse.publishedDay;
  }

  /** The first day of a date's value, a decade ("199", "in den 1990er-Jahren") from its first year; null if none. */
  static java.time.LocalDate firstDay(String value) {
    if (value != null && value.length() == 3 && Character.isDigit(value.charAt(0))) value = value + "0";
    PartialDate date = PartialDate.parse(value);
    return date == null ? null : date.first();
  }

  /**
   * Who a strike on a place strikes: the authority the place stands for in the pack ("Stepanakert": the breakaway
   * republic's, not Azerbaijan, whose territory it is by recognition), else the place's country; null for neither.
   */
  private Actor holder(Event.Location place) {
    for (Slot slot : s.slots) {
      if (slot.actor() != null && slot.place() != null && slot.place().entity().equals(place.entity())) return slot.actor();
    }
    return place.country() == null ? null : new Actor(place.entity(), place.name(), place.country());
  }

  private void assignCore(Trigger t, List<List<Slot>> core, Roles r, boolean passive, boolean noun, boolean possessive) {
    if (core.isEmpty()) return;
    List<Slot> subject = null;
    List<Slot> object = null;
    if (noun) {
      // "Azerbaijan's attack", "Angriff Aserbaidschans": the adjacent actor is the doer; but a thing of a side after
      // the noun is what it was done to ("den Abschuss eines armenischen Hubschraubers", "the shelling of Armenian
      // villages")
      for (List<Slot> g : core) {
        if (thingOfASide(g, t)) continue;
        if (g.get(g.size() - 1).last() == t.first - 1 || g.get(g.size() - 1).last() == t.first - 2
            || g.get(0).first() == t.last + 1 || g.get(0).first() == t.last + 2) {
          subject = g;
          break;
        }
      }
      if (subject == null) subject = before(core, t);
      if (subject == null) subject = core.stream().filter(g -> !thingOfASide(g, t)).findFirst().orElse(null);
    } else if (english()) {
      // the subject stands before the verb; an actor only after it is the object ("We will support our
      // Azerbaijani brothers"), and the subject is then left to a pronoun or the discourse
      subject = before(core, t);
    } else if (!possessive) {
      subject = core.get(0);
    }
    for (List<Slot> g : core) {
      if (g == subject || subject != null && sameCodes(g, subject)) continue;
      object = g;
      if (g.get(0).first() > t.last || !english()) break;
    }
    if (passive) {
      if (subject != null) addAll(r.target, subject);
      if (object != null && r.source.isEmpty()) addAll(r.source, object);
    } else {
      if (subject != null) addAll(r.source, subject);
      if (object != null) addAll(r.target, object);
    }
  }

  /**
   * Whether a group after a noun trigger names sides as what a thing or place (cue kind {@code asset}) after it is of
   * ("den Abschuss eines armenischen Hubschraubers", "the shelling of Armenian villages", "the downing of an Armenian
   * military helicopter"): what was struck, not the side that struck as its name, its forces or "der armenischen
   * Seite" would be.
   */
  private boolean thingOfASide(List<Slot> group, Trigger t) {
    if (group.get(0).first() <= t.last) return false;
    int k = group.get(group.size() - 1).last() + 1;
    while (k < s.size() && (s.tags[k].equals("ADJ") || s.tags[k].equals("CCONJ") || s.words[k].equals(","))) k++;
    if (k >= s.size()) return false;
    // a noun's lemma is at hand; a German noun the tagger took for a name is lemmatised as a noun
    if (s.tags[k].equals("NOUN")) return lexicon.asset(s.lemmas[k].toLowerCase(java.util.Locale.ROOT));
    return s.tags[k].equals("PROPN") && lexicon.asset(s.nounLemma(k).toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether a trigger is the noun of a mediator phrase that a preposition opens ("unter Vermittlung", "with the mediation of"). */
  private boolean inMediatorPhrase(Trigger t) {
    for (int k = Math.max(0, t.first - 3); k < t.first; k++) {
      if (s.tags[k].startsWith("ADP") && s.cueEnd(lexicon, "mediator", k) > t.first) return true;
    }
    return false;
  }

  /**
   * Whether a preposition opens the phrase of a use of force named by a noun right before it ("unterstützt
   * Aserbaidschan bei seiner Offensive gegen Armenien", "urged Azerbaijan to stop its attacks on Stepanakert"): the
   * side struck is that attack's, not the target of an event of another kind, unless this one took its code from it.
   */
  private boolean complementOfAnother(int marker, Trigger t) {
    for (Trigger n : triggers) {
      boolean own = n == t.inner || t.inner != null && n == t.inner.inner;
      if (n == t || own || !n.term.pos().equals("N") || n.cameo == null || !force(n.cameo) || force(t.cameo)) continue;
      if (n.last + 1 == marker) return true;
    }
    return false;
  }

  /** Whether two triggers are events of one CAMEO root ("killed in an attack on Ganja"): one event told twice. */
  private static boolean sameKind(Trigger a, Trigger b) {
    return a.cameo != null && b.cameo != null && !a.cameo.startsWith("@") && !b.cameo.startsWith("@")
        && a.cameo.length() >= 2 && b.cameo.length() >= 2 && Cameo.root(a.cameo).equals(Cameo.root(b.cameo));
  }

  /**
   * The names a possessive before a noun trigger stands for: the group of the clause last named before it, not one that
   * owns a noun of its own ("rejected Armenia's claims and continued its offensive": Azerbaijan's), or null.
   */
  private List<Slot> possessor(int cs, int ce, Trigger t) {
    List<Slot> owner = null;
    for (List<Slot> group : groups(cs, ce, t)) {
      int last = group.get(group.size() - 1).last();
      if (last >= t.first) break;
      // "Armenia's" is one token tagged PROPN+PART, or a name and its PART
      boolean ownsAnother = s.tags[last].endsWith("+PART") || last + 1 < t.first && s.tags[last + 1].equals("PART");
      if (group.stream().anyMatch(slot -> slot.actor() != null) && !attributed(group.get(0)) && !ownsAnother) owner = group;
    }
    return owner;
  }

  /** Whether a possessive determines a noun trigger, adjectives between them ("its fight", "seiner neuen Offensive"). */
  private boolean possessed(Trigger t) {
    int k = t.first - 1;
    while (k > 0 && s.tags[k].equals("ADJ")) k--;
    return is("possessive", k);
  }

  /**
   * Whether a clause opens with a possessive and its noun ("seine Truppen", "its forces") before any actor: that noun
   * phrase is the subject, so no actor of the clause is.
   */
  private boolean possessiveSubject(int at, List<List<Slot>> core) {
    if (at >= s.size() || !is("possessive", at)) return false;
    int k = at + 1;
    while (k < s.size() && s.tags[k].equals("ADJ")) k++;
    if (k >= s.size() || !s.tags[k].equals("NOUN")) return false;
    int noun = k;
    return core.isEmpty() || core.get(0).get(0).first() > noun;
  }

  /**
   * Whether an actor is the doer named right before the participle that ends a German passive clause: "Seit Tagen
   * wird die Verbindung von Aserbaidschan blockiert", "ist seit Wochen von Aserbaidschan gesperrt". Its agent
   * preposition may follow a noun, where it could otherwise be read as a genitive ("die Verbindung von ...").
   */
  private boolean agentBeforeParticiple(List<Slot> group, Trigger t, int cs) {
    if (!lexicon.verbSecond() || !t.term.pos().equals("V") || infinitive(t)) return false;
    int end = group.get(group.size() - 1).last() + 1;
    while (end < t.first && s.tags[end].equals("ADV")) end++;
    if (end != t.first) return false;
    int k = group.get(0).first() - 1;
    while (k > cs && (s.tags[k].equals("DET") || s.tags[k].equals("ADJ"))) k--;
    if (k < cs || !is("agent", k)) return false;
    for (int a = cs; a < k; a++) if (s.tags[a].equals("AUX") && is("passive", a)) return true;
    return false;
  }

  /** Whether a noun trigger is the subject of a passive ("a demand was issued", "die Forderung wurde gestellt"). */
  private boolean subjectOfPassive(Trigger t) {
    if (!t.term.pos().equals("N")) return false;
    for (int k = t.last + 1; k < Math.min(s.size(), t.last + 4); k++) {
      if (s.tags[k].equals("AUX") && is("passive", k)) return true;
      if (!(s.tags[k].equals("ADV") || s.tags[k].equals("AUX"))) return false;
    }
    return false;
  }

  /** Whether the subject stands before the verb (English), rather than anywhere in a verb-second clause (German). */
  private boolean english() {
    return !lexicon.verbSecond();
  }

  private static boolean sameCodes(List<Slot> a, List<Slot> b) {
    java.util.Set<String> x = new java.util.HashSet<>();
    for (Slot slot : a) if (slot.actor() != null) x.add(slot.actor().code());
    java.util.Set<String> y = new java.util.HashSet<>();
    for (Slot slot : b) if (slot.actor() != null) y.add(slot.actor().code());
    return x.equals(y);
  }

  private static List<Slot> before(List<List<Slot>> core, Trigger t) {
    List<Slot> best = null;
    for (List<Slot> g : core) if (g.get(0).first() < t.first) best = g;
    return best;
  }

  /**
   * A passive auxiliary in the trigger's clause; in English it stands shortly before the verb ("was halted",
   * "has been hailed", "were reportedly shelled"), not anywhere in a long clause, and the verb is no -ing form.
   */
  private boolean passiveVoice(Trigger t, int cs) {
    if (!t.term.pos().equals("V")) return false;
    // "has been shelling": a progressive, whose subject acts; "was ready to recognise": an infinitive
    if (english() && (s.lower[t.first].endsWith("ing") || t.first > 0 && s.lower[t.first - 1].equals("to"))) return false;
    // "Azerbaijan, backed by Turkey, attacked": a participle with its agent right after it, no auxiliary
    if (english() && t.first == t.last && !infinitive(t) && agentRightAfter(t.last)) return true;
    int from = english() ? Math.max(cs, t.first - 3) : cs;
    int to = english() ? t.first : s.clauseEnd[t.first];
    for (int k = from; k < to; k++) {
      // "wird ... freilassen": the future, not the passive
      if (is("passive", k) && k != t.first && !(is("future", k) && k < t.first && infinitive(t))) return true;
    }
    return false;
  }

  /**
   * Whether an agent preposition is a trigger's: no other verb trigger stands between them, and for an English verb,
   * which its agent follows, none nearer before the preposition ("backed by the Armenian side but rejected by
   * Azerbaijan"); a German participle follows its agent ("von Armenien anerkannt").
   */
  private boolean agentOf(int marker, Trigger t) {
    boolean before = english() && t.term.pos().equals("V") && t.first > marker;
    for (Trigger n : triggers) {
      // "von iranischen Kampfflugzeugen angegriffen und zerstört": verbs joined share their agent
      if (n == t || !n.term.pos().equals("V") || coordinated(n, t)) continue;
      if (n.first > t.last && n.last < marker || n.first > marker && n.last < t.first) return false;
      if (before && n.last < marker) return false;
    }
    return true;
  }

  /** Whether an agent preposition follows a token and an actor's name follows it ("by Turkey", "by the Turkish army"). */
  private boolean agentRightAfter(int last) {
    return last + 1 < s.size() && is("agent", last + 1) && nameAfterArticles(last + 2, s.size());
  }

  /** Whether an agent preposition stands at token k that is no genitive ("by", "durch"; not "von", as often "of"). */
  private boolean byAgent(int k) {
    return is("agent", k) && !is("genitive", k);
  }

  /** Whether an actor's name stands at token k, articles, possessives and adjectives before it, before {@code limit}. */
  private boolean nameAfterArticles(int k, int limit) {
    while (k < limit && (s.tags[k].equals("DET") || s.tags[k].equals("ADJ") || is("possessive", k))) k++;
    for (Slot slot : s.slots) if (slot.actor() != null && slot.first() <= k && k <= slot.last() && k < limit) return true;
    return false;
  }

  /** Whether a verb trigger stands in its infinitive (its form is its lemma, or the lexicon's where the lemmatiser erred). */
  private boolean infinitive(Trigger t) {
    // "will free 32 prisoners": after "will" the bare form is a verb, whatever the tagger made of it
    if (english() && t.first > 0 && is("future", t.first - 1) && s.lower[t.first].equals(t.term.lemma())) return true;
    return s.verb(t.first) && (s.lower[t.first].equals(s.lemmas[t.first]) || s.lower[t.first].equals(t.term.lemma()));
  }

  private boolean pronounSubject(Trigger t, int cs) {
    for (int k = cs; k < Math.min(s.clauseEnd[t.first], t.first + 4); k++) {
      if (s.tags[k].equals("PRON")) return true;
    }
    return t.first - cs <= 1;
  }

  /** The subject of the clause a reported clause at {@code cs} depends on: its first actor without a preposition. */
  private List<Slot> speaker(int cs, Trigger t) {
    int ms = s.clauseStart[cs - 1];
    // "said on Thursday (March 13) that ...": a bracket is no clause of its own
    for (int steps = 0; steps < 4 && ms > 0 && parenthetical(ms, cs); steps++) ms = s.clauseStart[ms - 1];
    return speaker(ms, cs, t);
  }

  /** The first group of actors in [ms, cs) that no preposition marks, the whole subject; or null. */
  private List<Slot> speaker(int ms, int cs, Trigger t) {
    List<Slot> group = null;
    int end = -1;
    for (Slot slot : s.slots) {
      if (slot.first() < ms || slot.first() >= cs || slot.actor() == null) continue;
      if (group != null) {
        // the whole subject: "Armenian and Azerbaijani officials said ..."
        if (!joined(end, slot.first(), t)) break;
        group.add(slot);
        end = Math.max(end, slot.last());
        continue;
      }
      if (marker(slot) >= 0) continue;
      group = new ArrayList<>(List.of(slot));
      end = slot.last();
    }
    return group;
  }

  /** Whether the tokens [from, to) are (part of) a bracket. */
  private boolean parenthetical(int from, int to) {
    for (int k = Math.max(0, from - 1); k < to; k++) if (s.words[k].equals("(") || s.words[k].equals(")")) return true;
    return false;
  }

  /** Tokens between a trigger and a slot, doubled; a slot after the trigger wins a tie ("talks in Vienna"). */
  private static int distance(Trigger t, Slot slot) {
    return slot.first() > t.last ? 2 * (slot.first() - t.last) - 1 : 2 * Math.max(0, t.first - slot.last());
  }

  private Event.Location nearestPlace(int cs, int ce) {
    for (Slot slot : s.slots) {
      if (slot.place() == null || slot.first() < cs || slot.first() >= ce) continue;
      int marker = marker(slot);
      if (marker >= 0 && (is("locative", marker) || is("target", marker))) return slot.place();
    }
    return null;
  }

  private static List<Actor> actorsOf(List<Slot> slots) {
    List<Actor> actors = new ArrayList<>();
    for (Slot slot : slots) if (slot.actor() != null) actors.add(slot.actor());
    return actors;
  }

  private static int distinctCodes(List<Actor> actors) {
    return (int) actors.stream().map(Actor::code).distinct().count();
  }

  /** Adds a group's actors, one per code: the most specific (a person before a country). */
  private static void addAll(List<Actor> into, List<Slot> group) {
    Map<String, Slot> byCode = new LinkedHashMap<>();
    for (Slot slot : group) {
      if (slot.actor() == null) continue;
      Slot had = byCode.get(slot.actor().code());
      if (had == null || rank(slot.type()) > rank(had.type())) byCode.put(slot.actor().code(), slot);
    }
    for (Slot slot : byCode.values()) {
      if (into.stream().noneMatch(a -> a.code().equals(slot.actor().code()))) into.add(slot.actor());
    }
  }

  private static int rank(String type) {
    return switch (type) {
      case "PERSON" -> 4;
      case "ORGANIZATION" -> 3;
      case "GROUP" -> 2;
      case "COUNTRY", "LOCATION" -> 1;
      default -> 0;
    };
  }

  // ---- date

  /** The date expression that dates a trigger: the nearest in its clause, else the nearest in the sentence. */
  private Timex timex(Trigger t) {
    int cs = s.tokens[s.clauseStart[t.first]].start();
    int ce = s.clauseEnd[t.first] < s.size() ? s.tokens[s.clauseEnd[t.first]].start() : s.span.end();
    int at = s.tokens[t.first].start();
    Timex best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean bestInClause = false;
    // the date of a dateline ("WIEN, 17. Mai (AFP) -") is the day the report was filed: the publication date's business
    int dateline = s.dateline();
    int datelineEnd = dateline > 0 ? s.tokens[dateline].start() : -1;
    for (Timex x : dates) {
      if (namesAThing(x, t) || x.span().start() < datelineEnd || sinceAThing(x, t) || dateHeader(x) || datesAFrame(x, t)) {
        continue;
      }
      boolean inClause = x.span().start() >= cs && x.span().start() < ce;
      if (!inClause && describesAnother(x, t)) continue;
      int distance = Math.abs(x.span().start() - at);
      if (best == null || (inClause && !bestInClause) || (inClause == bestInClause && distance < bestDistance)) {
        best = x;
        bestDistance = distance;
        bestInClause = inClause;
      }
    }
    return best;
  }

  /**
   * Whether a date stands in a relative clause that describes another trigger than this one: in "Der Tausch ist Teil
   * einer Vereinbarung ..., die beide Seiten am 7. Dezember bekannt gegeben hatten" the date is the agreement's, the
   * trigger nearest before the clause, not the exchange's.
   */
  private boolean describesAnother(Timex x, Trigger t) {
    int k = s.clauseStart[s.tokenAt(x.span().start())];
    if (k == 0 || !s.words[k - 1].equals(",") || !s.tags[k].equals("PRON") || t.first >= k) return false;
    for (Trigger other : triggers) {
      if (other != t && other.first > t.last && other.last < k && !other.consumed) return true;
    }
    return false;
  }

  /**
   * Whether a date stands by the verb itself, not in what it governs: "sagte Putin jedoch am Mittwoch", "am späten
   * Freitagabend sagte Paschinjan", "said in a statement on Thursday", but not "said the fighting Sunday began" or
   * "said it was withdrawing its bid ... next year". Between the two stand only prepositional phrases, adverbs and
   * (German, whose verb comes second) the subject; no verb, conjunction or pronoun, and in German no comma.
   */
  private boolean datedByItsVerb(Trigger t) {
    Timex x = timex(t);
    if (x == null) return false;
    int first = s.tokenAt(x.span().start());
    int last = s.tokenAt(Math.max(x.span().start(), x.span().end() - 1));
    if (s.clauseStart[first] != s.clauseStart[t.first]) return false;
    boolean after = first > t.last;
    int from = after ? t.last + 1 : last + 1;
    int to = after ? first : t.first;
    boolean phrase = false;
    for (int k = from; k < to; k++) {
      // "am" is tagged ADP+DET
      String tag = s.tags[k].startsWith("ADP") ? "ADP" : s.tags[k];
      switch (tag) {
        case "ADP" -> phrase = true;
        case "ADV", "PART" -> { }
        case "PUNCT" -> {
          if (!english() && after || !s.words[k].equals(",")) return false;
          phrase = false;
        }
        case "DET", "ADJ", "NOUN", "PROPN", "NUM" -> {
          if (!phrase && english() && after) return false;
        }
        default -> {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether a year stands inside a noun phrase as part of a name or a modifier of another noun than the
   * trigger ("the Alma-Ata 1991 Declaration", "the 1994 ceasefire agreement" for "confirmed"), or after a
   * genitive cue and a noun ("die Erklärung von 1991", "the treaty of 1921"): it dates that thing, not the event.
   */
  private boolean namesAThing(Timex x, Trigger t) {
    if (EventDate.of(x.value()).granularity() != EventDate.Granularity.YEAR) return false;
    int first = s.tokenAt(x.span().start());
    int last = s.tokenAt(x.span().end() - 1);
    // German nouns are capitalised, whatever the tagger says of a compound's head after a hyphen
    if (first >= 2 && is("genitive", first - 1)
        && (s.tags[first - 2].equals("NOUN") || s.tags[first - 2].equals("PROPN")
            || lexicon.verbSecond() && Character.isUpperCase(s.words[first - 2].charAt(0)))
        && !(t.first <= first - 2 && first - 2 <= t.last)) {
      return true;
    }
    if (first == 0 || last + 1 >= s.size() || (t.first <= last + 1 && last + 1 <= t.last)) return false;
    String before = s.tags[first - 1];
    if (!(before.equals("DET") || before.equals("PROPN") || before.equals("ADJ"))) return false;
    // the noun the year modifies, past adjectives ("the 2020 Armenian-Azerbaijani war"); the trigger's own
    // year dates the event ("the 2020 Azerbaijani offensive")
    int end = last + 1;
    int head = -1;
    while (end < s.size() && end <= last + 6) {
      String tag = s.tags[end];
      if (tag.equals("NOUN") || tag.equals("PROPN")) head = end;
      else if (!(tag.equals("ADJ") || tag.equals("PUNCT") && s.lower[end].equals("-"))) break;
      end++;
    }
    if (head < 0) return false;
    return !(t.first <= head && t.last >= last + 1);
  }

  /**
   * Whether a date opens the report's first sentence and is the day of publication ("Sunday, 18 October 2020_Azerbaijan
   * and Armenia announce ..."): the page's date header run into the text, not the time of what follows.
   */
  private boolean dateHeader(Timex x) {
    if (discourse.sentence != 1 || discourse.published.value() == null) return false;
    if (!EventDate.of(x.value()).equals(discourse.published)) return false;
    // only other dates of that day and punctuation before it ("Sunday, 18 October 2020")
    for (int k = 0; k < s.size() && s.tokens[k].start() < x.span().start(); k++) {
      int start = s.tokens[k].start();
      boolean dated = false;
      for (Timex y : dates) {
        if (y.span().start() <= start && start < y.span().end()) {
          dated = EventDate.of(y.value()).equals(discourse.published);
          break;
        }
      }
      if (!dated && s.words[k].chars().anyMatch(Character::isLetterOrDigit)) return false;
    }
    return true;
  }

  /**
   * Whether a date closes a phrase of "since" and a noun ("seit seinem Ausbruch am 27. September", "since the
   * outbreak of fighting on 27 September"): it dates that noun, not a trigger outside the phrase.
   */
  private boolean sinceAThing(Timex x, Trigger t) {
    int first = s.tokenAt(x.span().start());
    boolean noun = false;
    for (int k = first - 1; k >= Math.max(0, first - 8); k--) {
      if (is("since", k)) return noun && !(t.first >= k && t.last < first);
      String tag = s.tags[k];
      if (tag.equals("NOUN")) noun = true;
      else if (!(tag.equals("DET") || tag.equals("PRON") || tag.equals("ADJ") || tag.equals("PROPN") || tag.startsWith("ADP")
          || tag.equals("NUM"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a year stands inside a noun phrase, between its determiner or adjective and its noun ("the 2020
   * Armenian-Azerbaijani war"), or after a noun and a genitive cue ("der Krieg von 2020").
   */
  private boolean attributiveYear(Timex x) {
    if (EventDate.of(x.value()).granularity() != EventDate.Granularity.YEAR) return false;
    int first = s.tokenAt(x.span().start());
    int last = s.tokenAt(x.span().end() - 1);
    if (first >= 2 && is("genitive", first - 1) && (s.tags[first - 2].equals("NOUN") || s.tags[first - 2].equals("PROPN"))) {
      return true;
    }
    if (first == 0 || last + 1 >= s.size()) return false;
    String before = s.tags[first - 1];
    String after = s.tags[last + 1];
    return (before.equals("DET") || before.equals("ADJ") || before.equals("PROPN"))
        && (after.equals("NOUN") || after.equals("PROPN") || after.equals("ADJ"));
  }

  /** Whether a deadline word ("by", "bis") stands right before a date. */
  private boolean deadline(Timex x) {
    return cueRightBefore(x, "deadline");
  }

  /** Whether a cue of the kind ends right before a date ("by" the end of April, "starting from" midnight). */
  private boolean cueRightBefore(Timex x, String kind) {
    int first = s.tokenAt(x.span().start());
    for (int i = Math.max(0, first - 3); i < first; i++) {
      if (s.cueEnd(lexicon, kind, i) == first) return true;
    }
    return false;
  }

  /** Whether a date begins after the day (or month) of publication. */
  private boolean afterPublication(Timex timex) {
    EventDate published = discourse.published;
    if (published.value() == null || published.granularity() == EventDate.Granularity.UNKNOWN) return false;
    org.dossier.calendar.PartialDate when = org.dossier.calendar.PartialDate.parse(EventDate.of(timex.value()).value());
    org.dossier.calendar.PartialDate now = org.dossier.calendar.PartialDate.parse(published.value());
    return when != null && now != null && when.first().isAfter(now.last());
  }

  /** An event's date, and whether the sentence itself establishes it (so that it narrates the paragraph). */
  private record Dated(EventDate date, boolean narrates) {}

  private Dated date(Trigger t, Timex timex, Modality modality, Roles roles) {
    // "agreed to convene a commission by the end of April": the deadline is the commission's, still to come;
    // the agreement was made before it
    if (timex != null && (modality == Modality.ASSERTED || modality == Modality.REPORTED) && deadline(timex)) timex = null;
    // "announce a humanitarian ceasefire, starting from midnight": when the truce begins, not when it was agreed
    if (timex != null && (modality == Modality.ASSERTED || modality == Modality.REPORTED) && cueRightBefore(timex, "onset")) {
      timex = null;
    }
    // "Azerbaijan's offensive last week", "die Einigung auf eine Waffenruhe vergangene Woche": a week dates an event
    // to the day of the one landmark of that week it fits, up to the report's day
    Timex week = timex != null ? timex : weekOf(t);
    if (week != null && (modality == Modality.ASSERTED || modality == Modality.REPORTED)) {
      EventDate landmark = weekLandmark(t, roles, week);
      if (landmark != null) return new Dated(landmark, false);
    }
    // a date that is no day, month or year: "vergangene Woche" in a report without a date, unknown until the report is
    // dated from its content (its shift says how far back it lies), or a framing phrase's own week in a dated one
    if (timex != null && EventDate.of(timex.value()).value() == null) {
      return new Dated(timex.shift() != null ? EventDate.unplaced(timex.shift()) : EventDate.UNKNOWN, false);
    }
    if (timex != null && !(Cameo.root(t.cameo).equals("03") && afterPublication(timex))) {
      // "the ceasefire that stopped the 2020 war": a year that names the event as a thing dates it, but the
      // sentences after it are not told in that year
      return new Dated(EventDate.of(timex.value()), !attributiveYear(timex));
    }
    // an intent stated about a later day ("kündigten Gespräche für Juni an") is stated now: that day is the
    // meeting's, not the intent's
    if (modality != Modality.ASSERTED && modality != Modality.REPORTED) return new Dated(EventDate.UNKNOWN, false);
    EventDate began = ongoingSince(t);
    if (began != null) return new Dated(began, false);
    int cs = s.clauseStart[t.first];
    // "Im Jahr 2022 wurde das Gebiet erobert. Obwohl Paschinjan kürzlich eine Reform forderte": recent, not then
    boolean recently = s.find(lexicon, "recent", cs, s.clauseEnd[t.first]) >= 0;
    if (discourse.narrative != null && !recently) {
      return new Dated(discourse.narrative.from(EventDate.Basis.NARRATIVE), false);
    }
    if (s.find(lexicon, "pluperfect", cs, s.clauseEnd[t.first]) >= 0) {
      // "hatten das Kriegsrecht verhängt": before the report's day, and the one landmark of the last weeks it fits by
      // its specific kind (a code of three digits in common, not the "not specified" 190 of any fighting)
      EventDate landmark = null;
      if (Cameo.specific(t.cameo)) {
        String kind = t.cameo.substring(0, 3);
        landmark = landmark(t, roles, day -> discourse.publishedDay != null && !day.isAfter(discourse.publishedDay)
            && !day.isBefore(discourse.publishedDay.minusDays(PAST_LANDMARK_DAYS)), c -> c.cameo().startsWith(kind));
      }
      return new Dated(landmark != null ? landmark : EventDate.UNKNOWN, false);
    }
    // a sentence that tells of what was said (whether or not this event is the report's) goes on with the paragraph before
    if ((modality == Modality.REPORTED || modality == Modality.ASSERTED && reported()) && discourse.previousNarrative != null
        && !recently) {
      return new Dated(discourse.previousNarrative.from(EventDate.Basis.NARRATIVE), false);
    }
    EventDate landmark = recentLandmark(t, roles);
    if (landmark != null) return new Dated(landmark, true);
    // what the report goes on to tell without a date belongs to the day its lead reports
    // either way the report's own day, which the event happened on or before
    return new Dated((discourse.reportDay != null ? discourse.reportDay : discourse.published).from(EventDate.Basis.PUBLICATION),
        false);
  }

  /**
   * When a state the clause says has lasted a span of time up to the report's day began ("Seit Tagen wird die
   * Verbindung blockiert", "the road has been closed for three days"): the span counted back from the day of
   * publication, at the finest precision that holds every day it can mean. "Seit Tagen" in a report of 16 December
   * 2022 is some day from the 2nd to the 14th: December 2022; "for three days" the 13th; "seit Jahren" no one
   * decade, so unknown. Null where no such span stands in the clause, the clause tells of an earlier time (a
   * pluperfect), or the report's day is not known. A cue of kind {@code ongoing} ("seit") says so in any tense, one
   * of kind {@code ongoing_perfect} ("for") only with a perfect: "fought for three days" says how long, not since when.
   */
  private EventDate ongoingSince(Trigger t) {
    if (spans.isEmpty() || discourse.publishedDay == null) return null;
    int cs = s.clauseStart[t.first];
    int ce = s.clauseEnd[t.first];
    for (Timex x : spans) {
      int k = s.tokenAt(x.span().start());
      if (k < cs || k >= ce) continue;
      boolean since = cueRightBefore(x, "ongoing");
      if (!since && !(cueRightBefore(x, "ongoing_perfect") && s.find(lexicon, "perfect", cs, t.first) >= 0)) continue;
      if (s.find(lexicon, "pluperfect", cs, ce) >= 0) return null;
      return began(x.value(), discourse.publishedDay);
    }
    return null;
  }

  /** A span of days, weeks, months, years, decades or centuries; of more than four digits none that dates a report's events. */
  private static final java.util.regex.Pattern SPAN = java.util.regex.Pattern.compile("P(\\d{1,4}|X)(D|W|M|Y|DE|CE)");

  /**
   * The date a span ends {@code day} began at: an exact one ("P3D") on its day, give or take half a unit beyond
   * days; a vague one ("PXD", days) some two to fourteen days before, weeks two to eight, months two to twelve,
   * years two to thirty. Unknown where that reaches over more than one decade.
   */
  static EventDate began(String span, java.time.LocalDate day) {
    java.util.regex.Matcher m = SPAN.matcher(span);
    if (!m.matches()) return null;
    String unit = m.group(2);
    if (unit.equals("DE") || unit.equals("CE")) return EventDate.UNKNOWN;
    boolean vague = m.group(1).equals("X");
    long n = vague ? 0 : Long.parseLong(m.group(1));
    java.time.LocalDate earliest;
    java.time.LocalDate latest;
    switch (unit) {
      case "D" -> {
        earliest = day.minusDays(vague ? 14 : n);
        latest = day.minusDays(vague ? 2 : n);
      }
      case "W" -> {
        earliest = vague ? day.minusWeeks(8) : day.minusWeeks(n).minusDays(3);
        latest = vague ? day.minusWeeks(2) : day.minusWeeks(n).plusDays(3);
      }
      case "M" -> {
        earliest = vague ? day.minusMonths(12) : day.minusMonths(n).minusDays(15);
        latest = vague ? day.minusMonths(2) : day.minusMonths(n).plusDays(15);
      }
      default -> {
        earliest = vague ? day.minusYears(30) : day.minusYears(n).minusDays(182);
        latest = vague ? day.minusYears(2) : day.minusYears(n).plusDays(182);
      }
    }
    String a = earliest.toString();
    String b = latest.toString();
    if (a.equals(b)) return EventDate.of(a).from(EventDate.Basis.STATED);
    if (a.substring(0, 7).equals(b.substring(0, 7))) return EventDate.of(a.substring(0, 7)).from(EventDate.Basis.STATED);
    if (a.substring(0, 4).equals(b.substring(0, 4))) return EventDate.of(a.substring(0, 4)).from(EventDate.Basis.STATED);
    if (a.substring(0, 3).equals(b.substring(0, 3))) return EventDate.of(a.substring(0, 3)).from(EventDate.Basis.STATED);
    return EventDate.UNKNOWN;
  }

  /**
   * A week ("last week", "vergangene Woche") in the trigger's clause that dates it as a day would, or null: not one
   * that names a thing, closes a phrase of "since", frames the clause, or is a deadline or an onset.
   */
  private Timex weekOf(Trigger t) {
    int cs = s.clauseStart[t.first];
    int ce = s.clauseEnd[t.first];
    for (Timex x : allDates) {
      int k = s.tokenAt(x.span().start());
      if (k < cs || k >= ce || org.dossier.calendar.IsoWeek.monday(x.value()) == null) continue;
      if (namesAThing(x, t) || sinceAThing(x, t) || datesAFrame(x, t) || deadline(x) || cueRightBefore(x, "onset")) continue;
      return x;
    }
    return null;
  }

  /** The day of the one landmark an event fits in the week a date expression names, up to the report's day, or null. */
  private EventDate weekLandmark(Trigger t, Roles roles, Timex week) {
    java.time.LocalDate monday = org.dossier.calendar.IsoWeek.monday(week.value());
    if (monday == null || discourse.publishedDay == null) return null;
    java.time.LocalDate sunday = monday.plusDays(6);
    return landmark(t, roles, day -> !day.isBefore(monday) && !day.isAfter(sunday) && !day.isAfter(discourse.publishedDay),
        c -> true);
  }

  /** Whether a date is the day of publication or the day before. */
  private boolean recent(EventDate date) {
    return date.granularity() == EventDate.Granularity.DAY && discourse.recent(java.time.LocalDate.parse(date.value()));
  }

  /**
   * An undated event of a dated report happened that day or the day before; where the chronology holds one
   * landmark it fits on those two days, that landmark's day says which ("the missile attack on Ganja" in a
   * report of the morning after).
   */
  private EventDate recentLandmark(Trigger t, Roles roles) {
    return landmark(t, roles, discourse::recent, c -> true);
  }

  /** How far back a pluperfect event of a dated report may find the one landmark it fits. */
  private static final int PAST_LANDMARK_DAYS = 31;

  /** The day of the one landmark an event fits among those on the days admitted, or null. */
  private EventDate landmark(Trigger t, Roles roles, java.util.function.Predicate<java.time.LocalDate> days,
      java.util.function.Predicate<org.dossier.pack.ChronologyEntry> kind) {
    if (discourse.publishedDay == null || discourse.landmarks.isEmpty()) return null;
    List<Actor> actors = new ArrayList<>(roles.source);
    actors.addAll(roles.target);
    actors.addAll(roles.mediator);
    var fitting = discourse.landmarks.fitting(t.cameo, actors, roles.location, days);
    return fitting.size() == 1 && kind.test(fitting.get(0))
        ? new EventDate(fitting.get(0).date().toString(), EventDate.Granularity.DAY, EventDate.Basis.LANDMARK) : null;
  }

  // ---- merging

  /**
   * Triggers of one root in one sentence with the same modality are one event ("Gefechte ... getötet"), unless each
   * names a doer and the doers differ.
   */
  private List<Event> merge(List<Event> events) {
    List<Event> merged = new ArrayList<>();
    outer:
    for (Event e : events) {
      for (int i = 0; i < merged.size(); i++) {
        Event m = merged.get(i);
        // "Azerbaijan released 32 prisoners, and Armenia freed two soldiers": two clauses with two doers, two events
        boolean twoDoers = !m.source().isEmpty() && !e.source().isEmpty()
            && java.util.Collections.disjoint(codes(m.source()), codes(e.source()))
            && apart(m.trigger().start(), e.trigger().start());
        if (Cameo.root(m.cameo()).equals(Cameo.root(e.cameo())) && m.modality() == e.modality() && !twoDoers) {
          // the first trigger's roles stand ("shelled X, killing ..." has one doer)
          List<Actor> source = m.source().isEmpty() ? e.source() : m.source();
          List<Actor> target = m.target().isEmpty() ? e.target() : m.target();
          // but a side one trigger has as its object is no doer another reads next to it ("Missiles have destroyed
          // a number of Azerbaijan cities, ... killing and injuring residents")
          if (force(m.cameo()) && codes(source).size() == 1 && codes(source).equals(codes(target))) source = List.of();
          String cameo = m.cameo().length() >= e.cameo().length() ? m.cameo() : e.cameo();
          merged.set(i, new Event(cameo, EventCoder.label(cameo), m.modality(),
              m.date().granularity().ordinal() <= e.date().granularity().ordinal() ? m.date() : e.date(), source, target,
              union(m.mediator(), e.mediator()), m.location() != null ? m.location() : e.location(),
              m.fatalities() != null ? m.fatalities() : e.fatalities(), m.evidence(), m.trigger()));
          continue outer;
        }
      }
      merged.add(e);
    }
    return merged;
  }

  /**
   * Whether two triggers (by character offset) stand in different clauses, or in two conjuncts each with its own
   * subject: a name right after the conjunction ("..., and Armenia freed"; not "shelled Armenian villages and killed").
   */
  private boolean apart(int a, int b) {
    int first = Math.min(s.tokenAt(Math.min(a, b)), s.size() - 1);
    int second = Math.min(s.tokenAt(Math.max(a, b)), s.size() - 1);
    if (s.clauseStart[first] != s.clauseStart[second]) return true;
    for (int k = first + 1; k < second; k++) if (s.tags[k].equals("CCONJ") && nameAfterArticles(k + 1, second)) return true;
    return false;
  }

  private static List<Actor> union(List<Actor> a, List<Actor> b) {
    List<Actor> out = new ArrayList<>(a);
    for (Actor x : b) if (out.stream().noneMatch(y -> y.code().equals(x.code()))) out.add(x);
    return out;
  }
}
