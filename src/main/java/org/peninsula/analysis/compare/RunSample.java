package org.peninsula.analysis.compare;

import java.util.ArrayList;
import java.util.List;
import org.peninsula.model.Future;
import org.peninsula.model.Outcome;

/**
 * The completed runs of one scenario, kept for comparison: each run's seed, future and outcome
 * vector (indexed by {@code Outcome.ordinal()}, NaN where the outcome did not happen). Failed
 * runs are counted, not kept.
 */
public final class RunSample {
  private final String label;
  private final List<Long> seeds = new ArrayList<>();
  private final List<Future> futures = new ArrayList<>();
  private final List<double[]> values = new ArrayList<>();
  private long failed;

  public RunSample(String label) {
    this.label = label;
  }

  /** Adds a run; {@code values} is copied. A null future or an error counts as a failure. */
  public void add(long seed, Future future, double[] outcomeValues, String error) {
    if (future == null || error != null) {
      failed++;
      return;
    }
    if (outcomeValues.length != Outcome.COUNT) {
      throw new IllegalArgumentException("need " + Outcome.COUNT + " outcome values");
    }
    seeds.add(seed);
    futures.add(future);
    values.add(outcomeValues.clone());
  }

  public String label() {
    return label;
  }

  public int size() {
    return seeds.size();
  }

  public long failed() {
    return failed;
  }

  public long seed(int i) {
    return seeds.get(i);
  }

  public Future future(int i) {
    return futures.get(i);
  }

  public double value(int i, Outcome o) {
    return values.get(i)[o.ordinal()];
  }

  /** The outcome's values over the runs where it happened (not NaN). */
  public double[] values(Outcome o) {
    return values.stream().mapToDouble(v -> v[o.ordinal()]).filter(v -> !Double.isNaN(v))
        .toArray();
  }

  public long count(Future f) {
    return futures.stream().filter(x -> x == f).count();
  }
}
