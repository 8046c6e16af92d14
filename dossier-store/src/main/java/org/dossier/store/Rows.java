package org.dossier.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.dossier.output.ContractRows;
import org.dossier.pack.Place;
import org.duckdb.DuckDBAppender;

/**
 * Table rows from the contract's JSON lines, as {@link ContractRows} makes them (the same rows a Spark job
 * writes as Parquet), appended in the tables' column order (see {@link Schema}).
 */
final class Rows {
  private Rows() {}

  static ObjectNode parse(String line) {
    return ContractRows.parse(line);
  }

  static void document(DuckDBAppender a, long seq, ObjectNode d, String line) throws SQLException {
    append(a, ContractRows.document(seq, d, line));
  }

  static void mention(DuckDBAppender a, int n, ObjectNode m, String line) throws SQLException {
    append(a, ContractRows.mention(n, m, line));
  }

  static void timex(DuckDBAppender a, int n, ObjectNode t, String line) throws SQLException {
    append(a, ContractRows.timex(n, t, line));
  }

  /** An event mention and its actors, one row per actor and role. */
  static void event(DuckDBAppender events, DuckDBAppender actors, int n, ObjectNode e, String line)
      throws SQLException {
    Appending actorRows = new Appending(actors);
    append(events, ContractRows.event(n, e, line, actorRows::accept));
    actorRows.rethrow();
  }

  static void story(DuckDBAppender a, ObjectNode s, String line) throws SQLException {
    append(a, ContractRows.story(s, line));
  }

  /** A timeline entry, the event mentions it merges (with their documents) and its actors. */
  static void timelineEntry(DuckDBAppender entries, DuckDBAppender mentions, DuckDBAppender actors, ObjectNode t,
      List<String> mentionDocs, String line) throws SQLException {
    Appending mentionRows = new Appending(mentions);
    Appending actorRows = new Appending(actors);
    append(entries, ContractRows.timelineEntry(t, mentionDocs, line, mentionRows::accept, actorRows::accept));
    mentionRows.rethrow();
    actorRows.rethrow();
  }

  static void place(DuckDBAppender a, Place p) throws SQLException {
    append(a, ContractRows.place(p));
  }

  @SuppressWarnings("unchecked")
  private static void append(DuckDBAppender a, List<Object> row) throws SQLException {
    a.beginRow();
    for (Object v : row) {
      if (v == null) a.appendNull();
      else if (v instanceof String s) a.append(s);
      else if (v instanceof Integer i) a.append(i.intValue());
      else if (v instanceof Long l) a.append(l.longValue());
      else if (v instanceof Double d) a.append(d.doubleValue());
      else if (v instanceof LocalDate day) a.append(day);
      else if (v instanceof List<?> list) a.append((List<String>) list);
      else throw new IllegalArgumentException("no column type for " + v.getClass());
    }
    a.endRow();
  }

  /** Appends the rows a callback receives; the first failure is thrown after the callback returns. */
  private static final class Appending {
    private final DuckDBAppender appender;
    private SQLException failure;

    Appending(DuckDBAppender appender) {
      this.appender = appender;
    }

    void accept(List<Object> row) {
      if (failure != null) return;
      try {
        append(appender, row);
      } catch (SQLException e) {
        failure = e;
      }
    }

    void rethrow() throws SQLException {
      if (failure != null) throw failure;
    }
  }
}
