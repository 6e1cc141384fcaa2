package org.peninsula.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
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
import org.peninsula.report.data.HistogramBin;
import org.peninsula.report.data.MonthQuantiles;
import org.peninsula.report.data.MonthValue;
import org.peninsula.report.data.MonthlySeries;
import org.peninsula.report.data.MorrisEffect;
import org.peninsula.report.data.NamedSample;
import org.peninsula.report.data.ProbabilitySeries;
import org.peninsula.analysis.sensitivity.SobolIndices;

/** Degenerate but legal inputs still give a chart rather than an exception. */
class ChartEdgeCasesTest {

  static {
    System.setProperty("java.awt.headless", "true");
  }

  @Test
  void degenerateInputsRender() {
    List<Chart> charts = List.of(
        ProbabilityBarChart.compare("Missing category", "Future",
            new ProbabilitySeries("A", List.of(CategoryProbability.of("X", 1, 1, 1))),
            new ProbabilitySeries("B", List.of(CategoryProbability.of("Y", 0, 0, 0.3)))),
        ProbabilityBarChart.of("Many categories", "Future", new ProbabilitySeries("A",
            java.util.stream.IntStream.range(0, 12).mapToObj(i -> CategoryProbability.of(
                "Category with a long name " + i, 1.0 / 12, 0.05, 0.12)).toList())),
        FanChart.of("One month", "Tension", new FanSeries("A",
            List.of(new MonthQuantiles(0, 1, 1, 1, 1, 1)))),
        HistogramChart.ofSample("Constant", "Value", new NamedSample("A", new double[] {5, 5})),
        HistogramChart.ofSample("Single value", "Value", new NamedSample("A", new double[] {5})),
        HistogramChart.ofBins("Uneven bins", "Value", List.of(new HistogramBin(0, 1, 3),
            new HistogramBin(1, 5, 0), new HistogramBin(5, 6, 9))),
        EcdfChart.of("One point", "Value", List.of(new NamedSample("A", new double[] {1}))),
        SobolChart.of("Point indices", List.of(new SobolIndices("p", Estimate.point(0),
            Estimate.point(0)))),
        MorrisChart.of("All zero", "units", List.of(new MorrisEffect("p", 0, 0),
            new MorrisEffect("q", 0, 0))),
        ConvergenceChart.of("Linear axis", "S1", List.of(new ConvergenceSeries("p",
            List.of(new ConvergencePoint(100, 0.3), new ConvergencePoint(200, 0.31))))),
        PrimTradeoffChart.of("One box", List.of(SampleData.box(3, 0.1, 0.05, 0)), 3),
        TimelineChart.of("No events", "Tension", new MonthlySeries("Tension",
            List.of(new MonthValue(0, 1), new MonthValue(1, 2))), List.of()),
        TimelineChart.of("Two lines", "Index", List.of(
            new MonthlySeries("Tension", List.of(new MonthValue(0, 1), new MonthValue(1, 2))),
            new MonthlySeries("Trust", List.of(new MonthValue(0, 2), new MonthValue(1, 1)))),
            List.of()));
    for (Chart c : charts) {
      assertTrue(c.png(400, 300).length > 500, c.title());
      assertTrue(c.svg(400, 300).contains("<svg"), c.title());
    }
  }
}
