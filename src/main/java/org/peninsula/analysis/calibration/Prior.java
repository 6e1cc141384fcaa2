package org.peninsula.analysis.calibration;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The prior of one calibrated parameter: a draw and a density, on a bounded support. The
 * importance weights of population Monte Carlo need the density, so every prior here has one
 * in closed form (Commons Math supplies the normal and beta pieces).
 */
public sealed interface Prior {

  double lower();

  double upper();

  double sample(RandomGenerator rng);

  /** The density at {@code x}; 0 outside the support. */
  double density(double x);

  /** Uniform on [lower, upper]. */
  record Uniform(double lower, double upper) implements Prior {
    public Uniform {
      check(lower, upper);
    }

    @Override
    public double sample(RandomGenerator rng) {
      return lower + rng.nextDouble() * (upper - lower);
    }

    @Override
    public double density(double x) {
      return x >= lower && x <= upper ? 1 / (upper - lower) : 0;
    }
  }

  /** Triangular on [lower, upper] with its peak at {@code mode}. */
  record Triangular(double lower, double mode, double upper) implements Prior {
    public Triangular {
      check(lower, upper);
      if (!(mode >= lower && mode <= upper)) {
        throw new IllegalArgumentException("mode " + mode + " outside [" + lower + ", " + upper
            + "]");
      }
    }

    @Override
    public double sample(RandomGenerator rng) {
      double u = rng.nextDouble();
      double c = (mode - lower) / (upper - lower);
      return u < c ? lower + Math.sqrt(u * (upper - lower) * (mode - lower))
          : upper - Math.sqrt((1 - u) * (upper - lower) * (upper - mode));
    }

    @Override
    public double density(double x) {
      if (x < lower || x > upper) {
        return 0;
      }
      double h = 2 / (upper - lower);
      if (x < mode) {
        return h * (x - lower) / (mode - lower);
      }
      return x == mode ? h : h * (upper - x) / (upper - mode);
    }
  }

  /** Beta(alpha, beta) rescaled from [0, 1] to [lower, upper]. */
  record ScaledBeta(double alpha, double beta, double lower, double upper) implements Prior {
    public ScaledBeta {
      check(lower, upper);
      if (!(alpha > 0 && beta > 0)) {
        throw new IllegalArgumentException("beta shape parameters must be positive");
      }
    }

    @Override
    public double sample(RandomGenerator rng) {
      return lower + (upper - lower) * new BetaDistribution(rng, alpha, beta).sample();
    }

    @Override
    public double density(double x) {
      if (x < lower || x > upper) {
        return 0;
      }
      return new BetaDistribution(null, alpha, beta).density((x - lower) / (upper - lower))
          / (upper - lower);
    }
  }

  /** Normal(mean, sd) truncated to [lower, upper]. */
  record TruncatedNormal(double mean, double sd, double lower, double upper) implements Prior {
    public TruncatedNormal {
      check(lower, upper);
      if (!(sd > 0)) {
        throw new IllegalArgumentException("sd must be positive");
      }
    }

    @Override
    public double sample(RandomGenerator rng) {
      // Inversion: exact, and never loops however far the mean lies from the range.
      NormalDistribution n = new NormalDistribution(null, mean, sd);
      double flo = n.cumulativeProbability(lower);
      double fhi = n.cumulativeProbability(upper);
      double u = flo + rng.nextDouble() * (fhi - flo);
      double x = n.inverseCumulativeProbability(Math.min(Math.max(u, 1e-300), 1 - 1e-16));
      return Math.min(upper, Math.max(lower, x));
    }

    @Override
    public double density(double x) {
      if (x < lower || x > upper) {
        return 0;
      }
      NormalDistribution n = new NormalDistribution(null, mean, sd);
      return n.density(x) / (n.cumulativeProbability(upper) - n.cumulativeProbability(lower));
    }
  }

  private static void check(double lower, double upper) {
    if (!(lower < upper) || Double.isInfinite(lower) || Double.isInfinite(upper)) {
      throw new IllegalArgumentException("a prior needs a finite range with lower < upper, got ["
          + lower + ", " + upper + "]");
    }
  }
}
