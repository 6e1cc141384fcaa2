package org.peninsula.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peninsula.experiment.EnsembleBatch;
import org.peninsula.experiment.EnsembleSummary;
import org.peninsula.experiment.RunsCsv;
import org.peninsula.experiment.SummaryJson;
import org.peninsula.report.chart.Chart;
import org.peninsula.report.chart.ChartNotes;
import org.peninsula.report.chart.HistogramChart;
import org.peninsula.report.data.HistogramBin;
import org.peninsula.scenario.DistributionSpec;
import org.peninsula.scenario.ParameterSpec;
import org.peninsula.scenario.ScenarioFile;

/**
 * The report of {@code peninsula run}: {@code report.html} in the batch's folder (plus every
 * figure as PNG and SVG), built from the folder's {@code summary.json}, {@code manifest.json} and
 * {@code runs.csv} (streamed once for the histograms) and the scenario file as written (for the
 * parameters' sources and claims).
 */
public final class RunReport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RunReport() {}

  /** Builds the report of the complete batch in {@code dir} and writes it there. */
  public static WrittenReport write(Path dir, ScenarioFile scenario) throws IOException {
    return build(dir, scenario).writeTo(dir);
  }

  /** Builds the report of the complete batch in {@code dir} without writing it. */
  public static HtmlReport build(Path dir, ScenarioFile scenario) throws IOException {
    EnsembleSummary summary = SummaryJson.read(dir.resolve(EnsembleBatch.SUMMARY));
    JsonNode manifest = readManifest(dir.resolve(EnsembleBatch.MANIFEST));
    Path runsCsv = dir.resolve(EnsembleBatch.RUNS);
    OutcomeHistograms histograms = null;
    DrawnValues drawn = null;
    if (summary.runsCompleted() > 0) {
      // One pass over runs.csv for both the outcome histograms and the drawn parameters.
      OutcomeHistograms h = new OutcomeHistograms(summary, EnsembleReport.histogramOutcomes(),
          EnsembleReport::isCount);
      DrawnValues d = new DrawnValues(RunsCsv.drawnPaths(runsCsv), scenario);
      RunsCsv.read(runsCsv, row -> {
        if (row.error() == null && row.future() != null) {
          h.add(row.values());
          d.add(row.drawn());
        }
      });
      histograms = h;
      drawn = d;
    }

    JsonNode sc = manifest.path("scenario");
    String start = sc.path("parameters").path("start").asText("");
    int horizon = sc.path("horizonMonths").asInt(summary.series() == null ? 0
        : summary.series().months());
    HtmlReport.Builder b = HtmlReport.builder("Ensemble: " + summary.scenario())
        .subtitle(String.format(Locale.ROOT, "%,d runs \u00b7 master seed %d \u00b7 %d months"
            + "%s \u00b7 %s", summary.runsCompleted(), summary.masterSeed(), horizon,
            start.isEmpty() ? "" : " from " + start, manifest.path("engine").asText(
                EnsembleBatch.ENGINE)));
    if (scenario != null && scenario.description() != null) {
      b.paragraph(scenario.description().strip());
    }
    if (summary.runsFailed() > 0) {
      b.paragraph(summary.runsFailed() + " runs failed; they are listed with their error in"
          + " runs.csv and left out of every figure.");
    }
    EnsembleReport.addFigures(b, summary, histograms);
    if (scenario != null) {
      addParameters(b.section("Scenario parameters"), scenario, valueFiles(sc));
      if (drawn != null) {
        drawn.addFigures(b);
      }
    }
    b.section("Manifest").keyValues("What was run, and how", manifestEntries(manifest,
        summary));
    return b.build();
  }

  private static JsonNode readManifest(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  /** Seed, runs, engine, times: the manifest's headline entries in reading order. */
  static Map<String, String> manifestEntries(JsonNode m, EnsembleSummary s) {
    Map<String, String> out = new LinkedHashMap<>();
    JsonNode sc = m.path("scenario");
    put(out, "Scenario", sc.path("name").asText(s.scenario()));
    put(out, "Scenario file", sc.path("file").asText(null));
    put(out, "Scenario SHA-256", sc.path("sha256").asText(null));
    put(out, "Master seed", Long.toString(s.masterSeed()));
    put(out, "Run seeds", m.path("runSeeds").asText(null));
    put(out, "Runs asked", Long.toString(s.runsAsked()));
    put(out, "Runs completed", Long.toString(s.runsCompleted()));
    put(out, "Runs failed", Long.toString(s.runsFailed()));
    put(out, "Engine", m.path("engine").asText(null));
    put(out, "Java", m.path("java").asText(null));
    JsonNode sessions = m.path("sessions");
    if (sessions.isArray() && !sessions.isEmpty()) {
      put(out, "Started", time(sessions.get(0).path("startedAt").asText(null)));
      put(out, "Finished", time(sessions.get(sessions.size() - 1).path("finishedAt")
          .asText(null)));
      put(out, "Sessions", sessions.size() + (sessions.size() > 1 ? " (resumed)" : ""));
    }
    if (m.has("wallTimeSeconds")) {
      put(out, "Wall time", String.format(Locale.ROOT, "%.1f s", m.get("wallTimeSeconds")
          .asDouble()));
    }
    if (m.path("runsPerSecond").isNumber()) {
      put(out, "Runs per second", String.format(Locale.ROOT, "%.0f", m.get("runsPerSecond")
          .asDouble()));
    }
    put(out, "Threads", m.path("threads").asText(null));
    put(out, "Command", m.path("invocation").asText(null));
    put(out, "Files", "manifest.json (everything above and every resolved parameter),"
        + " runs.csv (one row per run), summary.json (the statistics), figures/ (PNG and SVG)");
    return out;
  }

  /** "2026-11-27T01:06:59.041Z" -> "2026-11-27 01:06:59 UTC"; other text as it is. */
  static String time(String instant) {
    if (instant == null) {
      return null;
    }
    try {
      return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
          .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.parse(instant));
    } catch (java.time.format.DateTimeParseException e) {
      return instant;
    }
  }

  private static void put(Map<String, String> out, String key, String value) {
    if (value != null && !value.isBlank()) {
      out.put(key, value);
    }
  }

  /** The stances and other numbers of the scenario file with their source and claim. */
  static void addParameters(HtmlReport.Builder b, ScenarioFile f) {
    addParameters(b, f, Map.of());
  }

  /**
   * As above; for a scenario file with {@code extends:}, {@code files} (path to file, see
   * {@code Scenario.provenance()}) adds a column naming the file each value came from.
   */
  static void addParameters(HtmlReport.Builder b, ScenarioFile f, Map<String, String> files) {
    b.paragraph("Every number as the scenario file gives it, with the source it was read from"
        + " and the claim it rests on (sources: docs/model.md). Uncertain numbers are"
        + " distributions: each run draws its own value, recorded in runs.csv."
        + (files.isEmpty() ? "" : " The scenario extends another file; the last column says"
            + " which file each value comes from."));
    List<List<String>> rows = new ArrayList<>();
    if (f.actors() != null) {
      f.actors().forEach((actor, params) -> {
        if (params != null) {
          params.forEach((name, p) -> rows.add(withFile(row(actor, name, p), files,
              "actors." + actor + "." + name)));
        }
      });
    }
    if (!rows.isEmpty()) {
      b.table("Stances of the countries", header(files, "Country", "Parameter", "Value",
          "Source", "Claim"), rows);
    }
    List<List<String>> other = new ArrayList<>();
    addGroup(other, "relations", f.relations(), files);
    addGroup(other, "world", f.world(), files);
    addGroup(other, "mechanisms", f.mechanisms(), files);
    addGroup(other, "parameters", f.parameters(), files);
    if (!other.isEmpty()) {
      b.table("Relations, world, mechanisms and other parameters", header(files, "Group",
          "Parameter", "Value",
          "Source", "Claim"), other);
    }
    List<List<String>> scripted = new ArrayList<>();
    if (f.elections() != null) {
      f.elections().forEach((actor, e) -> scripted.add(withFile(List.of("election", actor,
          "first " + e.first() + (e.everyMonths() != null ? ", every " + e.everyMonths()
              + " months" : ""), ""), files, "elections." + actor + ".first")));
    }
    if (f.injects() != null) {
      for (ScenarioFile.InjectSpec i : f.injects()) {
        String what = i.shock() == null ? i.event() : "SHOCK " + i.shock().key() + " "
            + (i.shock().delta() == null ? "" : String.format(java.util.Locale.ROOT, "%+.3g",
                i.shock().delta()));
        scripted.add(withFile(List.of("inject", what, i.date() != null ? i.date()
            : "month " + i.month(), i.note() == null ? "" : i.note()), files, "injects"));
      }
    }
    if (f.policies() != null) {
      for (ScenarioFile.PolicySpec p : f.policies()) {
        scripted.add(withFile(List.of("policy", p.actor() + " " + p.action(), "months "
            + p.from() + "\u2013" + p.to(), p.note() == null ? "" : p.note()), files,
            "policies"));
      }
    }
    if (!scripted.isEmpty()) {
      b.table("Scripted elections, events and policies", header(files, "Kind", "What", "When",
          "Note"), scripted);
    }
  }

  private static void addGroup(List<List<String>> rows, String group,
      Map<String, ParameterSpec> params, Map<String, String> files) {
    if (params != null) {
      params.forEach((name, p) -> rows.add(withFile(row(group, name, p), files,
          group + "." + name)));
    }
  }

  private static List<String> header(Map<String, String> files, String... columns) {
    List<String> h = new ArrayList<>(List.of(columns));
    if (!files.isEmpty()) {
      h.add("File");
    }
    return h;
  }

  /** The row, with the file its value came from when the scenario extends another. */
  private static List<String> withFile(List<String> row, Map<String, String> files,
      String path) {
    if (files.isEmpty()) {
      return row;
    }
    List<String> r = new ArrayList<>(row);
    String file = files.get(path);
    r.add(file == null ? "" : Path.of(file).getFileName().toString());
    return r;
  }

  /** The manifest's record of which file each value came from (empty: one file). */
  static Map<String, String> valueFiles(JsonNode scenario) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    scenario.path("parameters").path("valueFiles").fields()
        .forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  private static List<String> row(String group, String name, ParameterSpec p) {
    if (p == null) {
      return List.of(group, name, "", "", "");
    }
    return List.of(group, name, value(p), p.source() == null ? "" : p.source(),
        p.claim() == null ? "" : p.claim());
  }

  /** A fixed value as a number, an uncertain one as its distribution in words. */
  static String value(ParameterSpec p) {
    if (p.distribution() != null) {
      return distribution(p.distribution());
    }
    return p.value() == null ? "" : plain(p.value());
  }

  static String distribution(DistributionSpec d) {
    String type = d.type() == null ? "distribution" : d.type().toLowerCase(Locale.ROOT);
    List<String> parts = new ArrayList<>();
    switch (type) {
      case "triangular" -> {
        part(parts, "min", d.min());
        part(parts, "mode", d.mode());
        part(parts, "max", d.max());
      }
      case "beta" -> {
        part(parts, "\u03b1", d.alpha());
        part(parts, "\u03b2", d.beta());
        part(parts, "min", d.min());
        part(parts, "max", d.max());
      }
      case "normal" -> {
        part(parts, "mean", d.mean());
        part(parts, "sd", d.sd());
        part(parts, "min", d.min());
        part(parts, "max", d.max());
      }
      default -> {
        part(parts, "min", d.min());
        part(parts, "max", d.max());
        part(parts, "mode", d.mode());
        part(parts, "mean", d.mean());
        part(parts, "sd", d.sd());
      }
    }
    return type + "(" + String.join(", ", parts) + ")";
  }

  private static void part(List<String> parts, String name, Double v) {
    if (v != null) {
      parts.add(name + " " + plain(v));
    }
  }

  /**
   * The values drawn for the uncertain parameters, in {@value #DRAWN_BINS} fixed bins over each
   * distribution's range (bounded memory, like {@link OutcomeHistograms}).
   */
  static final class DrawnValues {
    private final List<String> paths;
    private final List<DistributionSpec> specs = new ArrayList<>();
    private final double[] lower;
    private final double[] width;
    private final long[][] counts;
    private long runs;

    DrawnValues(List<String> paths, ScenarioFile scenario) {
      this.paths = List.copyOf(paths);
      int n = paths.size();
      lower = new double[n];
      width = new double[n];
      counts = new long[n][DRAWN_BINS];
      for (int i = 0; i < n; i++) {
        ParameterSpec p = scenario == null ? null : spec(scenario, paths.get(i));
        DistributionSpec d = p == null ? null : p.distribution();
        specs.add(d);
        double lo = 0;
        double hi = 1;
        if (d != null && d.min() != null && d.max() != null && d.max() > d.min()) {
          lo = d.min();
          hi = d.max();
        } else if (d != null && d.mean() != null && d.sd() != null && d.sd() > 0) {
          lo = d.mean() - 4 * d.sd();
          hi = d.mean() + 4 * d.sd();
        }
        lower[i] = lo;
        width[i] = (hi - lo) / DRAWN_BINS;
      }
    }

    void add(double[] drawn) {
      runs++;
      for (int i = 0; i < Math.min(drawn.length, counts.length); i++) {
        if (Double.isFinite(drawn[i])) {
          int k = (int) Math.floor((drawn[i] - lower[i]) / width[i]);
          counts[i][Math.max(0, Math.min(DRAWN_BINS - 1, k))]++;
        }
      }
    }

    void addFigures(HtmlReport.Builder b) {
      if (paths.isEmpty() || runs == 0) {
        return;
      }
      b.heading("Uncertain parameters: the values drawn");
      for (int i = 0; i < paths.size(); i++) {
        List<HistogramBin> bins = new ArrayList<>(DRAWN_BINS);
        for (int k = 0; k < DRAWN_BINS; k++) {
          bins.add(new HistogramBin(lower[i] + k * width[i], lower[i] + (k + 1) * width[i],
              counts[i][k]));
        }
        String dist = specs.get(i) == null ? "" : distribution(specs.get(i));
        Chart c = HistogramChart.ofBins("Drawn: " + paths.get(i), "Value drawn for "
            + paths.get(i) + " (parameter scale)", bins)
            .withName("drawn-" + paths.get(i)).withSize(1000, 450);
        ChartNotes.explain(c, String.format(Locale.ROOT, "%s \u00b7 n = %d runs",
            dist.isEmpty() ? "drawn values" : dist, runs));
        b.figure(c, "The value of " + paths.get(i) + " in each run, drawn from "
            + (dist.isEmpty() ? "its distribution" : dist) + ".");
      }
    }
  }

  /** Bins of a drawn parameter's histogram. */
  static final int DRAWN_BINS = 30;

  /** The spec of {@code path} ("actors.USA.pressure", "world.tension") in the file, or null. */
  static ParameterSpec spec(ScenarioFile f, String path) {
    return f.specOf(path);
  }

  /** A number as written in a scenario file: 0.6, not 0.600; at most four decimals. */
  static String plain(double v) {
    return java.math.BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros().toPlainString();
  }
}
