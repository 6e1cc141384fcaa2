package org.peninsula.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.peninsula.analysis.calibration.AbcSmc;
import org.peninsula.analysis.calibration.CalibrationListener;
import org.peninsula.analysis.calibration.DirectoryStore;
import org.peninsula.analysis.calibration.Generation;
import org.peninsula.analysis.calibration.HistoryRecord;
import org.peninsula.analysis.calibration.ModelSimulator;
import org.peninsula.analysis.calibration.Observation;
import org.peninsula.analysis.calibration.PosteriorPredictive;
import org.peninsula.analysis.calibration.Prior;
import org.peninsula.analysis.calibration.ScenarioPriors;
import org.peninsula.analysis.calibration.YearlyStatistic;
import org.peninsula.experiment.AtomicFiles;
import org.peninsula.report.CalibrationReport;
import org.peninsula.scenario.PinnedSource;
import org.peninsula.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peninsula calibrate SCENARIO --record FILE --params KEYS...}: ABC-SMC on history. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
    description = {
        "Fit parameters to an observed record by approximate Bayesian computation (sequential"
            + " Monte Carlo with adaptive tolerances). The scenario's start must be the record's"
            + " first month. Priors: the scenario's distribution of a key, else uniform on its"
            + " range. Resumable: rerun with --resume --out on the same folder.",
        "Writes posterior.csv (weighted particles), trajectory.csv (tolerance and acceptance by"
            + " generation), predictive.csv (every statistic against the record) and"
            + " report.html."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "2:bad input"})
