package org.dossier.store;

import java.util.Map;

/**
 * An edge of the actor graph: the timeline entries (real-world events) in which {@code source} acts on
 * {@code target}, counted in all, per CAMEO root and per month ({@code YYYY-MM}; entries dated less precisely
 * count only in the total).
 */
public record ActorPair(String source, String sourceName, String target, String targetName, long entries,
    Map<String, Long> byRoot, Map<String, Long> byMonth) {
  public ActorPair {
    byRoot = Map.copyOf(byRoot);
    byMonth = Map.copyOf(byMonth);
  }
}
