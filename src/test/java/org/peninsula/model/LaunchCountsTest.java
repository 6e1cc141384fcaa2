package org.peninsula.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Launch days and satellite launches: what the 2016-2020 record counts of a month of testing.
 * They come from the observation stream and must not move the dynamics of a seed.
 */
class LaunchCountsTest {
  private static final Set<Outcome> OBSERVED = EnumSet.of(Outcome.SHORT_RANGE_LAUNCHES,
      Outcome.LONG_RANGE_LAUNCHES, Outcome.SATELLITE_LAUNCHES);

  private static ModelParameters params(double extraShort, double extraLong, double share) {
    return ModelParameters.builder().setHorizonMonths(120)
        .setMechanism(Mechanism.EXTRA_LAUNCHES_SHORT, extraShort)
        .setMechanism(Mechanism.EXTRA_LAUNCHES_LONG, extraLong)
        .setMechanism(Mechanism.SATELLITE_SHARE, share)
        // a DPRK that tests often, so a few runs hold many test months
        .set("weights.DPRK.ICBM_TEST.cost", -0.3).build();
  }

  @Test
  void launchCountsAndSatellitesLeaveEveryOtherOutcomeAsItWas() {
    for (long seed = 1; seed <= 30; seed++) {
      RunOutcome a = new Peninsula(params(0, 0, 0), seed).runToEnd();
      RunOutcome b = new Peninsula(params(5, 5, 1), seed).runToEnd();
      assertEquals(a.future(), b.future(), "seed " + seed);
      for (Outcome o : Outcome.values()) {
        if (!OBSERVED.contains(o)) {
          assertEquals(a.get(o), b.get(o), 0, o.key() + ", seed " + seed);
        }
      }
    }
  }

  @Test
  void eachTestMonthHoldsItsLaunchesAndEachLongRangeMonthIsMissileOrSatellite() {
    double satellites = 0;
    double longMonths = 0;
    for (long seed = 1; seed <= 30; seed++) {
      RunOutcome none = new Peninsula(params(0, 0, 0), seed).runToEnd();
      assertEquals(none.get(Outcome.MISSILE_TESTS), none.get(Outcome.SHORT_RANGE_LAUNCHES), 0);
      assertEquals(none.get(Outcome.ICBM_TESTS), none.get(Outcome.LONG_RANGE_LAUNCHES), 0);
      assertEquals(0, none.get(Outcome.SATELLITE_LAUNCHES), 0);

      RunOutcome all = new Peninsula(params(0, 0, 1), seed).runToEnd();
      assertEquals(all.get(Outcome.ICBM_TESTS), all.get(Outcome.SATELLITE_LAUNCHES), 0);
      assertEquals(0, all.get(Outcome.LONG_RANGE_LAUNCHES), 0);

      RunOutcome some = new Peninsula(params(2, 2, 0.5), seed).runToEnd();
      double sat = some.get(Outcome.SATELLITE_LAUNCHES);
      double missileMonths = some.get(Outcome.ICBM_TESTS) - sat;
      assertTrue(some.get(Outcome.LONG_RANGE_LAUNCHES) >= missileMonths);
      assertTrue(some.get(Outcome.SHORT_RANGE_LAUNCHES) >= some.get(Outcome.MISSILE_TESTS));
      satellites += sat;
      longMonths += some.get(Outcome.ICBM_TESTS);
    }
    // The share of satellite months: a binomial proportion, within four standard errors.
    double se = Math.sqrt(0.25 / longMonths);
    assertTrue(longMonths > 300, "enough long-range months: " + longMonths);
    assertEquals(0.5, satellites / longMonths, 4 * se);
  }

  @Test
  void theExtraLaunchDaysOfATestMonthArePoisson() {
    Peninsula sim = new Peninsula(params(0, 0, 0), 7);
    int n = 200_000;
    for (double mean : new double[] {0.3, 1.5, 4}) {
      double sum = 0;
      double sumSq = 0;
      int zeros = 0;
      for (int i = 0; i < n; i++) {
        int k = sim.observedCount(mean);
        sum += k;
        sumSq += (double) k * k;
        zeros += k == 0 ? 1 : 0;
      }
      double m = sum / n;
      double var = sumSq / n - m * m;
      // Standard errors of a Poisson sample's mean (sqrt(mean / n)), of its variance
      // (sqrt((mean + 2 mean^2) / n)), and of the share of zeros (binomial).
      assertEquals(mean, m, 4 * Math.sqrt(mean / n), "mean at " + mean);
      assertEquals(mean, var, 4 * Math.sqrt((mean + 2 * mean * mean) / n), "variance at " + mean);
      double p0 = Math.exp(-mean);
      assertEquals(p0, (double) zeros / n, 4 * Math.sqrt(p0 * (1 - p0) / n), "P(0) at " + mean);
    }
    assertEquals(0, sim.observedCount(0));
  }

  @Test
  void theObservationStreamIsTheRunsOwnAndRestartsWithIt() {
    ModelParameters p = params(2, 2, 0.5);
    RunOutcome first = new Peninsula(p, 42).runToEnd();
    Peninsula reused = new Peninsula(p, 99);
    reused.runToEnd();
    reused.reset(p, 42);
    assertArrayEquals(first.values(), reused.runToEnd().values());
    // Seeds that agree in their low 32 bits still get counts of their own.
    double[] launchesA = new double[20];
    double[] launchesB = new double[20];
    Peninsula x = new Peninsula(p, 5);
    Peninsula y = new Peninsula(p, 5 + (1L << 32));
    for (int i = 0; i < 20; i++) {
      launchesA[i] = x.observedCount(3);
      launchesB[i] = y.observedCount(3);
    }
    assertTrue(!java.util.Arrays.equals(launchesA, launchesB));
  }
}
