package org.peninsula.analysis.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.util.MathArrays;

/**
 * Whether a categorical outcome (e.g. how a crisis ended: "talks", "stalemate", "conflict") is
 * distributed differently under scenarios A and B: a test of homogeneity on the 2 × c table of
 * counts, reported with Cramér's V as effect size.
 *
 * <p>Categories seen in neither sample are dropped. When the expected counts are large enough by
 * Cochran's rule (all at least 1 and at most 20 % below 5) the Pearson chi-square test of
 * Commons Math is used. Otherwise the chi-square approximation is unreliable and the test is done
 * conditionally on the margins: Fisher's exact test for a 2 × 2 table, and for larger tables a
 * seeded Monte Carlo permutation test of the chi-square statistic (labels shuffled between the
 * samples; p = (1 + #{X²* ≥ X²}) / (1 + permutations), Davison and Hinkley 1997). Merging
 * sparse categories was rejected because it changes the question being asked.
 */
public final class CategoricalComparison {

  /** Outcome of a table test. */
  record TableTest(double statistic, double pValue, String method) {}

  private final int permutations;
  private final long seed;

  public CategoricalComparison(int permutations, long seed) {
    if (permutations < 1) {
      throw new IllegalArgumentException("need at least one permutation");
    }
    this.permutations = permutations;
    this.seed = seed;
  }

  /** 10 000 permutations, seed 1. */
  public CategoricalComparison() {
    this(10_000, 1L);
  }

  /** Compares two samples of category labels. */
  public ComparisonResult compareLabels(Collection<String> a, Collection<String> b) {
    return compare(tally(a), tally(b));
  }

