package org.peninsula.experiment.design;

import java.util.ArrayList;
import java.util.List;

/**
 * The noise-floor input of Morris and Sobol studies: a dummy parameter on [0, 1] that the study
 * adds to the design and the model never sees. Its only effect is on the random numbers: points
 * whose dummy value is below 1/2 run with the study's master seed, the others with a second,
 * fixed stream derived from it. A move of the dummy alone therefore changes nothing but the
 * replication noise, and its sensitivity index (Morris mu*, Sobol ST) is the index that noise
 * alone produces. Moves of a real parameter keep the dummy, hence the seed, so common random
 * numbers are kept wherever they were: the floor is an upper bound on what noise adds to a real
 * parameter's index (which sees correlated, not independent, noise). A parameter whose index is
 * not above the floor cannot be told apart from noise.
 *
 * <p>Morris moves the dummy by Δ = p/(2(p − 1)) ≥ 2/3 of its range, which always crosses 1/2; in a
 * Saltelli design the dummy of A and B are independent, so about half of the A_B^(dummy) rows
 * change stream.
 */
public final class NoiseFloor {
  /** Name of the dummy parameter; never a scenario path. */
  public static final String NAME = "noise-floor";

  private NoiseFloor() {}

  public static Parameter parameter() {
    return new Parameter(NAME, 0, 1);
  }

  /** The space with the dummy appended (unchanged if it is already there). */
  public static ParameterSpace add(ParameterSpace space) {
    if (space.names().contains(NAME)) {
      return space;
    }
    List<Parameter> all = new ArrayList<>(space.parameters());
    all.add(parameter());
    return new ParameterSpace(all);
  }

  public static boolean isDummy(String name) {
    return NAME.equals(name);
  }

  /** The names the model sees: the space's names without the dummy. */
  public static List<String> modelNames(ParameterSpace space) {
    return space.names().stream().filter(n -> !isDummy(n)).toList();
  }

  /** A point's values for the model, without the dummy's column. */
  public static double[] modelValues(ParameterSpace space, double[] values) {
    int dummy = space.names().indexOf(NAME);
    if (dummy < 0) {
      return values.clone();
    }
    double[] out = new double[values.length - 1];
    for (int i = 0, j = 0; i < values.length; i++) {
      if (i != dummy) {
        out[j++] = values[i];
      }
    }
    return out;
  }

  /** The master seed of a point's replications. */
  public static long seed(ParameterSpace space, double[] values, long masterSeed) {
    int dummy = space.names().indexOf(NAME);
    if (dummy < 0 || values[dummy] < 0.5) {
      return masterSeed;
    }
    return ScrambledSobol.mix(masterSeed ^ 0x6E6F697365L);
  }
}
