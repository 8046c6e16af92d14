package org.dossier.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.dossier.output.ContractJson;
import org.dossier.search.IndexedDocument;
import org.duckdb.DuckDBConnection;

/**
 * The embedded store: a DuckDB database {@code dossier.duckdb} in one folder, with the contract's files as
 * tables that analysts can query directly (docs/STORE.md), filled by {@link StoreIngest}.
 *
 * <p>The reading methods are what the REST layer serves: every list is a {@link Page} of at most
 * {@link Page#MAX_LIMIT} items with the total; filter values are bound as SQL parameters, never written into
 * the SQL. They are safe to call from many threads at once: each call reads through a connection of its own,
 * on a consistent snapshot, while an ingest may be writing.
 *
 * <p>A search index catches up with {@link #documentsChangedAfter}: every document stored, or whose story,
 * date or analysis changed, carries a change number higher than any before.
 */
public final class Store implements AutoCloseable {
  /** The database file in the store's folder. */
  public static final String FILE = "dossier.duckdb";

  private static final String DOCUMENT_ORDER = "d.published_first DESC NULLS LAST, d.seq";
  private static final String EVENT_ORDER = "e.date_first NULLS LAST, d.seq, e.n";
  private static final String TIMELINE_ORDER = "t.date_first NULLS LAST, t.date_last NULLS LAST, t.id";

  private final Path dir;
  private final DuckDBConnection root;
  private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();
  private final List<Connection> opened = new CopyOnWriteArrayList<>();
  private final ReentrantLock writing = new ReentrantLock();
  private volatile boolean closed;

  private Store(Path dir, DuckDBConnection root) {
    this.dir = dir;
    this.root = root;
  }

