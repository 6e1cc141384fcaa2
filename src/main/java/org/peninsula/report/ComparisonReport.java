package org.peninsula.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peninsula.analysis.compare.ComparisonResult;
import org.peninsula.analysis.compare.RunSample;
import org.peninsula.analysis.compare.ScenarioComparison;
import org.peninsula.analysis.compare.ScenarioComparison.FutureRow;
import org.peninsula.analysis.compare.ScenarioComparison.OutcomeRow;
import org.peninsula.analysis.compare.ScenarioComparison.Result;
import org.peninsula.model.Outcome;
import org.peninsula.report.chart.EcdfChart;
import org.peninsula.report.chart.ProbabilityBarChart;
import org.peninsula.report.data.CategoryProbability;
import org.peninsula.report.data.Estimate;
import org.peninsula.report.data.NamedSample;
import org.peninsula.report.data.ProbabilitySeries;

/** The files of {@code peninsula compare}: comparison.json, comparison.csv, report.html. */
public final class ComparisonReport {
  /** Outcomes drawn as overlaid ECDFs in the report. */
  public static final List<Outcome> KEY_OUTCOMES = List.of(Outcome.PEAK_TENSION,
      Outcome.FINAL_TENSION, Outcome.MONTHS_HIGH_TENSION, Outcome.FINAL_SANCTIONS_PRESSURE,
      Outcome.RUSSIA_ECONOMIC_AXIS, Outcome.MISSILE_TESTS);

  private ComparisonReport() {}

