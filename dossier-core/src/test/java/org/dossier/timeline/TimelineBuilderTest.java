package org.dossier.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dossier.events.Event;
import org.dossier.events.Event.Actor;
import org.dossier.events.Event.EventDate;
import org.dossier.model.Span;
import org.dossier.pack.Cameo;
import org.junit.jupiter.api.Test;

class TimelineBuilderTest {
  private static final Actor ARM = new Actor("armenia", "Armenia", "ARM");
  private static final Actor AZE = new Actor("azerbaijan", "Azerbaijan", "AZE");
  private static final Actor RUS = new Actor("russia", "Russia", "RUS");
  private static final Event.Location MOSCOW = new Event.Location("moscow", "Moscow", "RUS");
  private static final Event.Location GANJA = new Event.Location("ganja", "Ganja", "AZE");
  private static final Event.Location STEPANAKERT = new Event.Location("stepanakert", "Stepanakert", "AZE");

  private final List<EventMention> mentions = new ArrayList<>();

  private void mention(int doc, String language, String cameo, String date, List<Actor> source, List<Actor> target,
      Event.Location location, Long killed, Event.Modality modality) {
    Event.Fatalities f = killed == null ? null : new Event.Fatalities(killed, Event.Fatalities.Qualifier.EXACT);
    Event e = new Event(cameo, Cameo.label(cameo), modality, EventDate.of(date), source, target, List.of(), location, f,
        new Span(0, 1), new Span(0, 1));
    mentions.add(new EventMention("d" + doc + "-e" + mentions.size(), doc, language, e));
  }

  private void mention(int doc, String language, String cameo, String date, List<Actor> source, List<Actor> target,
      Event.Location location) {
    mention(doc, language, cameo, date, source, target, location, null, Event.Modality.ASSERTED);
  }

  /** The mention at {@code i} with its date read from its report's day of publication. */
  private void datedByPublication(int i) {
    EventMention m = mentions.get(i);
    Event e = m.event();
    mentions.set(i, new EventMention(m.id(), m.doc(), m.language(), new Event(e.cameo(), e.label(), e.modality(),
        e.date().from(EventDate.Basis.PUBLICATION), e.source(), e.target(), e.mediator(), e.location(), e.fatalities(),
        e.evidence(), e.trigger())));
  }

  private TimelineBuilder.Result build(int... storyOf) {
    return TimelineBuilder.build(mentions, storyOf, i -> "doc" + i);
  }

  @Test
  void aTargetThePackInfersLinksNoMentionsAndIsNamedOnceAReportNamesIt() {
    Actor nkr = new Actor("republic-of-artsakh", "Republic of Artsakh", "NKR");
    Actor inferredAze = new Actor("azerbaijan", "Azerbaijan", "AZE", "adversary");
    // two sides mobilising the same day against the same inferred adversary: two events
    mention(0, "en", "154", "2020-09-27", List.of(ARM), List.of(inferredAze), null);
    mention(1, "de", "154", "2020-09-27", List.of(nkr), List.of(inferredAze), null);
    // a report that names the target: one event with the first, whose target is then named
    mention(2, "de", "154", "2020-09-27", List.of(ARM), List.of(AZE), null);
    TimelineBuilder.Result r = build(0, 1, 2);
    assertThat(r.entryOf()).containsExactly(0, 1, 0);
    assertThat(r.entries().get(0).target()).containsExactly(AZE);
    assertThat(r.entries().get(1).target()).containsExactly(inferredAze);
    // nor does an inferred target make a report's doer its victim's: no conflict over who acted against whom
    mention(3, "en", "194", "2020-10-04", List.of(ARM), List.of(inferredAze), null);
    mention(4, "de", "194", "2020-10-04", List.of(AZE), List.of(ARM), null);
    assertThat(build(0, 1, 2, 3, 3).entries().get(2).conflicts()).isEmpty();
  }

