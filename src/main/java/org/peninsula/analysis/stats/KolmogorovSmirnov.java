package org.peninsula.analysis.stats;

import java.util.Arrays;

/**
 * Two-sample Kolmogorov–Smirnov test, two-sided, with the p-value P(D ≥ d) (non-strict).
 *
 * <p><b>Exact</b> (n_A n_B ≤ {@value #EXACT_MAX_PRODUCT}): the permutation distribution of D
 * conditional on the pooled sample. Under the null every assignment of the pooled, sorted
 * values to A and B is equally likely, i.e. every monotone lattice path from (0, 0) to (n_A,
 * n_B). The ECDFs can only differ after a complete block of tied values, so the path is checked
 * only at those positions; without ties that is every position and the result is the classical
 * exact distribution (as in SciPy's {@code ks_2samp(method="exact")}). The mass of the paths is
 * propagated as a Markov chain (from (i, j) the next value is from A with probability
 * (n_A − i)/(n_A − i + n_B − j)) and the mass that first reaches |i/n_A − j/n_B| ≥ d is summed,
 * so small p-values are computed directly rather than as 1 − (something close to 1), and do not
 * underflow above about 1e-300. Cost: n_A n_B steps (25 million: about a tenth of a second).
 *
 * <p><b>Asymptotic</b> above that size: Kolmogorov's limiting distribution Q(λ) with Stephens'
 * (1970) correction λ = (√n_e + 0.12 + 0.11/√n_e) d, n_e = n_A n_B/(n_A + n_B). With ties it is
 * conservative.
 */
public final class KolmogorovSmirnov {

  /** Largest n_A n_B for which the exact conditional distribution is computed. */
  public static final long EXACT_MAX_PRODUCT = 25_000_000L;

  /** D, p = P(D ≥ d) and whether p is exact. */
  public record Result(double d, double p, boolean exact) {}

  private KolmogorovSmirnov() {}

  public static Result test(double[] a, double[] b) {
    int m = a.length;
    int n = b.length;
    if (m == 0 || n == 0) {
      throw new IllegalArgumentException("both samples need at least one value");
    }
    double[] sa = a.clone();
    double[] sb = b.clone();
    Arrays.sort(sa);
    Arrays.sort(sb);
    // boundary[k]: after the k smallest pooled values a tie block ends (the ECDFs are defined)
    boolean[] boundary = new boolean[m + n + 1];
    long h = 0;
    int i = 0;
    int j = 0;
    while (i < m || j < n) {
      double v = i < m && (j >= n || sa[i] <= sb[j]) ? sa[i] : sb[j];
      while (i < m && sa[i] == v) {
        i++;
      }
      while (j < n && sb[j] == v) {
        j++;
      }
      boundary[i + j] = true;
      h = Math.max(h, Math.abs((long) i * n - (long) j * m));
    }
    double d = (double) h / ((double) m * n);
    if (h == 0) {
      return new Result(0, 1, true);
    }
    if ((long) m * n <= EXACT_MAX_PRODUCT) {
      return new Result(d, exactTail(m, n, h, boundary), true);
    }
    double ne = (double) m * n / (m + n);
    double lambda = (Math.sqrt(ne) + 0.12 + 0.11 / Math.sqrt(ne)) * d;
    return new Result(d, kolmogorovQ(lambda), false);
  }

  /**
   * P(max over boundaries of |i n − j m| ≥ h) for a uniformly random lattice path; {@code
   * boundary[k]} says whether position k = i + j is checked.
   */
  static double exactTail(int m, int n, long h, boolean[] boundary) {
    double[] row = new double[n + 1];
    double out = 0;
    for (int i = 0; i <= m; i++) {
      for (int j = 0; j <= n; j++) {
        double mass;
        if (i == 0 && j == 0) {
          mass = 1;
        } else {
          mass = 0;
          if (i > 0) {
            // step from (i - 1, j) by an A value
            int restA = m - i + 1;
            mass += row[j] * restA / (restA + n - j);
          }
          if (j > 0) {
            int restB = n - j + 1;
            mass += row[j - 1] * restB / (m - i + restB);
          }
        }
        if (mass != 0 && boundary[i + j] && Math.abs((long) i * n - (long) j * m) >= h) {
          out += mass;
          mass = 0;
        }
        row[j] = mass;
      }
    }
    return Math.min(1, out);
  }

  /** Kolmogorov's Q(λ) = 2 Σ (−1)^(k−1) exp(−2 k² λ²), from the form that converges fast. */
  static double kolmogorovQ(double lambda) {
    if (lambda <= 0) {
      return 1;
    }
    if (lambda < 1.18) {
      // 1 − Q = √(2π)/λ Σ exp(−(2k − 1)² π² / (8 λ²)), no cancellation for small λ
      double sum = 0;
      for (int k = 1; k <= 20; k++) {
        double t = (2 * k - 1) * Math.PI / lambda;
        sum += Math.exp(-t * t / 8);
      }
      return Math.max(0, Math.min(1, 1 - Math.sqrt(2 * Math.PI) / lambda * sum));
    }
    double sum = 0;
    for (int k = 1; k <= 100; k++) {
      double term = Math.exp(-2.0 * k * k * lambda * lambda);
      sum += (k % 2 == 1 ? term : -term);
      if (term < 1e-300 || term < 1e-17 * Math.abs(sum)) {
        break;
      }
    }
    return Math.max(0, Math.min(1, 2 * sum));
  }
}
