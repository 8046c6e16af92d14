package org.dossier.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a store holds at a glance.
 *
 * @param counts         rows per public table
 * @param languages      documents per language, most first
 * @param firstPublished the earliest day a document may have been published, or null
 * @param lastPublished  the latest such day, or null
 * @param undated        documents without a publication date
 * @param outletCount    distinct outlets
 * @param outlets        documents per outlet, most first, at most {@link #OUTLETS}
 * @param crossDocumentStale whether stories and timeline lag behind the documents (an interrupted ingest)
 */
public record StoreOverview(Map<String, Long> counts, List<ValueCount> languages, LocalDate firstPublished,
    LocalDate lastPublished, long undated, long outletCount, List<ValueCount> outlets, boolean crossDocumentStale) {
  /** The most outlets listed. */
  public static final int OUTLETS = 100;

  public StoreOverview {
    counts = Map.copyOf(counts);
    languages = List.copyOf(languages);
    outlets = List.copyOf(outlets);
  }

  public record ValueCount(String value, long count) {}
}
