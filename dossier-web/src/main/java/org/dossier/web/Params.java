package org.dossier.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** The query parameters of one request, checked: a value that cannot be used is a 400, never a 500. */
final class Params {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;
  private static final int MAX_TEXT = 2_000;
  private static final Pattern ROOT = Pattern.compile("\\d{2}");
  private static final Pattern CAMEO = Pattern.compile("\\d{2,4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  private final Context ctx;

  Params(Context ctx) {
    this.ctx = ctx;
  }

  /** A text value, or null when absent or blank. */
  String text(String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) return null;
    if (value.length() > MAX_TEXT) throw ApiException.badParameter(name, "longer than " + MAX_TEXT + " characters");
    return value.strip();
  }

  /** Every value given for a parameter that may repeat ({@code language=en&language=de}), blanks left out. */
  List<String> all(String name) {
    return ctx.queryParams(name).stream().filter(v -> !v.isBlank()).map(String::strip).toList();
  }

  int offset() {
    Integer offset = integer("offset", 0, Integer.MAX_VALUE);
    return offset == null ? 0 : offset;
  }

  int limit() {
    Integer limit = integer("limit", 0, MAX_LIMIT);
    return limit == null ? DEFAULT_LIMIT : limit;
  }

  Integer integer(String name, int min, int max) {
    String value = text(name);
    if (value == null) return null;
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, "'" + value + "' is not a whole number");
    }
    if (n < min || n > max) throw ApiException.badParameter(name, n + " is not between " + min + " and " + max);
    return n;
  }

  LocalDate date(String name) {
    String value = text(name);
    if (value == null) return null;
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(name, "'" + value + "' is not a day written YYYY-MM-DD");
    }
  }

  /** A CAMEO root, two digits. */
  String root(String name) {
    return matching(name, ROOT, "a CAMEO root of two digits, such as 19");
  }

  /** A CAMEO code or its beginning. */
  String cameo(String name) {
    return matching(name, CAMEO, "a CAMEO code of two to four digits, such as 190");
  }

  String month(String name) {
    return matching(name, MONTH, "a month written YYYY-MM");
  }

  String choice(String name, List<String> allowed) {
    String value = text(name);
    if (value != null && !allowed.contains(value)) {
      throw ApiException.badParameter(name, "'" + value + "' is not one of " + String.join(", ", allowed));
    }
    return value;
  }

  private String matching(String name, Pattern pattern, String what) {
    String value = text(name);
    if (value != null && !pattern.matcher(value).matches()) {
      throw ApiException.badParameter(name, "'" + value + "' is not " + what);
    }
    return value;
  }

  /** A date range whose end lies before its start is a mistake, not an empty result. */
  static void checkRange(LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.badParameter("to", to + " is before 'from' " + from);
    }
  }
}
