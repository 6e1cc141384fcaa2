package org.peninsula.experiment;

import java.io.Serializable;

/**
 * Per-month distributions of the recorded series (tension, sanctions pressure, DPRK capability,
 * Russia's standing), for fan charts. Every series lives on [0, 1], so each month of each series
 * is a fixed-bin histogram of {@link #BINS} equal bins; a value outside [0, 1] is counted in the
 * end bin (and in {@link #outOfRange()}). The bins are exact integer counts, so the histogram
 * does not depend on the order of runs and merges exactly; quantiles read from it are within one
 * bin width (0.001) of the exact ones. Memory is fixed: series x months x bins ints (2.9 MB for
 * four series over 180 months), whatever the number of runs.
 */
public final class SeriesHistogram implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int BINS = 1000;
  public static final double BIN_WIDTH = 1.0 / BINS;
  /** Marks a month that a run did not record (a continuation's past). */
  static final short NOT_RECORDED = -1;

  private final int series;
  private final int months;
  private final int[] counts;
  private final long[] cellCounts;
  private long outOfRange;

  public SeriesHistogram(int series, int months) {
    this.series = series;
    this.months = months;
    this.counts = new int[series * months * BINS];
    this.cellCounts = new long[series * months];
  }

  public int series() {
    return series;
  }

  public int months() {
    return months;
  }

  /** The bin of a value: 0..BINS-1, values outside [0, 1] clamped into the end bins. */
  static short bin(double v) {
    int b = (int) (v * BINS);
    if (b < 0 || v != v) {
      return 0;
    }
    return (short) (b >= BINS ? BINS - 1 : b);
  }

  static boolean outside(double v) {
    return !(v >= 0 && v <= 1);
  }

  /**
   * Adds one run: {@code bins[offset + s * months + m]} is the bin of series s in month m, or
   * {@link #NOT_RECORDED}.
   */
  void add(short[] bins, int offset, int outside) {
    int cells = series * months;
    for (int c = 0; c < cells; c++) {
      short b = bins[offset + c];
      if (b >= 0) {
        counts[c * BINS + b]++;
        cellCounts[c]++;
      }
    }
    outOfRange += outside;
  }

  public void merge(SeriesHistogram other) {
    if (other.series != series || other.months != months) {
      throw new IllegalArgumentException("series histograms of different shapes");
    }
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
    for (int i = 0; i < cellCounts.length; i++) {
      cellCounts[i] += other.cellCounts[i];
    }
    outOfRange += other.outOfRange;
  }

  /** Values that fell outside [0, 1] and were counted in an end bin. */
  public long outOfRange() {
    return outOfRange;
  }

  /** Runs that recorded month {@code m} of series {@code s}. */
  public long count(int s, int m) {
    return cellCounts[s * months + m];
  }

  /**
   * Type-7 quantiles of series {@code s} in month {@code m}; the k-th smallest value is placed
   * at the middle of its share of its bin. NaN when no run recorded the month.
   */
  public double[] quantiles(int s, int m, double... ps) {
    int cell = s * months + m;
    long n = cellCounts[cell];
    double[] out = new double[ps.length];
    if (n == 0) {
      java.util.Arrays.fill(out, Double.NaN);
      return out;
    }
    // Every order statistic the levels need, found in one pass over the cell's bins rather than
    // a scan per statistic: a fan chart asks for seven levels in each of 720 cells, and live
    // odds summarise small ensembles often.
    long[] ranks = new long[2 * ps.length];
    for (int q = 0; q < ps.length; q++) {
      double h = (n - 1) * Math.min(1, Math.max(0, ps[q]));
      ranks[2 * q] = (long) Math.floor(h);
      ranks[2 * q + 1] = Math.min(n - 1, ranks[2 * q] + 1);
    }
    double[] values = orderStatistics(cell, ranks);
    for (int q = 0; q < ps.length; q++) {
      double h = (n - 1) * Math.min(1, Math.max(0, ps[q]));
      double xlo = values[2 * q];
      double frac = h - ranks[2 * q];
      out[q] = frac == 0 ? xlo : xlo + frac * (values[2 * q + 1] - xlo);
    }
    return out;
  }

  /** The values of the given ranks (0-based, any order) in one cell. */
  private double[] orderStatistics(int cell, long[] ranks) {
    Integer[] order = new Integer[ranks.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (x, y) -> Long.compare(ranks[x], ranks[y]));
    double[] values = new double[ranks.length];
    int base = cell * BINS;
    long acc = 0;
    int next = 0;
    for (int b = 0; b < BINS && next < order.length; b++) {
      int c = counts[base + b];
      while (next < order.length && ranks[order[next]] < acc + c) {
        values[order[next]] = (b + (ranks[order[next]] - acc + 0.5) / c) * BIN_WIDTH;
        next++;
      }
      acc += c;
    }
    for (; next < order.length; next++) {
      values[order[next]] = 1.0;
    }
    return values;
  }
}
