package org.peninsula.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.peninsula.experiment.Bench;
import org.peninsula.experiment.EnsembleOptions;
import org.peninsula.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peninsula bench}: what a run costs, against a bare MASON schedule. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure microseconds per run of a scenario and of a bare MASON schedule of"
        + " five no-op agents over the same months, their ratio, and runs per minute of a whole"
        + " ensemble on all cores (medians of several rounds after warm-up).")
public final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
      description = "Scenario file (default: ${DEFAULT-VALUE}).",
      defaultValue = ScenarioArgument.DEFAULT)
  Path scenarioFile;

  @Option(names = "--rounds", defaultValue = "7", description = "Timed rounds per figure"
      + " (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--round-seconds", defaultValue = "1.0",
      description = "Length of a round (default: ${DEFAULT-VALUE}).")
  double roundSeconds;

  @Option(names = "--warmup-seconds", defaultValue = "3.0",
      description = "Warm-up before each single-thread figure (default: ${DEFAULT-VALUE}).")
  double warmupSeconds;

  @Option(names = "--threads", paramLabel = "T", description = "Threads for the ensemble figure"
      + " (default: all cores).")
  Integer threads;

  @Override
  public Integer call() throws IOException {
    if (rounds < 1 || roundSeconds <= 0 || warmupSeconds < 0) {
      throw new ScenarioArgument.UserError("--rounds must be >= 1, --round-seconds > 0,"
          + " --warmup-seconds >= 0");
    }
    int t = threads != null ? threads : EnsembleOptions.allCores();
    if (t < 1) {
      throw new ScenarioArgument.UserError("--threads must be at least 1, not " + t);
    }
    Scenario scenario = ScenarioArgument.load(scenarioFile);
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    double load0 = Bench.loadAverage();
    Bench.Report r = Bench.run(scenario,
        new Bench.Options(rounds, roundSeconds, warmupSeconds, t), line -> {
          err.println(line);
          err.flush();
        });
    double load1 = Bench.loadAverage();
    out.printf(Locale.ROOT, "bench: %s, horizon %d months (%.1f played on average),"
        + " %d cores%n", r.scenario(), r.horizon(), r.monthsPerRun(),
        Runtime.getRuntime().availableProcessors());
    out.printf(Locale.ROOT, "  default run:        %8.1f us/run   (median of %d, thread CPU time)%n",
        r.modelMicros(), r.modelRounds().length);
    out.printf(Locale.ROOT, "  bare MASON schedule:%8.1f us/run   (5 no-op agents, %d steps)%n",
        r.bareMicros(), r.horizon());
    out.printf(Locale.ROOT, "  ratio:              %8.2f x        (median of paired rounds;"
        + " target <= 3)%n", r.ratio());
    out.printf(Locale.ROOT, "  ensemble, %d threads: %,10.0f runs/min (target >= 500,000 on 2"
        + " cores)%n", r.threads(), r.ensembleRunsPerMinute());
    out.printf(Locale.ROOT, "  batch with runs.csv: %,10.0f runs/min%n", r.batchRunsPerMinute());
    int cores = Runtime.getRuntime().availableProcessors();
    out.printf(Locale.ROOT, "  CPU per run, all threads: ensemble %.1f us, batch %.1f us"
        + " -> %,.0f and %,.0f runs/min on %d unshared cores%n", r.ensembleCpuMicros(),
        r.batchCpuMicros(), cores * 6e7 / r.ensembleCpuMicros(),
        cores * 6e7 / r.batchCpuMicros(), cores);
    out.printf(Locale.ROOT, "  JVM: %s, collector %s%n", Runtime.version(),
        String.join(" + ", java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()
            .stream().map(java.lang.management.GarbageCollectorMXBean::getName).toList()));
    out.printf(Locale.ROOT, "  load average %.2f before, %.2f after (wall-clock figures shrink"
        + " when other work holds the cores)%n", load0, load1);
    out.flush();
    return 0;
  }
}
