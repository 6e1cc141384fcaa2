package org.peninsula.analysis.prim;

/**
 * @param peelAlpha share of the points in the box removed by one peel
 * @param pasteAlpha share of the box's point count added by one paste
 * @param minMass smallest share of all points a box may keep; peeling stops before going below
 * @param objective how candidate peels are ranked
 */
public record PrimSettings(
    double peelAlpha, double pasteAlpha, double minMass, PeelObjective objective) {

  public PrimSettings {
    if (!(peelAlpha > 0 && peelAlpha < 0.5)) {
      throw new IllegalArgumentException("peel alpha must be in (0, 0.5)");
    }
    if (!(pasteAlpha > 0 && pasteAlpha < 1)) {
      throw new IllegalArgumentException("paste alpha must be in (0, 1)");
    }
    if (!(minMass > 0 && minMass <= 1)) {
      throw new IllegalArgumentException("minimum mass must be in (0, 1]");
    }
    if (objective == null) {
      throw new IllegalArgumentException("objective is required");
    }
  }

  /** α = 0.05 for peeling and pasting, minimum mass 0.05, original objective. */
  public static PrimSettings defaults() {
    return new PrimSettings(0.05, 0.05, 0.05, PeelObjective.ORIGINAL);
  }
}
