package org.peninsula.experiment.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every combination of equally spaced levels per parameter. With L levels a parameter takes the
 * values lower + k (upper - lower) / (L - 1), k = 0..L-1; a single level means the midpoint.
 * The last parameter varies fastest.
 */
public final class FullFactorialDesign {

  /** Guard against an accidental combinatorial explosion; larger grids need a sampling design. */
  public static final long MAX_POINTS = 1_000_000;

  private FullFactorialDesign() {}

  public static Design generate(String name, ParameterSpace space, int levelsForEach) {
    int[] levels = new int[space.dimension()];
    Arrays.fill(levels, levelsForEach);
    return generate(name, space, levels);
  }

  public static Design generate(String name, ParameterSpace space, int... levels) {
    Design.checkName(name);
    int k = space.dimension();
    if (levels.length != k) {
      throw new IllegalArgumentException("need a level count for each of " + k + " parameters");
    }
    long total = 1;
    for (int l : levels) {
      if (l < 1) {
        throw new IllegalArgumentException("level counts must be at least 1");
      }
      total *= l;
      if (total > MAX_POINTS) {
        throw new IllegalArgumentException(
            "full factorial would exceed " + MAX_POINTS + " points; use a sampling design");
      }
    }
    List<DesignPoint> points = new ArrayList<>((int) total);
    int[] counter = new int[k];
    for (int index = 0; index < total; index++) {
      double[] unit = new double[k];
      for (int i = 0; i < k; i++) {
        unit[i] = levels[i] == 1 ? 0.5 : (double) counter[i] / (levels[i] - 1);
      }
      points.add(new DesignPoint(name + "-" + index, space.fromUnit(unit)));
      advance(counter, levels);
    }
    return new Design(name, "full factorial, levels " + Arrays.toString(levels), space, points);
  }

  private static void advance(int[] counter, int[] levels) {
    for (int i = counter.length - 1; i >= 0; i--) {
      if (++counter[i] < levels[i]) {
        return;
      }
      counter[i] = 0;
    }
  }
}
