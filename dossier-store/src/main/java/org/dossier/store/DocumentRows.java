package org.dossier.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.dossier.pipeline.AnalysedItem;
import org.duckdb.DuckDBConnection;

/**
 * The appenders of analysed documents' rows (documents, mentions, timexes, events and their actors) and of
 * their summaries and kept inputs, within the writer's open transaction; closing flushes them.
 */
final class DocumentRows implements AutoCloseable {
  final FlushingAppender documents;
  final FlushingAppender mentions;
  final FlushingAppender timexes;
  final FlushingAppender events;
  final FlushingAppender actors;
  final FlushingAppender summaries;
  final FlushingAppender kept;
  private final List<FlushingAppender> all = new ArrayList<>();

  DocumentRows(DuckDBConnection c) throws SQLException {
    documents = open(c, "documents");
    mentions = open(c, "mentions");
    timexes = open(c, "timexes");
    events = open(c, "events");
    actors = open(c, "event_actors");
    summaries = open(c, "summaries");
    kept = open(c, "kept_inputs");
  }

  private FlushingAppender open(DuckDBConnection c, String table) throws SQLException {
    FlushingAppender a = FlushingAppender.open(c, table);
    all.add(a);
    return a;
  }

  /** The rows of one analysed document: the document, its mentions, timexes, events and their actors. */
  void document(long seq, AnalysedItem item) throws SQLException {
    Rows.document(documents.rows, seq, Rows.parse(item.json()), item.json());
    int n = 0;
    for (String line : item.mentions()) Rows.mention(mentions.rows, n++, Rows.parse(line), line);
    n = 0;
    for (String line : item.timexes()) Rows.timex(timexes.rows, n++, Rows.parse(line), line);
    n = 0;
    for (String line : item.events()) Rows.event(events.rows, actors.rows, ++n, Rows.parse(line), line);
  }

  @Override
  public void close() throws SQLException {
    SQLException failure = null;
    for (FlushingAppender a : all) {
      try {
        a.close();
      } catch (SQLException e) {
        if (failure == null) failure = e;
        else failure.addSuppressed(e);
      }
    }
    if (failure != null) throw failure;
  }
}
