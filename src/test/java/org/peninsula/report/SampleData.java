package org.peninsula.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.peninsula.report.chart.Chart;
import org.peninsula.report.chart.ConvergenceChart;
import org.peninsula.report.chart.EcdfChart;
import org.peninsula.report.chart.FanChart;
import org.peninsula.report.chart.HistogramChart;
import org.peninsula.report.chart.MorrisChart;
import org.peninsula.report.chart.PrimTradeoffChart;
import org.peninsula.report.chart.ProbabilityBarChart;
import org.peninsula.report.chart.SobolChart;
import org.peninsula.report.chart.TimelineChart;
import org.peninsula.report.data.CategoryProbability;
import org.peninsula.report.data.ConvergencePoint;
import org.peninsula.report.data.ConvergenceSeries;
import org.peninsula.analysis.stats.Estimate;
import org.peninsula.report.data.FanSeries;
import org.peninsula.report.data.MonthQuantiles;
import org.peninsula.report.data.MonthValue;
import org.peninsula.report.data.MonthlySeries;
import org.peninsula.report.data.MorrisEffect;
import org.peninsula.report.data.NamedSample;
import org.peninsula.analysis.prim.PrimBox;
import org.peninsula.report.data.ProbabilitySeries;
import org.peninsula.analysis.sensitivity.SobolIndices;
import org.peninsula.report.data.TimelineEvent;

/**
 * Plausible, deterministic stand-in data for every chart type, so the report layer can be tested
 * without the model. Some names carry markup on purpose, to exercise escaping.
 */
final class SampleData {

  static final String HOSTILE = "<script>alert('x')</script> & \"co\"";

  private SampleData() {}

  static final String[] FUTURES = {
      "Status quo", "Negotiated freeze", "Clash <b>at sea</b> & \"ambush\"", "Regime crisis",
      "War"};