  private static Map<String, Long> tally(Collection<String> labels) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String label : labels) {
      counts.merge(label, 1L, Long::sum);
    }
    return counts;
  }

  /** Compares two samples given as counts per category. */
  public ComparisonResult compare(Map<String, Long> countsA, Map<String, Long> countsB) {
    TreeSet<String> categories = new TreeSet<>();
    countsA.forEach((c, n) -> addIfPositive(categories, c, n));
    countsB.forEach((c, n) -> addIfPositive(categories, c, n));
    List<String> columns = new ArrayList<>(categories);
    long[][] table = new long[2][columns.size()];
    for (int j = 0; j < columns.size(); j++) {
      table[0][j] = countsA.getOrDefault(columns.get(j), 0L);
      table[1][j] = countsB.getOrDefault(columns.get(j), 0L);
    }
    long nA = sum(table[0]);
    long nB = sum(table[1]);
    if (nA == 0 || nB == 0) {
      throw new IllegalArgumentException("both samples need at least one observation");
    }
    String quantity = "distribution over " + columns.size() + " categories (Cramér's V)";
    if (columns.size() < 2) {
      return new ComparisonResult(quantity, "all observations in one category; no test needed",
          0, Double.NaN, Double.NaN, 0, 1, Double.NaN, (int) nA, (int) nB);
    }
    TableTest test = isSparse(table) && columns.size() > 2
        ? permutationTest(table)
        : testTable(table);
    double cramersV = Math.sqrt(test.statistic() / (nA + nB));
    return new ComparisonResult(quantity, test.method(), cramersV, Double.NaN, Double.NaN,
        test.statistic(), test.pValue(), Double.NaN, (int) nA, (int) nB);
  }

  private static void addIfPositive(TreeSet<String> categories, String category, Long count) {
    if (count == null || count < 0) {
      throw new IllegalArgumentException("negative count for category " + category);
    }
    if (count > 0) {
      categories.add(category);
    }
  }

  /** Pearson chi-square, or Fisher's exact test when a 2 × 2 table is sparse. */
  private static TableTest testTable(long[][] table) {
    if (table[0].length == 2 && isSparse(table)) {
      return new TableTest(chiSquare(table), fisherExact(table),
          "Fisher's exact test (expected counts too small for chi-square)");
    }
    ChiSquareTest chi = new ChiSquareTest();
    int df = table[0].length - 1;
    return new TableTest(chi.chiSquare(table), chi.chiSquareTest(table),
        "Pearson chi-square test, df = " + df);
  }

  /** The 2 × 2 test used for two proportions; margins with a zero give p = 1. */
  static TableTest testTwoByTwo(long[][] table) {
    for (int j = 0; j < 2; j++) {
      if (table[0][j] + table[1][j] == 0) {
        return new TableTest(0, 1, "no test: every outcome in one category");
      }
    }
    return testTable(table);
  }

  /** Cochran (1954): unreliable if any expected count < 1 or more than 20 % are < 5. */
  static boolean isSparse(long[][] table) {
    double[][] expected = expected(table);
    int cells = 0;
    int small = 0;
    for (double[] row : expected) {
      for (double e : row) {
        cells++;
        if (e < 1) {
          return true;
        }
        if (e < 5) {
          small++;
        }
      }
    }
    return small > 0.2 * cells;
  }

  private static double[][] expected(long[][] table) {
    int rows = table.length;
    int cols = table[0].length;
    double total = 0;
    double[] rowSums = new double[rows];
    double[] colSums = new double[cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        rowSums[i] += table[i][j];
        colSums[j] += table[i][j];
        total += table[i][j];
      }
    }
    double[][] expected = new double[rows][cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        expected[i][j] = rowSums[i] * colSums[j] / total;
      }
    }
    return expected;
  }

  /** Pearson's X² of a table with no empty row or column. */
  static double chiSquare(long[][] table) {
    double[][] expected = expected(table);
    double sum = 0;
    for (int i = 0; i < table.length; i++) {
      for (int j = 0; j < table[i].length; j++) {
        double diff = table[i][j] - expected[i][j];
        sum += diff * diff / expected[i][j];
      }
    }
    return sum;
  }

  /**
   * Two-sided Fisher exact p-value: the total hypergeometric probability of the tables with the
   * same margins that are no more probable than the observed one (relative tolerance 1e-7, as in
   * R's fisher.test).
   */
  static double fisherExact(long[][] table) {
    int a = Math.toIntExact(table[0][0]);
    int rowA = Math.toIntExact(table[0][0] + table[0][1]);
    int colFirst = Math.toIntExact(table[0][0] + table[1][0]);
    int total = Math.toIntExact(rowA + table[1][0] + table[1][1]);
    HypergeometricDistribution h = new HypergeometricDistribution(null, total, colFirst, rowA);
    double observed = h.probability(a);
    double p = 0;
    for (int x = h.getSupportLowerBound(); x <= h.getSupportUpperBound(); x++) {
      double px = h.probability(x);
      if (px <= observed * (1 + 1e-7)) {
        p += px;
      }
    }
    return Math.min(1, p);
  }

  private TableTest permutationTest(long[][] table) {
    int cols = table[0].length;
    int nA = (int) sum(table[0]);
    int total = nA + (int) sum(table[1]);
    int[] labels = new int[total];
    int position = 0;
    for (long[] row : table) {
      for (int j = 0; j < cols; j++) {
        for (long c = 0; c < row[j]; c++) {
          labels[position++] = j;
        }
      }
    }
    double observed = chiSquare(table);
    RandomGenerator rng = new MersenneTwister(seed);
    long[][] shuffled = new long[2][cols];
    int atLeast = 0;
    for (int b = 0; b < permutations; b++) {
      MathArrays.shuffle(labels, rng);
      for (long[] row : shuffled) {
        Arrays.fill(row, 0);
      }
      for (int i = 0; i < total; i++) {
        shuffled[i < nA ? 0 : 1][labels[i]]++;
      }
      // Relative tolerance so that permuted tables equal to the observed one count as "as extreme".
      if (chiSquare(shuffled) >= observed * (1 - 1e-12)) {
        atLeast++;
      }
    }
    double p = (1.0 + atLeast) / (1.0 + permutations);
    return new TableTest(observed, p, "Monte Carlo permutation test of the chi-square statistic ("
        + permutations + " permutations, seed " + seed
        + "; expected counts too small for the chi-square distribution)");
  }

  private static long sum(long[] row) {
    long s = 0;
    for (long v : row) {
      s += v;
    }
    return s;
  }
}
