package org.dossier.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A timeline entry as the exports need it: its contract line, its place's coordinates (null when it has no place
 * of the pack), the outlets that report it and the evidence sentences of its mentions in document order.
 */
public record TimelineRow(ObjectNode entry, Double latitude, Double longitude, List<String> outlets,
    List<String> evidence) {
  public TimelineRow {
    outlets = List.copyOf(outlets);
    evidence = List.copyOf(evidence);
  }
}
