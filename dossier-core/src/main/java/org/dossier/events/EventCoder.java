package org.dossier.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dossier.entities.Entities;
import org.dossier.entities.Mention;
import org.dossier.entities.Nationality;
import org.dossier.model.Document;
import org.dossier.model.Span;
import org.dossier.pack.Actor;
import org.dossier.pack.Cameo;
import org.dossier.pack.EntityType;
import org.dossier.pack.Pack;
import org.dossier.pack.Place;
import org.dossier.text.Morphology;
import org.dossier.time.Timex;
import org.dossier.time.TimexType;

/**
 * The event stage: codes each sentence that names an actor into CAMEO events with their actors, date,
 * place, death toll and modality, from the pack's event lexicon and cues (see docs/EVENTS.md).
 *
 * <p>Only sentences with an actor are read, and only those that can hold a trigger ({@link TriggerWords}) are
 * tagged for parts of speech; lemmas come from OpenNLP's lemmatiser, so one lexicon entry covers all inflected
 * forms of its word.
 */
public final class EventCoder {
  private final Pack pack;
  private final Map<String, Lexicon> lexicons = new HashMap<>();
  private final Map<String, TriggerWords> triggerWords = new HashMap<>();
  private final Landmarks landmarks;

  public EventCoder(Pack pack) {
    this.pack = pack;
    this.landmarks = new Landmarks(pack.chronology());
    for (String language : pack.languages()) {
      Lexicon lexicon = new Lexicon(pack.events(), language);
      lexicons.put(language, lexicon);
      triggerWords.put(language, new TriggerWords(lexicon));
    }
  }

  private EventCoder(EventCoder coder, Landmarks landmarks) {
    this.pack = coder.pack;
    this.landmarks = landmarks;
    this.lexicons.putAll(coder.lexicons);
    this.triggerWords.putAll(coder.triggerWords);
  }

  /** This coder with more landmarks to date events by: the events other reports of a story date. */
  public EventCoder withLandmarks(List<org.dossier.pack.ChronologyEntry> more) {
    return more.isEmpty() ? this : new EventCoder(this, landmarks.with(more));
  }