  @Test
  void theMoscowTalksInGermanAndEnglishAreOneEntryAndTheirCeasefireAnother() {
    mention(0, "de", "043", "2020-10-09", List.of(ARM, AZE), List.of(RUS), MOSCOW);
    mention(1, "en", "046", "2020-10-09", List.of(AZE), List.of(ARM), MOSCOW);
    mention(0, "de", "0871", "2020-10-10", List.of(ARM, AZE), List.of(), null);
    mention(1, "en", "0871", "2020-10-10", List.of(ARM, AZE), List.of(), MOSCOW);
    TimelineBuilder.Result r = build(0, 0);
    assertThat(r.entries()).hasSize(2);
    assertThat(r.entryOf()).containsExactly(0, 0, 1, 1);
    TimelineEntry talks = r.entries().get(0);
    assertThat(talks.docs()).containsExactly(0, 1);
    assertThat(talks.languages()).containsExactly("de", "en");
    assertThat(talks.date().value()).isEqualTo("2020-10-09");
    assertThat(talks.conflicts()).isEmpty();
    assertThat(r.entries().get(1).location()).isEqualTo(MOSCOW);
  }

  @Test
  void aReportDatingAnEventByItsOwnDayJoinsItsStorysEventOfTheWeekBefore() {
    // an English report of the day names it; a German one three days later dates it only by its publication
    mention(0, "en", "192", "2021-05-12", List.of(AZE), List.of(ARM), null);
    mention(1, "de", "190", "2021-05-16", List.of(AZE), List.of(ARM), null);
    EventMention stated = mentions.get(1);
    datedByPublication(1);
    TimelineBuilder.Result r = build(0, 0);
    assertThat(r.entries()).hasSize(1);
    assertThat(r.entries().get(0).date().value()).isEqualTo("2021-05-12");
    // the day of publication is a bound, not a date the sources disagree on
    assertThat(r.entries().get(0).conflicts()).isEmpty();
    // in another story, or stated by the text itself, four days apart are two events
    assertThat(build(0, 1).entries()).hasSize(2);
    mentions.set(1, stated);
    assertThat(build(0, 0).entries()).hasSize(2);
  }

  @Test
  void aPublicationDayReachesOneWeekBackAndNeverForward() {
    mention(0, "en", "192", "2021-05-12", List.of(AZE), List.of(ARM), null);
    mention(1, "de", "190", "2021-05-20", List.of(AZE), List.of(ARM), null);
    mention(2, "de", "190", "2021-05-10", List.of(AZE), List.of(ARM), null);
    datedByPublication(1);
    datedByPublication(2);
    // eight days after, and two days before, the stated day
    assertThat(build(0, 0, 0).entries()).hasSize(3);
  }

  @Test
  void aBlockadeOneReportCodes144AndAnother191IsOneEntry() {
    Actor nkr = new Actor("republic-of-artsakh", "Republic of Artsakh", "NKR");
    // protesters blocking the road (144), a blockade imposed (191): one act, as the two reports credit it
    mention(0, "en", "144", "2022-12-12", List.of(AZE), List.of(nkr), null);
    mention(1, "de", "191", "2022-12-12", List.of(AZE), List.of(nkr), null);
    mention(1, "de", "190", "2022-12-12", List.of(AZE), List.of(nkr), null);
    TimelineBuilder.Result r = build(0, 1);
    assertThat(r.entryOf()).containsExactly(0, 0, 1);
    assertThat(r.entries().get(0).languages()).containsExactly("de", "en");
    // the month of a report of the blockade joins its story's day
    mentions.clear();
    mention(0, "en", "144", "2022-12-12", List.of(AZE), List.of(nkr), null);
    mention(1, "de", "191", "2022-12", List.of(AZE), List.of(nkr), null);
    assertThat(build(0, 0).entries()).hasSize(1);
  }

