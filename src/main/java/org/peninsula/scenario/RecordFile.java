package org.peninsula.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An observed record file (scenarios/history/2016-2020.yaml) as read from disk: per statistic,
 * one entry per year, each a number, a range {@code [low, high]} or {@code null} (not observed),
 * held as {@code {lows, highs}} with NaN where nothing was observed. Reading files is the
 * scenario layer's job; the calibration compares runs with what this holds.
 *
 * @param file the file as errors name it
 * @param windowFrom first month of the record, "2016-01"
 */
public record RecordFile(String file, String name, String windowFrom, List<Integer> years,
    Map<String, double[][]> statistics) {

  public RecordFile {
    years = List.copyOf(years);
    statistics = Collections.unmodifiableMap(new LinkedHashMap<>(statistics));
  }

  /**
   * Reads a record file.
   *
   * @throws IllegalArgumentException naming the file and field when the file is malformed
   */
  public static RecordFile load(Path path) throws IOException {
    String label = path.toString();
    String text = Files.readString(path);
    JsonNode root;
    YamlLocations at;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(text);
      at = YamlLocations.index(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new IllegalArgumentException(label + ":" + line + ": not valid YAML: "
          + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(label + ": expected a mapping with years and statistics");
    }
    JsonNode ys = root.get("years");
    if (ys == null || !ys.isArray() || ys.isEmpty()) {
      throw new IllegalArgumentException(where(label, at, "years")
          + "field 'years' must list the record's years");
    }
    List<Integer> years = new ArrayList<>();
    for (JsonNode y : ys) {
      if (!y.canConvertToInt()) {
        throw new IllegalArgumentException(where(label, at, "years[" + years.size() + "]")
            + "field 'years': " + y + " is not a year");
      }
      years.add(y.asInt());
    }
    JsonNode st = root.get("statistics");
    if (st == null || !st.isObject()) {
      throw new IllegalArgumentException(label + ": field 'statistics' is missing");
    }
    Map<String, double[][]> stats = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = st.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String field = "statistics." + e.getKey();
      JsonNode list = e.getValue();
      if (!list.isArray() || list.size() != years.size()) {
        throw new IllegalArgumentException(where(label, at, field) + "field '" + field
            + "' must have one entry "
            + "per year (" + years.size() + ")");
      }
      double[][] lh = new double[2][years.size()];
      for (int y = 0; y < years.size(); y++) {
        JsonNode v = list.get(y);
        if (v.isNull()) {
          lh[0][y] = lh[1][y] = Double.NaN;
        } else if (v.isNumber()) {
          lh[0][y] = lh[1][y] = v.asDouble();
        } else if (v.isArray() && v.size() == 2 && v.get(0).isNumber() && v.get(1).isNumber()
            && v.get(0).asDouble() <= v.get(1).asDouble()) {
          lh[0][y] = v.get(0).asDouble();
          lh[1][y] = v.get(1).asDouble();
        } else {
          throw new IllegalArgumentException(where(label, at, field + "[" + y + "]")
              + "field '" + field + "', year "
              + years.get(y) + ": expected a number, [low, high] or null, got " + v);
        }
      }
      stats.put(e.getKey(), lh);
    }
    JsonNode window = root.path("window").path("from");
    String from = window.isTextual() ? window.asText() : years.get(0) + "-01";
    String name = root.path("name").asText("record");
    return new RecordFile(label, name, from, years, stats);
  }

  /** "file:line: " for the path's location (or its nearest located parent), "file: " if none. */
  private static String where(String label, YamlLocations at, String path) {
    int line = at.find(path)[0];
    return line > 0 ? label + ":" + line + ": " : label + ": ";
  }
}
