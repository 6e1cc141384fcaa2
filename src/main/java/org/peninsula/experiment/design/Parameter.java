package org.peninsula.experiment.design;

import java.util.Objects;

/**
 * One uncertain input of the model: a name (usually a dotted path into the scenario, such as
 * {@code actors.dprk.riskTolerance}) and the closed interval it is varied over.
 *
 * <p>Designs are built in the unit hypercube and mapped to natural units through
 * {@link #fromUnit}, so every generator treats parameters with different ranges alike.
 */
public record Parameter(String name, double lower, double upper) {

  public Parameter {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("parameter name must not be blank");
    }
    if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(lower < upper)) {
      throw new IllegalArgumentException(
          "parameter " + name + " needs finite bounds with lower < upper, got [" + lower + ", "
              + upper + "]");
    }
  }

  public double width() {
    return upper - lower;
  }

  /** Maps a coordinate in [0, 1] to natural units. */
  public double fromUnit(double unit) {
    // Pin the end points so that unit 1 gives exactly the upper bound despite rounding.
    if (unit == 1.0) {
      return upper;
    }
    return lower + unit * width();
  }

  /** Maps a value in natural units to [0, 1]. */
  public double toUnit(double value) {
    return (value - lower) / width();
  }
}
