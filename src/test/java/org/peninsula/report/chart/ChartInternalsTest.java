package org.peninsula.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import java.util.Random;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.peninsula.report.data.HistogramBin;

class ChartInternalsTest {

  @Test
  void ecdfStartsAtZeroEndsAtOneAndIsThinned() {
    double[] values = new Random(1).doubles(10_000).toArray();
    XYSeries s = EcdfChart.steps("x", values);
    assertEquals(0.0, s.getY(0).doubleValue());
    assertEquals(1.0, s.getY(s.getItemCount() - 1).doubleValue());
    assertTrue(s.getItemCount() <= 2 * EcdfChart.MAX_STEPS + 2, "thinned: " + s.getItemCount());
    for (int i = 1; i < s.getItemCount(); i++) {
      assertTrue(s.getX(i).doubleValue() >= s.getX(i - 1).doubleValue(), "x never decreases");
      assertTrue(s.getY(i).doubleValue() >= s.getY(i - 1).doubleValue(), "F never decreases");
    }
  }

  @Test
  void ecdfCollapsesTies() {
    XYSeries s = EcdfChart.steps("x", new double[] {1, 1, 2, 2, 2, 3});
    // (1,0) (1,2/6) (2,2/6) (2,5/6) (3,5/6) (3,1)
    assertEquals(6, s.getItemCount());
    assertEquals(2.0 / 6, s.getY(1).doubleValue(), 1e-12);
    assertEquals(5.0 / 6, s.getY(3).doubleValue(), 1e-12);
  }

  @Test
  void binsCountEveryValueIncludingTheMaximum() {
    double[] sorted = {0, 1, 2, 3, 4, 5, 6, 7, 8, 10};
    List<HistogramBin> bins = HistogramChart.bin(sorted, 5);
    assertEquals(5, bins.size());
    assertEquals(10, bins.stream().mapToLong(HistogramBin::count).sum());
    assertEquals(10.0, bins.get(4).upper());
    assertEquals(1, HistogramChart.bin(new double[] {3, 3, 3}, 4).size(), "constant sample");
  }

  @Test
  void autoBinsStayInARange() {
    double[] wide = new Random(2).doubles(100_000).toArray();
    int bins = HistogramChart.autoBinCount(wide);
    assertTrue(bins >= 5 && bins <= 50, "bins " + bins);
    assertEquals(1, HistogramChart.autoBinCount(new double[] {4, 4}));
  }

  @Test
  void firstTwoSeriesDifferInLightnessNotJustHue() {
    // Greyscale printing keeps only luminance: A and B must differ there.
    double a = luminance(Palette.color(0));
    double b = luminance(Palette.color(1));
    assertTrue(Math.abs(a - b) > 0.25, "luminance " + a + " vs " + b);
  }

  @Test
  void slugsAreFileSafe() {
    assertEquals("futures-a-vs-b", Chart.slug("Futures: A vs. B"));
    assertEquals("script-alert-x-script", Chart.slug("<script>alert('x')</script>"));
    assertEquals("chart", Chart.slug("\ud55c\uad6d"));
  }

  private static double luminance(Color c) {
    return (0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue()));
  }

  private static double lin(int channel) {
    double v = channel / 255.0;
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }
}
