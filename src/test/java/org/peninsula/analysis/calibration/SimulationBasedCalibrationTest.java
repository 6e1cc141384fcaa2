package org.peninsula.analysis.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

/**
 * Simulation-based calibration (Talts, Betancourt, Simpson, Vehtari and Gelman 2018): draw a
 * true value from the prior, a synthetic record from the simulator at it, calibrate on that
 * record, and rank the true value among draws from the posterior. If the method is right, the
 * ranks are uniform and 90% credible intervals cover the truth 90% of the time.
 *
 * <p>Stated tests, on fixed seeds: ranks among L = 19 posterior draws fall in 20 bins; their
 * counts over S = 200 replications pass a chi-square test of uniformity at level 0.01 (critical
 * value of chi-square with 19 degrees of freedom: 36.19); the coverage of the central 90%
 * interval is 0.90 within three binomial standard errors, 3 * sqrt(0.9 * 0.1 / 200) = 0.064.
 */
class SimulationBasedCalibrationTest {
  static final int REPLICATIONS = 200;
  static final int DRAWS = 19;

  @Test
  void ranksOfTheTruthAreUniformAndIntervalsCoverAtTheirLevel() throws IOException {
    runSbc(AbcSmcTest.PRIOR, AbcSmcTest.NORMAL_MEAN, 0);
  }

  @Test
  void ranksAreUniformForABoundedParameterWithACountStatistic() throws IOException {
    // A Poisson count of 5 years of events at a yearly rate theta, uniform prior on [0, 4]:
    // discrete statistics like the record's, and a posterior that piles against a bound.
    Prior prior = new Prior.Uniform(0, 4);
    Simulator poisson = (theta, seed) -> {
      SplittableRandom r = new SplittableRandom(seed);
      int n = 0;
      for (int y = 0; y < 5; y++) {
        double l = Math.exp(-theta[0]);
        double p = r.nextDouble();
        while (p > l) {
          n++;
          p *= r.nextDouble();
        }
      }
      return new double[] {n};
    };
    runSbc(prior, poisson, 1);
  }

  private static void runSbc(Prior prior, Simulator sim, long salt) throws IOException {
    int[] bins = new int[DRAWS + 1];
    int covered = 0;
    for (int s = 0; s < REPLICATIONS; s++) {
      org.peninsula.model.SplitMixRandom rng = new org.peninsula.model.SplitMixRandom(1000 * salt + s);
      double truth = prior.sample(rng);
      double[] record = sim.simulate(new double[] {truth}, rng.nextLong());
      AbcSmc abc = new AbcSmc(List.of(prior), sim, Observation.of(List.of("y"), record),
          new double[] {1}, new AbcSmc.Settings(200, 6, 0.5, 0.0, 1_000_000, rng.nextLong(), 2));
      Generation g = abc.run(CalibrationListener.NONE, GenerationStore.inMemory()).last();
      double[] cum = Weighted.cumulative(g.weights());
      int rank = 0;
      for (int l = 0; l < DRAWS; l++) {
        double draw = g.theta()[Weighted.pick(cum, rng.nextDouble())][0];
        // Ties (a discrete posterior) are broken at random, as Talts et al. advise.
        if (draw < truth || (draw == truth && rng.nextBoolean())) {
          rank++;
        }
      }
      bins[rank]++;
      double lo = Weighted.quantile(g.column(0), g.weights(), 0.05);
      double hi = Weighted.quantile(g.column(0), g.weights(), 0.95);
      if (truth >= lo && truth <= hi) {
        covered++;
      }
    }
    double expected = (double) REPLICATIONS / bins.length;
    double chi2 = 0;
    for (int b : bins) {
      chi2 += (b - expected) * (b - expected) / expected;
    }
    double critical = new ChiSquaredDistribution(bins.length - 1).inverseCumulativeProbability(0.99);
    assertTrue(chi2 < critical, "rank histogram " + Arrays.toString(bins) + " chi2 " + chi2
        + " >= " + critical);
    double coverage = (double) covered / REPLICATIONS;
    assertEquals(0.9, coverage, 3 * Math.sqrt(0.9 * 0.1 / REPLICATIONS), "coverage");
  }
}
