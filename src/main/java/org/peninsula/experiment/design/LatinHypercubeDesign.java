package org.peninsula.experiment.design;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.util.MathArrays;

/**
 * Latin hypercube sample (McKay, Beckman and Conover 1979): each parameter's range is cut into n
 * equal strata and every stratum holds exactly one point; strata are paired across parameters by
 * independent random permutations and each point is placed uniformly within its stratum.
 *
 * <p>When n is a power of two the points are the first n Owen-scrambled Sobol' points instead
 * ({@link ScrambledSobol}, same seed): those also put exactly one point in each of the n strata
 * of every parameter, uniformly within it, so they are a Latin hypercube, and in addition their
 * two- and higher-dimensional projections are evenly spread, which random pairing of the strata
 * does not give.
 */
public final class LatinHypercubeDesign {

  private LatinHypercubeDesign() {}

  public static Design generate(String name, ParameterSpace space, int samples, long seed) {
    Design.checkName(name);
    if (samples < 1) {
      throw new IllegalArgumentException("a Latin hypercube needs at least one sample");
    }
    int k = space.dimension();
    if (Integer.bitCount(samples) == 1) {
      ScrambledSobol sobol = new ScrambledSobol(k, seed);
      List<DesignPoint> points = new ArrayList<>(samples);
      for (int row = 0; row < samples; row++) {
        points.add(new DesignPoint(name + "-" + row, space.fromUnit(sobol.next())));
      }
      return new Design(name, "Latin hypercube from the first " + samples
          + " Owen-scrambled Sobol' points, seed " + seed, space, points);
    }
    RandomGenerator rng = new MersenneTwister(seed);
    double[][] unit = new double[samples][k];
    for (int i = 0; i < k; i++) {
      int[] strata = MathArrays.natural(samples);
      MathArrays.shuffle(strata, rng);
      for (int row = 0; row < samples; row++) {
        unit[row][i] = (strata[row] + rng.nextDouble()) / samples;
      }
    }
    List<DesignPoint> points = new ArrayList<>(samples);
    for (int row = 0; row < samples; row++) {
      points.add(new DesignPoint(name + "-" + row, space.fromUnit(unit[row])));
    }
    return new Design(
        name, "Latin hypercube, " + samples + " samples, seed " + seed, space, points);
  }
}
