package org.peninsula.analysis.calibration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.random.RandomGenerator;
import org.peninsula.experiment.RunSeeds;
import org.peninsula.model.SplitMixRandom;

/**
 * Approximate Bayesian computation by sequential Monte Carlo: population Monte Carlo with
 * adaptive tolerances (Beaumont, Cornuet, Marin and Robert 2009, "Adaptive approximate Bayesian
 * computation", Biometrika 96; the adaptive tolerance schedule of Del Moral, Doucet and Jasra
 * 2012, "An adaptive sequential Monte Carlo method for approximate Bayesian computation",
 * Statistics and Computing 22).
 *
 * <p>Generation 0 draws the particles from the prior; its simulations also fix the distance's
 * scales (each statistic's prior-predictive median absolute deviation). Generation t then takes
 * as tolerance the {@code quantile} of generation t-1's distances, and fills each particle slot
 * by proposing from the previous population: pick a particle by weight, move it with a Gaussian
 * kernel whose covariance is twice the previous population's weighted covariance (Beaumont et
 * al.'s choice, which minimises the Kullback-Leibler divergence to the next target), simulate,
 * and keep the proposal once its distance is within the tolerance. The kept particle's weight is
 * its prior density over the kernel mixture density, sum_j w_j K(theta | theta_j).
 *
 * <p>Determinism: slot i of generation t draws everything (the particle it moves, the move, the
 * simulation seeds) from a generator seeded with {@code RunSeeds.of(RunSeeds.of(master, t), i)},
 * so the result depends on the master seed only, not on the number of threads or the order in
 * which slots finish; a resumed run repeats exactly what an uninterrupted one would have done.
 */
public final class AbcSmc {

  /**
   * @param particles population size N
   * @param maxGenerations stop after this many generations (generation 0 included)
   * @param quantile the next tolerance is this quantile of the previous distances (0.5 usual)
   * @param minAcceptance stop after a generation whose acceptance rate falls below this
   * @param maxAttemptsPerParticle a slot that needs more simulations than this ends the run
   *     (the generation is dropped and the previous one is the result)
   * @param masterSeed the calibration's seed
   * @param threads worker threads (the result does not depend on it)
   */
  public record Settings(int particles, int maxGenerations, double quantile,
      double minAcceptance, int maxAttemptsPerParticle, long masterSeed, int threads) {
    public Settings {
      if (particles < 2) {
        throw new IllegalArgumentException("particles must be at least 2");
      }
      if (maxGenerations < 1) {
        throw new IllegalArgumentException("generations must be at least 1");
      }
      if (!(quantile > 0 && quantile < 1)) {
        throw new IllegalArgumentException("quantile must be in (0, 1)");
      }
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
    }
  }

  /** What a calibration ends with. */
  public record Result(List<Generation> generations, double[] scales, String stopReason) {
    public Generation last() {
      return generations.get(generations.size() - 1);
    }

    public long simulations() {
      long s = 0;
      for (Generation g : generations) {
        s += g.simulations();
      }
      return s;
    }
  }

  private final List<Prior> priors;
  private final Simulator simulator;
  private final Observation observed;
  private final double[] statWeights;
  private final Settings settings;
  private double scaleFloor;

  /**
   * Sets the least scale of a statistic in the distance (0 by default); see
   * {@link Distance#madScales(double[][], int, double)}.
   */
  public AbcSmc scaleFloor(double floor) {
    if (!(floor >= 0)) {
      throw new IllegalArgumentException("scale floor must be >= 0");
    }
    this.scaleFloor = floor;
    return this;
  }

  public AbcSmc(List<Prior> priors, Simulator simulator, Observation observed,
      double[] statWeights, Settings settings) {
    if (priors.isEmpty()) {
      throw new IllegalArgumentException("nothing to calibrate");
    }
    if (statWeights.length != observed.size()) {
      throw new IllegalArgumentException("one weight per statistic");
    }
    this.priors = List.copyOf(priors);
    this.simulator = simulator;
    this.observed = observed;
    this.statWeights = statWeights.clone();
    this.settings = settings;
  }

