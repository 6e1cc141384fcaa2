package org.peninsula.experiment.design;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.util.MathArrays;

/**
 * Morris (1991) one-at-a-time trajectories on a p-level grid of the unit cube.
 *
 * <p>Each trajectory draws a base point x* whose coordinates lie on {0, 1/(p-1), ..., 1 - Δ},
 * a random direction (+ or -) per parameter and a random order of the parameters, then changes
 * the parameters one at a time by ±Δ, with Δ = p / (2 (p - 1)). This is the randomised
 * orientation matrix B* = (J x* + (Δ/2)[(2B - J) D* + J]) P* of Morris (1991), written as a walk.
 * Because every coordinate stays on {x*_i, x*_i + Δ}, all points are on the grid and each
 * elementary effect is a forward difference from a grid point with x_i ≤ 1 - Δ.
 *
 * <p>p must be even: for odd p, Δ is not a whole number of grid steps (Morris 1991; Saltelli et
 * al. 2004). Trajectories are drawn independently; the space-filling selection of Campolongo et
 * al. (2007) is not applied.
 */
public final class MorrisDesign {

  private final Design design;
  private final int levels;
  private final double delta;
  private final long seed;
  private final List<MorrisTrajectory> trajectories;

  private MorrisDesign(
      Design design, int levels, double delta, long seed, List<MorrisTrajectory> trajectories) {
    this.design = design;
    this.levels = levels;
    this.delta = delta;
    this.seed = seed;
    this.trajectories = List.copyOf(trajectories);
  }

  /** Δ in unit-cube coordinates for a grid of {@code levels} levels: p / (2 (p - 1)). */
  public static double delta(int levels) {
    return levels / (2.0 * (levels - 1));
  }

  public static MorrisDesign generate(
      String name, ParameterSpace space, int trajectories, int levels, long seed) {
    Design.checkName(name);
    if (trajectories < 1) {
      throw new IllegalArgumentException("Morris needs at least one trajectory");
    }
    if (levels < 2 || levels % 2 != 0) {
      throw new IllegalArgumentException("Morris needs an even number of levels >= 2, got "
          + levels);
    }
    int k = space.dimension();
    // Work on integer grid indices so that every coordinate is an exact grid value.
    int jump = levels / 2;
    double delta = delta(levels);
    RandomGenerator rng = new MersenneTwister(seed);
    List<DesignPoint> points = new ArrayList<>(trajectories * (k + 1));
    List<MorrisTrajectory> walks = new ArrayList<>(trajectories);
    for (int t = 0; t < trajectories; t++) {
      int[] grid = new int[k];
      int[] direction = new int[k];
      for (int i = 0; i < k; i++) {
        int base = rng.nextInt(jump);
        direction[i] = rng.nextBoolean() ? 1 : -1;
        grid[i] = direction[i] > 0 ? base : base + jump;
      }
      int[] order = MathArrays.natural(k);
      MathArrays.shuffle(order, rng);

      List<String> ids = new ArrayList<>(k + 1);
      List<MorrisStep> steps = new ArrayList<>(k);
      String previous = name + "-t" + t + "-0";
      ids.add(previous);
      points.add(new DesignPoint(previous, space.fromUnit(unit(grid, levels))));
      for (int s = 0; s < k; s++) {
        int i = order[s];
        grid[i] += direction[i] * jump;
        String id = name + "-t" + t + "-" + (s + 1);
        ids.add(id);
        points.add(new DesignPoint(id, space.fromUnit(unit(grid, levels))));
        steps.add(new MorrisStep(previous, id, i, direction[i] * delta));
        previous = id;
      }
      walks.add(new MorrisTrajectory(t, ids, steps));
    }
    String method = "Morris trajectories, r = " + trajectories + ", p = " + levels
        + " levels, delta = " + delta + ", seed " + seed;
    return new MorrisDesign(new Design(name, method, space, points), levels, delta, seed, walks);
  }

  private static double[] unit(int[] grid, int levels) {
    double[] unit = new double[grid.length];
    for (int i = 0; i < grid.length; i++) {
      unit[i] = (double) grid[i] / (levels - 1);
    }
    return unit;
  }

  public Design design() {
    return design;
  }

  public ParameterSpace space() {
    return design.space();
  }

  public int levels() {
    return levels;
  }

  /** Step size in unit-cube coordinates. */
  public double delta() {
    return delta;
  }

  public long seed() {
    return seed;
  }

  public List<MorrisTrajectory> trajectories() {
    return trajectories;
  }
}
