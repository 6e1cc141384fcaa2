package org.peninsula.analysis.stats;

import java.util.Arrays;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Seeded nonparametric bootstrap (Efron and Tibshirani 1993): statistics are recomputed on index
 * arrays drawn with replacement, and intervals are percentile intervals.
 *
 * <p>Every call starts a fresh generator from the seed, so a result does not depend on what was
 * computed before it, and two statistics of the same data see the same resamples.
 */
public final class Bootstrap {

  /** A statistic of two independent samples, evaluated on resampled row indices of each. */
  @FunctionalInterface
  public interface TwoSampleStatistic {
    double apply(int[] rowsA, int[] rowsB);
  }

  private final int resamples;
  private final long seed;

  public Bootstrap(int resamples, long seed) {
    if (resamples < 1) {
      throw new IllegalArgumentException("need at least one bootstrap resample");
    }
    this.resamples = resamples;
    this.seed = seed;
  }

  public int resamples() {
    return resamples;
  }

  public long seed() {
    return seed;
  }

  /** The statistic on {@link #resamples()} resamples of rows 0..n-1. */
  public double[] replicates(int n, ToDoubleFunction<int[]> statistic) {
    RandomGenerator rng = new MersenneTwister(seed);
    double[] out = new double[resamples];
    int[] rows = new int[n];
    for (int b = 0; b < resamples; b++) {
      draw(rows, rng);
      out[b] = statistic.applyAsDouble(rows);
    }
    return out;
  }

  /**
   * Vector version, for estimators that yield several numbers from one resample (all Sobol
   * indices at once): element [b][j] is component j on resample b.
   */
  public double[][] vectorReplicates(int n, Function<int[], double[]> statistic) {
    RandomGenerator rng = new MersenneTwister(seed);
    double[][] out = new double[resamples][];
    int[] rows = new int[n];
    for (int b = 0; b < resamples; b++) {
      draw(rows, rng);
      out[b] = statistic.apply(rows);
    }
    return out;
  }

  /** Two-sample version: each sample is resampled on its own, as for independent groups. */
  public double[] replicates(int nA, int nB, TwoSampleStatistic statistic) {
    RandomGenerator rng = new MersenneTwister(seed);
    double[] out = new double[resamples];
    int[] rowsA = new int[nA];
    int[] rowsB = new int[nB];
    for (int b = 0; b < resamples; b++) {
      draw(rowsA, rng);
      draw(rowsB, rng);
      out[b] = statistic.apply(rowsA, rowsB);
    }
    return out;
  }

  private static void draw(int[] rows, RandomGenerator rng) {
    int n = rows.length;
    for (int i = 0; i < n; i++) {
      rows[i] = rng.nextInt(n);
    }
  }

  /** Column j of vector replicates. */
  public static double[] component(double[][] replicates, int j) {
    double[] out = new double[replicates.length];
    for (int b = 0; b < replicates.length; b++) {
      out[b] = replicates[b][j];
    }
    return out;
  }

  /** Point estimate with the percentile interval of its bootstrap replicates. */
  public static Estimate percentileEstimate(double value, double[] replicates, double level) {
    double[] bounds = percentileInterval(replicates, level);
    return new Estimate(value, bounds[0], bounds[1]);
  }

  /**
   * The (1 - level)/2 and (1 + level)/2 quantiles of the replicates (linear interpolation, R type
   * 7). NaN replicates, from resamples where the statistic is undefined, are dropped; if all are
   * NaN the bounds are NaN.
   */
  public static double[] percentileInterval(double[] replicates, double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
    }
    double[] finite = Arrays.stream(replicates).filter(v -> !Double.isNaN(v)).toArray();
    if (finite.length == 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
    percentile.setData(finite);
    double tail = (1 - level) / 2;
    return new double[] {percentile.evaluate(100 * tail), percentile.evaluate(100 * (1 - tail))};
  }
}
