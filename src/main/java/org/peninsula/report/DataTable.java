package org.peninsula.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table of already formatted cells with a header row and a caption. Cells that look numeric are
 * right-aligned in the report so digits line up.
 */
public record DataTable(String caption, List<String> header, List<List<String>> rows) {

  public DataTable {
    Objects.requireNonNull(caption, "caption");
    header = List.copyOf(header);
    if (header.isEmpty()) {
      throw new IllegalArgumentException("table needs at least one column");
    }
    List<List<String>> copy = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException("row has " + row.size() + " cells, header has "
            + header.size() + ": " + row);
      }
      copy.add(List.copyOf(row));
    }
    rows = List.copyOf(copy);
  }

  /**
   * Builds a table from arbitrary cell values: numbers are shown with four significant digits,
   * everything else with {@code toString()}, null as an empty cell.
   */
  public static DataTable of(String caption, List<String> header, List<? extends List<?>> rows) {
    List<List<String>> text = new ArrayList<>(rows.size());
    for (List<?> row : rows) {
      List<String> cells = new ArrayList<>(row.size());
      for (Object cell : row) {
        cells.add(format(cell));
      }
      text.add(cells);
    }
    return new DataTable(caption, header, text);
  }

  static String format(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Double || cell instanceof Float) {
      double v = ((Number) cell).doubleValue();
      if (!Double.isFinite(v)) {
        return Double.toString(v);
      }
      if (v == 0) {
        return "0";
      }
      return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
    return cell.toString();
  }

  static boolean looksNumeric(String cell) {
    return cell.matches("[-+\u2212]?[0-9][0-9,_ ]*(\\.[0-9]+)?([eE][-+]?[0-9]+)?\\s*%?");
  }
}
