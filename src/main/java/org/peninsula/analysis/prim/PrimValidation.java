package org.peninsula.analysis.prim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.util.MathArrays;

/**
 * How far a PRIM box can be trusted, beyond its in-sample quasi-p values (which are computed on
 * the same, noisy, data that chose the box and so are optimistic):
 *
 * <ul>
 *   <li><b>Bootstrap stability</b>: PRIM is rerun on {@code resamples} bootstrap resamples of
 *       the rows, the box is chosen by the same rule (densest with at least the minimum
 *       coverage), and for each parameter the share of resamples whose box restricts it on the
 *       same side(s) as the chosen box (for an unrestricted parameter: restricts it at all) is
 *       reported. A restriction that reappears in, say, fewer than half of the resamples is
 *       fragile.
 *   <li><b>Held-out quasi-p</b>: the rows are split at random into two halves; PRIM chooses a box
 *       on the first half only, and the quasi-p value of each of its restrictions is computed on
 *       the second half, which played no part in finding it, together with the box's coverage
 *       and density there.
 * </ul>
 *
 * <p>Both are seeded; the same data and seed give the same result.
 *
 * @param stability per parameter, share of bootstrap boxes that reproduce the chosen box's
 *     restriction on it (or, if the chosen box leaves it free, that restrict it at all)
 * @param trainingBox the box chosen on the training half
 * @param heldOutQuasiP per restricted parameter of the training box, its quasi-p on the held-out
 *     half
 */
public record PrimValidation(int resamples, long seed, Map<String, Double> stability,
    PrimBox trainingBox, Map<String, Double> heldOutQuasiP, double heldOutCoverage,
    double heldOutDensity, int heldOutRows) {

  public PrimValidation {
    stability = Map.copyOf(stability);
    heldOutQuasiP = Map.copyOf(heldOutQuasiP);
  }

  public static PrimValidation of(Prim prim, PrimData data, PrimResult result, PrimBox chosen,
      double minCoverage, int resamples, long seed) {
    int n = data.size();
    int k = data.dimension();
    RandomGenerator rng = new MersenneTwister(seed);
    int[] sideOf = sides(chosen, result.box(0));
    int[] hits = new int[k];
    int valid = 0;
    for (int b = 0; b < resamples; b++) {
      int[] rows = new int[n];
      for (int i = 0; i < n; i++) {
        rows[i] = rng.nextInt(n);
      }
      PrimData sample = subset(data, rows);
      if (sample.countOfInterest() == 0 || sample.countOfInterest() == n) {
        continue;
      }
      valid++;
      PrimResult r = prim.find(sample);
      PrimBox box = r.densestWithCoverage(minCoverage).orElse(r.box(0));
      int[] sides = sides(box, r.box(0));
      for (int j = 0; j < k; j++) {
        boolean same = sideOf[j] == 0 ? sides[j] != 0 : (sides[j] & sideOf[j]) == sideOf[j];
        if (same) {
          hits[j]++;
        }
      }
    }
    Map<String, Double> stability = new LinkedHashMap<>();
    for (int j = 0; j < k; j++) {
      stability.put(data.parameters().get(j), valid == 0 ? Double.NaN : (double) hits[j] / valid);
    }

    int[] order = MathArrays.natural(n);
    MathArrays.shuffle(order, rng);
    int half = n / 2;
    int[] train = java.util.Arrays.copyOfRange(order, 0, half);
    int[] test = java.util.Arrays.copyOfRange(order, half, n);
    PrimData trainData = subset(data, train);
    PrimData testData = subset(data, test);
    if (half < 2 || trainData.countOfInterest() == 0 || testData.countOfInterest() == 0) {
      return new PrimValidation(resamples, seed, stability, null, Map.of(), Double.NaN,
          Double.NaN, test.length);
    }
    PrimResult trained = prim.find(trainData);
    PrimBox trainingBox = trained.densestWithCoverage(minCoverage).orElse(trained.box(0));
    // free limits are the training half's observed range; open them so that held-out rows
    // outside that range are not excluded by a restriction nobody made
    List<BoxLimit> open = new ArrayList<>();
    for (BoxLimit l : trainingBox.limits()) {
      open.add(l.restricted() ? l : new BoxLimit(l.parameter(), Double.NEGATIVE_INFINITY,
          Double.POSITIVE_INFINITY, false));
    }
    PrimBox applied = new PrimBox(trainingBox.step(), trainingBox.phase(),
        trainingBox.coverage(), trainingBox.density(), trainingBox.mass(),
        trainingBox.points(), trainingBox.pointsOfInterest(), open);
    int inside = 0;
    int insideOfInterest = 0;
    for (int r = 0; r < testData.size(); r++) {
      if (applied.contains(testData.row(r))) {
        inside++;
        if (testData.isOfInterest(r)) {
          insideOfInterest++;
        }
      }
    }
    Map<String, Double> heldOut = prim.restrictionPValues(testData, applied);
    return new PrimValidation(resamples, seed, stability, trainingBox, heldOut,
        testData.countOfInterest() == 0 ? Double.NaN
            : (double) insideOfInterest / testData.countOfInterest(),
        inside == 0 ? Double.NaN : (double) insideOfInterest / inside, testData.size());
  }

  /** Per parameter: 0 free, 1 lower end restricted, 2 upper end, 3 both. */
  private static int[] sides(PrimBox box, PrimBox start) {
    int[] s = new int[box.limits().size()];
    for (int j = 0; j < s.length; j++) {
      BoxLimit l = box.limits().get(j);
      BoxLimit all = start.limits().get(j);
      if (l.restricted()) {
        s[j] = (l.lower() > all.lower() ? 1 : 0) | (l.upper() < all.upper() ? 2 : 0);
      }
    }
    return s;
  }

  private static PrimData subset(PrimData data, int[] rows) {
    double[][] x = new double[rows.length][];
    boolean[] y = new boolean[rows.length];
    for (int i = 0; i < rows.length; i++) {
      x[i] = data.row(rows[i]);
      y[i] = data.isOfInterest(rows[i]);
    }
    return new PrimData(data.parameters(), x, y);
  }
}
