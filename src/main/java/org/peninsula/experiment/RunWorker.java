package org.peninsula.experiment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.peninsula.model.Future;
import org.peninsula.model.Outcome;
import org.peninsula.model.Peninsula;

/** One worker thread's machinery: plays the runs of a block and formats their rows. */
final class RunWorker {
  private static final Future[] FUTURES = Future.values();

  private final Trial trial;
  private final long masterSeed;
  private final int horizon;
  private final int paths;
  private final boolean series;
  private final boolean csv;
  private final double[][] seriesBuffer;
  private final double[] drawn;
  private final double[] values = new double[Outcome.COUNT];
  private final StringBuilder text = new StringBuilder(1 << 16);

  RunWorker(Trial trial, long masterSeed, int horizon, int paths, boolean series, boolean csv) {
    this.trial = trial;
    this.masterSeed = masterSeed;
    this.horizon = horizon;
    this.paths = paths;
    this.series = series;
    this.csv = csv;
    this.seriesBuffer = series ? new double[Peninsula.SERIES_COUNT][horizon] : null;
    this.drawn = new double[paths];
  }

  int cells() {
    return series ? Peninsula.SERIES_COUNT * horizon : 0;
  }

  /** Plays runs [first, first + size); returns null if {@code stop} was raised part-way. */
  Block play(long first, int size, EnsembleControl stop) {
    Block b = new Block(first, size, paths, cells());
    text.setLength(0);
    for (int r = 0; r < size; r++) {
      if (stop.cancelled()) {
        return null;
      }
      long run = first + r;
      long seed = RunSeeds.of(trial.masterSeed(run, masterSeed), trial.seedIndex(run));
      b.seeds[r] = seed;
      String error = null;
      Future future = null;
      try {
        future = playOne(run, seed, b, r);
      } catch (RuntimeException | StackOverflowError | AssertionError e) {
        trial.discard();
        error = describe(e);
      }
      System.arraycopy(drawn, 0, b.drawn, r * paths, paths);
      if (future == null) {
        b.futures[r] = -1;
        Arrays.fill(b.values, r * Outcome.COUNT, (r + 1) * Outcome.COUNT, Double.NaN);
        b.errors[r] = error;
        if (b.series != null) {
          Arrays.fill(b.series, r * b.cells, (r + 1) * b.cells, SeriesHistogram.NOT_RECORDED);
        }
      } else {
        b.futures[r] = (byte) future.ordinal();
        System.arraycopy(values, 0, b.values, r * Outcome.COUNT, Outcome.COUNT);
      }
      if (csv) {
        RunsCsv.appendRow(text, run, seed, b.drawn, r * paths, paths, future, b.values,
            r * Outcome.COUNT, error);
      }
    }
    if (csv) {
      b.csv = text.toString().getBytes(StandardCharsets.UTF_8);
    }
    return b;
  }

  private Future playOne(long run, long seed, Block b, int r) {
    Arrays.fill(drawn, Double.NaN);
    Peninsula sim = trial.begin(run, seed, drawn);
    int start = sim.month();
    if (series) {
      sim.recordSeriesInto(seriesBuffer);
    }
    while (!sim.finished()) {
      sim.stepMonth();
    }
    Future f = sim.outcomeInto(values);
    if (series) {
      binSeries(b, r, start, (int) values[Outcome.MONTHS_SIMULATED.ordinal()]);
    }
    return f;
  }

  /** Bins the month-end values; months after a war repeat the last month recorded. */
  private void binSeries(Block b, int r, int start, int done) {
    int base = r * b.cells;
    int outside = 0;
    for (int s = 0; s < Peninsula.SERIES_COUNT; s++) {
      double[] row = seriesBuffer[s];
      int off = base + s * horizon;
      int recorded = Math.min(done, horizon);
      for (int m = 0; m < horizon; m++) {
        if (m < start) {
          b.series[off + m] = SeriesHistogram.NOT_RECORDED;
          continue;
        }
        int src = m < recorded ? m : recorded - 1;
        if (src < start) {
          b.series[off + m] = SeriesHistogram.NOT_RECORDED;
          continue;
        }
        double v = row[src];
        if (SeriesHistogram.outside(v)) {
          outside++;
        }
        b.series[off + m] = SeriesHistogram.bin(v);
      }
    }
    b.outside[r] = outside;
  }

  private static String describe(Throwable e) {
    String msg = e.getMessage();
    StackTraceElement[] st = e.getStackTrace();
    String where = st.length > 0 ? " at " + st[0] : "";
    return e.getClass().getSimpleName() + (msg == null ? "" : ": " + msg) + where;
  }

  static Future future(byte ordinal) {
    return ordinal < 0 ? null : FUTURES[ordinal];
  }
}