  /** The events stated in a document, in text order. */
  public List<Event> code(Document d, List<Timex> timexes, Entities entities) {
    Lexicon lexicon = lexicons.get(d.language());
    if (lexicon == null || lexicon.isEmpty() || d.sentences().isEmpty()) return List.of();
    Morphology morphology = new Morphology(d.language());
    TriggerWords triggerWords = this.triggerWords.get(d.language());
    String text = d.text();
    Discourse discourse = new Discourse(Event.EventDate.of(d.published().value()), landmarks, this::holder,
        this::adversaries, pack.adversaryRoots(), pack.partyCodes());
    List<Event> events = new ArrayList<>();
    List<Mention> mentions = entities.mentions();
    List<Nationality> nationalities = entities.nationalities();
    int m = 0;
    int n = 0;
    int t = 0;
    int tk = 0;
    int paragraph = 0;
    int paragraphScan = 0;
    List<Span> tokens = d.tokens();
    for (Span sentence : joined(d.sentences(), timexes, text)) {
      discourse.read++;
      while (m < mentions.size() && mentions.get(m).start() < sentence.start()) m++;
      while (n < nationalities.size() && nationalities.get(n).start() < sentence.start()) n++;
      while (t < timexes.size() && timexes.get(t).span().start() < sentence.start()) t++;
      while (tk < tokens.size() && tokens.get(tk).start() < sentence.start()) tk++;
      int paragraphBreak = text.indexOf("\n\n", paragraphScan);
      while (paragraphBreak >= 0 && paragraphBreak < sentence.start()) {
        paragraph++;
        paragraphScan = paragraphBreak + 2;
        paragraphBreak = text.indexOf("\n\n", paragraphScan);
      }
      int mEnd = m;
      while (mEnd < mentions.size() && mentions.get(mEnd).start() < sentence.end()) mEnd++;
      int nEnd = n;
      while (nEnd < nationalities.size() && nationalities.get(nEnd).start() < sentence.end()) nEnd++;
      int tkEnd = tk;
      while (tkEnd < tokens.size() && tokens.get(tkEnd).end() <= sentence.end()) tkEnd++;
      // "They also agreed to ...": a sentence opening with a pronoun continues the last source's story
      if (mEnd == m && nEnd == n && !lexicon.mentionsDeaths(text, tokens.subList(tk, tkEnd))
          && !(discourse.lastSource.size() > 0 && lexicon.opensWithAnaphor(text, tokens.subList(tk, tkEnd)))
          && !(discourse.lastPlace != null && lexicon.pointsToPlace(text, tokens.subList(tk, tkEnd)))
          && !(discourse.pair() != null && lexicon.holds("pair", text, tokens.subList(tk, tkEnd)))) {
        continue;
      }
      if (tkEnd - tk < 3 || tkEnd - tk > 150) continue;
      int tEnd = t;
      while (tEnd < timexes.size() && timexes.get(tEnd).span().start() < sentence.end()) tEnd++;
      List<Span> times = new ArrayList<>(tEnd - t);
      for (Timex x : timexes.subList(t, tEnd)) times.add(x.span());
      Sentence s = new Sentence(text, sentence, paragraph, tokens.subList(tk, tkEnd), morphology, lexicon, triggerWords,
          times);
      for (int i = m; i < mEnd; i++) {
        if (!lexicon.notActor(mentions.get(i).entity()) && !namesInstrument(s, lexicon, mentions.get(i))) slot(s, mentions.get(i));
      }
      for (int i = n; i < nEnd; i++) slot(s, nationalities.get(i));
      pairSlots(s, lexicon, discourse.pair());
      s.slots.sort((a, b) -> Integer.compare(a.first(), b.first()));
      dateline(s);
      List<Timex> dates = new ArrayList<>();
      List<Timex> allDates = new ArrayList<>();
      List<Timex> spans = new ArrayList<>();
      for (Timex x : timexes.subList(t, tEnd)) {
        if (x.type() == TimexType.DURATION && x.value() != null) spans.add(x);
        if (x.type() != TimexType.DATE && x.type() != TimexType.TIME) continue;
        allDates.add(x);
        if (Event.EventDate.of(x.value()).value() != null || x.shift() != null) dates.add(x);
      }
      List<Event> coded = likewise(s, lexicon, new SentenceCoder(s, lexicon, dates, allDates, spans, discourse).code(), discourse);
      events.addAll(coded);
      rememberPair(discourse, coded);
      if (!coded.isEmpty()) {
        discourse.lastEvents = coded;
        discourse.lastEventsSentence = discourse.sentence;
      }
    }
    return events;
  }

  /**
   * "wenige Minuten nach einer ähnlichen Ankündigung von Nagorno Karabakh", "Karabakh followed suit": the side named
   * there did what the sentence's doers did (cue kind {@code likewise}, the side after "by" / "von" or right before
   * the phrase), or what the sentence before told of, when no earlier clause of its own did (cue kind
   * {@code follow_suit}, the side its subject). Each act it did the same as is also its own, on the same day.
   */
  private List<Event> likewise(Sentence s, Lexicon lexicon, List<Event> coded, Discourse discourse) {
    List<Event> out = null;
    for (String kind : List.of("likewise", "follow_suit")) {
      // nothing to do the same as
      if (coded.isEmpty() && (kind.equals("likewise") || discourse.sentence - discourse.lastEventsSentence > 1)) continue;
      int k = s.find(lexicon, kind, 0, s.size());
      if (k < 0) continue;
      int end = s.cueEnd(lexicon, kind, k);
      Event.Actor side = kind.equals("likewise") ? similarsDoer(s, lexicon, k, end, discourse) : subjectBefore(s, k, discourse);
      if (side == null) continue;
      // "without a similar move by Karabakh", "Baku has not followed suit", "would follow suit": no act of its own
      int before = kind.equals("likewise") ? Math.max(0, k - 3) : subjectEnd(s, k);
      if (Stream.of("negation", "hypothetical", "conditional", "future", "planned")
          .anyMatch(doubt -> s.find(lexicon, doubt, before, k) >= 0)) {
        continue;
      }
      int from = s.tokens[k].start();
      int to = s.tokens[end - 1].end();
      List<Event> model = new ArrayList<>();
      for (Event e : coded) if (e.trigger().end() <= from || e.trigger().start() >= to) model.add(e);
      if (kind.equals("follow_suit") && model.stream().noneMatch(e -> e.trigger().end() <= from)) {
        model = discourse.sentence - discourse.lastEventsSentence <= 1 ? discourse.lastEvents : List.of();
      }
      for (Event e : model) {
        Event copy = sameBy(e, side, s, new Span(from, to), discourse);
        if (copy == null) continue;
        if (out == null) out = new ArrayList<>(coded);
        if (out.stream().noneMatch(o -> o.cameo().equals(copy.cameo()) && o.source().equals(copy.source()))) out.add(copy);
      }
    }
    return out == null ? coded : out;
  }

