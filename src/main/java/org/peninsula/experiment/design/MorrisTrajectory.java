package org.peninsula.experiment.design;

import java.util.List;

/** The k + 1 point ids of one Morris trajectory and the k one-factor steps between them. */
public record MorrisTrajectory(int index, List<String> pointIds, List<MorrisStep> steps) {

  public MorrisTrajectory {
    pointIds = List.copyOf(pointIds);
    steps = List.copyOf(steps);
    if (steps.size() != pointIds.size() - 1) {
      throw new IllegalArgumentException("a trajectory of n points has n - 1 steps");
    }
  }
}
