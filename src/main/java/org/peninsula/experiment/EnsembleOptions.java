package org.peninsula.experiment;

/**
 * How to run an ensemble.
 *
 * @param runs number of runs (run indices 0..runs-1)
 * @param masterSeed the batch's seed; run i is seeded with {@link RunSeeds#of}(masterSeed, i)
 * @param threads worker threads; results do not depend on it
 * @param recordSeries whether to keep month-by-month bands (costs about 1 us a run)
 */
public record EnsembleOptions(long runs, long masterSeed, int threads, boolean recordSeries) {

  public EnsembleOptions {
    if (runs < 0) {
      throw new IllegalArgumentException("runs must be at least 0, not " + runs);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
  }

  /** {@code runs} runs from {@code masterSeed} on every core, with series. */
  public static EnsembleOptions of(long runs, long masterSeed) {
    return new EnsembleOptions(runs, masterSeed, allCores(), true);
  }

  public EnsembleOptions withThreads(int t) {
    return new EnsembleOptions(runs, masterSeed, t, recordSeries);
  }

  public EnsembleOptions withSeries(boolean record) {
    return new EnsembleOptions(runs, masterSeed, threads, record);
  }

  public static int allCores() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Runs per block: the unit handed to a worker and committed in order. Large enough to keep
   * hand-over costs negligible, small enough for smooth progress and little lost work.
   * Results do not depend on it.
   */
  static int blockSize(long runs) {
    return (int) Math.max(1, Math.min(256, runs / 64));
  }
}
