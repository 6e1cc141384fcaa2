package org.peninsula.experiment;

/**
 * Hears how a batch advances; called from the thread that commits blocks, in run order. Keep it
 * cheap (it is called after every block of runs).
 */
public interface EnsembleListener {

  /** Before the first block: {@code alreadyDone} of {@code total} runs were done earlier. */
  default void started(long total, long alreadyDone) {}

  /** After each committed block: {@code done} of {@code total} runs are recorded. */
  default void progress(long done, long total, long failed) {}

  EnsembleListener NONE = new EnsembleListener() {};
}
