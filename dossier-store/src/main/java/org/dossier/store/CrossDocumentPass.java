package org.dossier.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.dossier.corpus.CrossDocument;
import org.dossier.corpus.DocumentSummary;
import org.dossier.corpus.SummaryCodec;
import org.dossier.model.RawDocument;
import org.dossier.output.ContractJson;
import org.dossier.pack.ChronologyEntry;
import org.dossier.pack.Place;
import org.dossier.pipeline.AnalysedItem;
import org.dossier.pipeline.ParallelPipeline;
import org.dossier.stories.Story;
import org.dossier.timeline.EventMention;
import org.dossier.timeline.TimelineEntry;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The cross-document stages over every stored document, in one transaction: near-duplicates and stories from
 * the summaries of the documents' first analyses; reports without a day of their own analysed again with the
 * landmarks their story gives, as {@code analyze} does; the timeline. Their results replace the stories, the
 * timeline and each document's {@code story}, {@code duplicate_of} and events' {@code timeline}; a report
 * dated by its story gets the rows of its second analysis.
 *
 * <p>Documents are taken in the order they were stored, so the store holds what {@code analyze} writes for
 * the same inputs in that order. A report is analysed again only when the landmarks its story gives changed
 * since its rows were made; one its story no longer dates gets the rows of its first analysis back.
 */
final class CrossDocumentPass {
  /** Re-analysed reports written per round of deletes and appends. */
  private static final int REWRITE_CHUNK = 64;
  /** Rows whose JSON is patched per query. */
  private static final int PATCH_CHUNK = 500;

  private final Store store;
  private final DuckDBConnection writer;
  private final ParallelPipeline parallel;

  private final List<String> ids = new ArrayList<>();
  private final Map<String, Integer> indexOf = new HashMap<>();
  private final List<Long> seqs = new ArrayList<>();
  private final List<DocumentSummary> originals = new ArrayList<>();
  /** the second analysis' summary of each report its story dated */
  private final Map<Integer, DocumentSummary> dated = new HashMap<>();
  /** for each kept report: the landmarks (their key) its rows were last analysed with, or null */
  private final Map<Integer, String> datedBy = new TreeMap<>();
  private long change;

  CrossDocumentPass(Store store, DuckDBConnection writer, ParallelPipeline parallel) {
    this.store = store;
    this.writer = writer;
    this.parallel = parallel;
  }

  void run() throws SQLException, IOException {
    load();
    CrossDocument.Grouping grouping = CrossDocument.group(originals);
    Map<Integer, List<ChronologyEntry>> landmarks = CrossDocument.datingByStory(originals, grouping);
    change = Long.parseLong(Store.meta(writer, "change")) + 1;
    try {
      // one transaction, which the reads above opened: the appenders below write in it too
      StoreIngest.setMeta(writer, "change", Long.toString(change));
      redate(landmarks);
      List<DocumentSummary> effective = new ArrayList<>(originals);
      dated.forEach(effective::set);
      CrossDocument.Timeline timeline = CrossDocument.timeline(effective, grouping);
      writeStories(grouping);
      writeTimeline(timeline);
      updateDocuments(grouping);
      updateEvents(timeline);
      writePlaces();
      StoreIngest.setMeta(writer, "stale", "false");
      writer.commit();
    } catch (SQLException | IOException | RuntimeException e) {
      writer.rollback();
      throw e;
    }
  }

  /** Every stored document's summaries, in the order they were stored. */
  private void load() throws SQLException {
    try (Statement s = writer.createStatement(); ResultSet r = s.executeQuery(
        "SELECT s.doc, s.seq, s.summary, s.dated_summary, s.dated_by, k.doc IS NOT NULL "
            + "FROM summaries s LEFT JOIN kept_inputs k ON k.doc = s.doc ORDER BY s.seq")) {
      while (r.next()) {
        int index = ids.size();
        ids.add(r.getString(1));
        indexOf.put(r.getString(1), index);
        seqs.add(r.getLong(2));
        originals.add(SummaryCodec.decode(r.getBytes(3)));
        byte[] second = r.getBytes(4);
        if (second != null) dated.put(index, SummaryCodec.decode(second));
        if (r.getBoolean(6)) datedBy.put(index, r.getString(5));
      }
    }
  }