  @Test
  void differentPlacesOrNoActorInCommonAreDifferentEvents() {
    mention(0, "en", "190", "2020-10-17", List.of(ARM), List.of(AZE), GANJA);
    mention(1, "de", "190", "2020-10-17", List.of(AZE), List.of(ARM), STEPANAKERT);
    mention(2, "en", "043", "2020-10-17", List.of(RUS), List.of(), null);
    mention(3, "en", "043", "2020-10-17", List.of(AZE), List.of(), null);
    assertThat(build(0, 1, 2, 3).entries()).hasSize(4);
  }

  @Test
  void aMonthJoinsTheOneDayOfItsStoryItCanMeanButNotOneOfTwo() {
    mention(0, "en", "190", "2020-10-11", List.of(ARM), List.of(AZE), GANJA);
    mention(1, "de", "190", "2020-10", List.of(ARM), List.of(AZE), GANJA);
    assertThat(build(0, 0).entries()).hasSize(1);
    // in another story, "in October" says too little to be that day's strike
    assertThat(build(0, 1).entries()).hasSize(2);

    mentions.clear();
    mention(0, "en", "190", "2020-10-11", List.of(ARM), List.of(AZE), GANJA);
    mention(1, "en", "190", "2020-10-17", List.of(ARM), List.of(AZE), GANJA);
    mention(2, "de", "190", "2020-10", List.of(ARM), List.of(AZE), GANJA);
    mention(3, "en", "190", "2020-10", List.of(AZE), List.of(ARM), null);
    TimelineBuilder.Result r = build(0, 0, 0, 1);
    // two October entries in its story: the month opens an entry of its own, which the next month joins
    assertThat(r.entries()).hasSize(3);
    assertThat(r.entries().get(2).date().granularity()).isEqualTo(EventDate.Granularity.MONTH);
    assertThat(r.entryOf()[3]).isEqualTo(2);
  }

  @Test
  void theWarOfTheNinetiesMentionedIn2020AndIn2024IsOneEntry() {
    mention(0, "en", "190", "199", List.of(ARM, AZE), List.of(), null);
    mention(1, "de", "190", "199", List.of(AZE), List.of(ARM), null);
    TimelineBuilder.Result r = build(0, 1);
    assertThat(r.entries()).hasSize(1);
    assertThat(r.entries().get(0).date().granularity()).isEqualTo(EventDate.Granularity.DECADE);
  }

  @Test
  void disagreementsOnTollDayAndAttackerAreKeptWithTheDocumentsOnEachSide() {
    mention(0, "en", "195", "2020-10-17", List.of(ARM), List.of(AZE), GANJA, 12L, Event.Modality.ASSERTED);
    mention(1, "de", "195", "2020-10-16", List.of(AZE), List.of(ARM), GANJA, 13L, Event.Modality.REPORTED);
    mention(2, "en", "195", "2020-10-17", List.of(ARM), List.of(AZE), GANJA, 12L, Event.Modality.ASSERTED);
    TimelineBuilder.Result r = build(0, 0, 0);
    assertThat(r.entries()).hasSize(1);
    TimelineEntry e = r.entries().get(0);
    assertThat(e.fatalities()).isEqualTo(new TimelineEntry.Range(12, 13));
    assertThat(e.date().value()).isEqualTo("2020-10-17");
    assertThat(e.conflicts()).containsExactly(
        "date: 2020-10-16 (doc1) vs 2020-10-17 (doc0, doc2)",
        "fatalities: 12 (doc0, doc2) vs 13 (doc1)",
        "who acted against whom: ARM against AZE (doc0, doc2) vs AZE against ARM (doc1)");
    assertThat(e.source()).containsExactly(ARM);
    assertThat(e.target()).containsExactly(AZE);
  }

  @Test
  void adjacentDaysMergeOnlyWithinAStory() {
    mention(0, "en", "195", "2020-10-17", List.of(ARM), List.of(AZE), GANJA);
    mention(1, "de", "195", "2020-10-16", List.of(ARM), List.of(AZE), GANJA);
    assertThat(build(0, 1).entries()).hasSize(2);
  }

