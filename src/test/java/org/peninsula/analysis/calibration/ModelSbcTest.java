package org.peninsula.analysis.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;
import org.peninsula.scenario.Scenario;

/**
 * Simulation-based calibration on the real model, kept small: one parameter (the DPRK's
 * provocation propensity, uniform on [0.3, 0.9]), the first two years of history-2016.yaml, and
 * two yearly statistics (launch months, talks months). Stated tests on fixed seeds: 100
 * replications, ranks among 9 posterior draws in 10 bins, chi-square uniformity at level 0.01
 * (critical value 21.67 on 9 degrees of freedom); 90% interval coverage within three binomial
 * standard errors, 3 * sqrt(0.9 * 0.1 / 100) = 0.09.
 */
class ModelSbcTest {
  static final int REPLICATIONS = 100;
  static final int DRAWS = 9;

  @Test
  void ranksAreUniformOnTheModelItself() throws Exception {
    Scenario s = Scenario.load(Path.of("scenarios/history-2016.yaml"));
    List<YearlyStatistic> stats = List.of(YearlyStatistic.LAUNCH_MONTHS,
        YearlyStatistic.TALKS_MONTHS);
    Simulator sim = new ModelSimulator(s, List.of("actors.DPRK.provocationPropensity"), stats, 2);
    Prior prior = new Prior.Uniform(0.3, 0.9);
    int[] bins = new int[DRAWS + 1];
    int covered = 0;
    for (int r = 0; r < REPLICATIONS; r++) {
      org.peninsula.model.SplitMixRandom rng = new org.peninsula.model.SplitMixRandom(77_000 + r);
      double truth = prior.sample(rng);
      double[] record = sim.simulate(new double[] {truth}, rng.nextLong());
      List<String> names = List.of("a", "b", "c", "d");
      AbcSmc abc = new AbcSmc(List.of(prior), sim, Observation.of(names, record),
          new double[] {1, 1, 1, 1},
          new AbcSmc.Settings(150, 4, 0.5, 0.0, 100_000, rng.nextLong(), 2)).scaleFloor(0.5);
      Generation g = abc.run(CalibrationListener.NONE, GenerationStore.inMemory()).last();
      double[] cum = Weighted.cumulative(g.weights());
      int rank = 0;
      for (int l = 0; l < DRAWS; l++) {
        double draw = g.theta()[Weighted.pick(cum, rng.nextDouble())][0];
        if (draw < truth) {
          rank++;
        }
      }
      bins[rank]++;
      double lo = Weighted.quantile(g.column(0), g.weights(), 0.05);
      double hi = Weighted.quantile(g.column(0), g.weights(), 0.95);
      covered += truth >= lo && truth <= hi ? 1 : 0;
    }
    double expected = (double) REPLICATIONS / bins.length;
    double chi2 = 0;
    for (int b : bins) {
      chi2 += (b - expected) * (b - expected) / expected;
    }
    double critical = new ChiSquaredDistribution(bins.length - 1)
        .inverseCumulativeProbability(0.99);
    assertTrue(chi2 < critical, "ranks " + Arrays.toString(bins) + " chi2 " + chi2);
    assertEquals(0.9, covered / (double) REPLICATIONS, 3 * Math.sqrt(0.09 / REPLICATIONS));
  }
}
