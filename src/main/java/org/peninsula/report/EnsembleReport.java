package org.peninsula.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.peninsula.experiment.EnsembleSummary;
import org.peninsula.experiment.FutureEstimate;
import org.peninsula.experiment.OutcomeSummary;
import org.peninsula.experiment.SeriesBands;
import org.peninsula.model.Outcome;
import org.peninsula.model.Peninsula;
import org.peninsula.report.chart.CalendarAxis;
import org.peninsula.report.chart.Chart;
import org.peninsula.report.chart.ChartNotes;
import org.peninsula.report.chart.FanChart;
import org.peninsula.report.chart.HistogramChart;
import org.peninsula.report.chart.ProbabilityBarChart;
import org.peninsula.report.data.CategoryProbability;
import org.peninsula.report.data.FanSeries;
import org.peninsula.report.data.HistogramBin;
import org.peninsula.report.data.MonthQuantiles;
import org.peninsula.report.data.ProbabilitySeries;

/**
 * Turns an {@link EnsembleSummary} into report figures: the futures as bars with 95% Wilson
 * whiskers, fan charts of the recorded series over calendar months, histograms of the key
 * numeric outcomes and a table of every outcome. Used by {@code peninsula run}'s report; reusable
 * by anything that has a summary (e.g. the classroom game's debrief):
 *
 * <pre>{@code
 * HtmlReport.Builder b = HtmlReport.builder("Baseline");
 * EnsembleReport.addFigures(b, summary, OutcomeHistograms.fromRunsCsv(runsCsv, summary,
 *     EnsembleReport.histogramOutcomes(), EnsembleReport::isCount));   // or null: no histograms
 * b.build().writeTo(folder);
 * }</pre>
 */
public final class EnsembleReport {

  /** One outcome shown as a histogram: its title and its axis label with the unit. */
  public record KeyOutcome(Outcome outcome, String title, String axisLabel, boolean count) {}

  /** The outcomes shown as histograms, in report order. */
  public static final List<KeyOutcome> KEY_OUTCOMES = List.of(
      new KeyOutcome(Outcome.PEAK_TENSION, "Peak tension", "Highest tension in the run (index, 0\u20131)", false),
      new KeyOutcome(Outcome.MONTHS_HIGH_TENSION, "Months of high tension", "Months with tension in the high band (months)", true),
      new KeyOutcome(Outcome.CLASHES, "Military clashes", "Limited military clashes (number per run)", true),
      new KeyOutcome(Outcome.MISSILE_TESTS, "Missile tests", "DPRK ballistic-missile tests (number per run)", true),
      new KeyOutcome(Outcome.RESOLUTIONS_VETOED, "Vetoed sanctions resolutions", "UN sanctions drafts vetoed (number per run)", true),
      new KeyOutcome(Outcome.TALKS_MONTHS, "Months of talks", "Months with talks open (months)", true),
      new KeyOutcome(Outcome.FINAL_SANCTIONS_PRESSURE, "Final sanctions pressure", "Effective sanctions pressure at the end (index, 0\u20131)", false),
      new KeyOutcome(Outcome.FINAL_DPRK_CAPABILITY, "Final DPRK capability", "DPRK capability at the end (index, 0\u20131)", false),
      new KeyOutcome(Outcome.RUSSIA_MAJOR_ROLE, "Russia's aim 1: major-player standing", "Russia's standing at the end (index, 0\u20131)", false),
      new KeyOutcome(Outcome.RUSSIA_ECONOMIC_AXIS, "Russia's aim 2: north\u2013south economic axis", "Progress of the economic axis at the end (index, 0\u20131)", false),
      new KeyOutcome(Outcome.RUSSIA_SECURITY_FRAMEWORK, "Russia's aim 3: security framework", "Multilateral security framework at the end (index, 0\u20131)", false));

  /** Titles and axis labels of the four recorded series, indexed by {@code Peninsula.SERIES_*}. */
  private static final String[][] SERIES = {
      {"Tension", "Tension (index, 0\u20131)"},
      {"Sanctions pressure", "Effective sanctions pressure (index, 0\u20131)"},
      {"DPRK capability", "DPRK military capability (index, 0\u20131)"},
      {"Russia's standing", "Russia's standing as a major player (index, 0\u20131)"}};

  private EnsembleReport() {}