  /**
   * The side a phrase of likeness names: "a similar move by Karabakh", "einer ähnlichen Ankündigung von Nagorno
   * Karabakh (Artsakh)", "Karabakh's similar decision"; a place that acts is the side that held it on the day.
   */
  private static Event.Actor similarsDoer(Sentence s, Lexicon lexicon, int k, int end, Discourse discourse) {
    for (int j = end; j < Math.min(end + 3, s.size()); j++) {
      int agentEnd = s.cueEnd(lexicon, "agent", j);
      if (agentEnd <= j) continue;
      for (Sentence.Slot slot : s.slots) {
        if (slot.first() >= agentEnd && slot.first() <= agentEnd + 1) return side(s, slot, discourse);
      }
      return null;
    }
    for (Sentence.Slot slot : s.slots) {
      // "Karabakh's similar decision"; "einer ähnlichen Ankündigung Bergkarabachs"
      // the possessive's own token: "'s" (PART), or the apostrophe of a plural ("the authorities' similar decision")
      boolean possessive = slot.last() == k - 2
          && (s.tags[k - 1].equals("PART") || s.words[k - 1].equals("'") || s.words[k - 1].equals("’"));
      if (slot.last() == k - 1 || possessive || slot.first() == end) return side(s, slot, discourse);
    }
    return null;
  }

  /** The nearest side named before a token, as the subject of "followed suit". */
  private static Event.Actor subjectBefore(Sentence s, int k, Discourse discourse) {
    Sentence.Slot subject = null;
    for (Sentence.Slot slot : s.slots) if (slot.last() < k && slot.first() > (subject == null ? -1 : subject.last())) subject = slot;
    return subject == null ? null : side(s, subject, discourse);
  }

  /**
   * The side a slot names as a doer: its actor; for a place, the side its name in parentheses names ("Nagorno
   * Karabakh (Artsakh)"), else the side that held it on the day of publication; null for none.
   */
  private static Event.Actor side(Sentence s, Sentence.Slot slot, Discourse discourse) {
    if (slot.actor() != null) return slot.actor().code() != null ? slot.actor() : null;
    int open = slot.last() + 1;
    if (open + 1 < s.size() && s.words[open].equals("(")) {
      for (Sentence.Slot apposition : s.slots) {
        if (apposition.first() == open + 1 && apposition.actor() != null && apposition.actor().code() != null) {
          return apposition.actor();
        }
      }
    }
    if (slot.place() == null || discourse.publishedDay == null) return null;
    return discourse.holders.apply(slot.place().entity(), discourse.publishedDay);
  }

  /** The token after the last slot before a token: where the subject of "followed suit" ends. */
  private static int subjectEnd(Sentence s, int k) {
    int end = 0;
    for (Sentence.Slot slot : s.slots) if (slot.last() < k) end = Math.max(end, slot.last() + 1);
    return end;
  }

  /**
   * The act another side did the same as, by this side: what it did to itself (martial law) it does to itself; where
   * the act was aimed at this side, it is aimed back at the doer; an adversary the pack inferred is this side's own.
   */
  private static Event sameBy(Event e, Event.Actor side, Sentence s, Span trigger, Discourse discourse) {
    if (!e.happened() || e.source().isEmpty() || e.source().stream().anyMatch(a -> side.code().equals(a.code()))) return null;
    Set<String> doers = SentenceCoder.codes(e.source());
    List<Event.Actor> target = new ArrayList<>();
    if (!e.target().isEmpty() && SentenceCoder.codes(e.target()).equals(doers)) {
      target.add(side);
    } else if (!e.target().isEmpty() && e.target().stream().allMatch(a -> "adversary".equals(a.inferred()))) {
      java.time.LocalDate day = SentenceCoder.firstDay(e.date().value());
      List<Event.Actor> adversaries = discourse.adversaries.apply(Set.of(side.code()), day != null ? day : discourse.publishedDay);
      if (adversaries.size() == 1) target.add(adversaries.get(0).inferredAs("adversary"));
    } else {
      for (Event.Actor a : e.target()) {
        if (!side.code().equals(a.code())) target.add(a);
        else for (Event.Actor doer : e.source()) if (!target.contains(doer)) target.add(doer);
      }
    }
    return new Event(e.cameo(), e.label(), e.modality(), e.date(), List.of(side), target, e.mediator(), e.location(), null,
        s.span, trigger);
  }

