package org.peninsula.analysis.prim;

import java.util.List;

/**
 * One box of the PRIM trajectory.
 *
 * @param step position in the trajectory; 0 is the box around all data
 * @param phase how this box was reached
 * @param coverage share of all points of interest that fall in the box
 * @param density share of the points in the box that are of interest
 * @param mass share of all points that fall in the box
 */
public record PrimBox(
    int step,
    Phase phase,
    double coverage,
    double density,
    double mass,
    int points,
    int pointsOfInterest,
    List<BoxLimit> limits) {

  /** How a box was reached. */
  public enum Phase { START, PEEL, PASTE }

  public PrimBox {
    limits = List.copyOf(limits);
  }

  public List<BoxLimit> restrictedLimits() {
    return limits.stream().filter(BoxLimit::restricted).toList();
  }

  public BoxLimit limit(String parameter) {
    return limits.stream()
        .filter(l -> l.parameter().equals(parameter))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no parameter " + parameter));
  }

  /** Whether a row of parameter values, in the data's column order, lies in the box. */
  public boolean contains(double[] row) {
    for (int j = 0; j < limits.size(); j++) {
      BoxLimit l = limits.get(j);
      if (row[j] < l.lower() || row[j] > l.upper()) {
        return false;
      }
    }
    return true;
  }
}
