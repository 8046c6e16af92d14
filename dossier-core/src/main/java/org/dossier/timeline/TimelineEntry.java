package org.dossier.timeline;

import java.util.List;
import org.dossier.events.Event;

/**
 * One real-world event: the mentions that describe it, across documents and languages, merged.
 *
 * @param mentions    indexes into the merged mention list, in the order they were merged
 * @param fatalities  the lowest and highest death toll the mentions state, or null
 * @param conflicts   where the sources disagree (the date, the death toll, who acted against whom), each
 *                    with the documents on each side
 */
public record TimelineEntry(String id, String cameo, String label, Event.EventDate date, List<Event.Actor> source,
    List<Event.Actor> target, List<Event.Actor> mediator, Event.Location location, Range fatalities,
    List<Integer> mentions, List<Integer> docs, List<String> languages, List<String> conflicts) {

  public TimelineEntry {
    source = List.copyOf(source);
    target = List.copyOf(target);
    mediator = List.copyOf(mediator);
    mentions = List.copyOf(mentions);
    docs = List.copyOf(docs);
    languages = List.copyOf(languages);
    conflicts = List.copyOf(conflicts);
  }

  /** A death toll range. */
  public record Range(long min, long max) {}
}
