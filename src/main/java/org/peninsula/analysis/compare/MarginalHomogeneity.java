package org.peninsula.analysis.compare;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.special.Gamma;

/**
 * Stuart–Maxwell test of marginal homogeneity for a paired k × k table (row: category under A,
 * column: category under B of the same pair, e.g. the futures of run i under both scenarios).
 * It asks whether the distribution of categories differs between A and B while using the
 * pairing, which Pearson's chi-square on the two margins ignores.
 *
 * <p>With d_i = n_i. − n_.i and V_ii = n_i. + n_.i − 2 n_ii, V_ij = −(n_ij + n_ji), the
 * statistic is X² = dᵀ V⁺ d with df = rank V (Stuart 1955; Maxwell 1970). The Moore–Penrose
 * inverse V⁺ equals the usual form (drop one category, invert) when the discordant pairs link all
 * categories (rank k − 1), and still gives the right statistic when they do not: a category
 * with no discordant pair contributes nothing, and separate groups of categories each lose one
 * degree of freedom. The upper tail is the regularized incomplete gamma function Q(df/2, X²/2),
 * computed directly (no 1 − cdf cancellation). With no discordant pair X² = 0, p = 1.
 */
public final class MarginalHomogeneity {

  private MarginalHomogeneity() {}

  public static ComparisonResult stuartMaxwell(long[][] table) {
    int k = table.length;
    long n = 0;
    for (long[] row : table) {
      if (row.length != k) {
        throw new IllegalArgumentException("the table must be square");
      }
      for (long c : row) {
        if (c < 0) {
          throw new IllegalArgumentException("negative count");
        }
        n += c;
      }
    }
    if (n == 0) {
      throw new IllegalArgumentException("no pairs");
    }
    double[] d = new double[k];
    double[][] v = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        d[i] += table[i][j] - table[j][i];
        if (i != j) {
          v[i][j] = -(table[i][j] + table[j][i]);
          v[i][i] += table[i][j] + table[j][i];
        }
      }
    }
    String quantity = "marginal homogeneity of " + k + " paired categories (Stuart-Maxwell X2)";
    String method = "Stuart-Maxwell test of marginal homogeneity (paired)";
    RealMatrix vm = new Array2DRowRealMatrix(v, false);
    SingularValueDecomposition svd = new SingularValueDecomposition(vm);
    int rank = vm.getNorm() == 0 ? 0 : svd.getRank();
    if (rank == 0) {
      return new ComparisonResult(quantity, method + ": no discordant pairs", 0, Double.NaN,
          Double.NaN, 0, 1, Double.NaN, (int) n, (int) n);
    }
    RealVector dv = new ArrayRealVector(d, false);
    double x2 = dv.dotProduct(svd.getSolver().getInverse().operate(dv));
    x2 = Math.max(0, x2);
    double p = Gamma.regularizedGammaQ(rank / 2.0, x2 / 2);
    return new ComparisonResult(quantity, method + ", df = " + rank, x2, Double.NaN,
        Double.NaN, x2, Math.min(1, p), Double.NaN, (int) n, (int) n);
  }
}
