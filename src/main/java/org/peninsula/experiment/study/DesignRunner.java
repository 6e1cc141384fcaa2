package org.peninsula.experiment.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.peninsula.experiment.Ensemble;
import org.peninsula.experiment.EnsembleControl;
import org.peninsula.experiment.EnsembleListener;
import org.peninsula.experiment.EnsembleOptions;
import org.peninsula.experiment.design.Design;
import org.peninsula.experiment.design.DesignPoint;
import org.peninsula.experiment.design.NoiseFloor;
import org.peninsula.model.Future;
import org.peninsula.model.Outcome;
import org.peninsula.scenario.PinnedSource;
import org.peninsula.scenario.RunSource;

/**
 * Runs every point of a design as a small ensemble of {@code replications} runs of a scenario
 * with the design's parameters pinned. Every point uses the same master seed, so replication r
 * has the same run seed at every point (common random numbers): differences between points are
 * differences of parameters, not of luck. Failed runs are counted per point, never dropped
 * silently.
 */
public final class DesignRunner {
  private DesignRunner() {}

  /** Sees every completed run of a design, point by point, replication by replication. */
  @FunctionalInterface
  public interface RunObserver {
    /** @param values indexed by {@code Outcome.ordinal()}; reused, copy what you keep */
    void completed(int pointIndex, Future future, double[] values);
  }

  public static List<PointResult> run(RunSource scenario, Design design, int replications,
      long masterSeed, int threads, EnsembleListener listener, EnsembleControl control) {
    return run(scenario, design, replications, masterSeed, threads, listener, control, null);
  }

  /** As above, also handing every completed run to {@code observer} (may be null). */
  public static List<PointResult> run(RunSource scenario, Design design, int replications,
      long masterSeed, int threads, EnsembleListener listener, EnsembleControl control,
      RunObserver observer) {
    EnsembleListener l = listener == null ? EnsembleListener.NONE : listener;
    EnsembleControl c = control == null ? new EnsembleControl() : control;
    long total = (long) design.size() * replications;
    l.started(total, 0);
    List<String> paths = NoiseFloor.modelNames(design.space());
    List<PointResult> results = new ArrayList<>(design.size());
    long[] doneBefore = {0};
    long[] failedBefore = {0};
    for (DesignPoint point : design.points()) {
      int pointIndex = results.size();
      RunSource source = PinnedSource.of(scenario, paths,
          NoiseFloor.modelValues(design.space(), point.values()));
      EnsembleOptions options = new EnsembleOptions(replications,
          NoiseFloor.seed(design.space(), point.values(), masterSeed), threads, false);
      long[] counts = new long[Future.values().length];
      double[] sums = new double[Outcome.COUNT];
      long[] n = new long[Outcome.COUNT];
      int[] failed = {0};
      int[] completed = {0};
      String[] firstError = {null};
      Ensemble.run(source, options, new EnsembleListener() {
        @Override
        public void progress(long done, long t, long f) {
          l.progress(doneBefore[0] + done, total, failedBefore[0] + f);
        }
      }, (index, seed, drawn, future, values, error) -> {
        if (error != null || future == null) {
          failed[0]++;
          if (firstError[0] == null) {
            firstError[0] = "run " + index + " (seed " + seed + "): " + error;
          }
          return;
        }
        completed[0]++;
        counts[future.ordinal()]++;
        if (observer != null) {
          observer.completed(pointIndex, future, values);
        }
        for (int i = 0; i < values.length; i++) {
          if (!Double.isNaN(values[i])) {
            sums[i] += values[i];
            n[i]++;
          }
        }
      }, c);
      double[] means = new double[Outcome.COUNT];
      Arrays.setAll(means, i -> n[i] == 0 ? Double.NaN : sums[i] / n[i]);
      results.add(new PointResult(point, completed[0] + failed[0], completed[0], failed[0],
          counts, means, firstError[0]));
      doneBefore[0] += replications;
      failedBefore[0] += failed[0];
      if (c.cancelled()) {
        break;
      }
    }
    return results;
  }
}
