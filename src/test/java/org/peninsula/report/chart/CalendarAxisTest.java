package org.peninsula.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;

class CalendarAxisTest {

  static {
    System.setProperty("java.awt.headless", "true");
  }

  @Test
  void monthIndicesBecomeCalendarMonths() {
    YearMonth start = YearMonth.of(2021, 3);
    assertEquals("Mar 2021", CalendarAxis.MonthFormat.label(start, 0));
    assertEquals("Jan 2022", CalendarAxis.MonthFormat.label(start, 10));
    assertEquals("Feb 2036", CalendarAxis.MonthFormat.label(start, 179));
    assertEquals("Mar 2023", new CalendarAxis.MonthFormat(start).format(24.0));
  }

  @Test
  void theAxisIsRelabelled() {
    Chart chart = TimelineChart.of("t", "v",
        new org.peninsula.report.data.MonthlySeries("x", java.util.List.of(
            new org.peninsula.report.data.MonthValue(0, 0.1),
            new org.peninsula.report.data.MonthValue(100, 0.2))), java.util.List.of());
    CalendarAxis.apply(chart, YearMonth.of(2017, 7));
    NumberAxis axis = (NumberAxis) ((org.jfree.chart.plot.CombinedDomainXYPlot)
        chart.jfreeChart().getPlot()).getDomainAxis();
    assertEquals(CalendarAxis.LABEL, axis.getLabel());
    assertTrue(chart.png(600, 400).length > 1000, "still renders");
  }
}
