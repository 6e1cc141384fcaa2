package org.peninsula.scenario;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/** Draws from a {@link DistributionSpec} with Commons Math, within a parameter's range. */
final class Distributions {
  private Distributions() {}

  static double lower(DistributionSpec d, double rangeMin) {
    return d.min() != null ? d.min() : rangeMin;
  }

  static double upper(DistributionSpec d, double rangeMax) {
    return d.max() != null ? d.max() : rangeMax;
  }

  static double draw(DistributionSpec d, double rangeMin, double rangeMax, RandomGenerator rng) {
    double lo = lower(d, rangeMin);
    double hi = upper(d, rangeMax);
    switch (d.type()) {
      case "uniform":
        return new UniformRealDistribution(rng, lo, hi).sample();
      case "triangular":
        return new TriangularDistribution(rng, lo, d.mode(), hi).sample();
      case "beta":
        return lo + (hi - lo) * new BetaDistribution(rng, d.alpha(), d.beta()).sample();
      case "normal": {
        // Truncation by inversion: exact, and never loops however far the mean is from the range.
        NormalDistribution n = new NormalDistribution(rng, d.mean(), d.sd());
        double flo = n.cumulativeProbability(lo);
        double fhi = n.cumulativeProbability(hi);
        double u = flo + rng.nextDouble() * (fhi - flo);
        double x = n.inverseCumulativeProbability(Math.min(Math.max(u, 1e-300), 1 - 1e-16));
        return Math.min(hi, Math.max(lo, x));
      }
      default:
        throw new IllegalArgumentException("unknown distribution " + d.type());
    }
  }
}