  static ProbabilitySeries futures(String label, int[] counts) {
    int n = 0;
    for (int c : counts) {
      n += c;
    }
    List<CategoryProbability> cats = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      double[] w = wilson(counts[i], n);
      cats.add(CategoryProbability.of(FUTURES[i], (double) counts[i] / n, w[0], w[1]));
    }
    return new ProbabilitySeries(label, cats);
  }

  static ProbabilitySeries baselineFutures() {
    return futures("Baseline", new int[] {412, 231, 187, 121, 49});
  }

  static ProbabilitySeries sanctionsFutures() {
    return futures("Tighter sanctions", new int[] {355, 198, 246, 158, 43});
  }

  /** Wilson score interval, 95%. */
  static double[] wilson(int k, int n) {
    double z = 1.959964;
    double p = (double) k / n;
    double denom = 1 + z * z / n;
    double centre = (p + z * z / (2.0 * n)) / denom;
    double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denom;
    return new double[] {Math.max(0, Math.min(p, centre - half)),
        Math.min(1, Math.max(p, centre + half))};
  }

  static FanSeries fan(String label, double drift, long seed) {
    Random r = new Random(seed);
    List<MonthQuantiles> months = new ArrayList<>();
    double level = 40;
    for (int m = 0; m <= 120; m++) {
      level += drift + r.nextGaussian() * 0.6;
      double spread = 2 + 0.18 * m;
      months.add(new MonthQuantiles(m, level - 1.645 * spread, level - 0.674 * spread, level,
          level + 0.674 * spread * 1.1, level + 1.645 * spread * 1.2));
    }
    return new FanSeries(label, months);
  }

  static NamedSample sample(String label, double mean, double sd, int n, long seed) {
    Random r = new Random(seed);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      // Skewed like a tension index: a normal body with an exponential tail.
      v[i] = mean + sd * r.nextGaussian() + (r.nextDouble() < 0.15 ? 20 * -Math.log(
          r.nextDouble()) : 0);
    }
    return new NamedSample(label, v);
  }

  static List<SobolIndices> sobol() {
    String[] names = {"Sanction strength", "Alliance cohesion", "Leader risk appetite",
        "Misperception rate", "Trade dependence", "Election cycle"};
    double[] s1 = {0.34, 0.18, 0.12, 0.05, 0.03, -0.01};
    double[] st = {0.45, 0.27, 0.31, 0.16, 0.05, 0.02};
    List<SobolIndices> out = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      out.add(new SobolIndices(names[i], Estimate.of(s1[i], s1[i] - 0.04, s1[i] + 0.05),
          Estimate.of(st[i], st[i] - 0.05, st[i] + 0.06)));
    }
    return out;
  }

  static List<MorrisEffect> morris() {
    return List.of(
        new MorrisEffect("Sanction strength", 9.1, 4.2),
        new MorrisEffect("Alliance cohesion", 6.3, 2.0),
        new MorrisEffect("Leader risk appetite", 5.8, 7.4),
        new MorrisEffect("Misperception rate", 3.1, 3.6),
        new MorrisEffect("Trade dependence", 1.2, 0.6),
        new MorrisEffect("Election cycle", 0.9, 0.8),
        new MorrisEffect("Media attention", 1.0, 0.5),
        new MorrisEffect(HOSTILE, 2.2, 1.1));
  }

  static List<ConvergenceSeries> convergence() {
    String[] names = {"Sanction strength", "Alliance cohesion", "Leader risk appetite",
        "Misperception rate"};
    double[] truth = {0.45, 0.27, 0.31, 0.16};
    Random r = new Random(7);
    List<ConvergenceSeries> out = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      List<ConvergencePoint> points = new ArrayList<>();
      for (int n = 64; n <= 8192; n *= 2) {
        points.add(new ConvergencePoint(n, truth[i] + r.nextGaussian() * 1.5 / Math.sqrt(n)));
      }
      out.add(new ConvergenceSeries(names[i], points));
    }
    return out;
  }

  /** A PRIM box with {@code restricted} restricted parameters, for charts. */
  static PrimBox box(int step, double coverage, double density, int restricted) {
    List<org.peninsula.analysis.prim.BoxLimit> limits = new ArrayList<>();
    for (int j = 0; j < 5; j++) {
      limits.add(new org.peninsula.analysis.prim.BoxLimit("p" + j, 0, 1, j < restricted));
    }
    return new PrimBox(step, step == 0 ? PrimBox.Phase.START : PrimBox.Phase.PEEL, coverage,
        density, coverage, 100, 10, limits);
  }

  static List<PrimBox> prim() {
    List<PrimBox> boxes = new ArrayList<>();
    for (int i = 0; i < 22; i++) {
      double t = i / 21.0;
      double coverage = 1.0 - 0.72 * Math.pow(t, 1.4);
      double density = 0.18 + 0.78 * Math.pow(t, 0.7);
      boxes.add(box(i, coverage, density, Math.min(4, (int) Math.round(t * 4.4))));
    }
    return boxes;
  }

  static MonthlySeries tension() {
    Random r = new Random(3);
    List<MonthValue> v = new ArrayList<>();
    double level = 35;
    for (int m = 0; m <= 120; m++) {
      level = Math.max(0, Math.min(100, level + r.nextGaussian() * 2.5
          + (m == 30 || m == 31 ? 12 : 0) + (m == 70 ? 18 : 0) - (level - 40) * 0.04));
      v.add(new MonthValue(m, level));
    }
    return new MonthlySeries("Tension", v);
  }

  static List<TimelineEvent> events() {
    return List.of(
        new TimelineEvent(5, "Missile test", "SRBM test"),
        new TimelineEvent(29, "Missile test", "ICBM test"),
        new TimelineEvent(30, "Clash", "Border shelling"),
        new TimelineEvent(44, "UN vote", "Sanctions resolution"),
        new TimelineEvent(52, "Election", "ROK presidential election"),
        new TimelineEvent(69, "Missile test", "Nuclear test"),
        new TimelineEvent(70, "Clash", "Naval clash"),
        new TimelineEvent(71, "UN vote", "Condemnation"),
        new TimelineEvent(100, "Election", "US midterms"),
        new TimelineEvent(112, "Summit", "Leaders' summit"));
  }

  /** One chart of every type (and the comparison variants), keyed by a short name. */
  static Map<String, Chart> everyChart() {
    Map<String, Chart> charts = new LinkedHashMap<>();
    charts.put("futures", ProbabilityBarChart.of("Futures after 10 years", "Future",
        baselineFutures()));
    charts.put("futures-compare", ProbabilityBarChart.compare(
        "Futures: baseline vs tighter sanctions", "Future", baselineFutures(),
        sanctionsFutures()));
    charts.put("fan", FanChart.of("Tension across runs", "Tension (index, 0\u2013100)",
        fan("Baseline", 0.08, 1)));
    charts.put("fan-compare", FanChart.compare("Tension: baseline vs tighter sanctions",
        "Tension (index, 0\u2013100)", fan("Baseline", 0.05, 1),
        fan("Tighter sanctions", 0.16, 2)));
    charts.put("histogram", HistogramChart.ofSample("Tension at month 120",
        "Tension at month 120 (index, 0\u2013100)", sample("Baseline", 48, 9, 1000, 11)));
    charts.put("ecdf", EcdfChart.compare("Tension at month 120: distribution",
        "Tension at month 120 (index, 0\u2013100)", sample("Baseline", 48, 9, 1000, 11),
        sample("Tighter sanctions", 55, 10, 1000, 12)));
    charts.put("sobol", SobolChart.of("Sobol indices of final tension", sobol()));
    charts.put("morris", MorrisChart.of("Morris screening of final tension", "tension points",
        morris()));
    charts.put("convergence", ConvergenceChart.of("Convergence of total Sobol indices",
        "Total Sobol index ST", convergence()));
    charts.put("prim", PrimTradeoffChart.of("PRIM: boxes for runs ending in war", prim(), 14));
    charts.put("timeline", TimelineChart.of("Run 17: tension and events",
        "Tension (index, 0\u2013100)", tension(), events()));
    return charts;
  }

  /** A report like `peninsula run` will write, with every chart type. */
  static HtmlReport sampleReport(ImageEmbedding embedding) {
    return sampleReport(embedding, everyChart());
  }

  static HtmlReport sampleReport(ImageEmbedding embedding, Map<String, Chart> charts) {
    Function<String, Chart> c = charts::get;
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("Scenario", "baseline " + HOSTILE);
    manifest.put("Runs", 1000);
    manifest.put("Months per run", 120);
    manifest.put("Master seed", 20250101L);
    manifest.put("Peninsula version", "0.1.0");
    HtmlReport.Builder b = HtmlReport.builder("Peninsula report: baseline " + HOSTILE)
        .subtitle("1000 runs of 120 months \u00b7 seed 20250101")
        .embed(embedding)
        .paragraph("This report summarises the runs of one scenario. Names such as "
            + HOSTILE + " are shown as text, never executed.")
        .section("Manifest")
        .keyValues("Run manifest", manifest)
        .section("Futures")
        .paragraph("Share of runs ending in each future, with 95% Wilson intervals.")
        .figure(c.apply("futures"), "Status quo is the most common future.")
        .figure(c.apply("futures-compare"), "Tighter sanctions shift runs towards clashes.")
        .table("Futures", List.of("Future", "Runs", "Share", "95% interval"), List.of(
            List.of(FUTURES[0], 412, 0.412, "0.382\u20130.443"),
            List.of(FUTURES[2], 187, 0.187, "0.164\u20130.212"),
            List.of(HOSTILE, 49, 0.049, "0.037\u20130.064")))
        .section("Tension over time")
        .figure(c.apply("fan"), "The median drifts upwards; uncertainty widens with time.")
        .figure(c.apply("fan-compare"), "Sanctions raise the median and widen the fan.")
        .figure(c.apply("histogram"), "Final tension is right-skewed.")
        .figure(c.apply("ecdf"), "Sanctions shift the whole distribution to the right.")
        .section("Sensitivity")
        .heading("Sobol")
        .figure(c.apply("sobol"), "Sanction strength explains most variance.")
        .figure(c.apply("convergence"), "Indices settle after about 2000 runs.")
        .heading("Morris")
        .figure(c.apply("morris"), "Leader risk appetite acts through interactions.")
        .section("Scenario discovery")
        .figure(c.apply("prim"), "The chosen box trades some coverage for high density.")
        .section("One run")
        .figure(c.apply("timeline"), "Tests precede clashes by about a month.");
    return b.build();
  }
}