  /** How many coded sentences after the last naming them "the two sides" still means the same two. */
  static final int PAIR_REACH = 8;

  /**
   * The two sides of the last event whose named doers and targets are exactly two, when they are at war with each
   * other on its day (the pack's adversaries): "the two sides", "die Konfliktparteien" are the parties to the conflict.
   */
  private static void rememberPair(Discourse discourse, List<Event> coded) {
    for (Event e : coded) {
      Map<String, Event.Actor> sides = new java.util.LinkedHashMap<>();
      for (List<Event.Actor> role : List.of(e.source(), e.target())) {
        for (Event.Actor a : role) if (a.named() && a.code() != null) sides.putIfAbsent(a.code(), a);
      }
      if (sides.size() != 2) continue;
      java.time.LocalDate day = SentenceCoder.firstDay(e.date().value());
      if (day == null) day = discourse.publishedDay;
      if (day == null) continue;
      List<String> codes = List.copyOf(sides.keySet());
      boolean atWar = discourse.adversaries.apply(Set.of(codes.get(0)), day).stream()
          .anyMatch(a -> codes.get(1).equals(a.code()));
      // the last two told of are "the two sides"; two not at war ("Russia called Turkey") are none the pack can name
      discourse.lastPair = atWar ? List.copyOf(sides.values()) : null;
      discourse.lastPairSentence = discourse.sentence;
    }
  }

  /**
   * "The two sides", "beide Seiten": slots for both sides the report told of last, where no name stands already and
   * the sentence has not named two sides of its own before ("Lawrow und sein türkischer Kollege ... die
   * Bereitschaft beider Länder" are Russia and Turkey).
   */
  private static void pairSlots(Sentence s, Lexicon lexicon, List<Event.Actor> pair) {
    if (pair == null) return;
    for (int k = 0; k < s.size(); k++) {
      int end = s.cueEnd(lexicon, "pair", k);
      if (end <= k) continue;
      int first = k;
      boolean named = s.slots.stream().anyMatch(slot -> slot.last() >= first && slot.first() < end);
      long before = s.slots.stream().filter(slot -> slot.last() < first && slot.actor() != null && slot.actor().code() != null)
          .map(slot -> slot.actor().code()).distinct().count();
      if (!named && before < 2) for (Event.Actor side : pair) s.slots.add(new Sentence.Slot(k, end - 1, side, null, "GROUP"));
      k = end - 1;
    }
  }

  /**
   * Sentences joined where a date expression runs across their boundary: the sentence detector ends a sentence at
   * the ordinal dot of "am Sonntag, dem 27. September, ... beschlossen", which the temporal stage reads as one date.
   */
  static List<Span> joined(List<Span> sentences, List<Timex> timexes, String text) {
    List<Span> out = new ArrayList<>(sentences.size());
    int t = 0;
    for (Span s : sentences) {
      if (!out.isEmpty()) {
        Span last = out.get(out.size() - 1);
        while (t < timexes.size() && timexes.get(t).span().end() <= last.end()) t++;
        boolean across = false;
        for (int k = t; k < timexes.size() && timexes.get(k).span().start() < last.end(); k++) {
          if (timexes.get(k).span().end() > s.start()) across = true;
        }
        if (across && !text.substring(last.end(), s.start()).contains("\n\n")) {
          out.set(out.size() - 1, new Span(last.start(), s.end()));
          continue;
        }
      }
      out.add(s);
    }
    return out;
  }

  /**
   * Drops the places and agencies of a dateline ("Eriwan (AFP) -", "BAKU/YEREVAN, Nov 12 (Reuters) -"): where the report
   * was filed and who filed it are not participants. Only places and parenthesised credits make a dateline, so a
   * subject set off by a dash ("Russland – ...") stays.
   */
  private static void dateline(Sentence s) {
    int end = s.dateline();
    if (end <= 0) return;
    for (Sentence.Slot slot : s.slots) {
      if (slot.first() >= end) break;
      boolean credit = slot.first() > 0 && s.words[slot.first() - 1].equals("(");
      if (!slot.type().equals("LOCATION") && !credit) return;
    }
    s.slots.removeIf(slot -> slot.first() < end);
  }

