package org.peninsula.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.peninsula.experiment.EnsembleSummary;
import org.peninsula.experiment.FutureEstimate;
import org.peninsula.experiment.OutcomeSummary;
import org.peninsula.model.Future;
import org.peninsula.model.Outcome;
import org.peninsula.report.data.HistogramBin;
import org.peninsula.scenario.DistributionSpec;

/** The conversion of ensemble statistics into report figures, without running a model. */
class EnsembleReportTest {

  static {
    System.setProperty("java.awt.headless", "true");
  }

  /** A summary whose outcome {@code o} spans [min, max] as given, NaN elsewhere (n = 0). */
  static EnsembleSummary summary(Map<Outcome, double[]> ranges) {
    List<OutcomeSummary> outcomes = new ArrayList<>();
    for (Outcome o : Outcome.values()) {
      double[] r = ranges.get(o);
      if (r == null) {
        double nan = Double.NaN;
        outcomes.add(new OutcomeSummary(o, 0, 100, nan, nan, nan, nan, nan, nan, nan, nan, nan));
      } else {
        double mid = (r[0] + r[1]) / 2;
        outcomes.add(new OutcomeSummary(o, 100, 0, mid, 1, r[0], r[0], mid, mid, mid, r[1],
            r[1]));
      }
    }
    List<FutureEstimate> futures = new ArrayList<>();
    for (Future f : Future.values()) {
      futures.add(FutureEstimate.of(f, f == Future.CONFRONTATIONAL_STABILITY ? 90 : 2, 98));
    }
    return new EnsembleSummary("test", 1, 98, 98, 0, futures, outcomes, null);
  }

  private static long total(List<HistogramBin> bins) {
    return bins.stream().mapToLong(HistogramBin::count).sum();
  }

  @Test
  void countOutcomesGetOneBinPerWholeNumber() {
    EnsembleSummary s = summary(Map.of(Outcome.CLASHES, new double[] {0, 3}));
    OutcomeHistograms h = new OutcomeHistograms(s, List.of(Outcome.CLASHES), o -> true);
    for (double v : new double[] {0, 1, 1, 3}) {
      double[] values = new double[Outcome.COUNT];
      values[Outcome.CLASHES.ordinal()] = v;
      h.add(values);
    }
    List<HistogramBin> bins = h.bins(Outcome.CLASHES);
    assertEquals(4, bins.size());
    assertEquals(-0.5, bins.get(0).lower());
    assertEquals(3.5, bins.get(3).upper());
    assertEquals(List.of(1L, 2L, 0L, 1L), bins.stream().map(HistogramBin::count).toList());
  }

  @Test
  void wideCountsAreGroupedAndTheMaximumIsCounted() {
    EnsembleSummary s = summary(Map.of(Outcome.MISSILE_TESTS, new double[] {0, 199}));
    OutcomeHistograms h = new OutcomeHistograms(s, List.of(Outcome.MISSILE_TESTS), o -> true);
    for (int v = 0; v <= 199; v++) {
      double[] values = new double[Outcome.COUNT];
      values[Outcome.MISSILE_TESTS.ordinal()] = v;
      h.add(values);
    }
    List<HistogramBin> bins = h.bins(Outcome.MISSILE_TESTS);
    assertTrue(bins.size() <= OutcomeHistograms.MAX_BINS, "bins: " + bins.size());
    assertEquals(200, total(bins));
    assertEquals(4, bins.get(bins.size() - 1).count(), "199 lies in the last bin");
  }

  @Test
  void continuousOutcomesGetFortyBinsAndNaNIsLeftOut() {
    EnsembleSummary s = summary(Map.of(Outcome.PEAK_TENSION, new double[] {0.2, 0.9}));
    OutcomeHistograms h = new OutcomeHistograms(s,
        List.of(Outcome.PEAK_TENSION, Outcome.WAR_MONTH), o -> false);
    for (double v : new double[] {0.2, 0.55, 0.9, Double.NaN}) {
      double[] values = new double[Outcome.COUNT];
      values[Outcome.PEAK_TENSION.ordinal()] = v;
      values[Outcome.WAR_MONTH.ordinal()] = Double.NaN;
      h.add(values);
    }
    List<HistogramBin> bins = h.bins(Outcome.PEAK_TENSION);
    assertEquals(OutcomeHistograms.CONTINUOUS_BINS, bins.size());
    assertEquals(3, total(bins));
    assertEquals(1, bins.get(0).count());
    assertEquals(1, bins.get(bins.size() - 1).count());
    assertFalse(h.has(Outcome.WAR_MONTH), "an outcome that never happened has no histogram");
    assertEquals(List.of(), h.bins(Outcome.WAR_MONTH));
  }

  @Test
  void figuresOfASummaryWithoutSeriesOrHistograms() {
    EnsembleSummary s = summary(Map.of(Outcome.CLASHES, new double[] {0, 3}));
    HtmlReport report = EnsembleReport.addFigures(HtmlReport.builder("t"), s, null).build();
    assertEquals(1, report.charts().size(), "the futures only");
    String html = report.toHtml();
    assertTrue(html.contains("In brief: 91.8% of the 98 runs ended in confrontational"), html);
    assertTrue(html.contains("clashes"), "outcome table");
  }

  @Test
  void distributionsReadAsTheFileWritesThem() {
    Function<DistributionSpec, String> f = RunReport::distribution;
    assertEquals("triangular(min 0.6, mode 0.75, max 0.9)",
        f.apply(new DistributionSpec("triangular", 0.6, 0.9, 0.75, null, null, null, null)));
    assertEquals("uniform(min 0.05, max 0.2)",
        f.apply(new DistributionSpec("uniform", 0.05, 0.2, null, null, null, null, null)));
    assertEquals("normal(mean 0.5, sd 0.1)",
        f.apply(new DistributionSpec("normal", null, null, null, null, null, 0.5, 0.1)));
    assertEquals("0.333", RunReport.plain(0.3330000001));
    assertEquals("2026-11-27 01:06:59 UTC", RunReport.time("2026-11-27T01:06:59.041544039Z"));
  }
}
