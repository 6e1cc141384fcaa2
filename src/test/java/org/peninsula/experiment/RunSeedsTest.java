package org.peninsula.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunSeedsTest {

  @Test
  void derivationIsStableAcrossVersions() {
    // Recorded results depend on these values: changing the derivation breaks every old batch.
    long[] expected = {RunSeeds.of(42, 0), RunSeeds.of(42, 1), RunSeeds.of(42, 999_999)};
    assertEquals(GOLDEN[0], expected[0]);
    assertEquals(GOLDEN[1], expected[1]);
    assertEquals(GOLDEN[2], expected[2]);
  }

  static final long[] GOLDEN = {7835210745917486040L, 2642661035956912681L,
      4103820040813911307L};

  @Test
  void isNotMasterPlusIndex() {
    for (long i = 0; i < 1000; i++) {
      assertNotEquals(42 + i, RunSeeds.of(42, i));
    }
    // Neighbouring master seeds share no run seeds (seed+i would share all but one).
    Set<Long> a = new HashSet<>();
    for (long i = 0; i < 10_000; i++) {
      a.add(RunSeeds.of(42, i));
    }
    for (long i = 0; i < 10_000; i++) {
      assertEquals(false, a.contains(RunSeeds.of(43, i)), "run " + i);
    }
  }

  @Test
  void mixIsSplitMix64() {
    // Published SplitMix64 outputs for state 0 (the first three values of Vigna's splitmix64.c).
    long gamma = 0x9E3779B97F4A7C15L;
    assertEquals(0xE220A8397B1DCDAFL, RunSeeds.mix64(gamma));
    assertEquals(0x6E789E6AA1B965F4L, RunSeeds.mix64(2 * gamma));
    assertEquals(0x06C45D188009454FL, RunSeeds.mix64(3 * gamma));
  }

  @Test
  void everyBitOfARunSeedIsAFairCoin() {
    // Neighbouring runs must not get related seeds (master + i would leave the high bits fixed).
    // Each bit is set with probability 1/2; over n seeds its share has standard error
    // sqrt(0.25 / n) = 0.005, and 5 standard errors bound 64 bits with room to spare.
    int n = 10_000;
    int[] ones = new int[64];
    for (long i = 0; i < n; i++) {
      long s = RunSeeds.of(2021, i);
      for (int b = 0; b < 64; b++) {
        ones[b] += (int) ((s >>> b) & 1);
      }
    }
    for (int b = 0; b < 64; b++) {
      assertEquals(0.5, ones[b] / (double) n, 5 * Math.sqrt(0.25 / n), "bit " + b);
    }
  }
}
