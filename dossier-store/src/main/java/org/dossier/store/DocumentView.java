package org.dossier.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** One document with its mentions, temporal expressions and events, each as its contract JSON line. */
public record DocumentView(ObjectNode document, List<ObjectNode> mentions, List<ObjectNode> timexes,
    List<ObjectNode> events) {
  public DocumentView {
    mentions = List.copyOf(mentions);
    timexes = List.copyOf(timexes);
    events = List.copyOf(events);
  }
}
