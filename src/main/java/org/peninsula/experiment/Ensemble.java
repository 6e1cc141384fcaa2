package org.peninsula.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.peninsula.model.Future;
import org.peninsula.model.ModelParameters;
import org.peninsula.model.Outcome;
import org.peninsula.model.Peninsula;
import org.peninsula.scenario.RunSource;

/**
 * Runs ensembles in memory: the entry point for commands and features that want statistics
 * without files (compare, sweep, sensitivity, the classroom game's live odds). For a batch on
 * disk with runs.csv, checkpoints and resume, see {@link EnsembleBatch}.
 *
 * <p>Run {@code i} is seeded with {@link RunSeeds#of}(masterSeed, i) and the statistics are fed
 * in run-index order, so the summary depends only on the source, the master seed and the number
 * of runs: never on the thread count. The same master seed gives two sources the same run seeds
 * (common random numbers), which is what makes their difference precise.
 */
public final class Ensemble {
  private Ensemble() {}

  /** Runs {@code options.runs()} runs of {@code source} and summarises them. */
  public static EnsembleSummary run(RunSource source, EnsembleOptions options,
      EnsembleListener listener) {
    return run(source, options, listener, null, new EnsembleControl());
  }

  /**
   * As {@link #run(RunSource, EnsembleOptions, EnsembleListener)}, also handing every run, in
   * run-index order, to {@code consumer} (may be null), and stoppable through {@code control}
   * (a cancelled ensemble summarises the runs done so far).
   */
  public static EnsembleSummary run(RunSource source, EnsembleOptions options,
      EnsembleListener listener, RunConsumer consumer, EnsembleControl control) {
    List<String> paths = List.copyOf(source.uncertainPaths());
    int horizon = source.horizonMonths();
    return execute(source.name(), horizon, paths, monthLabels(source, options.masterSeed()),
        () -> new SourceTrial(source, paths), options, listener, consumer, control);
  }

  /**
   * Plays {@code options.runs()} continuations of the run captured in {@code snapshot} (see
   * {@link Peninsula#snapshot()}) from its current month to the end, each with its own random
   * stream ({@link RunSeeds#of}(masterSeed, i)): the odds of each future from here. Countries
   * held by a {@link org.peninsula.model.PlayerSeat} are played by the model's bot when
   * {@code botsForPlayers}; scripted policies stay. Series bands cover the months from the
   * snapshot's month on (earlier months are NaN).
   */
  public static EnsembleSummary continueFrom(byte[] snapshot, EnsembleOptions options,
      boolean botsForPlayers, EnsembleListener listener, EnsembleControl control) {
    return continueFrom(snapshot, options, botsForPlayers, listener, null, control);
  }

  /**
   * As {@link #continueFrom(byte[], EnsembleOptions, boolean, EnsembleListener,
   * EnsembleControl)}, also handing every continuation, in run-index order, to {@code consumer}
   * (may be null): e.g. to publish partial odds while the ensemble runs.
   */
  public static EnsembleSummary continueFrom(byte[] snapshot, EnsembleOptions options,
      boolean botsForPlayers, EnsembleListener listener, RunConsumer consumer,
      EnsembleControl control) {
    Peninsula probe = Peninsula.restore(snapshot);
    ModelParameters p = probe.parameters();
    int horizon = p.horizonMonths();
    List<String> labels = new ArrayList<>();
    for (int m = 0; m < horizon; m++) {
      labels.add(p.calendarLabel(m));
    }
    return execute("continuation from " + probe.date(), horizon, List.of(), labels,
        () -> new SnapshotTrial(snapshot, botsForPlayers), options, listener, consumer, control);
  }

  static List<String> monthLabels(RunSource source, long masterSeed) {
    try {
      ModelParameters p = source.draw(RunSeeds.of(masterSeed, 0)).parameters();
      List<String> labels = new ArrayList<>();
      for (int m = 0; m < source.horizonMonths(); m++) {
        labels.add(p.calendarLabel(m));
      }
      return labels;
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  private static EnsembleSummary execute(String name, int horizon, List<String> paths,
      List<String> labels, java.util.function.Supplier<Trial> trials, EnsembleOptions options,
      EnsembleListener listener, RunConsumer consumer, EnsembleControl control) {
    EnsembleListener l = listener == null ? EnsembleListener.NONE : listener;
    EnsembleAccumulator acc = new EnsembleAccumulator(horizon, options.recordSeries());
    long total = options.runs();
    l.started(total, 0);
    double[] drawn = new double[paths.size()];
    double[] values = new double[Outcome.COUNT];
    long[] done = {0};
    try {
      EnsembleEngine.run(
          () -> new RunWorker(trials.get(), options.masterSeed(), horizon, paths.size(),
              options.recordSeries(), false),
          0, total, options.threads(), control == null ? new EnsembleControl() : control,
          block -> {
            acc.add(block);
            if (consumer != null) {
              feed(block, consumer, drawn, values);
            }
            done[0] = block.first + block.size;
            l.progress(done[0], total, acc.failed());
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e); // no I/O in memory; kept for the committer's signature
    }
    return acc.summary(name, options.masterSeed(), total, labels);
  }

  static void feed(Block b, RunConsumer consumer, double[] drawn, double[] values) {
    for (int r = 0; r < b.size; r++) {
      System.arraycopy(b.drawn, r * b.paths, drawn, 0, b.paths);
      System.arraycopy(b.values, r * Outcome.COUNT, values, 0, Outcome.COUNT);
      Future f = RunWorker.future(b.futures[r]);
      consumer.accept(b.first + r, b.seeds[r], drawn, f, values, b.errors[r]);
    }
  }
}