  /** Opens the store in {@code dir}, creating the folder and the tables when they do not exist. */
  public static Store open(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException("cannot create the store folder " + dir + ": " + e.getMessage(), e);
    }
    Properties properties = new Properties();
    properties.setProperty("jdbc_stream_results", "true");
    DuckDBConnection root;
    try {
      root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(FILE).toAbsolutePath(),
          properties);
    } catch (SQLException e) {
      throw new StoreException("cannot open the store " + dir + ": " + e.getMessage(), e);
    }
    Store store = new Store(dir, root);
    try {
      store.createSchema();
    } catch (SQLException | RuntimeException e) {
      store.close();
      if (e instanceof StoreException s) throw s;
      throw new StoreException("cannot create the tables of the store " + dir + ": " + e.getMessage(), e);
    }
    return store;
  }

  /**
   * Opens an existing store for reading only (what a server does): nothing is created or changed, and DuckDB
   * refuses any write. Another process cannot write the store while it is open so.
   */
  public static Store openReadOnly(Path dir) {
    if (!Files.isRegularFile(dir.resolve(FILE))) {
      throw new StoreException("there is no store in " + dir + " (no " + FILE + "); create one with dossier ingest");
    }
    Properties properties = new Properties();
    properties.setProperty("jdbc_stream_results", "true");
    properties.setProperty("duckdb.read_only", "true");
    DuckDBConnection root;
    try {
      root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(FILE).toAbsolutePath(),
          properties);
    } catch (SQLException e) {
      throw new StoreException("cannot open the store " + dir + " for reading: " + e.getMessage(), e);
    }
    Store store = new Store(dir, root);
    try {
      String version = meta(root, "schema");
      if (!String.valueOf(Schema.VERSION).equals(version)) {
        throw new StoreException("the store " + dir + " has schema version " + version + "; this program reads version "
            + Schema.VERSION);
      }
    } catch (SQLException | RuntimeException e) {
      store.close();
      if (e instanceof StoreException s) throw s;
      throw new StoreException("cannot read the store " + dir + ": " + e.getMessage(), e);
    }
    return store;
  }

  private void createSchema() throws SQLException {
    try (Statement s = root.createStatement()) {
      for (String table : Schema.TABLES) s.execute(table);
    }
    for (String[] entry : new String[][] {{"schema", String.valueOf(Schema.VERSION)}, {"stale", "false"},
        {"change", "0"}}) {
      if (meta(root, entry[0]) == null) StoreIngest.setMeta(root, entry[0], entry[1]);
    }
    String version = meta(root, "schema");
    if (!String.valueOf(Schema.VERSION).equals(version)) {
      throw new StoreException("the store " + dir + " has schema version " + version + "; this program reads version "
          + Schema.VERSION);
    }
  }

  public Path dir() {
    return dir;
  }

  // ---- documents

  /**
   * Documents, newest first: each the contract's line without {@code text} and {@code sentences}, plus
   * {@code outlet} (the URL's host) and {@code seq}.
   */
  public Page<ObjectNode> documents(DocumentFilter filter, int offset, int limit) {
    Sql where = new Sql()
        .when(filter.language(), "d.language = ?")
        .when(filter.story(), "d.story = ?")
        .when(filter.outlet(), "d.outlet = ?")
        .when(filter.publishedFrom(), "d.published_last >= ?")
        .when(filter.publishedTo(), "d.published_first <= ?");
    return page("documents", "documents d", where, "d.json, d.outlet, d.seq", DOCUMENT_ORDER, offset, limit, r -> {
      ObjectNode d = json(r.getString(1));
      d.remove("text");
      d.remove("sentences");
      d.put("outlet", r.getString(2));
      d.put("seq", r.getLong(3));
      return d;
    });
  }

  /** One document (its contract line, plus {@code outlet} and {@code seq}) with its mentions, timexes and events. */
  public Optional<DocumentView> document(String id) {
    return read("document " + id, c -> {
      ObjectNode document = null;
      try (PreparedStatement ps = c.prepareStatement("SELECT json, outlet, seq FROM documents WHERE id = ?")) {
        ps.setString(1, id);
        try (ResultSet r = ps.executeQuery()) {
          if (r.next()) {
            document = json(r.getString(1));
            document.put("outlet", r.getString(2));
            document.put("seq", r.getLong(3));
          }
        }
      }
      if (document == null) return Optional.empty();
      return Optional.of(new DocumentView(document,
          lines(c, "SELECT json FROM mentions WHERE doc = ? ORDER BY n", id),
          lines(c, "SELECT json FROM timexes WHERE doc = ? ORDER BY n", id),
          lines(c, "SELECT json FROM events WHERE doc = ? ORDER BY n", id)));
    });
  }

  // ---- events

  /** Event mentions in date order (undated last): each the contract's line plus the document's {@code language}. */
  public Page<ObjectNode> events(EventFilter filter, int offset, int limit) {
    return page("events", "events e JOIN documents d ON d.id = e.doc", eventWhere(filter),
        "e.json, d.language", EVENT_ORDER, offset, limit, r -> {
          ObjectNode e = json(r.getString(1));
          e.put("language", r.getString(2));
          return e;
        });
  }

  /** Writes the event mentions the filter selects as JSON lines, in date order; returns how many. */
  public long exportEvents(EventFilter filter, Writer out) {
    Sql where = eventWhere(filter);
    return export("events", "SELECT e.json FROM events e JOIN documents d ON d.id = e.doc" + where.where()
        + " ORDER BY " + EVENT_ORDER, where, out);
  }

  // an actor is matched with IN over its rows, not a correlated EXISTS: DuckDB plans it as one semi-join,
  // five times faster on a 100,000-document store
  private static Sql eventWhere(EventFilter f) {
    return new Sql()
        .when(f.doc(), "e.doc = ?")
        .when(f.actor(), "e.id IN (SELECT a.event FROM event_actors a WHERE a.entity = ?)")
        .when(f.root(), "e.root = ?")
        .when(f.cameo(), "starts_with(e.cameo, ?)")
        .when(f.modality(), "e.modality = ?")
        .when(f.dateFrom(), "e.date_last >= ?")
        .when(f.dateTo(), "e.date_first <= ?")
        .when(f.language(), "d.language = ?");
  }

  // ---- timeline

  /** Timeline entries in date order (undated last), each its contract line. */
  public Page<ObjectNode> timeline(TimelineFilter filter, int offset, int limit) {
    return page("timeline entries", "timeline t", timelineWhere(filter, true), "t.json", TIMELINE_ORDER, offset, limit,
        r -> json(r.getString(1)));
  }

  /** Writes the timeline entries the filter selects as JSON lines, in date order; returns how many. */
  public long exportTimeline(TimelineFilter filter, Writer out) {
    Sql where = timelineWhere(filter, true);
    return export("timeline entries", "SELECT t.json FROM timeline t" + where.where() + " ORDER BY " + TIMELINE_ORDER,
        where, out);
  }

  /**
   * One timeline entry with the event mentions it merges, in document order, each with its evidence sentence
   * and its document.
   */
  public Optional<TimelineEntryView> timelineEntry(String id) {
    return read("timeline entry " + id, c -> {
      List<ObjectNode> entry = lines(c, "SELECT json FROM timeline WHERE id = ?", id);
      if (entry.isEmpty()) return Optional.empty();
      List<ObjectNode> mentions = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT e.json, d.id, d.title, d.url, d.outlet, d.language, "
          + "d.published_value FROM timeline_mentions m JOIN events e ON e.id = m.event "
          + "JOIN documents d ON d.id = m.doc WHERE m.timeline = ? ORDER BY d.seq, e.n")) {
        ps.setString(1, id);
        try (ResultSet r = ps.executeQuery()) {
          while (r.next()) {
            ObjectNode e = json(r.getString(1));
            ObjectNode d = e.putObject("document");
            d.put("id", r.getString(2));
            d.put("title", r.getString(3));
            d.put("url", r.getString(4));
            d.put("outlet", r.getString(5));
            d.put("language", r.getString(6));
            d.put("published", r.getString(7));
            mentions.add(e);
          }
        }
      }
      return Optional.of(new TimelineEntryView(entry.get(0), mentions));
    });
  }

  private static Sql timelineWhere(TimelineFilter f, boolean actor) {
    Sql where = new Sql();
    if (actor) where.when(f.actor(), "t.id IN (SELECT a.timeline FROM timeline_actors a WHERE a.entity = ?)");
    return where
        .when(f.root(), "t.root = ?")
        .when(f.dateFrom(), "t.date_last >= ?")
        .when(f.dateTo(), "t.date_first <= ?")
        .when(f.language(), "list_contains(t.languages, ?)")
        .when(f.minDocuments(), "len(t.docs) >= ?");
  }

  /**
   * Timeline entries that happened at a place of the pack, in date order, each its contract line plus the
   * place's {@code latitude} and {@code longitude} (WGS84): the events for a map.
   */
  public Page<ObjectNode> locatedEntries(TimelineFilter filter, int offset, int limit) {
    return page("located timeline entries", "timeline t JOIN places p ON p.id = t.location_entity",
        timelineWhere(filter, true), "t.json, p.lat, p.lon", TIMELINE_ORDER, offset, limit, r -> {
          ObjectNode t = json(r.getString(1));
          t.put("latitude", r.getDouble(2));
          t.put("longitude", r.getDouble(3));
          return t;
        });
  }

  /**
   * The actor graph: pairs of actors where one is the source and the other the target of timeline entries,
   * most entries first, with the entries counted per CAMEO root and per month. The filter selects the entries;
   * its {@code actor} keeps the pairs with that actor on either side.
   */
  public Page<ActorPair> actorGraph(TimelineFilter filter, int offset, int limit) {
    Sql where = timelineWhere(filter, false);
    String entries = "SELECT t.id, t.root, CASE WHEN t.date_granularity IN ('day', 'month') "
        + "THEN substr(t.date_value, 1, 7) END AS month FROM timeline t" + where.where();
    String pairs = "(SELECT DISTINCT e.id, e.root, e.month, s.entity AS source, g.entity AS target FROM (" + entries
        + ") e JOIN timeline_actors s ON s.timeline = e.id AND s.role = 'source' "
        + "JOIN timeline_actors g ON g.timeline = e.id AND g.role = 'target' WHERE s.entity <> g.entity) p";
    Sql pairWhere = new Sql().when(filter.actor(), "(p.source = ? OR p.target = ?)");
    String from = pairs + pairWhere.where() + " GROUP BY p.source, p.target";
    int allowed = Page.allowed(offset, limit);
    return read("actor graph", c -> {
      long total;
      try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM (SELECT 1 FROM " + from + ")")) {
        bindBoth(ps, where, pairWhere);
        total = single(ps);
      }
      List<ActorPair> items = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT p.source, (SELECT min(name) FROM timeline_actors n "
          + "WHERE n.entity = p.source), p.target, (SELECT min(name) FROM timeline_actors n WHERE n.entity = p.target), "
          + "count(*) AS entries, CAST(to_json(histogram(p.root)) AS VARCHAR), "
          + "CAST(to_json(histogram(p.month)) AS VARCHAR) FROM " + from
          + " ORDER BY entries DESC, p.source, p.target LIMIT ? OFFSET ?")) {
        int next = bindBoth(ps, where, pairWhere);
        ps.setInt(next, allowed);
        ps.setInt(next + 1, offset);
        try (ResultSet r = ps.executeQuery()) {
          while (r.next()) {
            items.add(new ActorPair(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5),
                counts(r.getString(6)), counts(r.getString(7))));
          }
        }
      }
      return new Page<>(total, offset, allowed, items);
    });
  }

  /** Binds the entries' conditions, then the pairs'; returns the next parameter's index. */
  private static int bindBoth(PreparedStatement ps, Sql first, Sql second) throws SQLException {
    return second.bind(ps, first.bind(ps));
  }

  // ---- stories

  /** Stories in order of their first report (undated last), each its contract line. */
  public Page<ObjectNode> stories(StoryFilter filter, int offset, int limit) {
    Sql where = new Sql()
        .when(filter.language(), "list_contains(s.languages, ?)")
        .when(filter.from(), "s.last_day >= ?")
        .when(filter.to(), "s.first_day <= ?")
        .when(filter.minDocuments(), "len(s.docs) >= ?");
    return page("stories", "stories s", where, "s.json", "s.first_day NULLS LAST, s.id", offset, limit,
        r -> json(r.getString(1)));
  }

  /** One story, its contract line; its documents are listed by {@link #documents} with the story as filter. */
  public Optional<ObjectNode> story(String id) {
    return read("story " + id, c -> lines(c, "SELECT json FROM stories WHERE id = ?", id).stream().findFirst());
  }

  // ---- actors

  /**
   * Entities mentioned or acting in events, most mentioned first, with their counts. Name, type and country
   * come from the mentions (the pack's canonical ones); an entity that only acts in events (named by a
   * nationality adjective) has no type.
   */
  public Page<ActorSummary> actors(ActorFilter filter, int offset, int limit) {
    return actors(new Sql()
        .when(filter.type(), "x.type = ?")
        .when(filter.country(), "x.country = ?")
        .when(filter.name(), "contains(lower(x.name), lower(?))"), offset, limit);
  }

  /** One entity by its pack ID, with its counts, when it is mentioned or acts in an event. */
  public Optional<ActorSummary> actor(String id) {
    return actors(new Sql().when(id, "x.entity = ?"), 0, 1).items().stream().findFirst();
  }

  private Page<ActorSummary> actors(Sql where, int offset, int limit) {
    String actors = "(SELECT coalesce(m.entity, a.entity) AS entity, coalesce(m.name, a.name) AS name, m.type, "
        + "coalesce(m.country, a.code) AS country, coalesce(m.mentions, 0) AS mentions, "
        + "coalesce(m.documents, 0) AS documents, coalesce(a.source, 0) AS source, coalesce(a.target, 0) AS target, "
        + "coalesce(a.mediator, 0) AS mediator FROM "
        + "(SELECT entity, min(name) AS name, min(type) AS type, min(country) AS country, count(*) AS mentions, "
        + "count(DISTINCT doc) AS documents FROM mentions GROUP BY entity) m FULL OUTER JOIN "
        + "(SELECT entity, min(name) AS name, min(code) AS code, count(*) FILTER (WHERE role = 'source') AS source, "
        + "count(*) FILTER (WHERE role = 'target') AS target, count(*) FILTER (WHERE role = 'mediator') AS mediator "
        + "FROM event_actors GROUP BY entity) a ON a.entity = m.entity) x";
    return page("actors", actors, where, "x.entity, x.name, x.type, x.country, x.mentions, x.documents, x.source, "
        + "x.target, x.mediator", "x.mentions DESC, x.source + x.target + x.mediator DESC, x.entity", offset, limit,
        r -> new ActorSummary(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5),
            r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9)));
  }

  // ---- overview and exports

  /**
   * Loads the Parquet output of a {@code dossier spark} run into this store, which must hold no documents yet;
   * returns the pack its documents were analysed with. Build the search index after with
   * {@link SearchFeed#catchUp}.
   */
  public String importParquet(Path sparkOutput) throws java.io.IOException {
    return ParquetImport.run(this, sparkOutput);
  }

  /** What the store holds at a glance: row counts, languages, the span of publication dates, outlets. */
  public StoreOverview overview() {
    return read("overview", c -> {
      Map<String, Long> counts = counts();
      List<StoreOverview.ValueCount> languages = valueCounts(c,
          "SELECT language, count(*) FROM documents GROUP BY language ORDER BY 2 DESC, 1", Integer.MAX_VALUE);
      List<StoreOverview.ValueCount> outlets = valueCounts(c, "SELECT outlet, count(*) FROM documents "
          + "WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY 2 DESC, 1", StoreOverview.OUTLETS);
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT min(published_first), "
          + "max(published_last), count(DISTINCT outlet), count(*) FILTER (WHERE published_first IS NULL) "
          + "FROM documents")) {
        r.next();
        java.sql.Date first = r.getDate(1);
        java.sql.Date last = r.getDate(2);
        return new StoreOverview(counts, languages, first == null ? null : first.toLocalDate(),
            last == null ? null : last.toLocalDate(), r.getLong(4), r.getLong(3), outlets,
            "true".equals(meta(c, "stale")));
      }
    });
  }

  private static List<StoreOverview.ValueCount> valueCounts(Connection c, String sql, int max) throws SQLException {
    List<StoreOverview.ValueCount> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next() && out.size() < max) out.add(new StoreOverview.ValueCount(r.getString(1), r.getLong(2)));
    }
    return out;
  }

  /**
   * Streams the timeline entries the filter selects, in date order, each with its place's coordinates, the
   * outlets that report it and the evidence sentences of its mentions; with {@code locatedOnly}, only entries
   * at a place of the pack. Returns how many. One row at a time: memory does not grow with the timeline.
   */
  public long timelineRows(TimelineFilter filter, boolean locatedOnly, Consumer<TimelineRow> each) {
    Sql where = timelineWhere(filter, true);
    String sql = "SELECT t.json, p.lat, p.lon, "
        + "(SELECT list(DISTINCT d.outlet ORDER BY d.outlet) FROM timeline_mentions m JOIN documents d ON d.id = m.doc "
        + "WHERE m.timeline = t.id AND d.outlet IS NOT NULL), "
        + "(SELECT list(e.evidence_text ORDER BY d.seq, e.n) FROM timeline_mentions m JOIN events e ON e.id = m.event "
        + "JOIN documents d ON d.id = m.doc WHERE m.timeline = t.id) "
        + "FROM timeline t " + (locatedOnly ? "JOIN" : "LEFT JOIN") + " places p ON p.id = t.location_entity"
        + where.where() + " ORDER BY " + TIMELINE_ORDER;
    return read("timeline entries", c -> {
      long n = 0;
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        where.bind(ps);
        try (ResultSet r = ps.executeQuery()) {
          while (r.next()) {
            double lat = r.getDouble(2);
            Double latitude = r.wasNull() ? null : lat;
            double lon = r.getDouble(3);
            Double longitude = r.wasNull() ? null : lon;
            each.accept(new TimelineRow(json(r.getString(1)), latitude, longitude, list(r.getArray(4)),
                list(r.getArray(5))));
            n++;
          }
        }
      }
      return n;
    });
  }

  // ---- counts and state

  /** How many rows each public table has. */
  public Map<String, Long> counts() {
    return read("counts", c -> {
      Map<String, Long> counts = new TreeMap<>();
      try (Statement s = c.createStatement()) {
        for (String table : Schema.PUBLIC) {
          try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            counts.put(table, r.getLong(1));
          }
        }
      }
      return counts;
    });
  }

  /**
   * Whether documents were stored since the cross-document stages last ran (an ingest was interrupted): the
   * stories, the timeline and the documents' {@code story} and {@code duplicate_of} may then be out of date
   * until the next ingest completes them.
   */
  public boolean crossDocumentStale() {
    return read("state", c -> "true".equals(meta(c, "stale")));
  }

  /** The pack the stored documents were analysed with, or null while the store is empty. */
  public String pack() {
    return read("state", c -> meta(c, "pack"));
  }

  // ---- the search index's feed

  /** The store's latest change number; 0 for an empty store. */
  public long lastChange() {
    return read("state", c -> Long.parseLong(meta(c, "change")));
  }

  /**
   * Streams, in change order, the documents stored or changed after change {@code after} (0 for all), with
   * what a search index keeps of them. Reads one snapshot: a change committed meanwhile comes in the next call.
   */
  public void documentsChangedAfter(long after, Consumer<DocumentChange> each) {
    read("changed documents", c -> {
      try (PreparedStatement ps = c.prepareStatement("""
          SELECT s.change, d.seq, d.id, d.title, d.text, d.language, d.published_value, d.outlet, d.story,
            (SELECT list(DISTINCT m.entity ORDER BY m.entity) FROM mentions m WHERE m.doc = d.id),
            (SELECT list(DISTINCT a.entity ORDER BY a.entity) FROM event_actors a WHERE a.doc = d.id),
            (SELECT list(DISTINCT e.root ORDER BY e.root) FROM events e WHERE e.doc = d.id)
          FROM summaries s JOIN documents d ON d.id = s.doc
          WHERE s.change > ? ORDER BY s.change, d.seq""")) {
        ps.setLong(1, after);
        try (ResultSet r = ps.executeQuery()) {
          while (r.next()) {
            each.accept(new DocumentChange(r.getLong(1), r.getLong(2), new IndexedDocument(r.getString(3),
                r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8), list(r.getArray(10)),
                list(r.getArray(11)), list(r.getArray(12)), r.getString(9))));
          }
        }
      }
      return null;
    });
  }

  // ---- plumbing

  @FunctionalInterface
  interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  @FunctionalInterface
  private interface RowMapper<T> {
    T map(ResultSet r) throws SQLException;
  }

  /** Runs reading work on a connection of the calling thread's own, returned for reuse afterwards. */
  <T> T read(String what, SqlWork<T> work) {
    Connection c = borrow();
    try {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException("cannot read " + what + " from the store " + dir + ": " + e.getMessage(), e);
    } finally {
      idle.offer(c);
    }
  }

  private Connection borrow() {
    if (closed) throw new StoreException("the store " + dir + " is closed");
    Connection c = idle.poll();
    if (c != null) return c;
    try {
      c = root.duplicate();
    } catch (SQLException e) {
      throw new StoreException("cannot connect to the store " + dir + ": " + e.getMessage(), e);
    }
    opened.add(c);
    return c;
  }

  /**
   * The connection an ingest writes through (transactions committed explicitly); one writer at a time. Give
   * it back with {@link #endWriting}.
   */
  Connection beginWriting() {
    if (!writing.tryLock()) throw new StoreException("the store " + dir + " is being written by another ingest");
    try {
      Connection c = root.duplicate();
      c.setAutoCommit(false);
      return c;
    } catch (SQLException e) {
      writing.unlock();
      throw new StoreException("cannot write to the store " + dir + ": " + e.getMessage(), e);
    }
  }

  void endWriting(Connection writer) {
    try {
      writer.rollback();
      writer.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the writing connection of " + dir + ": " + e.getMessage(), e);
    } finally {
      writing.unlock();
    }
  }

  private <T> Page<T> page(String what, String from, Sql where, String select, String order, int offset, int limit,
      RowMapper<T> mapper) {
    int allowed = Page.allowed(offset, limit);
    return read(what, c -> {
      long total;
      try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + from + where.where())) {
        where.bind(ps);
        total = single(ps);
      }
      List<T> items = new ArrayList<>();
      if (allowed > 0 && offset < total) {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + select + " FROM " + from + where.where()
            + " ORDER BY " + order + " LIMIT ? OFFSET ?")) {
          int next = where.bind(ps);
          ps.setInt(next, allowed);
          ps.setInt(next + 1, offset);
          try (ResultSet r = ps.executeQuery()) {
            while (r.next()) items.add(mapper.map(r));
          }
        }
      }
      return new Page<>(total, offset, allowed, items);
    });
  }

  private long export(String what, String sql, Sql where, Writer out) {
    return read(what, c -> {
      long n = 0;
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        where.bind(ps);
        try (ResultSet r = ps.executeQuery()) {
          while (r.next()) {
            out.write(r.getString(1));
            out.write('\n');
            n++;
          }
        }
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the " + what, e);
      }
      return n;
    });
  }

  private static List<ObjectNode> lines(Connection c, String sql, String key) throws SQLException {
    List<ObjectNode> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, key);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) out.add(json(r.getString(1)));
      }
    }
    return out;
  }

  private static long single(PreparedStatement ps) throws SQLException {
    try (ResultSet r = ps.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  static String meta(Connection c, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
      ps.setString(1, key);
      try (ResultSet r = ps.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  static ObjectNode json(String line) {
    return Rows.parse(line);
  }

  private static List<String> list(Array array) throws SQLException {
    if (array == null) return List.of();
    List<String> out = new ArrayList<>();
    for (Object o : (Object[]) array.getArray()) if (o != null) out.add(o.toString());
    return out;
  }

  private static Map<String, Long> counts(String json) {
    if (json == null) return Map.of();
    try {
      return new TreeMap<>(ContractJson.mapper().readValue(json, new TypeReference<Map<String, Long>>() {}));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not a JSON object of counts: " + json, e);
    }
  }

  @Override
  public void close() {
    if (closed) return;
    closed = true;
    try {
      for (Connection c : opened) c.close();
      root.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the store " + dir + ": " + e.getMessage(), e);
    }
  }
}
