package org.peninsula.experiment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.peninsula.model.Future;
import org.peninsula.model.Outcome;
import org.peninsula.model.Peninsula;

/**
 * The running statistics of a batch, fed block by block in run-index order, in bounded memory.
 * Serializable: a checkpoint stores it, so a resumed batch carries on from exactly this state.
 */
final class EnsembleAccumulator implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long[] futureCounts = new long[Future.values().length];
  private final Mean[] means = new Mean[Outcome.COUNT];
  private final Variance[] variances = new Variance[Outcome.COUNT];
  private final QuantileSketch[] sketches = new QuantileSketch[Outcome.COUNT];
  private final SeriesHistogram series;
  private long completed;
  private long failed;

  EnsembleAccumulator(int horizon, boolean recordSeries) {
    for (int i = 0; i < Outcome.COUNT; i++) {
      means[i] = new Mean();
      variances[i] = new Variance(true);
      sketches[i] = new QuantileSketch();
    }
    series = recordSeries ? new SeriesHistogram(Peninsula.SERIES_COUNT, horizon) : null;
  }

  void add(Block b) {
    for (int r = 0; r < b.size; r++) {
      int f = b.futures[r];
      if (f < 0) {
        failed++;
        continue;
      }
      completed++;
      futureCounts[f]++;
      int off = r * Outcome.COUNT;
      for (int i = 0; i < Outcome.COUNT; i++) {
        double v = b.values[off + i];
        if (!Double.isNaN(v)) {
          means[i].increment(v);
          variances[i].increment(v);
        }
        sketches[i].add(v);
      }
      if (series != null && b.series != null) {
        series.add(b.series, r * b.cells, b.outside[r]);
      }
    }
  }

  long completed() {
    return completed;
  }

  long failed() {
    return failed;
  }

  EnsembleSummary summary(String scenario, long masterSeed, long runsAsked,
      List<String> monthLabels) {
    List<FutureEstimate> futures = new ArrayList<>();
    for (Future f : Future.values()) {
      futures.add(FutureEstimate.of(f, futureCounts[f.ordinal()], completed));
    }
    List<OutcomeSummary> outcomes = new ArrayList<>();
    for (Outcome o : Outcome.values()) {
      int i = o.ordinal();
      QuantileSketch q = sketches[i];
      long n = q.count();
      double[] qs = q.quantiles(OutcomeSummary.LEVELS);
      double mean = n == 0 ? Double.NaN : means[i].getResult();
      double sd = n < 2 ? Double.NaN : Math.sqrt(variances[i].getResult());
      outcomes.add(new OutcomeSummary(o, n, q.missing(), mean, sd, q.min(), qs[0], qs[1], qs[2],
          qs[3], qs[4], q.max()));
    }
    SeriesBands bands = null;
    if (series != null) {
      int months = series.months();
      double[][][] v = new double[series.series()][SeriesBands.LEVELS.length][months];
      for (int s = 0; s < series.series(); s++) {
        for (int m = 0; m < months; m++) {
          double[] qs = series.quantiles(s, m, SeriesBands.LEVELS);
          for (int l = 0; l < qs.length; l++) {
            v[s][l][m] = qs[l];
          }
        }
      }
      bands = new SeriesBands(SeriesBands.SERIES_NAMES,
          monthLabels == null ? List.of() : List.copyOf(monthLabels), v);
    }
    return new EnsembleSummary(scenario, masterSeed, runsAsked, completed, failed,
        List.copyOf(futures), List.copyOf(outcomes), bands);
  }
}
