package org.dossier.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.duplicates.NearDuplicates;
import org.dossier.events.Event;
import org.dossier.events.Landmarks;
import org.dossier.pack.ChronologyEntry;
import org.dossier.stories.DocumentProfile;
import org.dossier.stories.StoryClusterer;
import org.dossier.timeline.EventMention;
import org.dossier.timeline.TimelineBuilder;

/**
 * The cross-document stages over a run's documents, in order: near-duplicates, stories, then the timeline.
 * Between stories and timeline, a caller may date reports that carry no day of their own by what the other
 * reports of their story date ({@link #reportedLandmarks}) and replace their summaries.
 */
public final class CrossDocument {
  /** How many days before its own publication a report's events count as news it reports. */
  public static final int RECENT_DAYS = 3;

  private CrossDocument() {}

  /** Which documents copy which, and the stories. */
  public record Grouping(int[] copyOf, StoryClusterer.Result stories) {}

  /** The timeline over all documents' events, with each event's entry. */
  public record Timeline(List<EventMention> mentions, TimelineBuilder.Result result) {}

  public static Grouping group(List<DocumentSummary> docs) {
    List<NearDuplicates.Item> items = new ArrayList<>(docs.size());
    for (DocumentSummary d : docs) {
      LocalDate day = d.dayKnown() ? d.published().first() : null;
      items.add(new NearDuplicates.Item(d.fingerprint(), day));
    }
    int[] copyOf = NearDuplicates.find(items);
    List<DocumentProfile> profiles = new ArrayList<>(docs.size());
    for (DocumentSummary d : docs) profiles.add(d.profile());
    return new Grouping(copyOf, StoryClusterer.cluster(profiles, copyOf));
  }

  /**
   * The events that the dated reports of a document's story say happened in the days before they were
   * published, as landmarks by which a report without a day can be dated; empty when the document's day is
   * known, no other report of its story has one, or none of the document's events fits one.
   */
  public static List<ChronologyEntry> reportedLandmarks(int doc, List<DocumentSummary> docs, Grouping grouping) {
    if (docs.get(doc).dayKnown()) return List.of();
    Map<String, ChronologyEntry> landmarks = new LinkedHashMap<>();
    for (int mate : grouping.stories().stories().get(grouping.stories().storyOf()[doc]).members()) {
      DocumentSummary m = docs.get(mate);
      if (mate == doc || !m.dayKnown()) continue;
      LocalDate published = m.published().first();
      for (Event e : m.events()) {
        if (!e.happened() || e.date().granularity() != Event.EventDate.Granularity.DAY) continue;
        LocalDate day = LocalDate.parse(e.date().value());
        if (day.isAfter(published) || day.isBefore(published.minusDays(RECENT_DAYS))) continue;
        Set<String> codes = new TreeSet<>();
        for (List<Event.Actor> role : List.of(e.source(), e.target(), e.mediator())) {
          for (Event.Actor a : role) if (a.code() != null) codes.add(a.code());
        }
        if (codes.isEmpty()) continue;
        Set<String> places = e.location() == null ? Set.of() : Set.of(e.location().entity());
        landmarks.putIfAbsent(day + "|" + e.cameo() + "|" + codes + "|" + places,
            new ChronologyEntry(day, e.cameo(), codes, places, e.label() + ", as report " + m.id() + " has it"));
      }
    }
    // only landmarks that one of the report's own events fits can date it: without one, no second analysis
    Landmarks reported = new Landmarks(List.copyOf(landmarks.values()));
    for (Event e : docs.get(doc).events()) {
      if (!reported.fitting(e, day -> true).isEmpty()) return List.copyOf(landmarks.values());
    }
    return List.of();
  }

  /** Merges every document's events into the timeline. */
  public static Timeline timeline(List<DocumentSummary> docs, Grouping grouping) {
    List<EventMention> mentions = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      DocumentSummary d = docs.get(i);
      for (int k = 0; k < d.events().size(); k++) {
        mentions.add(new EventMention(Event.mentionId(d.id(), k + 1), i, d.profile().language(), d.events().get(k)));
      }
    }
    TimelineBuilder.Result result = TimelineBuilder.build(mentions, grouping.stories().storyOf(), i -> docs.get(i).id());
    return new Timeline(mentions, result);
  }
}
