package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;
import org.govsite.core.support.Checks;

/**
 * Section 三 of the annual report (收到和处理政府信息公开申请情况): counts by row (本年新收, 上年结转,
 * each outcome, 总计, 结转下年度继续办理) and by applicant column (each type and 总计), in the national
 * layout of 国办公开办函〔2021〕30号.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RequestTable {
  /** The row of requests received this year. */
  public static final String NEW = "new";
  /** The row of requests carried over from earlier years. */
  public static final String CARRIED_OVER = "carried-over";
  /** The row of all requests closed this year. */
  public static final String TOTAL = "total";
  /** The row of requests still open on 31 December. */
  public static final String CARRIED_FORWARD = "carried-forward";
  /** The column of all applicants. */
  public static final String TOTAL_COLUMN = "total";

  private static final List<Row> ROWS;
  private static final List<String> COLUMNS;

  static {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(NEW, "一、本年新收政府信息公开申请数量", ""));
    rows.add(new Row(CARRIED_OVER, "二、上年结转政府信息公开申请数量", ""));
    for (Outcome o : Outcome.values()) {
      rows.add(new Row(o.rowCode(), o.label(), groupLabel(o.group())));
    }
    rows.add(new Row(TOTAL, "（七）总计", ""));
    rows.add(new Row(CARRIED_FORWARD, "四、结转下年度继续办理", ""));
    ROWS = List.copyOf(rows);
    List<String> cols = new ArrayList<>();
    for (ApplicantType t : ApplicantType.values()) {
      cols.add(t.code());
    }
    cols.add(TOTAL_COLUMN);
    COLUMNS = List.copyOf(cols);
  }

  private final int[][] counts;

  /** Creates a table from counts indexed by {@link #rows()} and {@link #columns()}; for internal use. */
  RequestTable(int[][] counts) {
    this.counts = new int[ROWS.size()][COLUMNS.size()];
    for (int r = 0; r < ROWS.size(); r++) {
      System.arraycopy(counts[r], 0, this.counts[r], 0, COLUMNS.size());
    }
  }

  /** Returns the Chinese heading of an outcome group, e.g. {@code （三）不予公开}; empty for 予以公开 and 部分公开. */
  public static String groupLabel(String group) {
    return switch (group) {
      case "withheld" -> "（三）不予公开";
      case "unavailable" -> "（四）无法提供";
      case "not-processed" -> "（五）不予处理";
      case "other" -> "（六）其他处理";
      default -> "";
    };
  }

  /** Returns the rows in the national order. */
  public static List<Row> rows() {
    return ROWS;
  }

  /** Returns the column codes: the applicant types, then {@code total}. */
  public static List<String> columns() {
    return COLUMNS;
  }

  /** Returns the count in a cell. */
  public int count(String row, String column) {
    int r = indexOfRow(row);
    int c = COLUMNS.indexOf(column);
    if (c < 0) {
      throw new InvalidInputException("column", "未知的列 / unknown column '" + column + "'");
    }
    return counts[r][c];
  }

  private static int indexOfRow(String row) {
    for (int i = 0; i < ROWS.size(); i++) {
      if (ROWS.get(i).code().equals(row)) {
        return i;
      }
    }
    throw new InvalidInputException("row", "未知的行 / unknown row '" + row + "'");
  }

  /** Returns the table as row code → column code → count, in the national order. */
  public Map<String, Map<String, Integer>> asMap() {
    Map<String, Map<String, Integer>> m = new LinkedHashMap<>();
    for (int r = 0; r < ROWS.size(); r++) {
      Map<String, Integer> row = new LinkedHashMap<>();
      for (int c = 0; c < COLUMNS.size(); c++) {
        row.put(COLUMNS.get(c), counts[r][c]);
      }
      m.put(ROWS.get(r).code(), Collections.unmodifiableMap(row));
    }
    return Collections.unmodifiableMap(m);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RequestTable t && java.util.Arrays.deepEquals(t.counts, counts);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.deepHashCode(counts);
  }

  @Override
  public String toString() {
    return "RequestTable" + asMap();
  }

  /**
   * A row of the table (表格行).
   *
   * @param code the stable code, e.g. {@code withheld.third-party-rights}
   * @param label the national row label
   * @param group the heading of its outcome group, empty when none
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Row(String code, String label, String group) {
    /** Rejects a null component, naming it. */
    public Row {
      Checks.notNull(code, "code");
      Checks.notNull(label, "label");
      Checks.notNull(group, "group");
    }
  }
}
