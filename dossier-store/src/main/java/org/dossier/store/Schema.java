package org.dossier.store;

import java.util.List;

/**
 * The store's tables (docs/STORE.md). Columns carry the contract's field names, nested fields flattened with
 * an underscore ({@code published_value}, {@code date_granularity}, {@code evidence_start}); each row of a
 * contract file keeps its full JSON line in {@code json}. Plain types only (VARCHAR, INTEGER, BIGINT, DOUBLE,
 * DATE, lists of VARCHAR), so that the same schema can be written as Parquet.
 *
 * <p>No table has a key constraint or an index: IDs are unique because the ingest keeps them so, and lookups
 * scan (DuckDB scans a column of a million IDs in milliseconds). DuckDB's indexes can miss rows after the
 * write-ahead log of a killed process is replayed, which would let a re-run store a document twice.
 */
final class Schema {
  /** Bumped when a table changes; a store of another version is refused, not misread. */
  static final int VERSION = 2;

  static final List<String> TABLES = List.of(
      """
      CREATE TABLE IF NOT EXISTS meta (
        key VARCHAR NOT NULL,
        value VARCHAR NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS documents (
        seq BIGINT NOT NULL,
        id VARCHAR NOT NULL,
        input VARCHAR NOT NULL,
        url VARCHAR,
        outlet VARCHAR,
        title VARCHAR,
        language VARCHAR NOT NULL,
        published_value VARCHAR,
        published_origin VARCHAR NOT NULL,
        published_evidence VARCHAR,
        published_conflict VARCHAR,
        published_first DATE,
        published_last DATE,
        text VARCHAR NOT NULL,
        removed INTEGER NOT NULL,
        story VARCHAR,
        duplicate_of VARCHAR,
        agencies VARCHAR[] NOT NULL,
        tokens INTEGER NOT NULL,
        json VARCHAR NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS mentions (
        doc VARCHAR NOT NULL,
        n INTEGER NOT NULL,
        field VARCHAR NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        surface VARCHAR NOT NULL,
        entity VARCHAR NOT NULL,
        name VARCHAR,
        type VARCHAR NOT NULL,
        country VARCHAR,
        via VARCHAR,
        role VARCHAR,
        acts_for VARCHAR,
        json VARCHAR NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS timexes (
        doc VARCHAR NOT NULL,
        n INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        surface VARCHAR NOT NULL,
        type VARCHAR NOT NULL,
        value VARCHAR,
        rule VARCHAR,
        reference_value VARCHAR,
        reference_source VARCHAR,
        reference_evidence VARCHAR,
        json VARCHAR NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS events (
        id VARCHAR NOT NULL,
        doc VARCHAR NOT NULL,
        n INTEGER NOT NULL,
        cameo VARCHAR NOT NULL,
        root VARCHAR NOT NULL,
        label VARCHAR,
        modality VARCHAR NOT NULL,
        date_value VARCHAR,
        date_granularity VARCHAR NOT NULL,
        date_first DATE,
        date_last DATE,
        location_entity VARCHAR,
        location_name VARCHAR,
        location_country VARCHAR,
        fatalities_count BIGINT,
        fatalities_qualifier VARCHAR,
        evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        evidence_text VARCHAR NOT NULL,
        trigger_start INTEGER,
        trigger_end INTEGER,
        trigger_text VARCHAR,
        timeline VARCHAR,
        json VARCHAR NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS event_actors (
        event VARCHAR NOT NULL,
        doc VARCHAR NOT NULL,
        role VARCHAR NOT NULL,
        n INTEGER NOT NULL,
        entity VARCHAR NOT NULL,
        name VARCHAR,
        code VARCHAR,
        inferred VARCHAR)""",
      """
      CREATE TABLE IF NOT EXISTS stories (
        id VARCHAR NOT NULL,
        title VARCHAR,
        first VARCHAR,
        last VARCHAR,
        first_day DATE,
        last_day DATE,
        docs VARCHAR[] NOT NULL,
        languages VARCHAR[] NOT NULL,
        central VARCHAR,
        json VARCHAR NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS timeline (
        id VARCHAR NOT NULL,
        cameo VARCHAR NOT NULL,
        root VARCHAR NOT NULL,
        label VARCHAR,
        date_value VARCHAR,
        date_granularity VARCHAR NOT NULL,
        date_first DATE,
        date_last DATE,
        location_entity VARCHAR,
        location_name VARCHAR,
        location_country VARCHAR,
        fatalities_min BIGINT,
        fatalities_max BIGINT,
        mentions VARCHAR[] NOT NULL,
        docs VARCHAR[] NOT NULL,
        languages VARCHAR[] NOT NULL,
        conflicts VARCHAR[] NOT NULL,
        json VARCHAR NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS timeline_mentions (
        timeline VARCHAR NOT NULL,
        event VARCHAR NOT NULL,
        doc VARCHAR NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS timeline_actors (
        timeline VARCHAR NOT NULL,
        role VARCHAR NOT NULL,
        n INTEGER NOT NULL,
        entity VARCHAR NOT NULL,
        name VARCHAR,
        code VARCHAR,
        inferred VARCHAR)""",
      """
      CREATE TABLE IF NOT EXISTS rejected (
        input VARCHAR NOT NULL,
        reason VARCHAR NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS places (
        id VARCHAR NOT NULL,
        name VARCHAR NOT NULL,
        country VARCHAR,
        lat DOUBLE NOT NULL,
        lon DOUBLE NOT NULL,
        kind VARCHAR)""",
      // internal: what the cross-document stages need of each document, so a later ingest does not analyse it
      // again; the summary of its first analysis and, when its story dated it, of the second; the landmarks
      // its current rows were analysed with; the change that last touched it (for a search index to catch up)
      """
      CREATE TABLE IF NOT EXISTS summaries (
        doc VARCHAR NOT NULL,
        seq BIGINT NOT NULL,
        input_hash VARCHAR NOT NULL,
        summary BLOB NOT NULL,
        dated_summary BLOB,
        dated_by VARCHAR,
        change BIGINT NOT NULL)""",
      // internal: the inputs of reports without a day of their own, which their story may date
      """
      CREATE TABLE IF NOT EXISTS kept_inputs (
        doc VARCHAR NOT NULL,
        raw VARCHAR NOT NULL)""");

  /** The tables an analyst reads; the others are the store's own bookkeeping. */
  static final List<String> PUBLIC = List.of("documents", "mentions", "timexes", "events", "event_actors", "stories",
      "timeline", "timeline_mentions", "timeline_actors", "rejected", "places");

  private Schema() {}
}
