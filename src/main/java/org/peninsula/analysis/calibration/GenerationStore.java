package org.peninsula.analysis.calibration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Where a calibration keeps its finished generations, so that it can resume. */
public interface GenerationStore {

  /** The generations saved so far, in order; empty for a fresh start. */
  List<Generation> load() throws IOException;

  /** The distance scales saved with generation 0; null for a fresh start. */
  double[] scales() throws IOException;

  void save(Generation g, double[] scales) throws IOException;

  /** A store that forgets everything when the program ends (for tests and studies). */
  static GenerationStore inMemory() {
    return new GenerationStore() {
      private final List<Generation> gens = new ArrayList<>();
      private double[] scales;

      @Override
      public List<Generation> load() {
        return List.copyOf(gens);
      }

      @Override
      public double[] scales() {
        return scales;
      }

      @Override
      public void save(Generation g, double[] s) {
        gens.add(g);
        scales = s.clone();
      }
    };
  }
}