  private void slot(Sentence s, Mention mention) {
    int first = s.tokenAt(mention.start());
    int last = Math.max(first, s.tokenAt(mention.end() - 1));
    if (first >= s.size()) return;
    if (mention.type() == EntityType.LOCATION) {
      Place place = pack.places().get(mention.entity());
      Event.Location location = new Event.Location(mention.entity(), mention.name(),
          place != null ? place.country() : mention.country());
      Event.Actor actor = null;
      if (mention.actsFor() != null) {
        Actor government = pack.actors().get(mention.actsFor());
        if (government != null && government.country() != null) {
          actor = actor(government);
        }
      }
      s.slots.add(new Sentence.Slot(first, last, actor, location, "LOCATION"));
      return;
    }
    // "ethnic Armenians": a group the pack says stands for a side in this conflict is that side
    Actor side = mention.actsFor() == null ? null : pack.actors().get(mention.actsFor());
    if (side != null && side.country() != null) {
      s.slots.add(new Sentence.Slot(first, last, actor(side), null, side.type().name()));
      return;
    }
    if (mention.country() == null) return;
    s.slots.add(new Sentence.Slot(first, last, new Event.Actor(mention.entity(), mention.name(), mention.country()), null,
        mention.type().name()));
  }

  /**
   * Whether a mention names the body a text is named after, where the text is an object ("committed to the Charter of
   * the United Nations", "recognise the UN Charter", "für die UN-Charta"; cue kind {@code instrument}): a commitment
   * to the charter is none to the United Nations. Where the text is the subject ("UN resolutions demand ..."), the
   * body speaks through it, and stays.
   */
  private static boolean namesInstrument(Sentence s, Lexicon lexicon, Mention mention) {
    if (lexicon.cues("instrument").isEmpty()) return false;
    int first = s.tokenAt(mention.start());
    int last = Math.max(first, s.tokenAt(mention.end() - 1));
    if (first >= s.size()) return false;
    int phrase = -1;
    // "UN Charter", "UN Security Council resolutions"
    if (last + 1 < s.size() && instrument(lexicon, s.lower[last + 1], s.lemmas[last + 1])) phrase = first;
    // "UN-Charta"
    if (last + 2 < s.size() && s.lower[last + 1].equals("-") && instrument(lexicon, s.lower[last + 2], s.lemmas[last + 2])) {
      phrase = first;
    }
    // "the Charter of the United Nations", "Resolutionen des UN-Sicherheitsrates": the text, "of", an article
    int k = first - 1;
    while (k >= 0 && first - k <= 3 && (s.tags[k].equals("DET") || s.cueEnd(lexicon, "genitive", k) == k + 1)) k--;
    if (phrase < 0 && k >= 0 && k < first - 1 && instrument(lexicon, s.lower[k], s.lemmas[k])) phrase = k;
    if (phrase < 0) return false;
    // what governs the phrase: a preposition or a verb makes it an object
    int before = phrase - 1;
    while (before >= 0 && (s.tags[before].equals("DET") || s.tags[before].equals("NUM") || s.tags[before].equals("ADJ")
        || s.tags[before].equals("PRON"))) {
      before--;
    }
    return before >= 0 && (s.tags[before].startsWith("ADP") || s.verb(before));
  }

  /** Whether a word is one of the pack's instruments, capitalised or not ("the Charter", "die Charta"). */
  private static boolean instrument(Lexicon lexicon, String lower, String lemma) {
    for (String[] cue : lexicon.cues("instrument")) {
      if (cue.length == 1 && (cue[0].equals(lower) || cue[0].equals(lemma))) return true;
    }
    return false;
  }

  private void slot(Sentence s, Nationality nationality) {
    int first = s.tokenAt(nationality.start());
    if (first >= s.size() || nationality.code() == null) return;
    String name = pack.nameOf(nationality.country());
    s.slots.add(new Sentence.Slot(first, first,
        new Event.Actor(nationality.country(), name != null ? name : nationality.country(), nationality.code()), null,
        "NATIONALITY"));
  }

