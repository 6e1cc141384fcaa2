package org.peninsula.analysis.compare;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.peninsula.analysis.stats.Bootstrap;
import org.peninsula.analysis.stats.KolmogorovSmirnov;
import org.peninsula.analysis.stats.SignedRank;

/**
 * Comparison of a numeric outcome between scenario A (baseline) and B. Every difference and
 * effect size is B relative to A. Intervals are seeded bootstrap percentile intervals: the two
 * samples are resampled independently, or pairs are resampled together for paired data.
 *
 * <p>Welch t and paired t come from Commons Math. Mann–Whitney uses Commons Math's ranking with
 * the tie-corrected normal approximation (Commons Math omits the tie correction). The
 * Kolmogorov–Smirnov and Wilcoxon signed-rank tests are computed here ({@link
 * KolmogorovSmirnov}, {@link SignedRank}): Commons Math 3.6.1 reports P(D > d) instead of
 * P(D ≥ d) for small samples, breaks ties by jittering the data, and its exact Wilcoxon test
 * neither drops zero differences nor handles tied magnitudes. See docs/analysis.md.
 */
public final class NumericComparison {

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution();

  private final int bootstrapResamples;
  private final double level;
  private final long seed;

  public NumericComparison(int bootstrapResamples, double level, long seed) {
    Proportions.z(level);
    this.bootstrapResamples = bootstrapResamples;
    this.level = level;
    this.seed = seed;
  }

  /** 2000 resamples, 95 %, seed 1. */
  public NumericComparison() {
    this(2000, 0.95, 1L);
  }

  private Bootstrap bootstrap() {
    return new Bootstrap(bootstrapResamples, seed);
  }

  private String interval() {
    return Proportions.percent(level) + " bootstrap percentile interval (" + bootstrapResamples
        + " resamples, seed " + seed + ")";
  }

  // ---------------------------------------------------------------- independent samples

  /** The independent-sample family: every estimate and test below, in a fixed order. */
  public List<ComparisonResult> compareIndependent(double[] a, double[] b) {
    return List.of(differenceOfMeans(a, b), differenceOfMedians(a, b), cohensD(a, b),
        cliffsDelta(a, b), mannWhitney(a, b), kolmogorovSmirnov(a, b));
  }