  /**
   * Analyses again the kept reports whose story's landmarks changed since their rows were made; a report
   * dated so gets the new rows, one no longer dated the rows of its first analysis back.
   */
  private void redate(Map<Integer, List<ChronologyEntry>> landmarks) throws SQLException, IOException {
    Map<Integer, String> changed = new TreeMap<>();
    Map<Integer, List<ChronologyEntry>> again = new TreeMap<>();
    for (Map.Entry<Integer, String> k : datedBy.entrySet()) {
      List<ChronologyEntry> reported = landmarks.get(k.getKey());
      String key = reported == null ? null : key(reported);
      if (Objects.equals(key, k.getValue())) continue;
      changed.put(k.getKey(), key);
      if (reported != null) again.put(k.getKey(), reported);
    }
    if (changed.isEmpty()) return;
    List<Integer> restore = new ArrayList<>();
    List<Rewrite> rewrites = new ArrayList<>();
    if (!again.isEmpty()) {
      keptInputs(again.keySet(), kept -> parallel.redate(again, kept, (index, analysed) -> {
        if (analysed.dayKnown()) {
          rewrites.add(new Rewrite(index, analysed, changed.get(index), true));
          if (rewrites.size() >= REWRITE_CHUNK) rewrite(rewrites);
        } else if (dated.containsKey(index)) {
          restore.add(index);
        } else {
          setDatedBy(index, changed.get(index));
        }
      }));
      rewrite(rewrites);
    }
    for (Map.Entry<Integer, String> c : changed.entrySet()) {
      if (c.getValue() != null) continue;
      if (dated.containsKey(c.getKey())) restore.add(c.getKey());
      else setDatedBy(c.getKey(), null);
    }
    if (restore.isEmpty()) return;
    keptInputs(new TreeSet<>(restore), kept -> {
      ParallelPipeline.Window window = parallel.window(analysed -> {
        Integer index = analysed.accepted() ? indexOf.get(analysed.document().id()) : null;
        if (index == null) {
          throw new IllegalStateException("the first analysis of " + analysed.input().input() + " cannot be repeated: "
              + (analysed.rejection() == null ? "unknown document" : analysed.rejection().reason()));
        }
        rewrites.add(new Rewrite(index, analysed, changed.get(index), false));
        if (rewrites.size() >= REWRITE_CHUNK) rewrite(rewrites);
      });
      while (kept.hasNext()) window.submit(kept.next().document());
      window.finish();
    });
    rewrite(rewrites);
  }

  /** A report's rows made again: dated by its story, or back to its first analysis. */
  private record Rewrite(int index, AnalysedItem analysed, String datedBy, boolean dated) {}

