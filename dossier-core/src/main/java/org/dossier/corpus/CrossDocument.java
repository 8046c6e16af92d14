package org.dossier.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dossier.duplicates.NearDuplicates;
import org.dossier.events.Event;
import org.dossier.events.Landmarks;
import org.dossier.pack.ChronologyEntry;
import org.dossier.stories.DocumentProfile;
import org.dossier.stories.Story;
import org.dossier.stories.StoryClusterer;
import org.dossier.timeline.EventMention;
import org.dossier.timeline.TimelineBuilder;

/**
 * The cross-document stages over a run's documents, in order: near-duplicates, stories, then the timeline.
 * Between stories and timeline, a caller may date reports that carry no day of their own by what the other
 * reports of their story date ({@link #datingByStory}) and replace their summaries.
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
   * The reports without a day that their story may date, each with the landmarks to analyse it again by: the
   * events that the dated reports of its story say happened in the days before they were published. A report
   * is listed only when one of its own events fits one of them.
   */
  public static Map<Integer, List<ChronologyEntry>> datingByStory(List<DocumentSummary> docs, Grouping grouping) {
    Map<Integer, List<ChronologyEntry>> out = new TreeMap<>();
    for (Story story : grouping.stories().stories()) {
      List<DocumentSummary> members = new ArrayList<>(story.members().size());
      for (int m : story.members()) members.add(docs.get(m));
      datingOfStory(members).forEach((k, landmarks) -> out.put(story.members().get(k), landmarks));
    }
    return out;
  }

  /**
   * The same for one story, its members given in input order: which of them (by index into the list) to analyse
   * again, each with its landmarks. Stories are independent, so a distributed job runs them apart.
   */
  public static Map<Integer, List<ChronologyEntry>> datingOfStory(List<DocumentSummary> members) {
    Map<Integer, List<ChronologyEntry>> out = new TreeMap<>();
    List<ChronologyEntry> landmarks = null;
    for (int k = 0; k < members.size(); k++) {
      if (members.get(k).dayKnown()) continue;
      // the same for every undated report of the story: computed once
      if (landmarks == null) landmarks = landmarks(members);
      if (landmarks.isEmpty()) break;
      Landmarks reported = new Landmarks(landmarks);
      for (Event e : members.get(k).events()) {
        if (!reported.fitting(e, day -> true).isEmpty()) {
          out.put(k, landmarks);
          break;
        }
      }
    }
    return out;
  }

  /** The recent events the story's reports with a known day give, one landmark each. */
  private static List<ChronologyEntry> landmarks(List<DocumentSummary> members) {
    Map<String, ChronologyEntry> landmarks = new LinkedHashMap<>();
    for (DocumentSummary m : members) {
      if (!m.dayKnown()) continue;
      LocalDate published = m.published().first();
      for (Event e : m.events()) {
        if (!e.happened() || e.date().granularity() != Event.EventDate.Granularity.DAY) continue;
        LocalDate day = LocalDate.parse(e.date().value());
        if (day.isAfter(published) || day.isBefore(published.minusDays(RECENT_DAYS))) continue;
        Set<String> codes = new TreeSet<>();
        for (List<Event.Actor> role : List.of(e.source(), e.target(), e.mediator())) {
          for (Event.Actor a : role) if (a.code() != null && a.named()) codes.add(a.code());
        }
        if (codes.isEmpty()) continue;
        Set<String> places = e.location() == null ? Set.of() : Set.of(e.location().entity());
        landmarks.putIfAbsent(day + "|" + e.cameo() + "|" + codes + "|" + places,
            new ChronologyEntry(day, e.cameo(), codes, places, e.label() + ", as report " + m.id() + " has it"));
      }
    }
    return List.copyOf(landmarks.values());
  }

  /**
   * A short key of a list of landmarks: a store remembers with which landmarks a report was analysed again,
   * and analyses it again only when they change.
   */
  public static String landmarksKey(List<ChronologyEntry> landmarks) {
    try {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      for (ChronologyEntry e : landmarks) {
        String line = e.date() + "|" + e.cameo() + "|" + new TreeSet<>(e.actors()) + "|" + new TreeSet<>(e.places())
            + "|" + e.event() + "\n";
        sha.update(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      return java.util.HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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