  /** What earlier sentences leave to later ones: the narrative's date per paragraph, the last source. */
  static final class Discourse {
    final Event.EventDate published;
    /** The day of publication, when the report has one. */
    final java.time.LocalDate publishedDay;
    final Landmarks landmarks;
    /** Who held a place in fact on a day (the pack's control.tsv), or null. */
    final java.util.function.BiFunction<String, java.time.LocalDate, Event.Actor> holders;
    /** Whom the sides of these codes were at war with on a day (the pack's adversaries.tsv). */
    final java.util.function.BiFunction<Set<String>, java.time.LocalDate, List<Event.Actor>> adversaries;
    /** The CAMEO roots of acts whose target, when the text names none, is the doer's adversary. */
    final Set<String> adversaryRoots;
    /** The CAMEO codes of calls to the sides of a war, whose target, when the text names none, is the two sides. */
    final Set<String> partyCodes;
    /** The day the lead reports, when it is the day of publication or the one before: the report's own day. */
    Event.EventDate reportDay;
    int paragraph = -1;
    Event.EventDate narrative;
    Event.EventDate previousNarrative;
    List<Event.Actor> lastSource = List.of();
    /** The events of the last sentence that told of any, for "X followed suit"; the coded sentence that told them. */
    List<Event> lastEvents = List.of();
    int lastEventsSentence = -10;
    /** The two sides of the last event between exactly two, for "the two sides"; the coded sentence that told it. */
    List<Event.Actor> lastPair;
    int lastPairSentence = -100;
    /** The last person a sentence named outside a prepositional phrase, for "he" and "she". */
    List<Event.Actor> lastPerson = List.of();
    int lastPersonSentence = -10;
    /** The code of the last agreement the report told of that is an event of its own (a truce, a treaty). */
    String lastAgreement;
    List<Event.Actor> conflictSource = List.of();
    List<Event.Actor> conflictTarget = List.of();
    int lastConflictSentence = -10;
    int lastSourceSentence = -10;
    /**
     * Who last made a claim: the reporter of a reported event, or an accuser; for a denial that names no one. Found
     * only when a denial asks, as finding a reporter costs more than most sentences need.
     */
    java.util.function.Supplier<List<Event.Actor>> lastClaimant = List::of;
    int lastClaimSentence = -10;
    /** The first place the last sentence naming one named (not one fled or fired from), for "here"; where it stands. */
    Event.Location lastPlace;
    int lastPlaceRead = -10;
    int lastPlaceParagraph = -1;
    /** Coded sentences, and all sentences read (those without names too), counted from 1. */
    int sentence;
    int read;

    Discourse(Event.EventDate published, Landmarks landmarks,
        java.util.function.BiFunction<String, java.time.LocalDate, Event.Actor> holders,
        java.util.function.BiFunction<Set<String>, java.time.LocalDate, List<Event.Actor>> adversaries,
        Set<String> adversaryRoots, Set<String> partyCodes) {
      this.published = published;
      this.landmarks = landmarks;
      this.holders = holders;
      this.adversaries = adversaries;
      this.adversaryRoots = adversaryRoots;
      this.partyCodes = partyCodes;
      this.publishedDay = published.granularity() == Event.EventDate.Granularity.DAY
          ? java.time.LocalDate.parse(published.value()) : null;
    }

    /** The two sides the report told of last, while they are still near enough to be "the two sides"; else null. */
    List<Event.Actor> pair() {
      return sentence - lastPairSentence <= PAIR_REACH ? lastPair : null;
    }

    /** Whether a day is the day of publication or the one before. */
    boolean recent(java.time.LocalDate day) {
      return publishedDay != null && (day.equals(publishedDay) || day.equals(publishedDay.minusDays(1)));
    }
  }

  private Event.Actor holder(String place, java.time.LocalDate day) {
    Actor holder = pack.holder(place, day);
    return holder == null ? null : actor(holder);
  }

  private List<Event.Actor> adversaries(Set<String> codes, java.time.LocalDate day) {
    return pack.adversaries(codes, day).stream().map(EventCoder::actor).toList();
  }

  /** A pack's actor as an event's, acting for its country. */
  private static Event.Actor actor(Actor a) {
    return new Event.Actor(a.id(), a.name(), a.country());
  }

  static String label(String cameo) {
    String label = Cameo.label(cameo);
    return label != null ? label : cameo;
  }
}
