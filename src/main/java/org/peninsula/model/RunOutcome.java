package org.peninsula.model;

import java.util.Arrays;

/** The outcome record of one run: its future and every numeric outcome. */
public record RunOutcome(Future future, double[] values) {

  public double get(Outcome o) {
    return values[o.ordinal()];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RunOutcome r && r.future == future
        && Arrays.equals(r.values, values);
  }

  @Override
  public int hashCode() {
    return 31 * future.hashCode() + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "RunOutcome[" + future + ", " + Arrays.toString(values) + "]";
  }
}