  public static Map<String, Object> json(Result r, Map<String, Object> inputs) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("a", r.labelA());
    m.put("b", r.labelB());
    m.put("inputs", inputs);
    m.put("runsA", r.runsA());
    m.put("runsB", r.runsB());
    m.put("failedA", r.failedA());
    m.put("failedB", r.failedB());
    m.put("paired", r.paired());
    m.put("pairs", r.pairs());
    m.put("futuresDistribution", StudyFiles.json(r.distribution()));
    List<Object> futures = new ArrayList<>();
    for (FutureRow f : r.futures()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("future", f.future().name());
      x.put("countA", f.countA());
      x.put("probabilityA", f.probabilityA().value());
      x.put("ci95A", List.of(f.probabilityA().lower(), f.probabilityA().upper()));
      x.put("countB", f.countB());
      x.put("probabilityB", f.probabilityB().value());
      x.put("ci95B", List.of(f.probabilityB().lower(), f.probabilityB().upper()));
      x.put("difference", StudyFiles.json(f.difference()));
      x.put("sentence", f.sentence());
      futures.add(x);
    }
    m.put("futures", futures);
    List<Object> outcomes = new ArrayList<>();
    for (OutcomeRow o : r.outcomes()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("outcome", o.outcome().key());
      x.put("nA", o.nA());
      x.put("nB", o.nB());
      x.put("meanA", StudyFiles.num(o.meanA()));
      x.put("meanB", StudyFiles.num(o.meanB()));
      x.put("medianA", StudyFiles.num(o.medianA()));
      x.put("medianB", StudyFiles.num(o.medianB()));
      x.put("primary", o.primary() == null ? null : StudyFiles.json(o.primary()));
      x.put("independent", StudyFiles.json(o.independent()));
      x.put("paired", StudyFiles.json(o.paired()));
      x.put("note", o.note());
      x.put("sentence", o.sentence());
      outcomes.add(x);
    }
    m.put("outcomes", outcomes);
    return m;
  }

  public static final List<String> CSV_HEADER = List.of("kind", "name", "quantity", "estimate",
      "lower", "upper", "statistic", "p", "holm_p", "primary", "valueA", "valueB", "nA", "nB",
      "method");

  public static List<List<Object>> csvRows(Result r) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("distribution", "futures", r.distribution(), true, Double.NaN, Double.NaN));
    for (FutureRow f : r.futures()) {
      rows.add(row("future", f.future().name(), f.difference(), true,
          f.probabilityA().value(), f.probabilityB().value()));
    }
    for (OutcomeRow o : r.outcomes()) {
      for (ComparisonResult c : o.independent()) {
        rows.add(row("outcome", o.outcome().key(), c, c == o.primary(), o.meanA(), o.meanB()));
      }
      for (ComparisonResult c : o.paired()) {
        rows.add(row("outcome", o.outcome().key(), c, c == o.primary(), o.meanA(), o.meanB()));
      }
    }
    return rows;
  }

  private static List<Object> row(String kind, String name, ComparisonResult c, boolean primary,
      double a, double b) {
    return Arrays.asList(kind, name, c.quantity(), c.estimate(), c.lower(), c.upper(),
        c.statistic(), c.pValue(), primary ? c.adjustedPValue() : Double.NaN, primary, a, b,
        (double) c.sizeA(), (double) c.sizeB(), c.method());
  }

  /** The comparison table for the terminal (and the report). */
  public static List<List<String>> tableRows(Result r) {
    List<List<String>> rows = new ArrayList<>();
    for (FutureRow f : r.futures()) {
      ComparisonResult d = f.difference();
      rows.add(List.of("P(" + f.future().name() + ")", pct(f.probabilityA().value()),
          pct(f.probabilityB().value()), String.format(Locale.ROOT, "%+.2f pt [%.2f, %.2f]",
              100 * d.estimate(), 100 * d.lower(), 100 * d.upper()), p(d.adjustedPValue())));
    }
    ComparisonResult dist = r.distribution();
    rows.add(List.of("futures (whole distribution)", "", "", "X2 = " + fmt(dist.statistic()),
        p(dist.adjustedPValue())));
    for (OutcomeRow o : r.outcomes()) {
      ComparisonResult mean = !o.paired().isEmpty() ? o.paired().get(0)
          : !o.independent().isEmpty() ? o.independent().get(0) : null;
      rows.add(List.of("mean " + o.outcome().key(), fmt(o.meanA()), fmt(o.meanB()),
          mean == null ? "not tested" : fmt(mean.estimate()) + " [" + fmt(mean.lower()) + ", "
              + fmt(mean.upper()) + "]",
          o.primary() == null ? "" : p(o.primary().adjustedPValue())));
    }
    return rows;
  }

  public static final List<String> TABLE_HEADER = List.of("outcome", "A", "B",
      "B - A [95% CI]", "Holm p");

  public static HtmlReport html(Result r, RunSample a, RunSample b, String method,
      Map<String, Object> inputs) {
    HtmlReport.Builder h = HtmlReport.builder("Comparison: " + r.labelB() + " vs " + r.labelA())
        .subtitle("A = " + r.labelA() + " (" + r.runsA() + " runs), B = " + r.labelB() + " ("
            + r.runsB() + " runs)" + (r.paired() ? "; runs paired by seed (" + r.pairs()
                + " pairs, common random numbers)" : "; independent runs"));
    h.section("Futures");
    h.figure(ProbabilityBarChart.compare("Futures: " + r.labelA() + " vs " + r.labelB(),
        "Future", series("A: " + r.labelA(), r.futures(), true),
        series("B: " + r.labelB(), r.futures(), false)),
        "Probability of each future with 95% Wilson intervals.");
    for (FutureRow f : r.futures()) {
      h.paragraph(f.sentence());
    }
    h.paragraph("Whole distribution of futures: " + r.distribution().method() + ", statistic "
        + fmt(r.distribution().statistic()) + ", " + p(r.distribution().adjustedPValue())
        + " (Holm).");
    h.section("Key outcomes");
    for (Outcome o : KEY_OUTCOMES) {
      double[] va = a.values(o);
      double[] vb = b.values(o);
      if (va.length > 0 && vb.length > 0) {
        h.figure(EcdfChart.compare(o.key() + ": " + o.meaning(), o.key(),
            new NamedSample("A: " + r.labelA(), va), new NamedSample("B: " + r.labelB(), vb)),
            "Empirical distribution functions of " + o.key() + " under A and B.");
      }
    }
    h.section("All outcomes");
    h.table(DataTable.of("Differences B - A; Holm-adjusted p-values of the primary tests ("
        + (r.paired() ? "McNemar per future, Wilcoxon signed-rank per outcome"
            : "chi-square/Fisher per future, Mann-Whitney per outcome") + ").",
        TABLE_HEADER, tableRows(r)));
    for (OutcomeRow o : r.outcomes()) {
      h.paragraph(o.sentence());
    }
    h.section("Method");
    h.paragraph(method);
    h.keyValues("Inputs", inputs);
    return h.build();
  }

  private static ProbabilitySeries series(String label, List<FutureRow> rows, boolean a) {
    List<CategoryProbability> c = new ArrayList<>();
    for (FutureRow f : rows) {
      var e = a ? f.probabilityA() : f.probabilityB();
      c.add(new CategoryProbability(ComparisonReport.futureName(f.future()), Estimate.of(e.value(),
          Math.min(e.lower(), e.value()), Math.max(e.upper(), e.value()))));
    }
    return new ProbabilitySeries(label, c);
  }

  public static void write(Path dir, Result r, RunSample a, RunSample b, String method,
      Map<String, Object> inputs) throws IOException {
    StudyFiles.writeJson(dir.resolve("comparison.json"), json(r, inputs));
    StudyFiles.writeCsv(dir.resolve("comparison.csv"), CSV_HEADER, csvRows(r));
    html(r, a, b, method, inputs).writeTo(dir);
  }

  /** ESCALATION_TO_WAR -> "escalation to war", short enough for a chart's category axis. */
  static String futureName(org.peninsula.model.Future f) {
    return f.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String pct(double v) {
    return String.format(Locale.ROOT, "%.2f%%", 100 * v);
  }

  static String p(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    return v < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", v);
  }

  static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e6) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    return String.format(Locale.ROOT, "%.4g", v);
  }
}
