package org.dossier.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dossier.output.ContractRows;

/**
 * The store's tables as Spark schemas: the columns {@link ContractRows} gives (names and plain types), plus the
 * per-document summaries a store keeps for later ingests. Rows are {@link ContractRows}' value lists.
 */
final class Tables {
  /** The contract's tables, in the order the job writes them. */
  static final List<String> CONTRACT = List.of("documents", "mentions", "timexes", "events", "event_actors",
      "stories", "timeline", "timeline_mentions", "timeline_actors", "rejected", "places");

  /** Per document: the encoded summaries of its analyses and the landmarks its rows were made with. */
  static final StructType SUMMARIES = new StructType(new StructField[] {
      DataTypes.createStructField("doc", DataTypes.StringType, false),
      DataTypes.createStructField("seq", DataTypes.LongType, false),
      DataTypes.createStructField("input_hash", DataTypes.StringType, false),
      DataTypes.createStructField("summary", DataTypes.BinaryType, false),
      DataTypes.createStructField("dated_summary", DataTypes.BinaryType, true),
      DataTypes.createStructField("dated_by", DataTypes.StringType, true)});

  /** The inputs of reports without a day of their own, as JSON, so that a later ingest can date them. */
  static final StructType KEPT_INPUTS = new StructType(new StructField[] {
      DataTypes.createStructField("doc", DataTypes.StringType, false),
      DataTypes.createStructField("raw", DataTypes.StringType, false)});

  private Tables() {}

  static StructType schema(String table) {
    List<ContractRows.Column> columns = ContractRows.TABLES.get(table);
    StructField[] fields = new StructField[columns.size()];
    for (int i = 0; i < fields.length; i++) {
      fields[i] = DataTypes.createStructField(columns.get(i).name(), type(columns.get(i).type()), true);
    }
    return new StructType(fields);
  }

  private static DataType type(ContractRows.Type type) {
    return switch (type) {
      case VARCHAR -> DataTypes.StringType;
      case INTEGER -> DataTypes.IntegerType;
      case BIGINT -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
      case DATE -> DataTypes.DateType;
      case VARCHAR_LIST -> DataTypes.createArrayType(DataTypes.StringType, false);
    };
  }

  /** A Spark row of a {@link ContractRows} value list (dates as {@code LocalDate}: the job enables the Java 8 API). */
  static Row row(List<Object> values) {
    Object[] out = new Object[values.size()];
    for (int i = 0; i < out.length; i++) {
      Object v = values.get(i);
      out[i] = v instanceof List<?> list ? new ArrayList<>(list).toArray(new String[0]) : v;
    }
    return RowFactory.create(out);
  }
}
