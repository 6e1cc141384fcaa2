package org.peninsula.analysis.calibration;

/**
 * One population of ABC-SMC: the accepted particles with their importance weights, distances
 * and simulated statistics, the tolerance they met, and what it cost.
 *
 * @param index 0 for the draws from the prior
 * @param epsilon the tolerance (infinite for generation 0)
 * @param theta particle i's parameters, theta[i][parameter]
 * @param weights normalised importance weights (sum 1)
 * @param distances each particle's distance to the record
 * @param stats each particle's simulated statistics, stats[i][statistic]
 * @param simulations simulations run to fill this generation
 */
public record Generation(int index, double epsilon, double[][] theta, double[] weights,
    double[] distances, double[][] stats, long simulations) {

  public int size() {
    return weights.length;
  }

  /** Particles accepted per simulation run. */
  public double acceptanceRate() {
    return simulations == 0 ? 0 : (double) weights.length / simulations;
  }

  public double ess() {
    return Weighted.ess(weights);
  }

  /** Parameter {@code a} of every particle. */
  public double[] column(int a) {
    double[] c = new double[theta.length];
    for (int i = 0; i < c.length; i++) {
      c[i] = theta[i][a];
    }
    return c;
  }

  /** Statistic {@code k} of every particle. */
  public double[] statistic(int k) {
    double[] c = new double[stats.length];
    for (int i = 0; i < c.length; i++) {
      c[i] = stats[i][k];
    }
    return c;
  }
}
