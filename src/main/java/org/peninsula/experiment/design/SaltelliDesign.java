package org.peninsula.experiment.design;

import java.util.ArrayList;
import java.util.List;

/**
 * The sampling scheme for Sobol indices of Saltelli (2002) and Saltelli et al. (2010): two
 * independent N × k matrices A and B, and for each parameter i the matrix A_B^(i), which is A with
 * column i taken from B; N (k + 2) points in all.
 *
 * <p>A and B are the first and last k columns of a 2k-dimensional Owen-scrambled Sobol' sequence
 * ({@link ScrambledSobol}, seeded), so 2k may be at most 1000. Unscrambled, row 0 would be the
 * centre point in every block and A and B would share coordinates in many early rows (those
 * rows then add nothing to that parameter's indices); scrambled, no coordinate of A equals B's.
 *
 * <p>Points are emitted row by row (A_j, B_j, A_B^(1)_j, ..., A_B^(k)_j for j = 0, 1, ...), so
 * the first m (k + 2) points form the design with N = m; the analyser uses that for its
 * convergence table. Analysers find blocks through {@link #idA}, {@link #idB} and {@link #idAB},
 * never by row position.
 */
public final class SaltelliDesign {

  private final Design design;
  private final int baseSamples;
  private final String[] idsA;
  private final String[] idsB;
  private final String[][] idsAB;

  private SaltelliDesign(
      Design design, int baseSamples, String[] idsA, String[] idsB, String[][] idsAB) {
    this.design = design;
    this.baseSamples = baseSamples;
    this.idsA = idsA;
    this.idsB = idsB;
    this.idsAB = idsAB;
  }

  public static SaltelliDesign generate(String name, ParameterSpace space, int baseSamples,
      long seed) {
    Design.checkName(name);
    if (baseSamples < 2) {
      throw new IllegalArgumentException("a Saltelli design needs at least 2 base samples");
    }
    int k = space.dimension();
    ScrambledSobol sequence = new ScrambledSobol(2 * k, seed);
    String[] idsA = new String[baseSamples];
    String[] idsB = new String[baseSamples];
    String[][] idsAB = new String[k][baseSamples];
    List<DesignPoint> points = new ArrayList<>(baseSamples * (k + 2));
    for (int j = 0; j < baseSamples; j++) {
      double[] both = sequence.next();
      double[] a = new double[k];
      double[] b = new double[k];
      System.arraycopy(both, 0, a, 0, k);
      System.arraycopy(both, k, b, 0, k);
      idsA[j] = name + "-A-" + j;
      idsB[j] = name + "-B-" + j;
      points.add(new DesignPoint(idsA[j], space.fromUnit(a)));
      points.add(new DesignPoint(idsB[j], space.fromUnit(b)));
      for (int i = 0; i < k; i++) {
        double[] ab = a.clone();
        ab[i] = b[i];
        idsAB[i][j] = name + "-AB" + i + "-" + j;
        points.add(new DesignPoint(idsAB[i][j], space.fromUnit(ab)));
      }
    }
    String method = "Saltelli scheme, N = " + baseSamples + " base samples, " + (k + 2)
        + " points per sample, from a " + (2 * k) + "-dimensional Owen-scrambled Sobol'"
        + " sequence (seed " + seed + ")";
    return new SaltelliDesign(new Design(name, method, space, points), baseSamples, idsA, idsB,
        idsAB);
  }

  public Design design() {
    return design;
  }

  public ParameterSpace space() {
    return design.space();
  }

  /** N, the number of rows of A (and of B and each A_B^(i)). */
  public int baseSamples() {
    return baseSamples;
  }

  public String idA(int row) {
    return idsA[row];
  }

  public String idB(int row) {
    return idsB[row];
  }

  /** Id of row {@code row} of A_B^(parameter): A with column {@code parameter} from B. */
  public String idAB(int parameter, int row) {
    return idsAB[parameter][row];
  }
}
