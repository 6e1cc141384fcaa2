package org.peninsula.experiment;

import org.peninsula.model.Outcome;

/**
 * The results of consecutive runs [first, first + size), made by one worker, committed whole.
 * Serializable so that a {@link StudyEngine} can play it on another JVM and ship it back; its
 * contents stay private to this package (an engine only carries it).
 */
public final class Block implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  final long first;
  final int size;
  final int paths;
  final int cells;
  final long[] seeds;
  /** Future ordinal per run, -1 if the run failed. */
  final byte[] futures;
  final double[] values;
  final double[] drawn;
  final String[] errors;
  /** Series bins per run (cells per run), or null when series are not kept. */
  final short[] series;
  final int[] outside;
  byte[] csv;

  Block(long first, int size, int paths, int cells) {
    this.first = first;
    this.size = size;
    this.paths = paths;
    this.cells = cells;
    this.seeds = new long[size];
    this.futures = new byte[size];
    this.values = new double[size * Outcome.COUNT];
    this.drawn = new double[size * paths];
    this.errors = new String[size];
    this.series = cells > 0 ? new short[size * cells] : null;
    this.outside = new int[size];
  }
}
