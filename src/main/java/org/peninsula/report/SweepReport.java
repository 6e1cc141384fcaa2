package org.peninsula.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.peninsula.experiment.design.NoiseFloor;
import org.peninsula.experiment.design.ParameterSpace;
import java.util.Map;
import org.peninsula.experiment.design.Design;
import org.peninsula.experiment.study.Measure;
import org.peninsula.experiment.study.PointResult;
import org.peninsula.experiment.study.SweepPlan;
import org.peninsula.model.Future;
import org.peninsula.model.Outcome;
import org.peninsula.report.chart.ProbabilityBarChart;
import org.peninsula.report.data.CategoryProbability;
import org.peninsula.analysis.stats.Estimate;
import org.peninsula.report.data.ProbabilitySeries;

/** The files of {@code peninsula sweep}: sweep.csv (one row per design point), report.html. */
public final class SweepReport {
  private SweepReport() {}

  /** point, parameters..., seed, runs, completed, failed, p_FUTURE..., mean_outcome..., error. */
  public static List<String> header(Design design) {
    List<String> h = new ArrayList<>();
    h.add("point");
    h.addAll(design.space().names());
    h.addAll(List.of("seed", "runs", "completed", "failed"));
    for (Future f : Future.values()) {
      h.add("p_" + f.name());
    }
    for (Outcome o : Outcome.values()) {
      h.add("mean_" + o.key());
    }
    h.add("error");
    return h;
  }

  public static List<List<Object>> rows(List<PointResult> results, long seed) {
    return rows(results, seed, null);
  }

  /**
   * As above; with the design's space, the seed column is each point's own master seed (points
   * in the upper half of the {@link NoiseFloor} dummy run on a second stream).
   */
  public static List<List<Object>> rows(List<PointResult> results, long seed,
      ParameterSpace space) {
    List<List<Object>> rows = new ArrayList<>();
    for (PointResult r : results) {
      List<Object> row = new ArrayList<>();
      row.add(r.point().id());
      for (double v : r.point().values()) {
        row.add(v);
      }
      row.add(Long.toString(space == null ? seed
          : NoiseFloor.seed(space, r.point().values(), seed)));
      row.add((double) r.runs());
      row.add((double) r.completed());
      row.add((double) r.failed());
      for (Future f : Future.values()) {
        row.add(r.probability(f));
      }
      for (Outcome o : Outcome.values()) {
        row.add(r.mean(o));
      }
      row.add(r.firstError());
      rows.add(row);
    }
    return rows;
  }

  public static void write(Path dir, String scenario, SweepPlan plan, List<PointResult> results,
      List<Measure> measures, Map<String, Object> inputs) throws IOException {
    StudyFiles.writeCsv(dir.resolve("sweep.csv"), header(plan.design()),
        rows(results, plan.seed(), plan.design().space()));
    html(scenario, plan, results, measures, inputs).writeTo(dir);
  }

  static HtmlReport html(String scenario, SweepPlan plan, List<PointResult> results,
      List<Measure> measures, Map<String, Object> inputs) {
    HtmlReport.Builder h = HtmlReport.builder("Sweep: " + scenario).subtitle(plan.method()
        + " design, " + plan.design().size() + " points x " + plan.replications()
        + " replications, seed " + plan.seed());
    h.section("Futures over the whole sweep");
    long completed = results.stream().mapToLong(PointResult::completed).sum();
    long failed = results.stream().mapToLong(PointResult::failed).sum();
    if (completed > 0) {
      List<CategoryProbability> c = new ArrayList<>();
      for (Future f : Future.values()) {
        long k = results.stream().mapToLong(r -> r.futureCounts()[f.ordinal()]).sum();
        double p = (double) k / completed;
        double[] w = org.peninsula.experiment.FutureEstimate.wilson(k, completed,
            org.peninsula.experiment.FutureEstimate.Z95);
        c.add(new CategoryProbability(ComparisonReport.futureName(f), Estimate.of(p, Math.min(p, w[0]),
            Math.max(p, w[1]))));
      }
      h.figure(ProbabilityBarChart.of("Futures, all points pooled", "Future",
          new ProbabilitySeries(scenario, c)), "Share of all completed runs of the sweep ending"
              + " in each future (95% Wilson intervals; points weigh equally).");
    }
    h.paragraph(completed + " runs completed, " + failed + " failed"
        + (failed > 0 ? " (see the error column of sweep.csv)" : "") + ".");
    h.section("Design points");
    List<String> header = new ArrayList<>();
    header.add("point");
    header.addAll(plan.design().space().names());
    measures.forEach(m -> header.add(m.label()));
    header.add("failed");
    List<List<Object>> rows = new ArrayList<>();
    for (PointResult r : results.subList(0, Math.min(200, results.size()))) {
      List<Object> row = new ArrayList<>();
      row.add(r.point().id());
      for (double v : r.point().values()) {
        row.add(v);
      }
      for (Measure m : measures) {
        row.add(m.of(r));
      }
      row.add(r.failed());
      rows.add(row);
    }
    h.table(DataTable.of(results.size() > 200 ? "The first 200 of " + results.size()
        + " points; all are in sweep.csv." : "Every point.", header, rows));
    h.section("Inputs");
    h.keyValues("Inputs", inputs);
    return h.build();
  }

  /** Text rows for the terminal: the first {@code max} points. */
  public static List<List<String>> tableRows(List<PointResult> results, List<Measure> measures,
      int max) {
    List<List<String>> rows = new ArrayList<>();
    for (PointResult r : results.subList(0, Math.min(max, results.size()))) {
      List<String> row = new ArrayList<>();
      row.add(r.point().id());
      for (double v : r.point().values()) {
        row.add(ComparisonReport.fmt(v));
      }
      for (Measure m : measures) {
        row.add(ComparisonReport.fmt(m.of(r)));
      }
      row.add(Integer.toString(r.failed()));
      rows.add(row);
    }
    return rows;
  }

  public static List<String> tableHeader(Design design, List<Measure> measures) {
    List<String> h = new ArrayList<>(Arrays.asList("point"));
    h.addAll(design.space().names());
    measures.forEach(m -> h.add(m.label()));
    h.add("failed");
    return h;
  }

  public static Map<String, Object> inputs(String scenario, String sha, SweepPlan plan) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scenario", scenario);
    m.put("scenario sha256", sha);
    m.put("design", plan.method());
    m.put("points", plan.design().size());
    m.put("replications", plan.replications());
    m.put("seed (every point)", plan.seed());
    for (var p : plan.design().space().parameters()) {
      m.put(p.name(), "[" + p.lower() + ", " + p.upper() + "]");
    }
    return m;
  }
}