  private void rewrite(List<Rewrite> rewrites) throws IOException {
    if (rewrites.isEmpty()) return;
    try {
      for (String table : List.of("documents WHERE id", "mentions WHERE doc", "timexes WHERE doc", "events WHERE doc",
          "event_actors WHERE doc")) {
        try (PreparedStatement ps = writer.prepareStatement("DELETE FROM " + table + " = ?")) {
          for (Rewrite r : rewrites) {
            ps.setString(1, ids.get(r.index()));
            ps.execute();
          }
        }
      }
      try (DocumentRows a = new DocumentRows(writer)) {
        for (Rewrite r : rewrites) a.document(seqs.get(r.index()), r.analysed());
      }
      try (PreparedStatement ps = writer.prepareStatement(
          "UPDATE summaries SET dated_summary = ?, dated_by = ?, change = ? WHERE doc = ?")) {
        for (Rewrite r : rewrites) {
          if (r.dated()) {
            ps.setBytes(1, SummaryCodec.encode(r.analysed().summary()));
            dated.put(r.index(), r.analysed().summary());
          } else {
            ps.setNull(1, java.sql.Types.BLOB);
            dated.remove(r.index());
          }
          ps.setString(2, r.datedBy());
          ps.setLong(3, change);
          ps.setString(4, ids.get(r.index()));
          ps.execute();
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot rewrite re-dated documents in " + store.dir() + ": " + e.getMessage(), e);
    }
    rewrites.clear();
  }

  private void setDatedBy(int index, String key) throws IOException {
    try (PreparedStatement ps = writer.prepareStatement("UPDATE summaries SET dated_by = ? WHERE doc = ?")) {
      ps.setString(1, key);
      ps.setString(2, ids.get(index));
      ps.execute();
    } catch (SQLException e) {
      throw new StoreException("cannot update " + ids.get(index) + " in " + store.dir() + ": " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface KeptWork {
    void run(Iterator<ParallelPipeline.KeptInput> kept) throws IOException;
  }

  /**
   * The kept inputs of the wanted documents, in stored order, read through a connection of their own (a
   * snapshot of the committed store) while the writer writes.
   */
  private void keptInputs(java.util.Set<Integer> wanted, KeptWork work) throws IOException {
    IOException[] failure = new IOException[1];
    store.read("kept inputs", c -> {
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
          "SELECT k.doc, k.raw FROM kept_inputs k JOIN summaries s ON s.doc = k.doc ORDER BY s.seq")) {
        Iterator<ParallelPipeline.KeptInput> kept = new Iterator<>() {
          ParallelPipeline.KeptInput next = advance();

          private ParallelPipeline.KeptInput advance() {
            try {
              while (r.next()) {
                Integer i = indexOf.get(r.getString(1));
                if (i != null && wanted.contains(i)) {
                  return new ParallelPipeline.KeptInput(i,
                      ContractJson.mapper().readValue(r.getString(2), RawDocument.class));
                }
              }
              return null;
            } catch (SQLException | JsonProcessingException e) {
              throw new StoreException("cannot read the kept inputs of " + store.dir() + ": " + e.getMessage(), e);
            }
          }

          @Override
          public boolean hasNext() {
            return next != null;
          }

          @Override
          public ParallelPipeline.KeptInput next() {
            ParallelPipeline.KeptInput k = next;
            next = advance();
            return k;
          }
        };
        work.run(kept);
      } catch (IOException e) {
        failure[0] = e;
      }
      return null;
    });
    if (failure[0] != null) throw failure[0];
  }

  private void writeStories(CrossDocument.Grouping grouping) throws SQLException {
    try (Statement s = writer.createStatement()) {
      s.execute("DELETE FROM stories");
    }
    IntFunction<String> docId = ids::get;
    try (FlushingAppender a = FlushingAppender.open(writer, "stories")) {
      for (Story story : grouping.stories().stories()) {
        ObjectNode json = ContractJson.story(story, docId);
        Rows.story(a.rows, json, ContractJson.line(json));
      }
    }
  }

  private void writeTimeline(CrossDocument.Timeline timeline) throws SQLException {
    try (Statement s = writer.createStatement()) {
      s.execute("DELETE FROM timeline");
      s.execute("DELETE FROM timeline_mentions");
      s.execute("DELETE FROM timeline_actors");
    }
    IntFunction<String> docId = ids::get;
    List<EventMention> mentions = timeline.mentions();
    try (FlushingAppender entries = FlushingAppender.open(writer, "timeline");
         FlushingAppender links = FlushingAppender.open(writer, "timeline_mentions");
         FlushingAppender actors = FlushingAppender.open(writer, "timeline_actors")) {
      for (TimelineEntry t : timeline.result().entries()) {
        ObjectNode json = ContractJson.timelineEntry(t, mentions, docId);
        List<String> docs = new ArrayList<>(t.mentions().size());
        for (int m : t.mentions()) docs.add(ids.get(mentions.get(m).doc()));
        Rows.timelineEntry(entries.rows, links.rows, actors.rows, json, docs, ContractJson.line(json));
      }
    }
  }

  /** Each document's story and original, where they changed; the document's line is patched to match. */
  private void updateDocuments(CrossDocument.Grouping grouping) throws SQLException {
    List<Story> stories = grouping.stories().stories();
    int[] storyOf = grouping.stories().storyOf();
    int[] copyOf = grouping.copyOf();
    try (Statement s = writer.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE new_documents (id VARCHAR, story VARCHAR, duplicate_of VARCHAR)");
    }
    try (FlushingAppender t = FlushingAppender.openTemporary(writer, "new_documents")) {
      DuckDBAppender a = t.rows;
      for (int i = 0; i < ids.size(); i++) {
        a.beginRow();
        a.append(ids.get(i));
        a.append(stories.get(storyOf[i]).id());
        if (copyOf[i] < 0) a.appendNull();
        else a.append(ids.get(copyOf[i]));
        a.endRow();
      }
    }
    patch("documents", "new_documents", List.of("story", "duplicate_of"));
    try (PreparedStatement ps = writer.prepareStatement(
        "UPDATE summaries SET change = ? WHERE doc IN (SELECT id FROM patched_documents)")) {
      // the search index keeps the story: a document whose story changed is a changed document
      ps.setLong(1, change);
      ps.execute();
    }
    try (Statement s = writer.createStatement()) {
      s.execute("DROP TABLE new_documents");
      s.execute("DROP TABLE patched_documents");
    }
  }

  /** Each event mention's timeline entry, where it changed; the event's line is patched to match. */
  private void updateEvents(CrossDocument.Timeline timeline) throws SQLException {
    List<EventMention> mentions = timeline.mentions();
    int[] entryOf = timeline.result().entryOf();
    List<TimelineEntry> entries = timeline.result().entries();
    try (Statement s = writer.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE new_events (id VARCHAR, timeline VARCHAR)");
    }
    try (FlushingAppender t = FlushingAppender.openTemporary(writer, "new_events")) {
      DuckDBAppender a = t.rows;
      for (int m = 0; m < mentions.size(); m++) {
        a.beginRow();
        a.append(mentions.get(m).id());
        if (entryOf[m] < 0) a.appendNull();
        else a.append(entries.get(entryOf[m]).id());
        a.endRow();
      }
    }
    patch("events", "new_events", List.of("timeline"));
    try (Statement s = writer.createStatement()) {
      s.execute("DROP TABLE new_events");
      s.execute("DROP TABLE patched_events");
    }
  }

  /**
   * Updates the rows of {@code table} whose new values (in the temp table {@code news}, joined by id) differ
   * in the given columns, which are also the contract's field names: the columns and the JSON line, patched a
   * chunk at a time into {@code patched_<table>} and written with one UPDATE. Memory holds one chunk of lines,
   * never the table.
   */
  private void patch(String table, String news, List<String> columns) throws SQLException {
    String patched = "patched_" + table;
    StringBuilder differs = new StringBuilder();
    StringBuilder values = new StringBuilder();
    StringBuilder types = new StringBuilder();
    StringBuilder assignments = new StringBuilder();
    for (String c : columns) {
      differs.append(differs.length() == 0 ? "" : " OR ").append("d.").append(c).append(" IS DISTINCT FROM n.").append(c);
      values.append(", n.").append(c);
      types.append(", ").append(c).append(" VARCHAR");
      assignments.append(c).append(" = p.").append(c).append(", ");
    }
    try (Statement s = writer.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE " + patched + " (id VARCHAR" + types + ", json VARCHAR)");
    }
    String last = "";
    while (true) {
      List<String[]> chunk = new ArrayList<>();
      try (PreparedStatement ps = writer.prepareStatement("SELECT d.id, d.json" + values + " FROM " + table + " d JOIN "
          + news + " n ON n.id = d.id WHERE (" + differs + ") AND d.id > ? ORDER BY d.id LIMIT " + PATCH_CHUNK)) {
        ps.setString(1, last);
        try (ResultSet r = ps.executeQuery()) {
          while (r.next()) {
            ObjectNode json = Rows.parse(r.getString(2));
            String[] row = new String[columns.size() + 2];
            row[0] = r.getString(1);
            for (int i = 0; i < columns.size(); i++) {
              row[i + 1] = r.getString(i + 3);
              json.put(columns.get(i), row[i + 1]);
            }
            row[row.length - 1] = ContractJson.line(json);
            chunk.add(row);
          }
        }
      }
      if (chunk.isEmpty()) break;
      try (FlushingAppender t = FlushingAppender.openTemporary(writer, patched)) {
        DuckDBAppender a = t.rows;
        for (String[] row : chunk) {
          a.beginRow();
          for (String v : row) {
            if (v == null) a.appendNull();
            else a.append(v);
          }
          a.endRow();
        }
      }
      last = chunk.get(chunk.size() - 1)[0];
    }
    try (Statement s = writer.createStatement()) {
      s.execute("UPDATE " + table + " SET " + assignments + "json = p.json FROM " + patched + " p WHERE " + table
          + ".id = p.id");
    }
  }

  private void writePlaces() throws SQLException {
    try (Statement s = writer.createStatement()) {
      s.execute("DELETE FROM places");
    }
    try (FlushingAppender a = FlushingAppender.open(writer, "places")) {
      for (Place p : parallel.pipeline().pack().places().values()) Rows.place(a.rows, p);
    }
  }

  /** A stable key of a report's landmarks: it changes when they do, whatever the order of their sets. */
  static String key(List<ChronologyEntry> landmarks) {
    return CrossDocument.landmarksKey(landmarks);
  }

}
