package org.peninsula.experiment;

import ec.util.MersenneTwisterFast;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Consumer;
import org.peninsula.model.Outcome;
import org.peninsula.model.Peninsula;
import org.peninsula.model.Phase;
import org.peninsula.scenario.RunSource;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Measures what a run costs: the scenario's runs on one thread, a bare MASON schedule of five
 * no-op agents over the same number of monthly steps (the floor any MASON model of five agents
 * pays), their ratio, and the throughput of a whole ensemble on every core. Each figure is the
 * median of several timed rounds after a warm-up. Single-thread figures are thread CPU time, so
 * other work on the machine does not take their time; but a shared machine also changes how fast
 * a core runs from one moment to the next, so each round alternates short chunks (about 10 ms)
 * of model runs and bare runs, and the ratio is the median of the rounds' ratios: both sides of
 * a ratio saw the same machine. Throughput is wall time and does depend on what else runs (see
 * {@link #loadAverage()}).
 */
public final class Bench {
  /** Length of the model and bare chunks that alternate within a round. */
  private static final double CHUNK_SECONDS = 0.01;

  private Bench() {}

  /**
   * @param rounds timed rounds per measurement (the median is reported)
   * @param roundSeconds target length of one round
   * @param warmupSeconds warm-up before each single-thread measurement
   */
  public record Options(int rounds, double roundSeconds, double warmupSeconds, int threads) {
    public static Options standard() {
      return new Options(7, 1.0, 3.0, EnsembleOptions.allCores());
    }
  }

  /**
   * @param modelMicros median microseconds per run of the scenario (draw, reset, play, outcome)
   * @param bareMicros median microseconds per run of the bare schedule
   * @param monthsPerRun average months a scenario run lasts (wars end runs early)
   * @param ensembleRunsPerMinute whole ensembles (statistics and series, in memory), wall time
   * @param batchRunsPerMinute the {@code run} command's batch (also writing runs.csv), wall time
   * @param ensembleCpuMicros process CPU time per run of the ensemble (all threads, GC and JIT
   *     included): what a run costs when the cores are not shared
   * @param batchCpuMicros the same for the batch
   */
  public record Report(String scenario, int horizon, double modelMicros, double[] modelRounds,
      double bareMicros, double[] bareRounds, double ratio, double monthsPerRun, int threads,
      double ensembleRunsPerMinute, double batchRunsPerMinute, double ensembleCpuMicros,
      double batchCpuMicros) {}

  /** Runs the benchmark; {@code log} hears what is being measured. */
  public static Report run(RunSource source, Options o, Consumer<String> log) throws IOException {
    int horizon = source.horizonMonths();
    log.accept("warm-up: " + source.name() + " and a bare MASON schedule of five no-op agents, "
        + horizon + " monthly steps, one thread");
    ModelLoop model = new ModelLoop(source);
    BareLoop bare = new BareLoop(horizon);
    long modelPerRound = warmUp(model::run, o);
    long barePerRound = warmUp(bare::run, o);
    long modelRuns0 = model.runs;
    long months0 = model.months;
    double[] modelRounds = new double[o.rounds()];
    double[] bareRounds = new double[o.rounds()];
    double[] ratios = new double[o.rounds()];
    int chunks = (int) Math.max(1, Math.round(o.roundSeconds() / CHUNK_SECONDS));
    long modelChunk = Math.max(1, modelPerRound / chunks);
    long bareChunk = Math.max(1, barePerRound / chunks);
    long modelNext = modelPerRound;
    long bareNext = barePerRound;
    for (int i = 0; i < o.rounds(); i++) {
      double modelTime = 0;
      double bareTime = 0;
      for (int c = 0; c < chunks; c++) {
        modelTime += timeChunk(model::run, modelChunk, modelNext);
        modelNext += modelChunk;
        bareTime += timeChunk(bare::run, bareChunk, bareNext);
        bareNext += bareChunk;
      }
      modelRounds[i] = modelTime / (chunks * modelChunk);
      bareRounds[i] = bareTime / (chunks * bareChunk);
      ratios[i] = modelRounds[i] / bareRounds[i];
    }
    log.accept("  model rounds, us/run of thread CPU time: "
        + Arrays.toString(rounded(modelRounds, 1)));
    log.accept("  bare rounds, us/run of thread CPU time:  "
        + Arrays.toString(rounded(bareRounds, 1)));
    log.accept("  ratio of each pair:                      " + Arrays.toString(rounded(ratios, 2)));
    double months = (model.months - months0) / (double) Math.max(1, model.runs - modelRuns0);

    double micros = median(modelRounds);
    long ensembleRuns = (long) Math.max(2_000, o.roundSeconds() * 1e6 / micros * o.threads());
    log.accept("ensemble: " + ensembleRuns + " runs on " + o.threads() + " threads");
    // One untimed ensemble first: its workers and statistics have their own code to compile.
    Ensemble.run(source, new EnsembleOptions(ensembleRuns, 0, o.threads(), true), null);
    double[] ens = new double[Math.max(1, o.rounds() / 2)];
    double[] ensCpu = new double[ens.length];
    for (int i = 0; i < ens.length; i++) {
      long c0 = processCpuNanos();
      long t0 = System.nanoTime();
      Ensemble.run(source, new EnsembleOptions(ensembleRuns, 1 + i, o.threads(), true), null);
      ens[i] = ensembleRuns / ((System.nanoTime() - t0) / 6e10);
      ensCpu[i] = (processCpuNanos() - c0) / 1e3 / ensembleRuns;
    }
    double[] batch = new double[ens.length];
    double[] batchCpu = new double[ens.length];
    Path tmp = Files.createTempDirectory("peninsula-bench");
    try {
      EnsembleBatch.start(tmp.resolve("warm-up"), source, new EnsembleBatch.Spec(source.name(),
          null, null, null, ensembleRuns, 0, true, "bench"), o.threads(), null, null);
      for (int i = 0; i < batch.length; i++) {
        Path dir = tmp.resolve("b" + i);
        long c0 = processCpuNanos();
        EnsembleBatch.Result r = EnsembleBatch.start(dir, source,
            new EnsembleBatch.Spec(source.name(), null, null, null, ensembleRuns, 1 + i, true,
                "bench"), o.threads(), null, null);
        batch[i] = r.sessionRuns() / (r.sessionSeconds() / 60);
        batchCpu[i] = (processCpuNanos() - c0) / 1e3 / r.sessionRuns();
      }
    } finally {
      deleteTree(tmp);
    }
    return new Report(source.name(), horizon, micros, modelRounds, median(bareRounds),
        bareRounds, median(ratios), months, o.threads(), median(ens), median(batch),
        median(ensCpu), median(batchCpu));
  }

  /**
   * Warms {@code loop} up for the configured time (in CPU time, so a busy machine still warms the
   * JIT fully) and returns how many runs make one timed round.
   */
  private static long warmUp(RunLoop loop, Options o) {
    long n = 16;
    long warmCpu = (long) (o.warmupSeconds() * 1e9);
    long cpu0 = cpuNanos();
    long wall0 = System.nanoTime();
    double perRun = Double.NaN;
    while (Double.isNaN(perRun) || (cpu0 >= 0 ? cpuNanos() - cpu0
        : System.nanoTime() - wall0) < warmCpu) {
      long c0 = cpuNanos();
      long t0 = System.nanoTime();
      loop.run(n, 0);
      perRun = (c0 >= 0 ? cpuNanos() - c0 : System.nanoTime() - t0) / (double) n;
      n = Math.min(n * 2, Math.max(16, (long) (0.25e9 / perRun)));
    }
    return Math.max(16, (long) (o.roundSeconds() * 1e9 / perRun));
  }

  /** Microseconds (thread CPU time where supported) that runs [first, first + runs) take. */
  private static double timeChunk(RunLoop loop, long runs, long first) {
    long c0 = cpuNanos();
    long t0 = System.nanoTime();
    loop.run(runs, first);
    long c1 = cpuNanos();
    return c0 < 0 || c1 < 0 ? (System.nanoTime() - t0) / 1e3 : (c1 - c0) / 1e3;
  }

  /**
   * CPU time of this thread (-1 if unsupported): unlike wall time it does not count the time
   * other processes hold the cores, so the single-thread figures hold on a busy machine.
   */
  private static long cpuNanos() {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory
        .getThreadMXBean();
    return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : -1;
  }

  /** CPU time of the whole process (all threads), -1 if unknown. */
  private static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
  }

  /** The system load average over the last minute (-1 if unknown), to judge wall-clock figures. */
  public static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        .getSystemLoadAverage();
  }

  @FunctionalInterface
  private interface RunLoop {
    void run(long runs, long firstRun);
  }

  /** The scenario's runs as an ensemble worker plays them, minus the bookkeeping. */
  private static final class ModelLoop {
    private final RunSource source;
    private final double[] values = new double[Outcome.COUNT];
    private Peninsula sim;
    long runs;
    long months;

    ModelLoop(RunSource source) {
      this.source = source;
    }

    void run(long n, long first) {
      for (long i = 0; i < n; i++) {
        long seed = RunSeeds.of(0xBE7C4L, first + i);
        var d = source.draw(seed);
        if (sim == null) {
          sim = new Peninsula(d.parameters(), seed);
        } else {
          sim.reset(d.parameters(), seed);
        }
        while (!sim.finished()) {
          sim.stepMonth();
        }
        sim.outcomeInto(values);
        runs++;
        months += (long) values[Outcome.MONTHS_SIMULATED.ordinal()];
      }
    }
  }

  /**
   * The floor: the same SimState/Schedule setup as {@link Peninsula} (generator reseeded per run
   * by {@link Peninsula#reseed(ec.util.MersenneTwisterFast, long)}, started per run, agents scheduled repeating at the decisions ordering) with
   * five agents that do nothing, stepped for the horizon.
   */
  static final class BareLoop extends SimState {
    private static final long serialVersionUID = 1L;
    private static final Steppable NOTHING = state -> { };
    private final int horizon;

    BareLoop(int horizon) {
      super(new MersenneTwisterFast(0), new Schedule());
      this.horizon = horizon;
    }

    @Override
    public void start() {
      super.start();
      for (int i = 0; i < 5; i++) {
        schedule.scheduleRepeating(Schedule.EPOCH, Phase.DECISIONS.ordering(), NOTHING, 1.0);
      }
    }

    void run(long n, long first) {
      for (long i = 0; i < n; i++) {
        Peninsula.reseed(random, RunSeeds.of(0xBE7C4L, first + i));
        start();
        for (int m = 0; m < horizon; m++) {
          schedule.step(this);
        }
      }
    }
  }

  static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
  }

  /** A copy of {@code xs} rounded to {@code digits} decimals, for the log. */
  private static double[] rounded(double[] xs, int digits) {
    double scale = Math.pow(10, digits);
    double[] r = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      r[i] = Math.round(xs[i] * scale) / scale;
    }
    return r;
  }


  private static void deleteTree(Path root) throws IOException {
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
