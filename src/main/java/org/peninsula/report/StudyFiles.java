package org.peninsula.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peninsula.analysis.compare.ComparisonResult;

/**
 * JSON and CSV files of the study commands (compare, sweep, sensitivity, discover): stable key
 * order, numbers that do not exist written as null (JSON) or empty (CSV), RFC 4180 quoting, so
 * equal results give byte-identical files.
 */
public final class StudyFiles {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private StudyFiles() {}

  /** A finite number, or null. */
  public static Double num(double v) {
    return Double.isFinite(v) ? v : null;
  }

  public static void writeJson(Path file, Object tree) throws IOException {
    Files.write(file, (MAPPER.writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a header and rows; cells are printed with {@link #cell}. */
  public static void writeCsv(Path file, List<String> header, List<? extends List<?>> rows)
      throws IOException {
    StringBuilder b = new StringBuilder();
    line(b, header);
    for (List<?> r : rows) {
      line(b, r);
    }
    Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder b, List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(quote(cell(cells.get(i))));
    }
    b.append('\n');
  }

  /** Numbers in Java's shortest round-trip form (integers without a point), NaN as empty. */
  public static String cell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      if (!Double.isFinite(d)) {
        return "";
      }
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        return Long.toString(d.longValue());
      }
      return Double.toString(d);
    }
    return v.toString();
  }

  private static String quote(String s) {
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
        || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  /** A comparison result as a JSON object. */
  public static Map<String, Object> json(ComparisonResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("quantity", r.quantity());
    m.put("method", r.method());
    m.put("estimate", num(r.estimate()));
    m.put("ci95", num(r.lower()) == null ? null : List.of(r.lower(), r.upper()));
    m.put("statistic", num(r.statistic()));
    m.put("p", jsonP(r.pValue()));
    m.put("holmP", jsonP(r.adjustedPValue()));
    m.put("nA", r.sizeA());
    m.put("nB", r.sizeB());
    return m;
  }

  /** A p-value: null if none, the string "<1e-300" below {@link ComparisonResult#P_FLOOR}. */
  public static Object jsonP(double p) {
    return Double.isNaN(p) ? null : ComparisonResult.fileP(p);
  }

  public static List<Map<String, Object>> json(List<ComparisonResult> rs) {
    List<Map<String, Object>> out = new ArrayList<>();
    rs.forEach(r -> out.add(json(r)));
    return out;
  }
}
