package org.peninsula.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;
import org.peninsula.model.ModelParameters;
import org.peninsula.model.SplitMixRandom;

/**
 * A weighted posterior sample (the {@code posterior.csv} of {@code peninsula calibrate}) that a
 * scenario draws its mechanism constants from: each run picks one particle by weight, from its
 * own seed on a stream of its own, and sets all of the named keys from that particle, so the
 * correlations the calibration found between parameters survive into the ensemble.
 *
 * <p>In a scenario file: {@code posterior: {file: calibration/posterior-2016-2020.csv, keys:
 * [mechanisms.rationality, ...]}}; the file is read relative to the scenario's folder, and
 * {@code keys} may be left out to take every column but {@code weight}.
 */
public final class PosteriorSample {
  /** Stream number of the posterior draw, apart from the parameter and simulation streams. */
  static final int STREAM = 0x9051;

  private final String file;
  private final List<ParameterPath> paths;
  private final double[][] values;
  private final double[] cumulative;

  private PosteriorSample(String file, List<ParameterPath> paths, double[][] values,
      double[] cumulative) {
    this.file = file;
    this.paths = List.copyOf(paths);
    this.values = values;
    this.cumulative = cumulative;
  }

  /**
   * Reads the sample.
   *
   * @param keys the columns to use; null or empty for every column but {@code weight}
   * @throws IllegalArgumentException naming the file, line and column of what is wrong
   */
  public static PosteriorSample load(Path csv, List<String> keys) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(csv + ": the file is empty");
    }
    String[] header = lines.get(0).split(",", -1);
    int weightCol = List.of(header).indexOf("weight");
    if (weightCol < 0) {
      throw new IllegalArgumentException(csv + ":1: no 'weight' column");
    }
    List<String> use = new ArrayList<>();
    if (keys == null || keys.isEmpty()) {
      for (String h : header) {
        if (!h.equals("weight")) {
          use.add(h);
        }
      }
    } else {
      use.addAll(keys);
    }
    int[] cols = new int[use.size()];
    List<ParameterPath> paths = new ArrayList<>();
    for (int k = 0; k < use.size(); k++) {
      cols[k] = List.of(header).indexOf(use.get(k));
      if (cols[k] < 0) {
        throw new IllegalArgumentException(csv + ":1: no column '" + use.get(k) + "'");
      }
      try {
        paths.add(ParameterPath.of(use.get(k)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(csv + ":1: column '" + use.get(k) + "': "
            + e.getMessage());
      }
    }
    List<double[]> rows = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] f = lines.get(i).split(",", -1);
      if (f.length != header.length) {
        throw new IllegalArgumentException(csv + ":" + (i + 1) + ": " + f.length
            + " fields, expected " + header.length);
      }
      double[] v = new double[cols.length];
      for (int k = 0; k < cols.length; k++) {
        v[k] = number(csv, i + 1, use.get(k), f[cols[k]]);
        ParameterPath p = paths.get(k);
        if (!(v[k] >= p.min() && v[k] <= p.max())) {
          throw new IllegalArgumentException(csv + ":" + (i + 1) + ": column '" + use.get(k)
              + "': " + v[k] + " is outside [" + p.min() + ", " + p.max() + "]");
        }
      }
      double w = number(csv, i + 1, "weight", f[weightCol]);
      if (!(w >= 0)) {
        throw new IllegalArgumentException(csv + ":" + (i + 1) + ": column 'weight': " + w
            + " is negative");
      }
      rows.add(v);
      weights.add(w);
    }
    double[] cum = new double[weights.size()];
    double s = 0;
    for (int i = 0; i < cum.length; i++) {
      s += weights.get(i);
      cum[i] = s;
    }
    if (!(s > 0)) {
      throw new IllegalArgumentException(csv + ": the weights sum to 0");
    }
    return new PosteriorSample(csv.toString(), paths, rows.toArray(new double[0][]), cum);
  }

  private static double number(Path csv, int line, String col, String text) {
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(csv + ":" + line + ": column '" + col + "': '" + text
          + "' is not a number");
    }
  }

  public String file() {
    return file;
  }

  /** The keys this sample sets, in file order. */
  public List<String> keys() {
    List<String> k = new ArrayList<>();
    for (ParameterPath p : paths) {
      k.add(p.path());
    }
    return k;
  }

  public int size() {
    return values.length;
  }

  /** The particle run {@code runSeed} draws (by weight, from its own stream). */
  public int pick(long runSeed) {
    RandomGenerator rng = new SplitMixRandom(runSeed, STREAM);
    return pickByWeight(cumulative, rng.nextDouble());
  }

  /**
   * The index a uniform {@code u} in [0, 1) picks from cumulative weights: the first whose
   * cumulative weight exceeds {@code u} of the total (the one weighted pick of the code base:
   * runs drawing a particle here, the calibration resampling its population).
   */
  public static int pickByWeight(double[] cumulative, double u) {
    double target = u * cumulative[cumulative.length - 1];
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > target) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** Sets every key from the particle run {@code runSeed} draws, and records it in drawn. */
  void apply(ModelParameters.Builder p, Map<String, Double> drawn, long runSeed) {
    double[] v = values[pick(runSeed)];
    for (int k = 0; k < v.length; k++) {
      paths.get(k).set(p, v[k]);
      drawn.put(paths.get(k).path(), v[k]);
    }
  }
}
