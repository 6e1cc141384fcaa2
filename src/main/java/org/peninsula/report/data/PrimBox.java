package org.peninsula.report.data;

/**
 * One box of a PRIM peeling trajectory: how much of the cases of interest it covers, how pure it
 * is (density), and how many parameters it restricts (fewer is easier to explain).
 */
public record PrimBox(int id, double coverage, double density, int restrictedDimensions) {

  public PrimBox {
    Checks.finite(coverage, "coverage");
    Checks.finite(density, "density");
    if (coverage < 0 || coverage > 1 || density < 0 || density > 1) {
      throw new IllegalArgumentException(
          "coverage and density must lie in [0, 1], box " + id + ": " + coverage + ", " + density);
    }
    if (restrictedDimensions < 0) {
      throw new IllegalArgumentException("restrictedDimensions must be >= 0, box " + id);
    }
  }
}
