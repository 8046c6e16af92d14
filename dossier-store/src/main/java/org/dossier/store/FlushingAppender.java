package org.dossier.store;

import java.sql.SQLException;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * A DuckDB appender on a table, in the connection's open transaction, whose close flushes the rows and
 * reports a failed flush: DuckDB's own close drops that error and leaves the transaction aborted.
 */
final class FlushingAppender implements AutoCloseable {
  final DuckDBAppender rows;

  private FlushingAppender(DuckDBAppender rows) {
    this.rows = rows;
  }

  static FlushingAppender open(DuckDBConnection c, String table) throws SQLException {
    return new FlushingAppender(c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table));
  }

  /** An appender on a temporary table of the connection. */
  static FlushingAppender openTemporary(DuckDBConnection c, String table) throws SQLException {
    return new FlushingAppender(c.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, table));
  }

  @Override
  public void close() throws SQLException {
    try {
      rows.flush();
    } finally {
      rows.close();
    }
  }
}
