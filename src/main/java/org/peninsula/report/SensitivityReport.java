package org.peninsula.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.peninsula.experiment.design.NoiseFloor;
import java.util.Locale;
import java.util.Map;
import org.peninsula.analysis.sensitivity.MorrisIndices;
import org.peninsula.analysis.sensitivity.MorrisResult;
import org.peninsula.analysis.sensitivity.SobolConvergenceRow;
import org.peninsula.analysis.sensitivity.SobolIndices;
import org.peninsula.analysis.sensitivity.SobolResult;
import org.peninsula.analysis.stats.Estimate;
import org.peninsula.experiment.study.Measure;
import org.peninsula.report.chart.ConvergenceChart;
import org.peninsula.report.chart.MorrisChart;
import org.peninsula.report.chart.SobolChart;
import org.peninsula.report.data.ConvergencePoint;
import org.peninsula.report.data.ConvergenceSeries;
import org.peninsula.report.data.MorrisEffect;

/**
 * The files of {@code peninsula sensitivity}: sensitivity.json, sensitivity.csv, report.html.
 * One analysis per measure; exactly one of {@code sobol} and {@code morris} is set.
 */
public final class SensitivityReport {
  private SensitivityReport() {}

  /** The analysis of one measure. */
  public record Analysis(Measure measure, SobolResult sobol, MorrisResult morris) {}

  /** Sobol indices ranked by total index (NaN last). */
  public static List<SobolIndices> ranked(SobolResult r) {
    List<SobolIndices> l = new ArrayList<>(r.indices());
    l.sort(Comparator.comparingDouble((SobolIndices s) -> Double.isNaN(s.total().value())
        ? Double.NEGATIVE_INFINITY : s.total().value()).reversed());
    return l;
  }

  public static final List<String> CSV_HEADER = List.of("outcome", "parameter", "rank", "index",
      "estimate", "lower", "upper", "method");

  public static List<List<Object>> csvRows(List<Analysis> analyses) {
    List<List<Object>> rows = new ArrayList<>();
    for (Analysis a : analyses) {
      if (a.sobol() != null) {
        int rank = 1;
        for (SobolIndices s : ranked(a.sobol())) {
          rows.add(row(a, s.parameter(), rank, "S1", s.firstOrder(), a.sobol().method()));
          rows.add(row(a, s.parameter(), rank, "ST", s.total(), a.sobol().method()));
          rank++;
        }
      } else {
        int rank = 1;
        for (MorrisIndices m : a.morris().rankedByMuStar()) {
          rows.add(row(a, m.parameter(), rank, "mu_star", m.muStar(), a.morris().method()));
          rows.add(Arrays.asList(a.measure().name(), m.parameter(), (double) rank, "mu", m.mu(),
              Double.NaN, Double.NaN, a.morris().method()));
          rows.add(Arrays.asList(a.measure().name(), m.parameter(), (double) rank, "sigma",
              m.sigma(), Double.NaN, Double.NaN, a.morris().method()));
          rank++;
        }
      }
    }
    return rows;
  }

  private static List<Object> row(Analysis a, String p, int rank, String index, Estimate e,
      String method) {
    return Arrays.asList(a.measure().name(), p, (double) rank, index, e.value(), e.lower(),
        e.upper(), method);
  }

