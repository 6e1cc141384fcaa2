package org.peninsula.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.peninsula.experiment.EnsembleSummary;
import org.peninsula.experiment.OutcomeSummary;
import org.peninsula.experiment.RunsCsv;
import org.peninsula.model.Outcome;
import org.peninsula.report.data.HistogramBin;

/**
 * Histograms of numeric outcomes with fixed bins, counted one run at a time: memory is a few
 * dozen counters per outcome whatever the number of runs (a million-run batch included).
 *
 * <p>The summary keeps quantiles, not samples, so the bins are laid out from the summary's exact
 * minimum and maximum: count outcomes get whole-number bins (one per value, or groups of values
 * when there are more than {@value #MAX_BINS} distinct values), continuous ones
 * {@value #CONTINUOUS_BINS} equal bins from minimum to maximum. The counts then come either from
 * {@code runs.csv} after a batch ({@link #fromRunsCsv}, streamed) or from runs fed one by one
 * ({@link #add}, e.g. an in-memory ensemble).
 */
public final class OutcomeHistograms {

  /** Most bins for a count outcome (more distinct values are grouped). */
  public static final int MAX_BINS = 50;
  /** Bins for a continuous outcome. */
  public static final int CONTINUOUS_BINS = 40;

  private final Map<Outcome, Layout> layouts = new EnumMap<>(Outcome.class);
  private long runs;

  /** Bin layout of one outcome: {@code bins} bins of {@code width} from {@code lower}. */
  private record Layout(double lower, double width, long[] counts) {
    void add(double v) {
      int i = (int) Math.floor((v - lower) / width);
      counts[Math.max(0, Math.min(counts.length - 1, i))]++;
    }
  }

  /**
   * Empty histograms for {@code outcomes}, bins laid out from {@code summary}; {@code integer}
   * says which outcomes are counts. Outcomes that never happened in the summary get none.
   */
  public OutcomeHistograms(EnsembleSummary summary, List<Outcome> outcomes,
      java.util.function.Predicate<Outcome> integer) {
    for (Outcome o : outcomes) {
      OutcomeSummary s = summary.outcome(o);
      if (s.n() == 0 || !Double.isFinite(s.min()) || !Double.isFinite(s.max())) {
        continue;
      }
      if (integer.test(o)) {
        double span = s.max() - s.min() + 1;
        double width = Math.max(1, Math.ceil(span / MAX_BINS));
        int bins = (int) Math.ceil(span / width);
        layouts.put(o, new Layout(s.min() - 0.5, width, new long[bins]));
      } else if (s.max() > s.min()) {
        layouts.put(o, new Layout(s.min(), (s.max() - s.min()) / CONTINUOUS_BINS,
            new long[CONTINUOUS_BINS]));
      } else {
        layouts.put(o, new Layout(s.min() - 0.5, 1, new long[1]));
      }
    }
  }

  /** Counts one run's outcomes (indexed by {@code Outcome.ordinal()}; NaN = did not happen). */
  public void add(double[] values) {
    runs++;
    for (Map.Entry<Outcome, Layout> e : layouts.entrySet()) {
      double v = values[e.getKey().ordinal()];
      if (!Double.isNaN(v)) {
        e.getValue().add(v);
      }
    }
  }

  /**
   * Streams {@code runs.csv} once (failed runs skipped) into histograms laid out from
   * {@code summary}.
   */
  public static OutcomeHistograms fromRunsCsv(Path runsCsv, EnsembleSummary summary,
      List<Outcome> outcomes, java.util.function.Predicate<Outcome> integer) throws IOException {
    OutcomeHistograms h = new OutcomeHistograms(summary, outcomes, integer);
    RunsCsv.read(runsCsv, row -> {
      if (row.error() == null && row.future() != null) {
        h.add(row.values());
      }
    });
    return h;
  }

  public long runs() {
    return runs;
  }

  public boolean has(Outcome o) {
    return layouts.containsKey(o);
  }

  /** The bins of {@code o} (empty if it has none). */
  public List<HistogramBin> bins(Outcome o) {
    Layout l = layouts.get(o);
    if (l == null) {
      return List.of();
    }
    List<HistogramBin> out = new ArrayList<>(l.counts().length);
    for (int i = 0; i < l.counts().length; i++) {
      out.add(new HistogramBin(l.lower() + i * l.width(), l.lower() + (i + 1) * l.width(),
          l.counts()[i]));
    }
    return out;
  }
}
