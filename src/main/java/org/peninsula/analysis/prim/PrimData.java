package org.peninsula.analysis.prim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;
import org.peninsula.experiment.design.Design;
import org.peninsula.experiment.design.DesignPoint;

/**
 * The table PRIM works on: one row of parameter values per run and whether the run's outcome is
 * of interest (e.g. "crisis escalated to conflict", or "output above a threshold").
 */
public record PrimData(List<String> parameters, double[][] rows, boolean[] ofInterest) {

  public PrimData {
    parameters = List.copyOf(parameters);
    if (rows.length == 0 || rows.length != ofInterest.length) {
      throw new IllegalArgumentException("need one outcome per row and at least one row");
    }
    double[][] copy = new double[rows.length][];
    for (int r = 0; r < rows.length; r++) {
      if (rows[r].length != parameters.size()) {
        throw new IllegalArgumentException("row " + r + " has " + rows[r].length
            + " values for " + parameters.size() + " parameters");
      }
      for (double v : rows[r]) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("row " + r + " has a non-finite value");
        }
      }
      copy[r] = rows[r].clone();
    }
    rows = copy;
    ofInterest = ofInterest.clone();
  }

  /** Rows are classified by applying {@code ofInterest} to a numeric outcome, e.g. y > 0.5. */
  public static PrimData thresholded(
      List<String> parameters, double[][] rows, double[] outcome, DoublePredicate ofInterest) {
    boolean[] flags = new boolean[outcome.length];
    for (int r = 0; r < outcome.length; r++) {
      flags[r] = ofInterest.test(outcome[r]);
    }
    return new PrimData(parameters, rows, flags);
  }

  /** One row per design point that has an output, in design order. */
  public static PrimData fromDesign(
      Design design, Map<String, Double> outputs, DoublePredicate ofInterest) {
    List<double[]> rows = new ArrayList<>();
    List<Double> outcomes = new ArrayList<>();
    for (DesignPoint p : design.points()) {
      Double y = outputs.get(p.id());
      if (y == null) {
        throw new IllegalArgumentException("no output for design point " + p.id());
      }
      rows.add(p.values());
      outcomes.add(y);
    }
    double[] outcome = outcomes.stream().mapToDouble(Double::doubleValue).toArray();
    return thresholded(design.space().names(), rows.toArray(double[][]::new), outcome,
        ofInterest);
  }

  public int size() {
    return rows.length;
  }

  public int dimension() {
    return parameters.size();
  }

  public double value(int row, int column) {
    return rows[row][column];
  }

  public boolean isOfInterest(int row) {
    return ofInterest[row];
  }

  public int countOfInterest() {
    int count = 0;
    for (boolean b : ofInterest) {
      if (b) {
        count++;
      }
    }
    return count;
  }

  /** A copy of one row. */
  public double[] row(int row) {
    return rows[row].clone();
  }

  @Override
  public double[][] rows() {
    double[][] copy = new double[rows.length][];
    for (int r = 0; r < rows.length; r++) {
      copy[r] = rows[r].clone();
    }
    return copy;
  }

  @Override
  public boolean[] ofInterest() {
    return ofInterest.clone();
  }
}