  /** mean(B) - mean(A); bootstrap interval; Welch's unequal-variance t-test. */
  public ComparisonResult differenceOfMeans(double[] a, double[] b) {
    check(a, b, 2);
    double estimate = StatUtils.mean(b) - StatUtils.mean(a);
    double[] reps = bootstrap().replicates(a.length, b.length,
        (ia, ib) -> meanAt(b, ib) - meanAt(a, ia));
    double[] bounds = Bootstrap.percentileInterval(reps, level);
    double t;
    double p;
    if (StatUtils.variance(a) + StatUtils.variance(b) == 0) {
      t = estimate == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, estimate);
      p = estimate == 0 ? 1 : 0;
    } else {
      TTest test = new TTest();
      t = test.t(b, a);
      p = test.tTest(b, a);
    }
    return result("difference of means (B - A)", "Welch t-test; " + interval(), estimate,
        bounds, t, p, a.length, b.length);
  }

  /** median(B) - median(A) with a bootstrap interval; no test (see Mann–Whitney). */
  public ComparisonResult differenceOfMedians(double[] a, double[] b) {
    check(a, b, 1);
    double estimate = median(b) - median(a);
    double[] bufferA = new double[a.length];
    double[] bufferB = new double[b.length];
    double[] reps = bootstrap().replicates(a.length, b.length,
        (ia, ib) -> median(gather(b, ib, bufferB)) - median(gather(a, ia, bufferA)));
    return result("difference of medians (B - A)", interval(), estimate,
        Bootstrap.percentileInterval(reps, level), Double.NaN, Double.NaN, a.length, b.length);
  }

  /**
   * Cohen's d = (mean(B) - mean(A)) / pooled standard deviation (n - 1 weighting). Undefined
   * (NaN) when both samples are constant and differ; 0 when they are constant and equal.
   */
  public ComparisonResult cohensD(double[] a, double[] b) {
    check(a, b, 2);
    double estimate = cohensDAt(a, null, b, null);
    double[] reps = bootstrap().replicates(a.length, b.length,
        (ia, ib) -> cohensDAt(a, ia, b, ib));
    return result("Cohen's d (B vs A)", interval(), estimate,
        Bootstrap.percentileInterval(reps, level), Double.NaN, Double.NaN, a.length, b.length);
  }

  /**
   * Cliff's delta = P(B > A) - P(B < A) over all cross pairs, in [-1, 1]; equivalently
   * 2 A - 1 with A the Vargha–Delaney statistic.
   */
  public ComparisonResult cliffsDelta(double[] a, double[] b) {
    check(a, b, 1);
    double estimate = cliffsDeltaOf(a.clone(), b.clone());
    double[] bufferA = new double[a.length];
    double[] bufferB = new double[b.length];
    double[] reps = bootstrap().replicates(a.length, b.length,
        (ia, ib) -> cliffsDeltaOf(gather(a, ia, bufferA), gather(b, ib, bufferB)));
    return result("Cliff's delta (B vs A)", interval(), estimate,
        Bootstrap.percentileInterval(reps, level), Double.NaN, Double.NaN, a.length, b.length);
  }

  /**
   * Vargha and Delaney's (2000) A = P(B > A) + P(B = A) / 2, the probability that a B run beats
   * an A run; 0.5 means no tendency. Same information as Cliff's delta on a [0, 1] scale.
   */
  public ComparisonResult varghaDelaneyA(double[] a, double[] b) {
    ComparisonResult delta = cliffsDelta(a, b);
    return new ComparisonResult("Vargha-Delaney A (B vs A)", delta.method(),
        (delta.estimate() + 1) / 2, (delta.lower() + 1) / 2, (delta.upper() + 1) / 2,
        Double.NaN, Double.NaN, Double.NaN, a.length, b.length);
  }

  /**
   * Mann–Whitney U test (two-sided, normal approximation with tie correction, no continuity
   * correction). Statistic: U of B = #(B > A) + #(B = A)/2; estimate: Vargha–Delaney A = U / (nA
   * nB).
   */
  public ComparisonResult mannWhitney(double[] a, double[] b) {
    check(a, b, 1);
    int nA = a.length;
    int nB = b.length;
    double[] pooled = new double[nA + nB];
    System.arraycopy(a, 0, pooled, 0, nA);
    System.arraycopy(b, 0, pooled, nA, nB);
    double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(pooled);
    double rankSumB = 0;
    for (int i = nA; i < nA + nB; i++) {
      rankSumB += ranks[i];
    }
    double u = rankSumB - (double) nB * (nB + 1) / 2;
    double pairs = (double) nA * nB;
    double n = nA + nB;
    double variance = pairs / 12 * ((n + 1) - tieTerm(pooled) / (n * (n - 1)));
    double p = variance <= 0 ? 1 : twoSided((u - pairs / 2) / Math.sqrt(variance));
    return new ComparisonResult("probability that B exceeds A (Vargha-Delaney A)",
        "Mann-Whitney U test, normal approximation with tie correction", u / pairs, Double.NaN,
        Double.NaN, u, p, Double.NaN, nA, nB);
  }

  /**
   * Two-sample Kolmogorov–Smirnov test, P(D ≥ d): exact conditional on the pooled sample (ties
   * included) up to n_A n_B = {@value KolmogorovSmirnov#EXACT_MAX_PRODUCT}, asymptotic above
   * ({@link KolmogorovSmirnov}); estimate and statistic are D.
   */
  public ComparisonResult kolmogorovSmirnov(double[] a, double[] b) {
    check(a, b, 1);
    KolmogorovSmirnov.Result ks = KolmogorovSmirnov.test(a, b);
    String how = ks.exact() ? "exact P(D >= d) conditional on the pooled sample, ties included"
        : "asymptotic, Kolmogorov limit with Stephens' correction";
    return new ComparisonResult("largest difference of the distribution functions (KS D)",
        "two-sample Kolmogorov-Smirnov test (" + how + ")", ks.d(), Double.NaN, Double.NaN,
        ks.d(), ks.p(), Double.NaN, a.length, b.length);
  }

  // ---------------------------------------------------------------- paired samples

  /** The paired family: differences d = B - A per pair. */
  public List<ComparisonResult> comparePaired(double[] a, double[] b) {
    return List.of(pairedDifferenceOfMeans(a, b), medianOfPairedDifferences(a, b),
        wilcoxonSignedRank(a, b));
  }

  public List<ComparisonResult> comparePaired(PairedSamples<?> pairs) {
    return comparePaired(pairs.a(), pairs.b());
  }

  /** Mean of d = B - A over pairs; bootstrap over pairs; paired t-test. */
  public ComparisonResult pairedDifferenceOfMeans(double[] a, double[] b) {
    double[] d = differences(a, b, 2);
    double estimate = StatUtils.mean(d);
    double[] reps = bootstrap().replicates(d.length, rows -> meanAt(d, rows));
    double t;
    double p;
    if (StatUtils.variance(d) == 0) {
      t = estimate == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, estimate);
      p = estimate == 0 ? 1 : 0;
    } else {
      TTest test = new TTest();
      t = test.pairedT(b, a);
      p = test.pairedTTest(b, a);
    }
    return result("mean paired difference (B - A)", "paired t-test; " + interval()
        + " over pairs", estimate, Bootstrap.percentileInterval(reps, level), t, p, d.length,
        d.length);
  }

  /** Median of d = B - A over pairs, bootstrap over pairs; no test (see Wilcoxon). */
  public ComparisonResult medianOfPairedDifferences(double[] a, double[] b) {
    double[] d = differences(a, b, 1);
    double[] buffer = new double[d.length];
    double[] reps = bootstrap().replicates(d.length, rows -> median(gather(d, rows, buffer)));
    return result("median paired difference (B - A)", interval() + " over pairs", median(d),
        Bootstrap.percentileInterval(reps, level), Double.NaN, Double.NaN, d.length, d.length);
  }

  /**
   * Wilcoxon signed-rank test of d = B - A (see the class comment for the exact/approximate
   * choice). Statistic: W+, the rank sum of positive differences; estimate: the matched-pairs
   * rank-biserial correlation (W+ - W-) / (W+ + W-) (Kerby 2014), in [-1, 1].
   */
  public ComparisonResult wilcoxonSignedRank(double[] a, double[] b) {
    double[] d = differences(a, b, 1);
    SignedRank.Result w = SignedRank.test(d);
    String name = "matched-pairs rank-biserial correlation (B vs A)";
    if (w.n() == 0) {
      return new ComparisonResult(name, "Wilcoxon signed-rank test: all differences are zero",
          0, 0, 0, 0, 1, Double.NaN, a.length, b.length);
    }
    double[] buffer = new double[d.length];
    double[] reps = bootstrap().replicates(d.length,
        rows -> SignedRank.rankBiserial(gather(d, rows, buffer)));
    double[] bounds = Bootstrap.percentileInterval(reps, level);
    String method = w.exact()
        ? "Wilcoxon signed-rank test, exact with midranks (" + w.n()
            + " non-zero differences, zero differences dropped)"
        : "Wilcoxon signed-rank test, normal approximation with tie and continuity correction ("
            + w.n() + " non-zero differences, zero differences dropped)";
    return new ComparisonResult(name, method + "; " + interval() + " over pairs",
        w.rankBiserial(), bounds[0], bounds[1], w.wPlus(), w.p(), Double.NaN, a.length,
        b.length);
  }

  // ---------------------------------------------------------------- helpers

  private static ComparisonResult result(String quantity, String method, double estimate,
      double[] bounds, double statistic, double p, int nA, int nB) {
    return new ComparisonResult(quantity, method, estimate, bounds[0], bounds[1], statistic, p,
        Double.NaN, nA, nB);
  }

  private static void check(double[] a, double[] b, int minimum) {
    if (a.length < minimum || b.length < minimum) {
      throw new IllegalArgumentException("each sample needs at least " + minimum
          + " observations, got " + a.length + " and " + b.length);
    }
    for (double[] sample : new double[][] {a, b}) {
      for (double v : sample) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("samples must be finite");
        }
      }
    }
  }

  private static double[] differences(double[] a, double[] b, int minimum) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("paired samples differ in length: " + a.length + " and "
          + b.length);
    }
    check(a, b, minimum);
    double[] d = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = b[i] - a[i];
    }
    return d;
  }

  private static double twoSided(double z) {
    return Math.min(1, 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z)));
  }

  /** Σ (t³ - t) over groups of tied values (one implementation, beside the signed-rank test). */
  private static double tieTerm(double[] values) {
    return org.peninsula.analysis.stats.SignedRank.tieTerm(values);
  }

  private static double meanAt(double[] values, int[] rows) {
    double sum = 0;
    for (int r : rows) {
      sum += values[r];
    }
    return sum / rows.length;
  }

  private static double[] gather(double[] values, int[] rows, double[] buffer) {
    for (int i = 0; i < rows.length; i++) {
      buffer[i] = values[rows[i]];
    }
    return buffer;
  }

  private static double median(double[] values) {
    return StatUtils.percentile(values, 50);
  }

  private static double cohensDAt(double[] a, int[] ia, double[] b, int[] ib) {
    double[] x = ia == null ? a : gather(a, ia, new double[ia.length]);
    double[] y = ib == null ? b : gather(b, ib, new double[ib.length]);
    double meanDiff = StatUtils.mean(y) - StatUtils.mean(x);
    double pooled = ((x.length - 1) * StatUtils.variance(x)
        + (y.length - 1) * StatUtils.variance(y)) / (x.length + y.length - 2);
    if (pooled == 0) {
      return meanDiff == 0 ? 0 : Double.NaN;
    }
    return meanDiff / Math.sqrt(pooled);
  }

  /** Sorts both arrays in place and counts dominance by a merge: O((n + m) log(n + m)). */
  private static double cliffsDeltaOf(double[] a, double[] b) {
    Arrays.sort(a);
    Arrays.sort(b);
    long greater = 0;
    long less = 0;
    int below = 0;
    int belowOrEqual = 0;
    for (double y : b) {
      while (below < a.length && a[below] < y) {
        below++;
      }
      while (belowOrEqual < a.length && a[belowOrEqual] <= y) {
        belowOrEqual++;
      }
      greater += below;
      less += a.length - belowOrEqual;
    }
    return (double) (greater - less) / ((double) a.length * b.length);
  }
}
