package org.peninsula.analysis.calibration;

/**
 * What ABC needs from a model: parameters in, summary statistics out, deterministic in the
 * seed. Implementations are called from several threads at once and must not share mutable
 * state between calls.
 */
@FunctionalInterface
public interface Simulator {

  /**
   * @param theta the parameter values, in the order of the calibration's parameters
   * @param seed the 64-bit seed of this simulation
   * @return the summary statistics, in the order of the observation's statistics
   */
  double[] simulate(double[] theta, long seed);
}