  @Test
  void eventsThatDidNotHappenStayOffTheTimeline() {
    mention(0, "en", "190", "2020-10-17", List.of(AZE), List.of(ARM), null, null, Event.Modality.NEGATED);
    mention(0, "en", "0871", "2020-10-17", List.of(AZE), List.of(ARM), null, null, Event.Modality.DEMANDED);
    TimelineBuilder.Result r = build(0);
    assertThat(r.entries()).isEmpty();
    assertThat(r.entryOf()).containsExactly(-1, -1);
  }

  @Test
  void anUndatedMentionJoinsOnlyWithinItsStory() {
    mention(0, "en", "190", "2020-10-17", List.of(ARM), List.of(AZE), GANJA);
    mention(1, "de", "190", null, List.of(ARM), List.of(AZE), GANJA);
    mention(2, "de", "190", null, List.of(ARM), List.of(AZE), GANJA);
    TimelineBuilder.Result r = build(0, 0, 1);
    assertThat(r.entryOf()[0]).isEqualTo(r.entryOf()[1]);
    assertThat(r.entryOf()[2]).isNotEqualTo(r.entryOf()[0]);
  }

  @Test
  void eachKindOfActBuiltApartGivesTheSameEntriesInTheSameOrder() {
    java.util.Random random = new java.util.Random(11);
    List<String> cameos = List.of("043", "046", "190", "195", "0871", "112", "144", "191");
    List<Actor> actors = List.of(ARM, AZE, RUS);
    int docs = 30;
    for (int i = 0; i < 200; i++) {
      String date = switch (random.nextInt(4)) {
        case 0 -> "2020-10";
        case 1 -> null;
        default -> "2020-10-" + (10 + random.nextInt(8));
      };
      mention(random.nextInt(docs), random.nextBoolean() ? "en" : "de", cameos.get(random.nextInt(cameos.size())),
          date, List.of(actors.get(random.nextInt(3))), List.of(actors.get(random.nextInt(3))),
          random.nextBoolean() ? GANJA : null);
    }
    mentions.sort(java.util.Comparator.comparingInt(EventMention::doc));
    int[] storyOf = new int[docs];
    for (int d = 0; d < docs; d++) storyOf[d] = d / 4;
    TimelineBuilder.Result whole = build(storyOf);

    List<String> lines = new ArrayList<>();
    List<String[]> apart = new ArrayList<>();
    for (String kind : List.of("19", "04", "08", "11", Cameo.family("144"))) {
      List<EventMention> ofRoot = new ArrayList<>();
      List<Integer> at = new ArrayList<>();
      for (int i = 0; i < mentions.size(); i++) {
        if (Cameo.family(mentions.get(i).event().cameo()).equals(kind)) {
          ofRoot.add(mentions.get(i));
          at.add(i);
        }
      }
      for (TimelineEntry t : TimelineBuilder.build(ofRoot, d -> storyOf[d], d -> "doc" + d).entries()) {
        EventMention opener = ofRoot.get(t.mentions().get(0));
        List<Integer> global = new ArrayList<>();
        for (int m : t.mentions()) global.add(at.get(m));
        apart.add(new String[] {opener.event().date().granularity().ordinal() + "\0" + opener.event().date().value()
            + String.format("\0%06d", at.get(t.mentions().get(0))), t.id() + " " + global + " " + t.date() + " " + t.conflicts()});
      }
    }
    apart.sort(java.util.Comparator.comparing(a -> a[0]));
    for (String[] a : apart) lines.add(a[1]);
    List<String> expected = new ArrayList<>();
    for (TimelineEntry t : whole.entries()) expected.add(t.id() + " " + t.mentions() + " " + t.date() + " " + t.conflicts());
    assertThat(lines).isEqualTo(expected);
    assertThat(expected.size()).isBetween(10, 150);
  }
}
