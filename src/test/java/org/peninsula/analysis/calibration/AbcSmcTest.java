package org.peninsula.analysis.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The method on a model with a known posterior: the mean of n = 10 normal observations with
 * known variance 1 and a normal(0, 1) prior on the mean. The sample mean is sufficient, so ABC
 * on it converges to the exact posterior N(n xbar / (n + 1), 1 / (n + 1)) as the tolerance
 * shrinks.
 */
class AbcSmcTest {
  static final int N_OBS = 10;
  static final double XBAR = 0.8;
  static final Prior PRIOR = new Prior.TruncatedNormal(0, 1, -8, 8);

  /** The sample mean of n draws from N(mu, 1), drawn directly from its N(mu, 1/n) law. */
  static final Simulator NORMAL_MEAN = (theta, seed) ->
      new double[] {theta[0] + new SplittableRandom(seed).nextGaussian() / Math.sqrt(N_OBS)};

  static AbcSmc.Settings settings(int particles, int generations, long seed, int threads) {
    return new AbcSmc.Settings(particles, generations, 0.5, 0.0, 2_000_000, seed, threads);
  }

  static AbcSmc normalMean(double xbar, AbcSmc.Settings s) {
    return new AbcSmc(List.of(PRIOR), NORMAL_MEAN,
        Observation.of(List.of("xbar"), new double[] {xbar}), new double[] {1}, s);
  }

  @Test
  void recoversTheConjugatePosteriorWithinItsMonteCarloError() throws IOException {
    AbcSmc.Result r = normalMean(XBAR, settings(1000, 9, 20240601L, 2))
        .run(CalibrationListener.NONE, GenerationStore.inMemory());
    Generation g = r.last();
    double postMean = N_OBS * XBAR / (N_OBS + 1);
    double postVar = 1.0 / (N_OBS + 1);
    double ess = g.ess();
    assertTrue(ess > 250, "effective sample size " + ess);
    double mean = Weighted.mean(g.column(0), g.weights());
    double var = Weighted.variance(g.column(0), g.weights());
    // Tolerances: four Monte Carlo standard errors of a weighted mean and variance at this ESS,
    // plus the bias a uniform ABC kernel of half-width epsilon adds to the variance (eps^2/3).
    double halfWidth = g.epsilon() * r.scales()[0];
    double meanTol = 4 * Math.sqrt(postVar / ess);
    double varTol = 4 * postVar * Math.sqrt(2 / ess) + halfWidth * halfWidth / 3;
    assertEquals(postMean, mean, meanTol, "posterior mean");
    assertEquals(postVar, var, varTol, "posterior variance");
    // The tolerance schedule decreases and the acceptance rate falls with it.
    for (int t = 2; t < r.generations().size(); t++) {
      assertTrue(r.generations().get(t).epsilon() < r.generations().get(t - 1).epsilon());
    }
    assertTrue(g.acceptanceRate() < r.generations().get(1).acceptanceRate());
  }

  @Test
  void theResultDependsOnTheSeedOnlyNotOnTheThreads() throws IOException {
    Generation one = normalMean(XBAR, settings(200, 4, 7, 1))
        .run(CalibrationListener.NONE, GenerationStore.inMemory()).last();
    Generation three = normalMean(XBAR, settings(200, 4, 7, 3))
        .run(CalibrationListener.NONE, GenerationStore.inMemory()).last();
    assertArrayEquals(one.weights(), three.weights());
    assertArrayEquals(one.column(0), three.column(0));
    assertEquals(one.simulations(), three.simulations());
    Generation other = normalMean(XBAR, settings(200, 4, 8, 1))
        .run(CalibrationListener.NONE, GenerationStore.inMemory()).last();
    assertTrue(other.column(0)[0] != one.column(0)[0]);
  }

  @Test
  void aResumedRunEqualsAnUninterruptedOne(@TempDir Path dir) throws IOException {
    List<String> params = List.of("mu");
    List<String> stats = List.of("xbar");
    AbcSmc.Result straight = normalMean(XBAR, settings(150, 5, 11, 2))
        .run(CalibrationListener.NONE, GenerationStore.inMemory());
    DirectoryStore store = new DirectoryStore(dir, "fp1", params, stats);
    normalMean(XBAR, settings(150, 3, 11, 2)).run(CalibrationListener.NONE, store);
    assertEquals(3, store.load().size());
    AbcSmc.Result resumed = normalMean(XBAR, settings(150, 5, 11, 1))
        .run(CalibrationListener.NONE, new DirectoryStore(dir, "fp1", params, stats));
    assertEquals(5, resumed.generations().size());
    assertArrayEquals(straight.last().weights(), resumed.last().weights());
    assertArrayEquals(straight.last().column(0), resumed.last().column(0));
    assertArrayEquals(straight.scales(), resumed.scales());
    IOException e = assertThrows(IOException.class,
        () -> new DirectoryStore(dir, "other", params, stats).load());
    assertTrue(e.getMessage().contains("other settings"));
  }

  @Test
  void theDistanceCountsARangeAsAMatchAndSkipsWhatWasNotObserved() {
    Observation obs = new Observation(List.of("a", "b", "c"), new double[] {1, 2, Double.NaN},
        new double[] {3, 2, Double.NaN});
    Distance d = new Distance(obs, new double[] {1, 2, 1}, new double[] {1, 1, 1});
    assertEquals(0, d.of(new double[] {2.5, 2, 99}), 0);
    assertEquals(Math.hypot(1, 2 / 2.0), d.of(new double[] {4, 4, 0}), 1e-12);
    assertArrayEquals(new double[] {1, 1}, Distance.madScales(
        new double[][] {{0, 5}, {1, 5}, {2, 5}, {3, 5}}, 2), 1e-12);
  }

  @Test
  void priorDensitiesIntegrateToOne() {
    List<Prior> priors = List.of(new Prior.Uniform(0, 2), new Prior.Triangular(0, 0.3, 1),
        new Prior.ScaledBeta(2, 5, 0, 1), new Prior.TruncatedNormal(0.2, 0.3, 0, 1));
    for (Prior p : priors) {
      int n = 20000;
      double h = (p.upper() - p.lower()) / n;
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += p.density(p.lower() + (i + 0.5) * h) * h;
      }
      assertEquals(1, s, 1e-3, p.toString());
      org.peninsula.model.SplitMixRandom rng = new org.peninsula.model.SplitMixRandom(3);
      for (int i = 0; i < 1000; i++) {
        double x = p.sample(rng);
        assertTrue(x >= p.lower() && x <= p.upper());
      }
    }
  }
}