  /** Runs (or, with a store holding earlier generations, resumes) the calibration. */
  public Result run(CalibrationListener listener, GenerationStore store) throws IOException {
    List<Generation> gens = new ArrayList<>(store.load());
    double[] scales = store.scales();
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
      Thread t = new Thread(r, "abc-smc");
      t.setDaemon(true);
      return t;
    });
    try {
      if (gens.isEmpty()) {
        Generation g0 = fromPrior(pool, listener);
        scales = Distance.madScales(g0.stats(), observed.size(), scaleFloor);
        Distance d = new Distance(observed, scales, statWeights);
        double[] dist = new double[g0.size()];
        for (int i = 0; i < dist.length; i++) {
          dist[i] = d.of(g0.stats()[i]);
        }
        g0 = new Generation(0, Double.POSITIVE_INFINITY, g0.theta(), g0.weights(), dist,
            g0.stats(), g0.simulations());
        store.save(g0, scales);
        gens.add(g0);
        listener.generationFinished(g0);
      }
      Distance distance = new Distance(observed, scales, statWeights);
      String stop = stopReason(gens);
      while (stop == null) {
        Generation prev = gens.get(gens.size() - 1);
        double eps = quantile(prev.distances(), settings.quantile());
        Generation next = step(pool, prev, eps, distance, listener);
        if (next == null) {
          stop = "a particle needed more than " + settings.maxAttemptsPerParticle()
              + " simulations in generation " + gens.size() + "; that generation was dropped";
          break;
        }
        store.save(next, scales);
        gens.add(next);
        listener.generationFinished(next);
        stop = stopReason(gens);
      }
      return new Result(List.copyOf(gens), scales, stop);
    } finally {
      pool.shutdownNow();
    }
  }

  private String stopReason(List<Generation> gens) {
    Generation last = gens.get(gens.size() - 1);
    if (gens.size() >= settings.maxGenerations()) {
      return "reached " + settings.maxGenerations() + " generations";
    }
    if (last.index() > 0 && last.acceptanceRate() < settings.minAcceptance()) {
      return String.format(java.util.Locale.ROOT,
          "acceptance rate %.4f fell below %.4f", last.acceptanceRate(),
          settings.minAcceptance());
    }
    if (last.index() > 0 && last.epsilon() == 0) {
      return "tolerance reached 0 (every kept particle matches the record exactly)";
    }
    return null;
  }

  private static double quantile(double[] x, double q) {
    double[] s = x.clone();
    java.util.Arrays.sort(s);
    int i = (int) Math.ceil(q * s.length) - 1;
    return s[Math.max(0, Math.min(s.length - 1, i))];
  }

  private RandomGenerator slotRandom(int generation, int slot) {
    return new SplitMixRandom(RunSeeds.of(RunSeeds.of(settings.masterSeed(), generation), slot));
  }

  private Generation fromPrior(ExecutorService pool, CalibrationListener listener) {
    int n = settings.particles();
    int d = priors.size();
    double[][] theta = new double[n][];
    double[][] stats = new double[n][];
    listener.generationStarted(0, Double.POSITIVE_INFINITY, n);
    Progress progress = new Progress(listener, 0, n);
    List<Future<?>> jobs = new ArrayList<>(n);
    for (int slot = 0; slot < n; slot++) {
      final int i = slot;
      jobs.add(pool.submit(() -> {
        RandomGenerator rng = slotRandom(0, i);
        double[] t = new double[d];
        for (int a = 0; a < d; a++) {
          t[a] = priors.get(a).sample(rng);
        }
        theta[i] = t;
        stats[i] = simulator.simulate(t, rng.nextLong());
        progress.accepted();
      }));
    }
    await(jobs);
    double[] w = new double[n];
    java.util.Arrays.fill(w, 1.0 / n);
    return new Generation(0, Double.POSITIVE_INFINITY, theta, w, new double[n], stats, n);
  }

  private Generation step(ExecutorService pool, Generation prev, double eps, Distance distance,
      CalibrationListener listener) {
    int n = settings.particles();
    int d = priors.size();
    int t = prev.index() + 1;
    double[][] cov = Weighted.covariance(prev.theta(), prev.weights());
    for (int a = 0; a < d; a++) {
      for (int b = 0; b < d; b++) {
        cov[a][b] *= 2;
      }
    }
    Kernel kernel = Kernel.of(cov, priors);
    double[] cumulative = Weighted.cumulative(prev.weights());
    double[][] theta = new double[n][];
    double[][] stats = new double[n][];
    double[] dist = new double[n];
    long[] sims = new long[n];
    boolean[] failed = new boolean[1];
    listener.generationStarted(t, eps, n);
    Progress progress = new Progress(listener, t, n);
    List<Future<?>> jobs = new ArrayList<>(n);
    for (int slot = 0; slot < n; slot++) {
      final int i = slot;
      jobs.add(pool.submit(() -> {
        RandomGenerator rng = slotRandom(t, i);
        double[] z = new double[d];
        long attempts = 0;
        long tries = 0;
        while (true) {
          if (attempts >= settings.maxAttemptsPerParticle()
              || ++tries > 100L * settings.maxAttemptsPerParticle()) {
            synchronized (failed) {
              failed[0] = true;
            }
            sims[i] = attempts;
            return;
          }
          double[] from = prev.theta()[Weighted.pick(cumulative, rng.nextDouble())];
          for (int a = 0; a < d; a++) {
            z[a] = gaussian(rng);
          }
          double[] cand = kernel.move(from, z);
          long simSeed = rng.nextLong();
          if (!insideSupport(cand)) {
            continue; // zero prior density: rejected without simulating, not counted
          }
          attempts++;
          double[] s = simulator.simulate(cand, simSeed);
          double dd = distance.of(s);
          if (dd <= eps) {
            theta[i] = cand;
            stats[i] = s;
            dist[i] = dd;
            sims[i] = attempts;
            progress.accepted();
            return;
          }
        }
      }));
    }
    await(jobs);
    if (failed[0]) {
      return null;
    }
    double[] w = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      double mix = 0;
      for (int j = 0; j < prev.size(); j++) {
        if (prev.weights()[j] > 0) {
          mix += prev.weights()[j] * kernel.density(theta[i], prev.theta()[j]);
        }
      }
      w[i] = priorDensity(theta[i]) / mix;
      total += w[i];
    }
    for (int i = 0; i < n; i++) {
      w[i] /= total;
    }
    long simulations = 0;
    for (long s : sims) {
      simulations += s;
    }
    return new Generation(t, eps, theta, w, dist, stats, simulations);
  }

  private boolean insideSupport(double[] x) {
    for (int a = 0; a < x.length; a++) {
      if (!(x[a] >= priors.get(a).lower() && x[a] <= priors.get(a).upper())) {
        return false;
      }
    }
    return true;
  }

  private double priorDensity(double[] x) {
    double p = 1;
    for (int a = 0; a < x.length; a++) {
      p *= priors.get(a).density(x[a]);
    }
    return p;
  }

  /** A standard normal draw by Box-Muller (one of the pair; simple and exact). */
  private static double gaussian(RandomGenerator rng) {
    double u1 = rng.nextDouble();
    double u2 = rng.nextDouble();
    return Math.sqrt(-2 * Math.log1p(-u1)) * Math.cos(2 * Math.PI * u2);
  }

  private static void await(List<Future<?>> jobs) {
    try {
      for (Future<?> f : jobs) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("calibration interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(c);
    }
  }

  /** Counts accepted particles and tells the listener, one thread at a time. */
  private static final class Progress {
    private final CalibrationListener listener;
    private final int generation;
    private final int total;
    private int done;

    Progress(CalibrationListener listener, int generation, int total) {
      this.listener = listener;
      this.generation = generation;
      this.total = total;
    }

    synchronized void accepted() {
      done++;
      listener.particleAccepted(generation, done, total);
    }
  }

  /** The Gaussian perturbation kernel N(0, cov), by its Cholesky factor. */
  private record Kernel(double[][] lower, double[][] precision) {
    static Kernel of(double[][] cov, List<Prior> priors) {
      int d = cov.length;
      // A degenerate population (all particles equal in some direction) would give a singular
      // covariance; a floor of 1e-6 of the prior's width squared keeps the kernel proper.
      for (int a = 0; a < d; a++) {
        double width = priors.get(a).upper() - priors.get(a).lower();
        cov[a][a] = Math.max(cov[a][a], 1e-12 * width * width) + 1e-12 * width * width;
      }
      RealMatrix m = new Array2DRowRealMatrix(cov);
      CholeskyDecomposition ch;
      try {
        ch = new CholeskyDecomposition(m, 1e-12, 1e-300);
      } catch (NonPositiveDefiniteMatrixException e) {
        double[][] diag = new double[d][d];
        for (int a = 0; a < d; a++) {
          diag[a][a] = cov[a][a];
        }
        ch = new CholeskyDecomposition(new Array2DRowRealMatrix(diag), 1e-12, 1e-300);
      }
      return new Kernel(ch.getL().getData(), ch.getSolver().getInverse().getData());
    }

    double[] move(double[] from, double[] z) {
      int d = from.length;
      double[] x = new double[d];
      for (int a = 0; a < d; a++) {
        double s = 0;
        for (int b = 0; b <= a; b++) {
          s += lower[a][b] * z[b];
        }
        x[a] = from[a] + s;
      }
      return x;
    }

    /** Unnormalised density (the constant cancels when the weights are normalised). */
    double density(double[] x, double[] centre) {
      int d = x.length;
      double q = 0;
      for (int a = 0; a < d; a++) {
        double da = x[a] - centre[a];
        for (int b = 0; b < d; b++) {
          q += da * precision[a][b] * (x[b] - centre[b]);
        }
      }
      return Math.exp(-0.5 * q);
    }
  }

}
