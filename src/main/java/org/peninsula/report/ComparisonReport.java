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
import org.peninsula.analysis.stats.Estimate;
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
      x.put("cohensH", StudyFiles.num(f.cohensH()));
      x.put("verdict", f.verdict());
      x.put("sentence", f.sentence());
      futures.add(x);
    }
    m.put("futures", futures);
    List<Object> outcomes = new ArrayList<>();
    for (OutcomeRow o : r.outcomes()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("outcome", o.outcome().key());
      x.put("role", role(o));
      x.put("nA", o.nA());
      x.put("nB", o.nB());
      x.put("meanA", StudyFiles.num(o.meanA()));
      x.put("meanB", StudyFiles.num(o.meanB()));
      x.put("medianA", StudyFiles.num(o.medianA()));
      x.put("medianB", StudyFiles.num(o.medianB()));
      x.put("primary", o.primary() == null ? null : StudyFiles.json(o.primary()));
      x.put("difference", o.difference() == null ? null : StudyFiles.json(o.difference()));
      x.put("effect", o.effect() == null ? null : StudyFiles.json(o.effect()));
      x.put("verdict", o.verdict());
      x.put("independent", StudyFiles.json(o.independent()));
      x.put("paired", StudyFiles.json(o.paired()));
      x.put("note", o.note());
      x.put("sentence", o.sentence());
      outcomes.add(x);
    }
    m.put("outcomes", outcomes);
    return m;
  }

  /**
   * One row per estimate or test. {@code primary} marks the claim's primary test, {@code
   * holm_p} is filled for the members of the Holm family; p-values below 1e-300 are written as
   * {@code <1e-300}. Added after 1.0: {@code role} (family, conditional, restates-future) and
   * {@code verdict} (on the primary row).
   */
  public static final List<String> CSV_HEADER = List.of("kind", "name", "quantity", "estimate",
      "lower", "upper", "statistic", "p", "holm_p", "primary", "valueA", "valueB", "nA", "nB",
      "method", "role", "verdict");

  public static List<List<Object>> csvRows(Result r) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("distribution", "futures", r.distribution(), true, Double.NaN, Double.NaN,
        "family", verdictOf(r.distribution())));
    for (FutureRow f : r.futures()) {
      rows.add(row("future", f.future().name(), f.difference(), true,
          f.probabilityA().value(), f.probabilityB().value(), "family", f.verdict()));
    }
    for (OutcomeRow o : r.outcomes()) {
      String role = role(o);
      for (ComparisonResult c : o.independent()) {
        rows.add(row("outcome", o.outcome().key(), c, c == o.primary(), o.meanA(), o.meanB(),
            role, c == o.primary() ? o.verdict() : ""));
      }
      for (ComparisonResult c : o.paired()) {
        rows.add(row("outcome", o.outcome().key(), c, c == o.primary(), o.meanA(), o.meanB(),
            role, c == o.primary() ? o.verdict() : ""));
      }
    }
    return rows;
  }

  static String role(OutcomeRow o) {
    return switch (o.role()) {
      case FAMILY -> "family";
      case CONDITIONAL -> "conditional";
      case RESTATES_FUTURE -> "restates-future:"
          + ScenarioComparison.RESTATES.get(o.outcome()).name();
    };
  }

  private static String verdictOf(ComparisonResult dist) {
    return ScenarioComparison.verdictOfDistribution(dist);
  }

  private static List<Object> row(String kind, String name, ComparisonResult c, boolean primary,
      double a, double b, String role, String verdict) {
    boolean inFamily = primary && "family".equals(role);
    return Arrays.asList(kind, name, c.quantity(), c.estimate(), c.lower(), c.upper(),
        c.statistic(), ComparisonResult.fileP(c.pValue()),
        inFamily ? ComparisonResult.fileP(c.adjustedPValue()) : Double.NaN, primary, a, b,
        (double) c.sizeA(), (double) c.sizeB(), c.method(), role, verdict);
  }

  /** The comparison table for the terminal (and the report): one line per claim. */
  public static List<List<String>> tableRows(Result r) {
    List<List<String>> rows = new ArrayList<>();
    for (FutureRow f : r.futures()) {
      ComparisonResult d = f.difference();
      rows.add(List.of("P(" + f.future().name() + ")", pct(f.probabilityA().value()),
          pct(f.probabilityB().value()), String.format(Locale.ROOT, "%+.2f pt [%.2f, %.2f]",
              100 * d.estimate(), 100 * d.lower(), 100 * d.upper()),
          String.format(Locale.ROOT, "h %+.2f %s", f.cohensH(),
              ScenarioComparison.magnitudeH(f.cohensH())),
          testName(d), p(d.adjustedPValue()), f.verdict()));
    }
    ComparisonResult dist = r.distribution();
    rows.add(List.of("futures (whole distribution)", "", "", "X2 = " + fmt(dist.statistic()),
        "", testName(dist), p(dist.adjustedPValue()), verdictOf(dist)));
    for (OutcomeRow o : r.outcomes()) {
      String name = (o.role() == ScenarioComparison.Role.CONDITIONAL ? "mean* " : "mean ")
          + o.outcome().key();
      if (o.role() == ScenarioComparison.Role.RESTATES_FUTURE) {
        rows.add(List.of(name, fmt(o.meanA()), fmt(o.meanB()), "= P("
            + ScenarioComparison.RESTATES.get(o.outcome()).name() + ")", "", "", "",
            o.verdict()));
        continue;
      }
      ComparisonResult diff = o.difference();
      ComparisonResult effect = o.effect();
      String effectText = "";
      if (effect != null) {
        if (effect == diff) {
          double h = org.peninsula.analysis.compare.Proportions.cohensH(o.meanA(), o.meanB());
          effectText = String.format(Locale.ROOT, "h %+.2f %s", h,
              ScenarioComparison.magnitudeH(h));
        } else {
          effectText = (effect.quantity().startsWith("matched-pairs") ? "r " : "delta ")
              + String.format(Locale.ROOT, "%+.2f %s", effect.estimate(),
                  ScenarioComparison.magnitudeDelta(effect.estimate()));
        }
      }
      String pCell = o.primary() == null ? ""
          : o.role() == ScenarioComparison.Role.FAMILY ? p(o.primary().adjustedPValue())
              : "(" + p(o.primary().pValue()) + ")";
      rows.add(List.of(name, fmt(o.meanA()), fmt(o.meanB()),
          diff == null ? "not tested" : fmt(diff.estimate()) + " [" + fmt(diff.lower()) + ", "
              + fmt(diff.upper()) + "]",
          effectText, o.primary() == null ? "" : testName(o.primary()), pCell, o.verdict()));
    }
    return rows;
  }

  private static String testName(ComparisonResult c) {
    return ScenarioComparison.shortTestName(c);
  }

  public static final List<String> TABLE_HEADER = List.of("outcome", "A", "B",
      "B - A [95% CI]", "effect size", "test", "Holm p", "verdict");

  /** The legend printed under the table. */
  public static final String TABLE_LEGEND = "Verdicts from the primary test at family-wise"
      + " alpha 0.05 (Holm). Effect sizes: h = Cohen's h (0.2/0.5/0.8), r = matched-pairs"
      + " rank-biserial, delta = Cliff's delta (0.147/0.33/0.474). mean* = conditional outcome"
      + " (defined only in runs where an event happened): unadjusted p in parentheses, outside"
      + " the Holm family.";

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
        + fmt(r.distribution().statistic()) + ", Holm p " + p(r.distribution().adjustedPValue())
        + ".");
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
    h.table(DataTable.of("Differences B - A with effect sizes; Holm-adjusted p-values of the"
        + " primary tests (" + (r.paired()
            ? "Stuart-Maxwell for the distribution, McNemar per future and binary outcome,"
                + " Wilcoxon signed-rank per numeric outcome"
            : "chi-square for the distribution, chi-square/Fisher per future and binary"
                + " outcome, Mann-Whitney per numeric outcome") + ").",
        TABLE_HEADER, tableRows(r)));
    h.paragraph(TABLE_LEGEND);
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
