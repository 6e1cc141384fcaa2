package org.peninsula.analysis.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.util.MathArrays;
import org.peninsula.analysis.stats.Bootstrap;
import org.peninsula.analysis.stats.Estimate;
import org.peninsula.experiment.design.SaltelliDesign;

/**
 * Variance-based (Sobol) sensitivity indices from a {@link SaltelliDesign}.
 *
 * <p>With f0 and V the mean and variance of the 2N outputs of A and B:
 *
 * <ul>
 *   <li>first order, Saltelli et al. (2010): V_i = (1/N) Σ_j (f(B)_j - f0)(f(A_B^i)_j - f(A)_j),
 *       or Jansen (1999): V_i = V - (1/2N) Σ_j (f(B)_j - f(A_B^i)_j)^2; S_i = V_i / V;
 *   <li>total, Jansen (1999): V_Ti = (1/2N) Σ_j (f(A)_j - f(A_B^i)_j)^2; ST_i = V_Ti / V.
 * </ul>
 *
 * <p>Centring f(B) on f0 does not change the expectation of the Saltelli estimator but removes a
 * term proportional to the output mean, which otherwise inflates its variance. Intervals are
 * percentile intervals from resampling the N rows (a row is the tuple A_j, B_j, A_B^(1..k)_j)
 * with replacement. A constant output has no variance to apportion; its indices are NaN.
 */
public final class SobolAnalyzer {

  /**
   * Smallest base sample size reported in the convergence table (unless N itself is smaller).
   * The intervals are percentile bootstraps of a ratio of two variance estimates over the N
   * rows; with a few rows the resampled variance in the denominator can be near zero and the
   * interval spans more than the whole index range (at N = 4: [0.000, 17.818]). 64 is a rule
   * of thumb chosen here, not a theorem: with the scrambled design and Ishigami the 95% interval
   * of every total index is then narrower than the index range [0, 1] (tested).
   */
  public static final int MIN_CONVERGENCE_SAMPLES = 64;

  private final SobolSettings settings;

  public SobolAnalyzer(SobolSettings settings) {
    this.settings = settings;
  }

  public SobolAnalyzer() {
    this(SobolSettings.defaults());
  }

  /** Evaluates a closed-form model at every design point, then analyses it. */
  public SobolResult analyze(SaltelliDesign design, ToDoubleFunction<double[]> model) {
    return analyze(design, design.design().evaluate(model));
  }

  /** @param outputs one output per design point id; every point of the design must have one */
  public SobolResult analyze(SaltelliDesign design, Map<String, Double> outputs) {
    Blocks blocks = Blocks.collect(design, outputs);
    int n = design.baseSamples();
    List<SobolConvergenceRow> convergence = new ArrayList<>();
    for (int size : convergenceSizes(n)) {
      convergence.add(new SobolConvergenceRow(size, indicesOnFirstRows(blocks, size, design)));
    }
    List<SobolIndices> full = convergence.get(convergence.size() - 1).indices();
    double variance = blocks.variance(MathArrays.natural(n));
    return new SobolResult(n, variance, full, convergence, describe());
  }

  private List<Integer> convergenceSizes(int n) {
    List<Integer> sizes = new ArrayList<>();
    int size = n;
    for (int step = 0; step < settings.convergenceSteps(); step++) {
      if (size < MIN_CONVERGENCE_SAMPLES && !sizes.isEmpty()) {
        break;
      }
      sizes.add(0, size);
      size /= 2;
    }
    return sizes;
  }

  private List<SobolIndices> indicesOnFirstRows(Blocks blocks, int size, SaltelliDesign design) {
    int k = blocks.parameters();
    int[] rows = MathArrays.natural(size);
    double[] point = blocks.estimate(rows, settings.firstOrder());
    Bootstrap bootstrap = new Bootstrap(settings.bootstrapResamples(), settings.seed());
    double[][] replicates = bootstrap.vectorReplicates(
        size, resampled -> blocks.estimate(resampled, settings.firstOrder()));
    List<SobolIndices> indices = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      Estimate first = Bootstrap.percentileEstimate(
          point[i], Bootstrap.component(replicates, i), settings.confidenceLevel());
      Estimate total = Bootstrap.percentileEstimate(
          point[k + i], Bootstrap.component(replicates, k + i), settings.confidenceLevel());
      indices.add(new SobolIndices(design.space().get(i).name(), first, total));
    }
    return indices;
  }

  private String describe() {
    String first = settings.firstOrder() == FirstOrderEstimator.SALTELLI_2010
        ? "first order: Saltelli et al. 2010" : "first order: Jansen 1999";
    return first + "; total: Jansen 1999; " + Math.round(settings.confidenceLevel() * 100)
        + "% bootstrap percentile intervals (" + settings.bootstrapResamples()
        + " resamples, seed " + settings.seed() + ")";
  }

  /** The outputs of the A, B and A_B^(i) blocks as arrays indexed by row. */
  private record Blocks(double[] a, double[] b, double[][] ab) {

    static Blocks collect(SaltelliDesign design, Map<String, Double> outputs) {
      int n = design.baseSamples();
      int k = design.space().dimension();
      List<String> missing = new ArrayList<>();
      double[] a = new double[n];
      double[] b = new double[n];
      double[][] ab = new double[k][n];
      for (int j = 0; j < n; j++) {
        a[j] = lookup(outputs, design.idA(j), missing);
        b[j] = lookup(outputs, design.idB(j), missing);
        for (int i = 0; i < k; i++) {
          ab[i][j] = lookup(outputs, design.idAB(i, j), missing);
        }
      }
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(missing.size()
            + " design points have no finite output, e.g. "
            + missing.subList(0, Math.min(5, missing.size())));
      }
      return new Blocks(a, b, ab);
    }

    private static double lookup(Map<String, Double> outputs, String id, List<String> missing) {
      Double y = outputs.get(id);
      if (y == null || !Double.isFinite(y)) {
        missing.add(id);
        return Double.NaN;
      }
      return y;
    }

    int parameters() {
      return ab.length;
    }

    double mean(int[] rows) {
      double sum = 0;
      for (int j : rows) {
        sum += a[j] + b[j];
      }
      return sum / (2.0 * rows.length);
    }

    double variance(int[] rows) {
      double mean = mean(rows);
      double sum = 0;
      for (int j : rows) {
        sum += (a[j] - mean) * (a[j] - mean) + (b[j] - mean) * (b[j] - mean);
      }
      return sum / (2.0 * rows.length);
    }

    /** S_1..S_k followed by ST_1..ST_k on the given rows (repeats allowed). */
    double[] estimate(int[] rows, FirstOrderEstimator estimator) {
      int k = ab.length;
      int n = rows.length;
      double mean = mean(rows);
      double variance = variance(rows);
      double[] out = new double[2 * k];
      for (int i = 0; i < k; i++) {
        double[] abi = ab[i];
        double firstSum = 0;
        double totalSum = 0;
        for (int j : rows) {
          double changed = abi[j] - a[j];
          totalSum += changed * changed;
          if (estimator == FirstOrderEstimator.SALTELLI_2010) {
            firstSum += (b[j] - mean) * changed;
          } else {
            double fromB = b[j] - abi[j];
            firstSum += fromB * fromB;
          }
        }
        double firstVariance = estimator == FirstOrderEstimator.SALTELLI_2010
            ? firstSum / n
            : variance - firstSum / (2.0 * n);
        out[i] = firstVariance / variance;
        out[k + i] = totalSum / (2.0 * n) / variance;
      }
      return out;
    }
  }
}
