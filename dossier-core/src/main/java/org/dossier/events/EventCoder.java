package org.dossier.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * <p>Only sentences with an actor are read, and only those are tagged for parts of speech; lemmas come from
 * OpenNLP's lemmatiser, so one lexicon entry covers all inflected forms of its word.
 */
public final class EventCoder {
  private final Pack pack;
  private final Map<String, Lexicon> lexicons = new HashMap<>();

  public EventCoder(Pack pack) {
    this.pack = pack;
    for (String language : pack.languages()) lexicons.put(language, new Lexicon(pack.events(), language));
  }

  /** The events stated in a document, in text order. */
  public List<Event> code(Document d, List<Timex> timexes, Entities entities) {
    Lexicon lexicon = lexicons.get(d.language());
    if (lexicon == null || lexicon.isEmpty() || d.sentences().isEmpty()) return List.of();
    Morphology morphology = new Morphology(d.language());
    String text = d.text();
    Discourse discourse = new Discourse(Event.EventDate.of(d.published().value()));
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
    for (Span sentence : d.sentences()) {
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
          && !(discourse.lastSource.size() > 0 && lexicon.opensWithAnaphor(text, tokens.subList(tk, tkEnd)))) {
        continue;
      }
      if (tkEnd - tk < 3 || tkEnd - tk > 150) continue;
      Sentence s = new Sentence(text, sentence, paragraph, tokens.subList(tk, tkEnd), morphology, lexicon);
      for (int i = m; i < mEnd; i++) {
        if (!lexicon.notActor(mentions.get(i).entity())) slot(s, mentions.get(i));
      }
      for (int i = n; i < nEnd; i++) slot(s, nationalities.get(i));
      s.slots.sort((a, b) -> Integer.compare(a.first(), b.first()));
      dropDateline(s);
      int tEnd = t;
      while (tEnd < timexes.size() && timexes.get(tEnd).span().start() < sentence.end()) tEnd++;
      List<Timex> dates = new ArrayList<>();
      for (Timex x : timexes.subList(t, tEnd)) {
        if ((x.type() == TimexType.DATE || x.type() == TimexType.TIME)
            && Event.EventDate.of(x.value()).value() != null) {
          dates.add(x);
        }
      }
      events.addAll(new SentenceCoder(s, lexicon, dates, discourse).code());
    }
    return events;
  }

  /**
   * A dateline ("YEREVAN (AFP) -", "TBILISI/BAKU —", "Baku/Eriwan - ...") names where a report was filed, not
   * a party: places at the start of the sentence, or written in capitals, before an agency in brackets and a
   * dash lose their slots.
   */
  static void dropDateline(Sentence s) {
    for (Sentence.Slot slot : s.slots) {
      if (slot.place() == null || slot.first() > 12) continue;
      if (slot.first() > 0 && !capitals(s, slot.first(), slot.last())) continue;
      int k = slot.last() + 1;
      while (k < s.size() && (s.words[k].equals("/") || s.words[k].equals(",") || capitals(s, k, k) || placeAt(s, k))) k++;
      if (k < s.size() && s.words[k].equals("(")) {
        int close = k + 1;
        while (close < Math.min(s.size(), k + 6) && !s.words[close].equals(")")) close++;
        k = close + 1;
      }
      if (k < s.size() && (s.words[k].equals("-") || s.words[k].equals("–") || s.words[k].equals("—"))) {
        int end = k;
        s.slots.removeIf(x -> x.first() < end);
        return;
      }
    }
  }

  private static boolean capitals(Sentence s, int first, int last) {
    for (int k = first; k <= last; k++) {
      String w = s.words[k];
      if (w.length() < 3 || !w.equals(w.toUpperCase(java.util.Locale.ROOT)) || !w.chars().anyMatch(Character::isLetter)) {
        return false;
      }
    }
    return true;
  }

  private static boolean placeAt(Sentence s, int k) {
    for (Sentence.Slot slot : s.slots) if (slot.place() != null && slot.first() <= k && k <= slot.last()) return true;
    return false;
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
          actor = new Event.Actor(government.id(), government.name(), government.country());
        }
      }
      s.slots.add(new Sentence.Slot(first, last, actor, location, "LOCATION"));
      return;
    }
    if (mention.country() == null) return;
    s.slots.add(new Sentence.Slot(first, last, new Event.Actor(mention.entity(), mention.name(), mention.country()), null,
        mention.type().name()));
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
    int paragraph = -1;
    Event.EventDate narrative;
    Event.EventDate previousNarrative;
    List<Event.Actor> lastSource = List.of();
    List<Event.Actor> conflictSource = List.of();
    List<Event.Actor> conflictTarget = List.of();
    int lastConflictSentence = -10;
    int lastSourceSentence = -10;
    int sentence;

    Discourse(Event.EventDate published) {
      this.published = published;
    }
  }

  static String label(String cameo) {
    String label = Cameo.label(cameo);
    return label != null ? label : cameo;
  }
}
