package org.dossier.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One timeline entry with the event mentions it merges: each the contract's event line (with its evidence
 * sentence) plus {@code document}: the reporting document's {@code id}, {@code title}, {@code url},
 * {@code outlet}, {@code language} and {@code published} value.
 */
public record TimelineEntryView(ObjectNode entry, List<ObjectNode> mentions) {
  public TimelineEntryView {
    mentions = List.copyOf(mentions);
  }
}
