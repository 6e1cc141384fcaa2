package org.peninsula.analysis.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.peninsula.experiment.RunSeeds;

/**
 * Posterior predictive simulations: particles drawn by weight, each simulated afresh with a new
 * seed (the accepted particles' own simulations passed the tolerance, so they would flatter the
 * fit). Checks compare each statistic's 90% predictive band with the record.
 */
public final class PosteriorPredictive {
  private PosteriorPredictive() {}

  /** One statistic's predictive band against the record. */
  public record Check(String statistic, double observedLow, double observedHigh, double q05,
      double q50, double q95) {
    /** True when the record (or part of its range) lies inside the 90% band. */
    public boolean inside() {
      return !Double.isNaN(observedLow) && observedHigh >= q05 && observedLow <= q95;
    }

    public boolean observed() {
      return !Double.isNaN(observedLow);
    }
  }

  /** {@code m} statistics vectors simulated at particles drawn by weight from {@code g}. */
  public static double[][] simulate(Generation g, Simulator sim, int m, long seed, int threads) {
    double[] cum = Weighted.cumulative(g.weights());
    double[][] out = new double[m][];
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> jobs = new ArrayList<>();
      for (int r = 0; r < m; r++) {
        final int i = r;
        jobs.add(pool.submit(() -> {
          org.peninsula.model.SplitMixRandom rng = new org.peninsula.model.SplitMixRandom(RunSeeds.of(seed ^ 0x5050_4443L, i));
          double[] theta = g.theta()[Weighted.pick(cum, rng.nextDouble())];
          out[i] = sim.simulate(theta, rng.nextLong());
        }));
      }
      for (Future<?> f : jobs) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return out;
  }

  public static List<Check> checks(Observation obs, double[][] sims) {
    List<Check> out = new ArrayList<>();
    double[] w = new double[sims.length];
    java.util.Arrays.fill(w, 1);
    for (int k = 0; k < obs.size(); k++) {
      double[] col = new double[sims.length];
      int n = 0;
      for (double[] s : sims) {
        if (!Double.isNaN(s[k])) {
          col[n++] = s[k];
        }
      }
      double[] c = java.util.Arrays.copyOf(col, n);
      double[] cw = java.util.Arrays.copyOf(w, n);
      double q05 = n == 0 ? Double.NaN : Weighted.quantile(c, cw, 0.05);
      double q50 = n == 0 ? Double.NaN : Weighted.quantile(c, cw, 0.5);
      double q95 = n == 0 ? Double.NaN : Weighted.quantile(c, cw, 0.95);
      out.add(new Check(obs.names().get(k), obs.low()[k], obs.high()[k], q05, q50, q95));
    }
    return out;
  }

  /** Weighted correlation of every pair of parameters, as [a][b]. */
  public static double[][] correlations(Generation g) {
    double[][] cov = Weighted.covariance(g.theta(), g.weights());
    int d = cov.length;
    double[][] r = new double[d][d];
    for (int a = 0; a < d; a++) {
      for (int b = 0; b < d; b++) {
        double den = Math.sqrt(cov[a][a] * cov[b][b]);
        r[a][b] = den > 0 ? cov[a][b] / den : 0;
      }
    }
    return r;
  }
}
