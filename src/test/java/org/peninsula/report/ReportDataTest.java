package org.peninsula.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peninsula.report.data.CategoryProbability;
import org.peninsula.analysis.stats.Estimate;
import org.peninsula.report.data.FanSeries;
import org.peninsula.report.data.MonthQuantiles;
import org.peninsula.report.data.NamedSample;
import org.peninsula.analysis.prim.PrimBox;
import org.peninsula.report.chart.PrimTradeoffChart;

/** Bad input fails when the record is made, with a message naming the problem. */
class ReportDataTest {

  @Test
  void estimateNeedsOrderedFiniteBounds() {
    assertThrows(IllegalArgumentException.class, () -> Estimate.of(0.5, 0.6, 0.7));
    assertThrows(IllegalArgumentException.class, () -> Estimate.of(Double.NaN, 0, 1));
    assertTrue(Estimate.of(0.5, 0.4, 0.6).hasInterval());
    assertEquals(false, Estimate.point(0.5).hasInterval());
  }

  @Test
  void probabilitiesStayInTheUnitInterval() {
    assertThrows(IllegalArgumentException.class,
        () -> CategoryProbability.of("War", 0.99, 0.95, 1.01));
    assertThrows(IllegalArgumentException.class, () -> CategoryProbability.of(" ", 0.5, 0.4,
        0.6));
  }

  @Test
  void quantilesMustBeOrderedAndMonthsAreSorted() {
    assertThrows(IllegalArgumentException.class, () -> new MonthQuantiles(1, 1, 2, 3, 2, 5));
    FanSeries fan = new FanSeries("A", List.of(new MonthQuantiles(2, 1, 2, 3, 4, 5),
        new MonthQuantiles(1, 1, 2, 3, 4, 5)));
    assertEquals(1, fan.months().get(0).month());
  }

  @Test
  void sampleIsCopiedDefensively() {
    double[] values = {1, 2, 3};
    NamedSample s = new NamedSample("A", values);
    values[0] = 99;
    assertEquals(1, s.values()[0]);
    s.values()[1] = 99;
    assertEquals(2, s.values()[1]);
    assertEquals(new NamedSample("A", new double[] {1, 2, 3}), s);
  }

  @Test
  void primChartNeedsTheChosenBoxInTheTrajectory() {
    List<PrimBox> boxes = List.of(SampleData.box(0, 1, 0.2, 0), SampleData.box(1, 0.8, 0.5, 1));
    assertThrows(IllegalArgumentException.class, () -> PrimTradeoffChart.of("t", boxes, 7));
  }
}