  /** The outcomes of {@link #KEY_OUTCOMES}, for {@link OutcomeHistograms}. */
  public static List<Outcome> histogramOutcomes() {
    return KEY_OUTCOMES.stream().map(KeyOutcome::outcome).toList();
  }

  /** Whether the outcome is a count (whole-number bins); anything else is continuous. */
  public static boolean isCount(Outcome o) {
    for (KeyOutcome k : KEY_OUTCOMES) {
      if (k.outcome() == o) {
        return k.count();
      }
    }
    return false;
  }

  /** Histograms of the key outcomes streamed from a batch's runs.csv (bounded memory). */
  public static OutcomeHistograms histograms(Path runsCsv, EnsembleSummary summary)
      throws IOException {
    return OutcomeHistograms.fromRunsCsv(runsCsv, summary, histogramOutcomes(),
        EnsembleReport::isCount);
  }

  /**
   * Adds sections "Futures", "Over time" and (with {@code histograms}, which may be null)
   * "Outcomes" with the figures and tables of {@code summary}; returns the builder.
   */
  public static HtmlReport.Builder addFigures(HtmlReport.Builder b, EnsembleSummary summary,
      OutcomeHistograms histograms) {
    if (summary.runsCompleted() == 0) {
      return b.section("Futures").paragraph("No run completed, so there is nothing to show.");
    }
    addFutures(b.section("Futures").paragraph(inBrief(summary)), summary);
    b.section("Over time");
    addFanCharts(b, summary);
    b.section("Outcomes");
    if (histograms != null) {
      addHistograms(b, summary, histograms);
    }
    addOutcomeTable(b, summary);
    return b;
  }

  /**
   * One sentence on the most likely future and on war, e.g. for the top of a report; empty
   * without completed runs.
   */
  public static String inBrief(EnsembleSummary summary) {
    if (summary.runsCompleted() == 0) {
      return "";
    }
    FutureEstimate top = summary.futures().get(0);
    for (FutureEstimate f : summary.futures()) {
      if (f.probability() > top.probability()) {
        top = f;
      }
    }
    FutureEstimate war = summary.future(org.peninsula.model.Future.ESCALATION_TO_WAR);
    String s = String.format(Locale.ROOT, "In brief: %s of the %,d runs ended in %s (95%%"
        + " interval %s to %s)", pct(top.probability()), summary.runsCompleted(),
        top.future().label(), pct(top.low()), pct(top.high()));
    if (war != top) {
      s += String.format(Locale.ROOT, "; %s in %s (%s to %s)", pct(war.probability()),
          war.future().label(), pct(war.low()), pct(war.high()));
    }
    return s + ".";
  }

  /** The futures bar chart and its table. */
  public static HtmlReport.Builder addFutures(HtmlReport.Builder b, EnsembleSummary summary) {
    b.figure(futuresChart(summary), "Share of the " + summary.runsCompleted()
        + " completed runs ending in each future. Whiskers are 95% Wilson intervals: the range"
        + " the share would likely fall in with many more runs.");
    List<List<String>> rows = new ArrayList<>();
    for (FutureEstimate f : summary.futures()) {
      rows.add(List.of(f.future().label(), Long.toString(f.count()), pct(f.probability()),
          pct(f.low()) + " \u2013 " + pct(f.high())));
    }
    return b.table("Futures: runs, share and 95% Wilson interval",
        List.of("Future", "Runs", "Share", "95% interval"), rows);
  }

  /** A fan chart per recorded series, months as calendar dates. */
  public static HtmlReport.Builder addFanCharts(HtmlReport.Builder b, EnsembleSummary summary) {
    for (int s = 0; s < Peninsula.SERIES_COUNT; s++) {
      Chart c = fanChart(summary, s);
      if (c != null) {
        b.figure(c, SERIES[s][0] + " month by month across all runs: half of the runs lie in"
            + " the dark band, nine in ten in the light band. A run ended by war keeps its last"
            + " value.");
      }
    }
    return b;
  }

  /** A histogram per key outcome that happened in at least one run. */
  public static HtmlReport.Builder addHistograms(HtmlReport.Builder b, EnsembleSummary summary,
      OutcomeHistograms histograms) {
    for (KeyOutcome k : KEY_OUTCOMES) {
      if (!histograms.has(k.outcome())) {
        continue;
      }
      OutcomeSummary s = summary.outcome(k.outcome());
      b.figure(histogram(k, histograms.bins(k.outcome()), s),
          String.format(Locale.ROOT, "%s (%s): mean %s, median %s, 90%% of runs between %s and"
              + " %s.", k.title(), k.outcome().meaning(), num(s.mean()), num(s.median()),
              num(s.p05()), num(s.p95())));
    }
    return b;
  }

