package org.peninsula.analysis.sensitivity;

/**
 * Settings of the Sobol analyser.
 *
 * @param firstOrder estimator of the first-order indices (the total index always uses Jansen)
 * @param bootstrapResamples resamples of the N rows for the percentile intervals
 * @param confidenceLevel e.g. 0.95
 * @param seed seed of the bootstrap resampling
 * @param convergenceSteps how many sizes the convergence table has: N, N/2, ... , N/2^(steps-1)
 */
public record SobolSettings(
    FirstOrderEstimator firstOrder,
    int bootstrapResamples,
    double confidenceLevel,
    long seed,
    int convergenceSteps) {

  public SobolSettings {
    if (firstOrder == null) {
      throw new IllegalArgumentException("first-order estimator is required");
    }
    if (bootstrapResamples < 1) {
      throw new IllegalArgumentException("need at least one bootstrap resample");
    }
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1)");
    }
    if (convergenceSteps < 1) {
      throw new IllegalArgumentException("the convergence table needs at least one size");
    }
  }

  /** Saltelli 2010 first order, 1000 resamples, 95 %, seed 1, sizes N/8, N/4, N/2, N. */
  public static SobolSettings defaults() {
    return new SobolSettings(FirstOrderEstimator.SALTELLI_2010, 1000, 0.95, 1L, 4);
  }

  public SobolSettings withFirstOrder(FirstOrderEstimator estimator) {
    return new SobolSettings(estimator, bootstrapResamples, confidenceLevel, seed,
        convergenceSteps);
  }

  public SobolSettings withBootstrap(int resamples, long bootstrapSeed) {
    return new SobolSettings(firstOrder, resamples, confidenceLevel, bootstrapSeed,
        convergenceSteps);
  }

  public SobolSettings withConfidenceLevel(double level) {
    return new SobolSettings(firstOrder, bootstrapResamples, level, seed, convergenceSteps);
  }

  public SobolSettings withConvergenceSteps(int steps) {
    return new SobolSettings(firstOrder, bootstrapResamples, confidenceLevel, seed, steps);
  }
}
