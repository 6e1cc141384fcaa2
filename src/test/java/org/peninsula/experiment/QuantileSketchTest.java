package org.peninsula.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;

class QuantileSketchTest {
  private static final double[] PS = {0, 0.05, 0.25, 0.5, 0.75, 0.95, 1};

  /** Exact type-7 quantile (Commons Math's R_7 estimation). */
  private static double exact(double[] data, double p) {
    if (p == 0) {
      return Arrays.stream(data).min().getAsDouble();
    }
    Percentile pc = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    return pc.evaluate(data, p * 100);
  }

  @Test
  void continuousValuesAreWithinTheStatedRelativeError() {
    SplittableRandom r = new SplittableRandom(1);
    double[] data = new double[50_000];
    QuantileSketch s = new QuantileSketch();
    for (int i = 0; i < data.length; i++) {
      data[i] = i % 3 == 0 ? r.nextDouble() : (i % 3 == 1 ? -2 * r.nextDouble() : Math.exp(
          5 * r.nextGaussian()));
      s.add(data[i]);
    }
    for (double p : PS) {
      double e = exact(data, p);
      double q = s.quantile(p);
      double bound = Math.max(Math.abs(e) * 0x1p-10 * 1.001, 0x1p-19);
      assertTrue(Math.abs(q - e) <= bound, "p=" + p + " exact " + e + " sketch " + q);
    }
    assertEquals(Arrays.stream(data).min().getAsDouble(), s.min());
    assertEquals(Arrays.stream(data).max().getAsDouble(), s.max());
  }

  @Test
  void integersAreExact() {
    SplittableRandom r = new SplittableRandom(2);
    double[] data = new double[20_001];
    QuantileSketch s = new QuantileSketch();
    for (int i = 0; i < data.length; i++) {
      data[i] = r.nextInt(0, 181);
      s.add(data[i]);
    }
    for (double p : PS) {
      assertEquals(exact(data, p), s.quantile(p), 1e-12, "p=" + p);
    }
  }

  @Test
  void nanIsMissingAndMergeOrderDoesNotMatter() {
    QuantileSketch a = new QuantileSketch();
    QuantileSketch b = new QuantileSketch();
    QuantileSketch all = new QuantileSketch();
    SplittableRandom r = new SplittableRandom(3);
    for (int i = 0; i < 10_000; i++) {
      double v = i % 10 == 0 ? Double.NaN : r.nextDouble();
      (i % 2 == 0 ? a : b).add(v);
      all.add(v);
    }
    QuantileSketch ab = new QuantileSketch();
    ab.merge(a);
    ab.merge(b);
    QuantileSketch ba = new QuantileSketch();
    ba.merge(b);
    ba.merge(a);
    assertEquals(1000, all.missing());
    assertEquals(9000, all.count());
    assertEquals(Arrays.toString(all.quantiles(PS)), Arrays.toString(ab.quantiles(PS)));
    assertEquals(Arrays.toString(all.quantiles(PS)), Arrays.toString(ba.quantiles(PS)));
    assertTrue(Double.isNaN(new QuantileSketch().quantile(0.5)));
  }

  @Test
  void seriesHistogramIsWithinOneBin() {
    SeriesHistogram h = new SeriesHistogram(1, 1);
    SplittableRandom r = new SplittableRandom(4);
    double[] data = new double[10_000];
    short[] bins = new short[1];
    for (int i = 0; i < data.length; i++) {
      data[i] = Math.pow(r.nextDouble(), 3);
      bins[0] = SeriesHistogram.bin(data[i]);
      h.add(bins, 0, 0);
    }
    double[] q = h.quantiles(0, 0, PS);
    for (int i = 0; i < PS.length; i++) {
      double e = exact(data, PS[i]);
      assertTrue(Math.abs(q[i] - e) <= SeriesHistogram.BIN_WIDTH, PS[i] + ": " + e + " vs " + q[i]);
    }
  }
}
