package org.peninsula.experiment;

import java.util.List;
import org.peninsula.scenario.RunSource;

/**
 * One thread's machinery for playing blocks of a batch, for {@link StudyEngine.BlockPlayer}s:
 * the same {@link RunWorker} the local engine uses, so a block played anywhere holds the same
 * rows. Not thread-safe: one per thread.
 */
public final class BlockWorker {
  private final RunWorker worker;
  private final EnsembleControl never = new EnsembleControl();

  /**
   * @param source gives the drawn paths and horizon (as the batch's own source does)
   * @param layout what run i plays and with which seed index
   */
  public BlockWorker(RunSource source, RunLayout layout, long masterSeed, boolean recordSeries) {
    List<String> paths = List.copyOf(source.uncertainPaths());
    this.worker = new RunWorker(new SourceTrial(layout, paths), masterSeed,
        source.horizonMonths(), paths.size(), recordSeries, true);
  }

  /** Plays runs [first, first + size). */
  public Block play(long first, int size) {
    return worker.play(first, size, never);
  }
}
