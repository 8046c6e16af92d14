package org.dossier.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A WHERE clause built from fixed conditions with {@code ?} placeholders and the values bound to them: a
 * caller's values are never part of the SQL text.
 */
final class Sql {
  private final List<String> conditions = new ArrayList<>();
  private final List<Object> values = new ArrayList<>();

  /** Adds the condition when its value is given (not null); the condition has one {@code ?} per repeat. */
  Sql when(Object value, String condition) {
    if (value == null) return this;
    conditions.add(condition);
    long placeholders = condition.chars().filter(c -> c == '?').count();
    for (int i = 0; i < placeholders; i++) values.add(value);
    return this;
  }

  /** Adds a condition with its own values, all of which must be given. */
  Sql always(String condition, Object... bound) {
    conditions.add(condition);
    values.addAll(List.of(bound));
    return this;
  }

  /** {@code WHERE a AND b}, or nothing. */
  String where() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /** Binds the values from parameter 1; returns the next parameter's index. */
  int bind(PreparedStatement ps) throws SQLException {
    return bind(ps, 1);
  }

  /** Binds the values from parameter {@code first}; returns the next parameter's index. */
  int bind(PreparedStatement ps, int first) throws SQLException {
    int i = first;
    for (Object v : values) ps.setObject(i++, v);
    return i;
  }
}
