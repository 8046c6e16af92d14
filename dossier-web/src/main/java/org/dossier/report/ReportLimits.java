package org.dossier.report;

/**
 * How much of an analysis the report embeds, so that its size stays bounded however large the corpus: the
 * page says what it left out. The largest timeline entries and stories are kept (most documents first).
 *
 * @param timelineEntries timeline entries embedded, the ones with the most documents
 * @param evidencePerEntry evidence sentences per entry, from different documents where it has them
 * @param evidenceChars code points of one evidence sentence; a longer one is cut around its trigger
 * @param idsPerEntry mention and document IDs listed per entry (the totals are kept)
 * @param conflictsPerEntry conflicts listed per entry
 * @param conflictChars code points of one conflict
 * @param stories stories embedded, the ones with the most documents
 * @param documentsPerStory documents listed per story (the total is kept)
 * @param extraDocuments documents embedded beyond those the evidence and stories cite, in input order
 * @param actors rows of the actor table
 * @param graphNodes actors in the actor graph, the most connected
 * @param graphEdges edges in the actor graph, the heaviest
 * @param rejected rejected inputs listed
 * @param titleChars code points of a title
 */
public record ReportLimits(int timelineEntries, int evidencePerEntry, int evidenceChars, int idsPerEntry,
    int conflictsPerEntry, int conflictChars, int stories, int documentsPerStory, int extraDocuments, int actors,
    int graphNodes, int graphEdges, int rejected, int titleChars) {

  public ReportLimits {
    int[] all = {timelineEntries, evidencePerEntry, evidenceChars, idsPerEntry, conflictsPerEntry, conflictChars,
        stories, documentsPerStory, extraDocuments, actors, graphNodes, graphEdges, rejected, titleChars};
    for (int limit : all) {
      if (limit < 0) throw new IllegalArgumentException("report limits cannot be negative: " + limit);
    }
    if (evidenceChars < 40 || titleChars < 20) {
      throw new IllegalArgumentException("evidence needs at least 40 and titles 20 characters");
    }
  }

  /**
   * Defaults that keep a report of any corpus to about 20 MB at most (a few hundred kB for a few hundred
   * articles), which a browser opens in a second or two.
   */
  public static ReportLimits defaults() {
    return new ReportLimits(2000, 5, 480, 24, 6, 240, 500, 20, 2000, 400, 40, 160, 200, 240);
  }
}
