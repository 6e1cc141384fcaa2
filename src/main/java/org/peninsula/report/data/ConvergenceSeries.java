package org.peninsula.report.data;

import java.util.Comparator;
import java.util.List;

/** How one parameter's index settles as the sample grows; one line of a convergence plot. */
public record ConvergenceSeries(String parameter, List<ConvergencePoint> points) {

  public ConvergenceSeries {
    Checks.label(parameter, "parameter");
    points = Checks.nonEmptyCopy(points, "points").stream()
        .sorted(Comparator.comparingInt(ConvergencePoint::sampleSize)).toList();
  }
}
