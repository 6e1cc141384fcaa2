package org.peninsula.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.peninsula.model.Peninsula;

/**
 * The JSON form of an {@link EnsembleSummary} (summary.json). Contains no timings, paths or
 * dates, so equal summaries give byte-identical files. Numbers that do not exist (a mean over no
 * runs) are null.
 */
public final class SummaryJson {
  static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private SummaryJson() {}

  public static ObjectNode toTree(EnsembleSummary s) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("scenario", s.scenario());
    root.put("masterSeed", s.masterSeed());
    root.put("runsAsked", s.runsAsked());
    root.put("runsCompleted", s.runsCompleted());
    root.put("runsFailed", s.runsFailed());
    ArrayNode futures = root.putArray("futures");
    for (FutureEstimate f : s.futures()) {
      ObjectNode n = futures.addObject();
      n.put("future", f.future().name());
      n.put("label", f.future().label());
      n.put("count", f.count());
      number(n, "probability", f.probability());
      ArrayNode ci = n.putArray("ci95");
      number(ci, f.low());
      number(ci, f.high());
    }
    ArrayNode outcomes = root.putArray("outcomes");
    for (OutcomeSummary o : s.outcomes()) {
      ObjectNode n = outcomes.addObject();
      n.put("key", o.outcome().key());
      n.put("meaning", o.outcome().meaning());
      n.put("n", o.n());
      n.put("missing", o.missing());
      number(n, "mean", o.mean());
      number(n, "sd", o.sd());
      number(n, "min", o.min());
      number(n, "p05", o.p05());
      number(n, "p25", o.p25());
      number(n, "median", o.median());
      number(n, "p75", o.p75());
      number(n, "p95", o.p95());
      number(n, "max", o.max());
    }
    SeriesBands b = s.series();
    if (b != null) {
      ObjectNode series = root.putObject("series");
      series.put("months", b.months());
      ArrayNode labels = series.putArray("monthLabels");
      b.monthLabels().forEach(labels::add);
      series.put("resolution", SeriesHistogram.BIN_WIDTH);
      for (int sIdx = 0; sIdx < Peninsula.SERIES_COUNT; sIdx++) {
        ObjectNode one = series.putObject(b.names().get(sIdx));
        for (int l = 0; l < SeriesBands.LEVELS.length; l++) {
          ArrayNode arr = one.putArray(SeriesBands.LEVEL_NAMES.get(l));
          for (double v : b.values()[sIdx][l]) {
            number(arr, Double.isNaN(v) ? v : Math.round(v * 1e4) / 1e4);
          }
        }
      }
    }
    return root;
  }

  public static byte[] toBytes(EnsembleSummary s) {
    try {
      return (MAPPER.writeValueAsString(toTree(s)) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void number(ObjectNode n, String field, double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      n.putNull(field);
    } else {
      n.put(field, v);
    }
  }

  static void number(ArrayNode a, double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      a.addNull();
    } else {
      a.add(v);
    }
  }

  /** Reads a summary.json back (as written by {@link #toBytes}). */
  public static EnsembleSummary read(java.nio.file.Path file) throws IOException {
    return fromTree(MAPPER.readTree(file.toFile()));
  }

  public static EnsembleSummary fromTree(JsonNode root) {
    java.util.List<FutureEstimate> futures = new java.util.ArrayList<>();
    for (JsonNode f : root.get("futures")) {
      futures.add(new FutureEstimate(org.peninsula.model.Future.valueOf(f.get("future").asText()),
          f.get("count").asLong(), root.get("runsCompleted").asLong(), num(f.get("probability")),
          num(f.get("ci95").get(0)), num(f.get("ci95").get(1))));
    }
    java.util.List<OutcomeSummary> outcomes = new java.util.ArrayList<>();
    for (JsonNode o : root.get("outcomes")) {
      outcomes.add(new OutcomeSummary(org.peninsula.model.Outcome.byKey(o.get("key").asText()),
          o.get("n").asLong(), o.get("missing").asLong(), num(o.get("mean")), num(o.get("sd")),
          num(o.get("min")), num(o.get("p05")), num(o.get("p25")), num(o.get("median")),
          num(o.get("p75")), num(o.get("p95")), num(o.get("max"))));
    }
    SeriesBands bands = null;
    JsonNode series = root.get("series");
    if (series != null && !series.isNull()) {
      int months = series.get("months").asInt();
      java.util.List<String> labels = new java.util.ArrayList<>();
      series.get("monthLabels").forEach(l -> labels.add(l.asText()));
      double[][][] v = new double[SeriesBands.SERIES_NAMES.size()][SeriesBands.LEVELS.length]
          [months];
      for (int s = 0; s < v.length; s++) {
        JsonNode one = series.get(SeriesBands.SERIES_NAMES.get(s));
        for (int l = 0; l < SeriesBands.LEVELS.length; l++) {
          JsonNode arr = one.get(SeriesBands.LEVEL_NAMES.get(l));
          for (int m = 0; m < months; m++) {
            v[s][l][m] = num(arr.get(m));
          }
        }
      }
      bands = new SeriesBands(SeriesBands.SERIES_NAMES, java.util.List.copyOf(labels), v);
    }
    return new EnsembleSummary(root.get("scenario").asText(), root.get("masterSeed").asLong(),
        root.get("runsAsked").asLong(), root.get("runsCompleted").asLong(),
        root.get("runsFailed").asLong(), java.util.List.copyOf(futures),
        java.util.List.copyOf(outcomes), bands);
  }

  private static double num(JsonNode n) {
    return n == null || n.isNull() ? Double.NaN : n.asDouble();
  }
}
