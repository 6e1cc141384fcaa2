package org.peninsula.experiment.design;

import java.util.Arrays;
import java.util.Objects;

/**
 * One point of a design: a stable id and the parameter values in natural units, in the column
 * order of the design's {@link ParameterSpace}.
 *
 * <p>Outputs are keyed by {@link #id()}, so analysers never depend on the order in which runs
 * happened to finish. Ids are derived from the design name and the point's structural position
 * (never from a clock or a hash seed), so regenerating a design with the same settings gives the
 * same ids.
 */
public record DesignPoint(String id, double[] values) {

  public DesignPoint {
    Objects.requireNonNull(id, "id");
    values = values.clone();
  }

  /** A copy: a point is immutable once built. */
  @Override
  public double[] values() {
    return values.clone();
  }

  public double value(int column) {
    return values[column];
  }

  public int dimension() {
    return values.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DesignPoint that
        && id.equals(that.id)
        && Arrays.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return 31 * id.hashCode() + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "DesignPoint[" + id + " " + Arrays.toString(values) + "]";
  }
}
