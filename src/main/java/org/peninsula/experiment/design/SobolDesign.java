package org.peninsula.experiment.design;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Points of the Sobol low-discrepancy sequence (Commons Math, Joe and Kuo direction numbers, up to
 * 1000 dimensions).
 *
 * <p>The first point of the sequence is the origin, i.e. every parameter at its lower bound; it is
 * skipped because a corner point is a poor representative of the space. Point {@code name-j} is
 * sequence element j + 1, so a prefix of the design is a prefix of the sequence.
 */
public final class SobolDesign {

  /** Sequence elements skipped before the first design point. */
  public static final int SKIPPED = 1;

  private SobolDesign() {}

  /**
   * Consumes the skipped elements. Not {@code skipTo}: in Commons Math that call also returns, and
   * so consumes, the element it skips to.
   */
  static void skipLeadingPoints(SobolSequenceGenerator sequence) {
    for (int i = 0; i < SKIPPED; i++) {
      sequence.nextVector();
    }
  }

  public static Design generate(String name, ParameterSpace space, int samples) {
    Design.checkName(name);
    if (samples < 1) {
      throw new IllegalArgumentException("a Sobol design needs at least one sample");
    }
    SobolSequenceGenerator sequence = new SobolSequenceGenerator(space.dimension());
    skipLeadingPoints(sequence);
    List<DesignPoint> points = new ArrayList<>(samples);
    for (int row = 0; row < samples; row++) {
      points.add(new DesignPoint(name + "-" + row, space.fromUnit(sequence.nextVector())));
    }
    return new Design(name, "Sobol sequence, " + samples + " points, first point skipped",
        space, points);
  }
}