  /** Every outcome's mean, sd and quantiles. */
  public static HtmlReport.Builder addOutcomeTable(HtmlReport.Builder b,
      EnsembleSummary summary) {
    List<List<String>> rows = new ArrayList<>();
    for (OutcomeSummary o : summary.outcomes()) {
      rows.add(List.of(o.outcome().key(), o.outcome().meaning(), Long.toString(o.n()),
          num(o.mean()), num(o.sd()), num(o.p05()), num(o.median()), num(o.p95())));
    }
    return b.table("Every outcome over the runs where it happened (n)",
        List.of("Outcome", "Meaning", "n", "Mean", "SD", "5%", "Median", "95%"), rows);
  }

  public static Chart futuresChart(EnsembleSummary summary) {
    List<CategoryProbability> cats = new ArrayList<>();
    for (FutureEstimate f : summary.futures()) {
      double p = finite(f.probability());
      cats.add(CategoryProbability.of(f.future().label(), p,
          Math.min(p, finite(f.low())), Math.max(p, finite(f.high()))));
    }
    return ProbabilityBarChart.of("Futures after " + years(summary), "Future",
        new ProbabilitySeries(summary.scenario(), cats)).withName("futures");
  }

  /** The fan chart of series {@code s} ({@code Peninsula.SERIES_*}), null without data. */
  public static Chart fanChart(EnsembleSummary summary, int s) {
    SeriesBands bands = summary.series();
    if (bands == null || bands.months() == 0) {
      return null;
    }
    List<MonthQuantiles> months = new ArrayList<>(bands.months());
    double[][] q = new double[SeriesBands.LEVELS.length][];
    for (int l = 0; l < q.length; l++) {
      q[l] = bands.quantile(s, l);
    }
    for (int m = 0; m < bands.months(); m++) {
      if (!Double.isFinite(q[0][m]) || !Double.isFinite(q[4][m])) {
        continue;
      }
      // Quantiles within one histogram bin can come out a hair unordered after rounding.
      double a = q[0][m];
      double b2 = Math.max(a, q[1][m]);
      double c = Math.max(b2, q[2][m]);
      double d = Math.max(c, q[3][m]);
      double e = Math.max(d, q[4][m]);
      months.add(new MonthQuantiles(m, a, b2, c, d, e));
    }
    if (months.isEmpty()) {
      return null;
    }
    Chart chart = FanChart.of(SERIES[s][0] + " over time", SERIES[s][1],
        new FanSeries(summary.scenario(), months))
        .withName(SeriesBands.SERIES_NAMES.get(s) + "-fan");
    YearMonth start = start(bands);
    return start == null ? chart : CalendarAxis.apply(chart, start);
  }

  public static Chart histogram(KeyOutcome k, List<HistogramBin> bins, OutcomeSummary s) {
    Chart c = HistogramChart.ofBins(k.title(), k.axisLabel(), bins)
        .withName(k.outcome().key() + "-histogram");
    ChartNotes.explain(c, String.format(Locale.ROOT, "n = %d runs \u00b7 dashed line: median",
        s.n()));
    return ChartNotes.median(c, s.median());
  }

  /** The first calendar month of the series ("2021-03"), or null. */
  public static YearMonth start(SeriesBands bands) {
    if (bands.monthLabels() == null || bands.monthLabels().isEmpty()) {
      return null;
    }
    try {
      return YearMonth.parse(bands.monthLabels().get(0));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static String years(EnsembleSummary summary) {
    int months = summary.series() == null ? 0 : summary.series().months();
    if (months == 0) {
      return "the horizon";
    }
    return months % 12 == 0 ? (months / 12) + " years" : months + " months";
  }

  private static double finite(double v) {
    return Double.isFinite(v) ? v : 0;
  }

  static String pct(double p) {
    if (!Double.isFinite(p)) {
      return "\u2013";
    }
    return String.format(Locale.ROOT, p > 0 && p < 0.001 ? "%.3f%%" : "%.1f%%", 100 * p);
  }

  static String num(double v) {
    if (Double.isNaN(v)) {
      return "\u2013";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e9) {
      return Long.toString((long) v);
    }
    double a = Math.abs(v);
    return String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 1 ? "%.2f" : "%.3f", v);
  }
}
