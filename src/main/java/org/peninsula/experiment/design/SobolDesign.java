package org.peninsula.experiment.design;

import java.util.ArrayList;
import java.util.List;

/**
 * Points of the Owen-scrambled Sobol' sequence ({@link ScrambledSobol}: Commons Math base points,
 * Joe and Kuo direction numbers, up to 1000 dimensions, nested uniform scrambling seeded by the
 * study's seed). Point {@code name-j} is element j of the scrambled sequence, starting at 0 (with
 * scrambling the first point is no longer the origin, and keeping it keeps the first 2^m points
 * balanced), so a prefix of the design is a prefix of the sequence.
 */
public final class SobolDesign {

  private SobolDesign() {}

  public static Design generate(String name, ParameterSpace space, int samples, long seed) {
    Design.checkName(name);
    if (samples < 1) {
      throw new IllegalArgumentException("a Sobol design needs at least one sample");
    }
    ScrambledSobol sequence = new ScrambledSobol(space.dimension(), seed);
    List<DesignPoint> points = new ArrayList<>(samples);
    for (int row = 0; row < samples; row++) {
      points.add(new DesignPoint(name + "-" + row, space.fromUnit(sequence.next())));
    }
    return new Design(name, "Owen-scrambled Sobol' sequence (nested uniform scrambling, seed "
        + seed + "), " + samples + " points", space, points);
  }
}
