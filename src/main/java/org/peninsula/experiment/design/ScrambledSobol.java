package org.peninsula.experiment.design;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Owen-scrambled Sobol' points: nested uniform scrambling (Owen 1995) of the Sobol' sequence of
 * Commons Math ({@code SobolSequenceGenerator}, Joe and Kuo direction numbers).
 *
 * <p>Each coordinate of a base point is a 52-bit binary fraction 0.b1 b2 ... b52. Nested uniform
 * scrambling flips digit b_k by a random bit that depends on the coordinate, on k and on the
 * k − 1 digits before it (b1 ... b_{k−1}), so points that share a prefix keep sharing it and the
 * net structure of the sequence is preserved, while every point becomes uniform on [0, 1)^d and
 * estimates become unbiased, with variance that can be estimated by repeating the scrambling.
 * The random bits are a hash (SplitMix64 finaliser) of (seed, coordinate, k, prefix) rather than
 * a stored tree, so the scrambling needs no memory and point j is the same whatever is asked
 * before it. The result is centred in its last binary digit, (x + 2^-53), so it is never exactly
 * 0 or 1.
 *
 * <p>The first point is kept: with scrambling it is no longer the origin, and dropping it would
 * break the balance of the first 2^m points (Owen 2020, "On dropping the first Sobol' point").
 * The first 2^m points of every coordinate fall one into each interval [j/2^m, (j+1)/2^m), so
 * such a design is also a Latin hypercube.
 */
public final class ScrambledSobol {
  private static final int BITS = 52;
  private static final double SCALE = 0x1p-52;

  private final SobolSequenceGenerator base;
  private final int dimension;
  private final long seed;

  public ScrambledSobol(int dimension, long seed) {
    this.base = new SobolSequenceGenerator(dimension);
    this.dimension = dimension;
    this.seed = seed;
  }

  /** The next point in [0, 1)^dimension. */
  public double[] next() {
    double[] x = base.nextVector();
    for (int i = 0; i < dimension; i++) {
      x[i] = scramble(Math.round(x[i] * 0x1p52), i);
    }
    return x;
  }

  /** Nested uniform scrambling of a 52-bit fraction. */
  private double scramble(long digits, int coordinate) {
    long key = mix(seed ^ mix(coordinate + 0x632BE59BD9B4E019L));
    long out = 0;
    for (int k = 1; k <= BITS; k++) {
      long bit = (digits >>> (BITS - k)) & 1L;
      long prefix = k == 1 ? 0 : digits >>> (BITS - k + 1);
      long flip = mix(mix(key + k) ^ prefix) >>> 63;
      out = (out << 1) | (bit ^ flip);
    }
    return (out + 0.5) * SCALE;
  }

  /** SplitMix64 finaliser (Steele, Lea and Flood 2014). */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
