package org.peninsula.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peninsula.analysis.prim.BoxLimit;
import org.peninsula.analysis.prim.PrimBox;
import org.peninsula.analysis.prim.PrimResult;
import org.peninsula.analysis.prim.PrimValidation;
import org.peninsula.report.chart.PrimTradeoffChart;

/** The files of {@code peninsula discover}: discovery.json, trajectory.csv, report.html. */
public final class DiscoveryReport {
  private DiscoveryReport() {}

  public static Map<String, Object> json(PrimResult r, PrimBox chosen,
      Map<String, Double> quasiP, PrimValidation v, Map<String, Object> inputs) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("inputs", inputs);
    m.put("points", r.totalPoints());
    m.put("pointsOfInterest", r.totalOfInterest());
    m.put("chosen", box(chosen, quasiP));
    if (v != null) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("bootstrapResamples", v.resamples());
      x.put("seed", v.seed());
      Map<String, Object> stability = new LinkedHashMap<>();
      for (BoxLimit l : chosen.limits()) {
        stability.put(l.parameter(), StudyFiles.num(v.stability().getOrDefault(l.parameter(),
            Double.NaN)));
      }
      x.put("stability", stability);
      x.put("heldOutRows", v.heldOutRows());
      x.put("trainingBox", v.trainingBox() == null ? null : box(v.trainingBox(), null));
      x.put("heldOutQuasiP", new java.util.TreeMap<>(v.heldOutQuasiP()));
      x.put("heldOutCoverage", StudyFiles.num(v.heldOutCoverage()));
      x.put("heldOutDensity", StudyFiles.num(v.heldOutDensity()));
      m.put("validation", x);
    }
    List<Object> t = new ArrayList<>();
    r.trajectory().forEach(b -> t.add(box(b, null)));
    m.put("trajectory", t);
    return m;
  }

  private static Map<String, Object> box(PrimBox b, Map<String, Double> quasiP) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("step", b.step());
    m.put("phase", b.phase().name());
    m.put("coverage", b.coverage());
    m.put("density", b.density());
    m.put("mass", b.mass());
    m.put("points", b.points());
    m.put("pointsOfInterest", b.pointsOfInterest());
    List<Object> limits = new ArrayList<>();
    for (BoxLimit l : b.limits()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("parameter", l.parameter());
      x.put("lower", StudyFiles.num(l.lower()));
      x.put("upper", StudyFiles.num(l.upper()));
      x.put("restricted", l.restricted());
      if (quasiP != null && quasiP.containsKey(l.parameter())) {
        x.put("quasiP", StudyFiles.num(quasiP.get(l.parameter())));
      }
      limits.add(x);
    }
    m.put("limits", limits);
    return m;
  }

  public static List<String> trajectoryHeader(PrimResult r) {
    List<String> h = new ArrayList<>(List.of("step", "phase", "coverage", "density", "mass",
        "points", "pointsOfInterest", "restricted"));
    for (BoxLimit l : r.trajectory().get(0).limits()) {
      h.add(l.parameter() + ".lower");
      h.add(l.parameter() + ".upper");
    }
    return h;
  }

  public static List<List<Object>> trajectoryRows(PrimResult r) {
    List<List<Object>> rows = new ArrayList<>();
    for (PrimBox b : r.trajectory()) {
      List<Object> row = new ArrayList<>(Arrays.asList((double) b.step(), b.phase().name(),
          b.coverage(), b.density(), b.mass(), (double) b.points(),
          (double) b.pointsOfInterest(), (double) b.restrictedLimits().size()));
      for (BoxLimit l : b.limits()) {
        row.add(l.lower());
        row.add(l.upper());
      }
      rows.add(row);
    }
    return rows;
  }

  /**
   * The chosen box's limits for the terminal and the report, with the in-sample quasi-p, the
   * bootstrap stability of each restriction and the quasi-p on the held-out half of the
   * restrictions PRIM chose on the other half.
   */
  public static List<List<String>> limitRows(PrimBox chosen, Map<String, Double> quasiP,
      PrimValidation v) {
    List<List<String>> rows = new ArrayList<>();
    for (BoxLimit l : chosen.limits()) {
      Double q = quasiP.get(l.parameter());
      Double s = v == null ? null : v.stability().get(l.parameter());
      Double h = v == null ? null : v.heldOutQuasiP().get(l.parameter());
      rows.add(List.of(l.parameter(), ComparisonReport.fmt(l.lower()),
          ComparisonReport.fmt(l.upper()), l.restricted() ? "yes" : "no",
          q == null ? "" : ComparisonReport.p(q),
          s == null || s.isNaN() ? "" : String.format(java.util.Locale.ROOT, "%.0f%%", 100 * s),
          h == null ? "" : ComparisonReport.p(h)));
    }
    return rows;
  }

  public static final List<String> LIMIT_HEADER = List.of("parameter", "lower", "upper",
      "restricted", "quasi-p", "stability", "held-out quasi-p");

  /** What the validation columns mean. */
  public static String validationNote(PrimValidation v) {
    if (v == null) {
      return "";
    }
    return String.format(java.util.Locale.ROOT, "quasi-p: in-sample one-sided binomial p of the"
        + " density with and without each restriction (optimistic: the same data chose the"
        + " box). stability: share of %d bootstrap resamples (seed %d) whose box restricts the"
        + " parameter on the same side (free parameters: restricts it at all). held-out"
        + " quasi-p: PRIM run on a random half, the quasi-p of its restrictions computed on the"
        + " other %d rows; there the half-box has coverage %.2f and density %.2f.",
        v.resamples(), v.seed(), v.heldOutRows(), v.heldOutCoverage(), v.heldOutDensity());
  }

  public static void write(Path dir, String title, String question, PrimResult r,
      PrimBox chosen, Map<String, Double> quasiP, PrimValidation v, Map<String, Object> inputs)
      throws IOException {
    StudyFiles.writeJson(dir.resolve("discovery.json"), json(r, chosen, quasiP, v, inputs));
    StudyFiles.writeCsv(dir.resolve("trajectory.csv"), trajectoryHeader(r), trajectoryRows(r));
    List<PrimBox> boxes = r.trajectory();
    HtmlReport.Builder h = HtmlReport.builder(title).subtitle(question);
    h.section("Peeling trajectory");
    h.figure(PrimTradeoffChart.of("PRIM trade-off: coverage vs density", boxes, chosen.step()),
        "Each box of the peeling and pasting trajectory; the chosen box is ringed.");
    h.section("Chosen box");
    h.paragraph(String.format(java.util.Locale.ROOT,
        "Box %d (%s): coverage %.2f, density %.2f, mass %.2f (%d of %d points, %d of interest).",
        chosen.step(), chosen.phase(), chosen.coverage(), chosen.density(), chosen.mass(),
        chosen.points(), r.totalPoints(), chosen.pointsOfInterest()));
    h.table(DataTable.of("Limits of the chosen box; quasi-p: one-sided binomial p-value of the"
        + " density with and without each restriction (large values suggest noise).",
        LIMIT_HEADER, limitRows(chosen, quasiP, v)));
    h.paragraph(validationNote(v));
    h.section("Trajectory");
    List<List<Object>> rows = new ArrayList<>();
    for (PrimBox b : r.trajectory()) {
      rows.add(List.of(b.step(), b.phase().name(), b.coverage(), b.density(), b.mass(),
          b.restrictedLimits().size()));
    }
    h.table(DataTable.of("Every box.", List.of("step", "phase", "coverage", "density", "mass",
        "restricted"), rows));
    h.section("Inputs");
    h.keyValues("Inputs", inputs);
    h.build().writeTo(dir);
  }
}
