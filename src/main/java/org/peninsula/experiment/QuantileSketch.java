package org.peninsula.experiment;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A streaming, mergeable quantile estimator with a stated error bound, for one numeric outcome.
 *
 * <p>Values go into logarithmic bins: a value's bin is its sign, binary exponent and top ten
 * mantissa bits, so each bin spans a relative width of 2<sup>-10</sup> (about 0.1%); values
 * smaller than 2<sup>-20</sup> in magnitude share one bin around zero. Each bin keeps its count
 * and the smallest and largest value it has seen. A quantile is found by walking the bins in
 * value order to the bin that holds the wanted order statistic and interpolating between that
 * bin's smallest and largest value. Because the counts are exact and the bins are ordered, the
 * estimate lies in the same bin as the exact order statistic, so
 * <b>|estimate - exact| &le; max(2<sup>-10</sup>|exact|, 2<sup>-19</sup>)</b>; when a bin holds a
 * single distinct value (every integer below 2048 has a bin to itself) the estimate is exact.
 *
 * <p>Quantiles follow the usual linear-interpolation definition (Hyndman and Fan type 7, the
 * default of R and NumPy). The state is integer counts plus per-bin minima and maxima, so it does
 * not depend on the order in which values arrive and two sketches merge exactly. Memory grows
 * with the number of distinct bins hit, at most about 2,000 per binary order of magnitude the
 * data spans, never with the number of values. NaN is skipped (counted as missing).
 */
public final class QuantileSketch implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Relative bin width: 2^-MANTISSA_BITS. */
  static final int MANTISSA_BITS = 10;
  /** Values with magnitude below this share the zero bin. */
  static final double ZERO_BAND = 0x1p-20;
  private static final int EMPTY = Integer.MIN_VALUE;

  private int[] keys;
  private long[] counts;
  private double[] mins;
  private double[] maxs;
  private int size;
  private long n;
  private long missing;
  private double min = Double.NaN;
  private double max = Double.NaN;

  public QuantileSketch() {
    allocate(64);
  }

  private void allocate(int capacity) {
    keys = new int[capacity];
    Arrays.fill(keys, EMPTY);
    counts = new long[capacity];
    mins = new double[capacity];
    maxs = new double[capacity];
    size = 0;
  }

  /** The bin of a value; bins are ordered like the values they hold. */
  static int bin(double v) {
    double a = Math.abs(v);
    if (a < ZERO_BAND) {
      return 0;
    }
    int k = (int) (Double.doubleToRawLongBits(a) >>> (52 - MANTISSA_BITS)) + 1;
    return v > 0 ? k : -k;
  }

  public void add(double v) {
    if (Double.isNaN(v)) {
      missing++;
      return;
    }
    addToBin(bin(v), 1, v, v);
    if (n == 0 || v < min) {
      min = v;
    }
    if (n == 0 || v > max) {
      max = v;
    }
    n++;
  }

  private void addToBin(int key, long count, double lo, double hi) {
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (true) {
      int k = keys[i];
      if (k == key) {
        counts[i] += count;
        if (lo < mins[i]) {
          mins[i] = lo;
        }
        if (hi > maxs[i]) {
          maxs[i] = hi;
        }
        return;
      }
      if (k == EMPTY) {
        keys[i] = key;
        counts[i] = count;
        mins[i] = lo;
        maxs[i] = hi;
        if (++size * 2 > keys.length) {
          grow();
        }
        return;
      }
      i = (i + 1) & mask;
    }
  }

  private static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private void grow() {
    int[] oldKeys = keys;
    long[] oldCounts = counts;
    double[] oldMins = mins;
    double[] oldMaxs = maxs;
    allocate(oldKeys.length * 2);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        addToBin(oldKeys[i], oldCounts[i], oldMins[i], oldMaxs[i]);
      }
    }
  }

  /** Adds everything {@code other} has seen; the result does not depend on merge order. */
  public void merge(QuantileSketch other) {
    for (int i = 0; i < other.keys.length; i++) {
      if (other.keys[i] != EMPTY) {
        addToBin(other.keys[i], other.counts[i], other.mins[i], other.maxs[i]);
      }
    }
    if (other.n > 0) {
      min = n == 0 ? other.min : Math.min(min, other.min);
      max = n == 0 ? other.max : Math.max(max, other.max);
    }
    n += other.n;
    missing += other.missing;
  }

  /** Values seen (NaN excluded). */
  public long count() {
    return n;
  }

  /** NaN values seen. */
  public long missing() {
    return missing;
  }

  /** Exact smallest value seen, NaN if none. */
  public double min() {
    return min;
  }

  /** Exact largest value seen, NaN if none. */
  public double max() {
    return max;
  }

  /** Bins in use (for memory accounting). */
  public int bins() {
    return size;
  }

  /** The type-7 quantile at probability {@code p} in [0, 1]; NaN when empty. */
  public double quantile(double p) {
    return quantiles(new double[] {p})[0];
  }

  /** Several quantiles at once (one sort of the bins); each NaN when empty. */
  public double[] quantiles(double... ps) {
    double[] out = new double[ps.length];
    if (n == 0) {
      Arrays.fill(out, Double.NaN);
      return out;
    }
    int[] order = sortedSlots();
    long[] startRank = new long[order.length];
    long acc = 0;
    for (int j = 0; j < order.length; j++) {
      startRank[j] = acc;
      acc += counts[order[j]];
    }
    for (int q = 0; q < ps.length; q++) {
      double p = Math.min(1, Math.max(0, ps[q]));
      double h = (n - 1) * p;
      long lo = (long) Math.floor(h);
      long hi = Math.min(n - 1, lo + 1);
      double xlo = orderStatistic(lo, order, startRank);
      double frac = h - lo;
      out[q] = frac == 0 ? xlo : xlo + frac * (orderStatistic(hi, order, startRank) - xlo);
    }
    return out;
  }

  /** Estimate of the {@code rank}-th smallest value (0-based). */
  private double orderStatistic(long rank, int[] order, long[] startRank) {
    int lo = 0;
    int hi = order.length - 1;
    while (lo < hi) { // last bin whose start rank <= rank
      int mid = (lo + hi + 1) >>> 1;
      if (startRank[mid] <= rank) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    int slot = order[lo];
    long c = counts[slot];
    double a = mins[slot];
    double b = maxs[slot];
    if (c == 1 || a == b) {
      return a;
    }
    return a + (b - a) * (double) (rank - startRank[lo]) / (c - 1);
  }

  private int[] sortedSlots() {
    long[] packed = new long[size];
    int j = 0;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        packed[j++] = ((long) keys[i] << 32) | i; // slot index < 2^31, key signed in the top half
      }
    }
    Arrays.sort(packed);
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = (int) (packed[i] & 0xFFFF_FFFFL);
    }
    return order;
  }
}