  public static Map<String, Object> json(List<Analysis> analyses, Map<String, Object> inputs) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("inputs", inputs);
    List<Object> out = new ArrayList<>();
    for (Analysis a : analyses) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("outcome", a.measure().name());
      x.put("measure", a.measure().label());
      List<Object> ranking = new ArrayList<>();
      if (a.sobol() != null) {
        x.put("method", a.sobol().method());
        x.put("outputVariance", StudyFiles.num(a.sobol().outputVariance()));
        for (SobolIndices s : ranked(a.sobol())) {
          Map<String, Object> r = new LinkedHashMap<>();
          r.put("parameter", s.parameter());
          r.put("firstOrder", est(s.firstOrder()));
          r.put("total", est(s.total()));
          ranking.add(r);
        }
        List<Object> conv = new ArrayList<>();
        for (SobolConvergenceRow row : a.sobol().convergence()) {
          Map<String, Object> c = new LinkedHashMap<>();
          c.put("baseSamples", row.baseSamples());
          Map<String, Object> idx = new LinkedHashMap<>();
          for (SobolIndices s : row.indices()) {
            idx.put(s.parameter(), Map.of("firstOrder", est(s.firstOrder()), "total",
                est(s.total())));
          }
          c.put("indices", idx);
          conv.add(c);
        }
        x.put("ranking", ranking);
        x.put("convergence", conv);
      } else {
        x.put("method", a.morris().method());
        for (MorrisIndices mi : a.morris().rankedByMuStar()) {
          Map<String, Object> r = new LinkedHashMap<>();
          r.put("parameter", mi.parameter());
          r.put("mu", StudyFiles.num(mi.mu()));
          r.put("muStar", est(mi.muStar()));
          r.put("sigma", StudyFiles.num(mi.sigma()));
          r.put("effects", mi.effects());
          ranking.add(r);
        }
        x.put("ranking", ranking);
      }
      out.add(x);
    }
    m.put("outcomes", out);
    return m;
  }

  private static Map<String, Object> est(Estimate e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("estimate", StudyFiles.num(e.value()));
    m.put("ci95", Double.isFinite(e.lower()) ? List.of(e.lower(), e.upper()) : null);
    return m;
  }

  /** Ranking table for the terminal and the report. */
  public static List<String> tableHeader(Analysis a) {
    return a.sobol() != null
        ? List.of("rank", "parameter", "total ST [95% CI]", "first-order S1 [95% CI]",
            "vs noise floor")
        : List.of("rank", "parameter", "mu* [95% CI]", "mu", "sigma", "vs noise floor");
  }

  /** What the noise-floor row means, for the report and the terminal. */
  public static final String NOISE_FLOOR_NOTE = NoiseFloor.NAME + " is a dummy input that the"
      + " study adds and the model never sees: moving it only re-draws the replication noise"
      + " (another seed stream), so its index is what noise alone produces. \"above\": the"
      + " parameter's lower 95% bound exceeds the floor's upper bound; \"within noise\":"
      + " it does not, and its rank cannot be told apart from noise.";

  /** Whether an index stands above the noise floor's, by their intervals. */
  static String versusFloor(String parameter, Estimate index, Estimate floor) {
    if (NoiseFloor.isDummy(parameter)) {
      return "(the floor)";
    }
    if (floor == null) {
      return "";
    }
    return index.lower() > floor.upper() ? "above" : "within noise";
  }

  public static List<List<String>> tableRows(Analysis a) {
    List<List<String>> rows = new ArrayList<>();
    int rank = 1;
    if (a.sobol() != null) {
      Estimate floor = a.sobol().indices().stream()
          .filter(s -> NoiseFloor.isDummy(s.parameter())).map(SobolIndices::total)
          .findFirst().orElse(null);
      for (SobolIndices s : ranked(a.sobol())) {
        rows.add(List.of(Integer.toString(rank++), s.parameter(), ci(s.total()),
            ci(s.firstOrder()), versusFloor(s.parameter(), s.total(), floor)));
      }
    } else {
      Estimate floor = a.morris().indices().stream()
          .filter(m -> NoiseFloor.isDummy(m.parameter())).map(MorrisIndices::muStar)
          .findFirst().orElse(null);
      for (MorrisIndices m : a.morris().rankedByMuStar()) {
        rows.add(List.of(Integer.toString(rank++), m.parameter(), ci(m.muStar()), f(m.mu()),
            f(m.sigma()), versusFloor(m.parameter(), m.muStar(), floor)));
      }
    }
    return rows;
  }

  /** Convergence table: base samples by parameter, total indices. */
  public static List<String> convergenceHeader(SobolResult r) {
    List<String> h = new ArrayList<>();
    h.add("N");
    r.indices().forEach(s -> h.add(s.parameter()));
    return h;
  }

  public static List<List<String>> convergenceRows(SobolResult r) {
    List<List<String>> rows = new ArrayList<>();
    for (SobolConvergenceRow row : r.convergence()) {
      List<String> x = new ArrayList<>();
      x.add(Integer.toString(row.baseSamples()));
      row.indices().forEach(s -> x.add(ci(s.total())));
      rows.add(x);
    }
    return rows;
  }

  static String ci(Estimate e) {
    return f(e.value()) + " [" + f(e.lower()) + ", " + f(e.upper()) + "]";
  }

  static String f(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }

  public static void write(Path dir, String scenario, List<Analysis> analyses,
      Map<String, Object> inputs) throws IOException {
    StudyFiles.writeJson(dir.resolve("sensitivity.json"), json(analyses, inputs));
    StudyFiles.writeCsv(dir.resolve("sensitivity.csv"), CSV_HEADER, csvRows(analyses));
    html(scenario, analyses, inputs).writeTo(dir);
  }

  static HtmlReport html(String scenario, List<Analysis> analyses, Map<String, Object> inputs) {
    boolean sobol = analyses.get(0).sobol() != null;
    HtmlReport.Builder h = HtmlReport.builder("Sensitivity: " + scenario).subtitle(sobol
        ? "Sobol' indices (Saltelli design)" : "Morris elementary effects");
    for (Analysis a : analyses) {
      h.section(a.measure().label());
      if (sobol) {
        List<SobolIndices> bars = new ArrayList<>();
        for (SobolIndices s : ranked(a.sobol())) {
          if (finite(s.firstOrder()) && finite(s.total())) {
            bars.add(new SobolIndices(s.parameter(), drawable(s.firstOrder()),
                drawable(s.total())));
          }
        }
        if (!bars.isEmpty()) {
          h.figure(SobolChart.of("Sobol' indices of " + a.measure().label(), bars),
              "First-order and total indices with 95% bootstrap intervals, ranked by the"
                  + " total index.");
        } else {
          h.paragraph("The output did not vary over the design: no variance to apportion.");
        }
        List<ConvergenceSeries> series = new ArrayList<>();
        for (int i = 0; i < a.sobol().indices().size(); i++) {
          List<ConvergencePoint> pts = new ArrayList<>();
          for (SobolConvergenceRow row : a.sobol().convergence()) {
            double v = row.indices().get(i).total().value();
            if (Double.isFinite(v)) {
              pts.add(new ConvergencePoint(row.baseSamples(), v));
            }
          }
          if (!pts.isEmpty()) {
            series.add(new ConvergenceSeries(a.sobol().indices().get(i).parameter(), pts));
          }
        }
        if (!series.isEmpty()) {
          h.figure(ConvergenceChart.of("Convergence of the total indices", "Total index ST",
              series), "Total indices recomputed from the first N base samples.");
        }
        h.table(DataTable.of("Ranking by total index.", tableHeader(a), tableRows(a)));
        h.table(DataTable.of("Convergence: total index [95% CI] by base sample size N.",
            convergenceHeader(a.sobol()), convergenceRows(a.sobol())));
      } else {
        List<MorrisEffect> effects = new ArrayList<>();
        for (MorrisIndices m : a.morris().indices()) {
          if (Double.isFinite(m.muStar().value()) && Double.isFinite(m.sigma())) {
            effects.add(new MorrisEffect(m.parameter(), m.muStar().value(), m.sigma()));
          }
        }
        if (!effects.isEmpty()) {
          h.figure(MorrisChart.of("Morris: " + a.measure().label(), a.measure().label()
              + " per unit range", effects), "mu* (overall influence) against sigma"
                  + " (non-linearity or interactions).");
        }
        h.table(DataTable.of("Ranking by mu*.", tableHeader(a), tableRows(a)));
      }
      h.paragraph(NOISE_FLOOR_NOTE);
      h.paragraph(a.sobol() != null ? a.sobol().method() : a.morris().method());
    }
    h.section("Inputs");
    h.keyValues("Inputs", inputs);
    return h.build();
  }

  private static boolean finite(Estimate e) {
    return Double.isFinite(e.value()) && Double.isFinite(e.lower())
        && Double.isFinite(e.upper());
  }

  /** A bootstrap percentile interval need not contain the point estimate; drawing needs it. */
  private static Estimate drawable(Estimate e) {
    return Estimate.of(e.value(), Math.min(e.lower(), e.value()),
        Math.max(e.upper(), e.value()));
  }
}
