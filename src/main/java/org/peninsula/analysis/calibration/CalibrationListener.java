package org.peninsula.analysis.calibration;

/** Hears how a calibration goes; the engine calls it from one thread at a time. */
public interface CalibrationListener {

  /** Generation {@code index} starts with tolerance {@code epsilon}, {@code particles} to fill. */
  default void generationStarted(int index, double epsilon, int particles) {}

  /** {@code done} of the generation's particles are accepted. */
  default void particleAccepted(int index, int done, int particles) {}

  default void generationFinished(Generation g) {}

  CalibrationListener NONE = new CalibrationListener() {};
}
