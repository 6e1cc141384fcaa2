package org.peninsula.report.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationChartsTest {

  @Test
  void aPredictiveCheckWithUnobservedYearsAndADegeneratePosteriorStillDraws() {
    double nan = Double.NaN;
    Chart check = CalibrationCharts.predictive("chinaTradeBillionUsd", List.of(2016, 2017, 2018),
        new double[] {0, 1, nan}, new double[] {1, 2, nan}, new double[] {3, 4, nan},
        new double[] {5, nan, 2}, new double[] {5.5, nan, 2});
    assertTrue(check.png().length > 1000);
    assertTrue(check.svg().contains("2017") && !check.svg().contains("2,017"));
    // Every particle at one value, all the weight on it: one spike, no division by zero.
    Chart marginal = CalibrationCharts.marginal("mechanisms.tensionDecay", 0, 1,
        new double[] {0.1, 0.5, 0.9}, new double[] {0.3, 0.3}, new double[] {1, 0});
    assertTrue(marginal.png().length > 1000);
    Chart pair = CalibrationCharts.pair("a", "b", new double[] {1, 1}, new double[] {2, 2}, 0);
    assertTrue(pair.svg().contains("r = 0.00"));
  }
}