public final class CalibrateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (its start is"
      + " the record's first month).")
  Path scenarioFile;

  @Option(names = "--record", required = true, paramLabel = "FILE",
      description = "The observed record (e.g. scenarios/history/2016-2020.yaml).")
  Path recordFile;

  @Option(names = "--params", required = true, arity = "1..*", paramLabel = "KEYS",
      description = "Parameter keys to calibrate (as in sweeps, e.g. actors.DPRK.provocationPropensity).")
  List<String> keys;

  @Option(names = "--statistics", split = ",", paramLabel = "NAMES",
      description = "Record statistics to fit (default: all the model can produce).")
  List<String> statisticNames;

  @Option(names = "--particles", defaultValue = "200", paramLabel = "N",
      description = "Population size (default: ${DEFAULT-VALUE}).")
  int particles;

  @Option(names = "--generations", defaultValue = "8", paramLabel = "G",
      description = "Most generations, the prior's included (default: ${DEFAULT-VALUE}).")
  int generations;

  @Option(names = "--quantile", defaultValue = "0.5", paramLabel = "Q",
      description = "Next tolerance = this quantile of the last distances (default: ${DEFAULT-VALUE}).")
  double quantile;

  @Option(names = "--min-acceptance", defaultValue = "0.01", paramLabel = "A",
      description = "Stop after a generation accepting fewer particles per run (default: ${DEFAULT-VALUE}).")
  double minAcceptance;

  @Option(names = "--max-attempts", defaultValue = "20000", paramLabel = "M",
      description = "Most runs to fill one particle before stopping (default: ${DEFAULT-VALUE}).")
  int maxAttempts;

  @Option(names = "--scale-floor", defaultValue = "0.5", paramLabel = "F",
      description = "Least scale of a statistic in the distance, in its own units (default:"
          + " ${DEFAULT-VALUE}: a miss by one event counts at most two scale units).")
  double scaleFloor;

  @Option(names = "--predictive", defaultValue = "500", paramLabel = "R",
      description = "Posterior predictive runs (default: ${DEFAULT-VALUE}).")
  int predictive;

  @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the"
      + " scenario's).")
  Long seed;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all"
      + " cores; the result does not depend on it).")
  Integer threads;

  @Option(names = "--out", defaultValue = "results", paramLabel = "DIR",
      description = "Parent directory (default: ${DEFAULT-VALUE}); writes"
          + " DIR/calibrate-<scenario>/<time>-seed<S>/. With --resume: the calibration folder.")
  Path out;

  @Option(names = "--resume", description = "Continue the calibration in --out after its last"
      + " finished generation.")
  boolean resume;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter o = spec.commandLine().getOut();
    int t = StudySupport.threads(threads);
    if (particles < 2 || generations < 1 || maxAttempts < 1 || predictive < 10) {
      throw new ScenarioArgument.UserError("--particles must be at least 2, --generations 1,"
          + " --max-attempts 1 and --predictive 10");
    }
    if (!(quantile > 0 && quantile < 1)) {
      throw new ScenarioArgument.UserError("--quantile must be between 0 and 1, not " + quantile);
    }
    Scenario scenario = ScenarioArgument.load(scenarioFile);
    HistoryRecord record;
    try {
      record = HistoryRecord.load(recordFile);
    } catch (IllegalArgumentException e) {
      throw new ScenarioArgument.UserError(e.getMessage());
    } catch (IOException e) {
      throw new ScenarioArgument.UserError("cannot read " + recordFile + ": " + e.getMessage());
    }
    String start = scenario.baseParameters().calendarLabel(0);
    if (!start.equals(record.windowFrom())) {
      throw new ScenarioArgument.UserError(scenarioFile + ": field 'start' is " + start
          + " but the record " + recordFile + " starts " + record.windowFrom());
    }
    int years = record.years().size();
    if (scenario.horizonMonths() < 12 * years) {
      throw new ScenarioArgument.UserError(scenarioFile + ": field 'horizonMonths' is "
          + scenario.horizonMonths() + ", shorter than the record's " + 12 * years + " months");
    }
    for (String k : keys) {
      try {
        PinnedSource.range(k);
      } catch (IllegalArgumentException e) {
        throw new ScenarioArgument.UserError("--params: " + e.getMessage());
      }
    }
    List<YearlyStatistic> stats = new ArrayList<>();
    if (statisticNames == null) {
      stats.addAll(List.of(YearlyStatistic.values()));
    } else {
      for (String n : statisticNames) {
        try {
          stats.add(YearlyStatistic.byKey(n));
        } catch (IllegalArgumentException e) {
          throw new ScenarioArgument.UserError("--statistics: " + e.getMessage());
        }
      }
    }
    Observation obs;
    try {
      obs = record.observation(stats);
    } catch (IllegalArgumentException e) {
      throw new ScenarioArgument.UserError(e.getMessage());
    }
    long s = seed != null ? seed : scenario.seed();
    List<Prior> priors = ScenarioPriors.of(scenario, keys);
    ModelSimulator sim = new ModelSimulator(scenario, keys, stats, years);
    double[] weights = new double[obs.size()];
    java.util.Arrays.fill(weights, 1);
    AbcSmc abc = new AbcSmc(priors, sim, obs, weights, new AbcSmc.Settings(particles,
        generations, quantile, minAcceptance, maxAttempts, s, t)).scaleFloor(scaleFloor);
    Path dir;
    if (resume) {
      dir = out;
      if (!Files.exists(dir.resolve("generation-000.csv"))) {
        throw new ScenarioArgument.UserError("--resume: " + dir + " holds no calibration");
      }
    } else {
      dir = StudySupport.newDirectory(out, "calibrate-" + scenario.name(), s);
    }
    String fingerprint = fingerprint(scenario, recordFile, keys, stats, s);
    DirectoryStore store = new DirectoryStore(dir, fingerprint, keys, obs.names());
    long t0 = System.nanoTime();
    AbcSmc.Result result;
    try (Progress progress = new Progress(err)) {
      result = abc.run(progress, store);
    } catch (IOException e) {
      throw new ScenarioArgument.UserError(e.getMessage());
    }
    double[][] pp = PosteriorPredictive.simulate(result.last(), sim, predictive, s, t);
    List<PosteriorPredictive.Check> checks = PosteriorPredictive.checks(obs, pp);
    double seconds = (System.nanoTime() - t0) / 1e9;
    writePosterior(dir.resolve("posterior.csv"), result.last());
    writeTrajectory(dir.resolve("trajectory.csv"), result);
    writeChecks(dir.resolve("predictive.csv"), checks);
    List<String> statKeys = new ArrayList<>();
    for (YearlyStatistic st : stats) {
      statKeys.add(st.key());
    }
    CalibrationReport.build(new CalibrationReport.Input(scenario.name(), recordFile.toString(),
        keys, priors, result, checks, statKeys, record.years(), predictive, s, t, seconds,
        NOT_EXPRESSED)).writeTo(dir);
    int inside = 0;
    int observed = 0;
    for (PosteriorPredictive.Check c : checks) {
      observed += c.observed() ? 1 : 0;
      inside += c.inside() ? 1 : 0;
    }
    Generation g = result.last();
    o.printf(Locale.ROOT, "%d generations, %d simulations, final tolerance %.4g, acceptance %.4f,"
        + " ESS %.0f (%s)%n", result.generations().size(), result.simulations(), g.epsilon(),
        g.acceptanceRate(), g.ess(), result.stopReason());
    o.printf(Locale.ROOT, "Posterior predictive: %d of %d statistics inside their 90%% band%n",
        inside, observed);
    o.printf(Locale.ROOT, "Results: %s%nReport:  %s%n%.1f s on %d threads%n", dir,
        dir.resolve("report.html"), seconds, t);
    o.flush();
    return 0;
  }

  /** What the record holds and the model cannot produce yet; also in docs/calibration.md. */
  static final List<String> NOT_EXPRESSED = List.of(
      "Several launches in a month and launch days by class: the DPRK plays one action a month,"
          + " so the model's launches are compared as launch months.",
      "Satellite launches: no such action.",
      "Leader summits (and their effects): talks open and close, but no summit event exists.",
      "Abstention in Council votes: a permanent member vetoes or votes yes.",
      "Snap elections: elections follow the calendar; the 2017 ROK election is scheduled for"
          + " December 2017 (both fall in 2017, so the yearly statistic is unaffected).",
      "Trade: the model has China's enforcement, not trade; its direction is read from that.");

  private String fingerprint(Scenario scenario, Path record, List<String> keys,
      List<YearlyStatistic> stats, long seed) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(scenario.sha256().getBytes(StandardCharsets.UTF_8));
      md.update(Files.readAllBytes(record));
      md.update((String.join(",", keys) + "|" + stats + "|" + seed + "|" + scaleFloor + "|"
          + particles + "|" + quantile).getBytes(
          StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void writePosterior(Path f, Generation g) throws IOException {
    StringBuilder sb = new StringBuilder(String.join(",", keys)).append(",weight\n");
    for (int i = 0; i < g.size(); i++) {
      for (double x : g.theta()[i]) {
        sb.append(x).append(',');
      }
      sb.append(g.weights()[i]).append('\n');
    }
    AtomicFiles.write(f, sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void writeTrajectory(Path f, AbcSmc.Result r) throws IOException {
    StringBuilder sb = new StringBuilder("generation,epsilon,simulations,acceptanceRate,ess\n");
    for (Generation g : r.generations()) {
      sb.append(g.index()).append(',').append(g.epsilon()).append(',').append(g.simulations())
          .append(',').append(g.acceptanceRate()).append(',').append(g.ess()).append('\n');
    }
    AtomicFiles.write(f, sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void writeChecks(Path f, List<PosteriorPredictive.Check> checks)
      throws IOException {
    StringBuilder sb = new StringBuilder("statistic,recordLow,recordHigh,q05,median,q95,inside\n");
    for (PosteriorPredictive.Check c : checks) {
      sb.append(c.statistic()).append(',').append(c.observedLow()).append(',')
          .append(c.observedHigh()).append(',').append(c.q05()).append(',').append(c.q50())
          .append(',').append(c.q95()).append(',').append(c.observed() ? c.inside() : "")
          .append('\n');
    }
    AtomicFiles.write(f, sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** One progress bar per generation, with the tolerance in its name. */
  private static final class Progress implements CalibrationListener, AutoCloseable {
    private final PrintWriter err;
    private ProgressReporter bar;

    Progress(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void generationStarted(int index, double epsilon, int particles) {
      close();
      bar = new ProgressReporter(err, String.format(Locale.ROOT, "generation %d (tolerance %s)",
          index, Double.isInfinite(epsilon) ? "prior" : String.format(Locale.ROOT, "%.3g",
              epsilon)));
      bar.started(particles, 0);
    }

    @Override
    public void particleAccepted(int index, int done, int particles) {
      bar.progress(done, particles, 0);
    }

    @Override
    public void generationFinished(Generation g) {
      close();
      err.printf(Locale.ROOT, "generation %d: tolerance %.4g, %d simulations, acceptance %.4f,"
          + " ESS %.0f%n", g.index(), g.epsilon(), g.simulations(), g.acceptanceRate(), g.ess());
      err.flush();
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
        bar = null;
      }
    }
  }
}
