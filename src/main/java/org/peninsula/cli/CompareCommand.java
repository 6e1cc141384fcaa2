package org.peninsula.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.peninsula.analysis.compare.RunSample;
import org.peninsula.analysis.compare.ScenarioComparison;
import org.peninsula.experiment.EnsembleBatch;
import org.peninsula.experiment.EnsembleControl;
import org.peninsula.experiment.RunLayout;
import org.peninsula.experiment.RunsCsv;
import org.peninsula.report.ComparisonReport;
import org.peninsula.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peninsula compare A B}: two scenarios' outcome distributions, B relative to A. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {
        "Compare two scenarios (B relative to A), run with common random numbers (the same"
            + " master seed, runs paired by seed), or two existing result folders (their"
            + " runs.csv). For every future: probabilities, difference with a 95%% interval;"
            + " the whole distribution of futures tested; for every numeric outcome: difference"
            + " of means and medians with bootstrap intervals, effect sizes, KS, Mann-Whitney"
            + " and Wilcoxon signed-rank; Holm-adjusted p-values.",
        "Writes comparison.json, comparison.csv and report.html, and for scenario files A/ and"
            + " B/ (each scenario's runs.csv, summary.json, manifest.json); prints the table."
            + " Ctrl-C or a crash loses at most the last seconds of runs: --resume DIR finishes"
            + " the comparison with the same result."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "2:bad input", "130:interrupted (finish with --resume DIR)"})
public final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "A", description = "Baseline: scenario"
      + " file or result folder.")
  Path a;

  @Parameters(index = "1", arity = "0..1", paramLabel = "B", description = "Alternative:"
      + " scenario file or result folder.")
  Path b;

  @Option(names = "--runs", paramLabel = "N", description = "Runs per scenario (default: A's"
      + " runs).")
  Long runs;

  @Option(names = "--seed", paramLabel = "S", description = "Master seed of both (default: A's"
      + " seed).")
  Long seed;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all"
      + " cores).")
  Integer threads;

  @Option(names = "--bootstrap", paramLabel = "R", defaultValue = "1000",
      description = "Bootstrap resamples per interval (default: ${DEFAULT-VALUE}; seeded).")
  int bootstrap;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
      description = "Parent directory (default: ${DEFAULT-VALUE}); writes"
          + " DIR/compare-A-vs-B/<time>-seed<S>/ (with A/ and B/: each scenario's runs.csv,"
          + " summary.json, manifest.json).")
  Path out;

  @Option(names = "--resume", paramLabel = "DIR", description = "Finish the interrupted"
      + " comparison in DIR (its recorded scenarios and settings).")
  Path resume;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    int t = StudySupport.threads(threads);
    if (runs != null && runs < 2) {
      throw new ScenarioArgument.UserError("--runs must be at least 2, not " + runs);
    }
    if (bootstrap < 100) {
      throw new ScenarioArgument.UserError("--bootstrap must be at least 100, not " + bootstrap);
    }
    StudyResume res = StudyResume.of("compare", resume);
    if (!res.resuming() && (a == null || b == null)) {
      throw new ScenarioArgument.UserError("give A and B (or --resume DIR)");
    }
    boolean dirA = !res.resuming() && Files.isDirectory(a);
    boolean dirB = !res.resuming() && Files.isDirectory(b);
    if (dirA != dirB) {
      throw new ScenarioArgument.UserError("give two scenario files or two result folders,"
          + " not one of each");
    }
    Map<String, Object> inputs = new LinkedHashMap<>();
    RunSample sa;
    RunSample sb;
    long masterSeed;
    Path dir = null;
    if (dirA) {
      if (runs != null || seed != null) {
        throw new ScenarioArgument.UserError("--runs and --seed apply to scenario files, not to"
            + " result folders");
      }
      sa = read(a);
      sb = read(b);
      masterSeed = 0;
      inputs.put("A", a.toString());
      inputs.put("B", b.toString());
    } else {
      Path fa = res.path("A", a);
      Path fb = res.path("B", b);
      Long givenRuns = res.longValue("runs", runs);
      Long givenSeed = res.longValue("seed", seed);
      Integer boot = res.integer("bootstrap", StudyResume.given(spec, "--bootstrap", bootstrap));
      bootstrap = boot != null ? boot : bootstrap;
      Scenario scA = ScenarioArgument.load(fa);
      Scenario scB = ScenarioArgument.load(fb);
      long n = givenRuns != null ? givenRuns : scA.runs();
      masterSeed = givenSeed != null ? givenSeed : scA.seed();
      inputs.put("A", scA.name());
      inputs.put("A sha256", scA.sha256());
      inputs.put("B", scB.name());
      inputs.put("B sha256", scB.sha256());
      inputs.put("runs", n);
      inputs.put("master seed", masterSeed);
      dir = res.directory(out, "compare-" + safe(scA.name()) + "-vs-" + safe(scB.name()),
          masterSeed, new java.util.TreeMap<>(Map.of("A sha256", scA.sha256(), "B sha256",
              scB.sha256())));
      err.printf("compare: %s vs %s, %d runs each, master seed %d, %d threads -> %s%n",
          scA.name(), scB.name(), n, masterSeed, t, dir);
      err.flush();
      Path dirOfA = dir.resolve(SIDE_A);
      Path dirOfB = dir.resolve(SIDE_B);
      long s = masterSeed;
      boolean complete = StudyResume.runInterruptibly(dir, control ->
          simulate(scA, fa, "A: " + scA.name(), dirOfA, n, s, t, err, control)
              && simulate(scB, fb, "B: " + scB.name(), dirOfB, n, s, t, err, control));
      if (!complete) {
        return StudyResume.interrupted(err, "compare", dir);
      }
      sa = readRuns(dirOfA, scA.name());
      sb = readRuns(dirOfB, scB.name());
    }
    inputs.put("bootstrap resamples", bootstrap);
    ScenarioComparison comparison = new ScenarioComparison(bootstrap, 1, t);
    ScenarioComparison.Result r;
    try {
      r = comparison.compare(sa, sb);
    } catch (IllegalArgumentException e) {
      throw new ScenarioArgument.UserError(e.getMessage());
    }
    if (dir == null) {
      dir = StudySupport.newDirectory(out, "compare-" + safe(sa.label()) + "-vs-"
          + safe(sb.label()), masterSeed);
    }
    ComparisonReport.write(dir, r, sa, sb, comparison.method(), inputs);
    PrintWriter o = spec.commandLine().getOut();
    o.printf("%s (B) vs %s (A): %d and %d runs%s%n%n", r.labelB(), r.labelA(), r.runsA(),
        r.runsB(), r.paired() ? ", paired by seed (" + r.pairs() + " pairs)" : ", independent");
    StudySupport.printTable(o, ComparisonReport.TABLE_HEADER, ComparisonReport.tableRows(r));
    o.println(ComparisonReport.TABLE_LEGEND);
    o.println();
    r.futures().forEach(f -> o.println(f.sentence()));
    for (var row : r.outcomes()) {
      if (row.verdict().equals("higher") || row.verdict().equals("lower")) {
        o.println(row.sentence());
      }
    }
    o.printf("%nResults: %s%n", dir);
    o.flush();
    return 0;
  }

  private static String safe(String s) {
    return s.replaceAll("[^A-Za-z0-9_.-]", "_");
  }

  /** Subfolders of a comparison that hold each scenario's batch. */
  static final String SIDE_A = "A";
  static final String SIDE_B = "B";

  /** Runs (or finishes) one side's batch in {@code dir}; false if interrupted. */
  private static boolean simulate(Scenario s, Path file, String task, Path dir, long n,
      long masterSeed, int t, PrintWriter err, EnsembleControl control) throws IOException {
    EnsembleBatch.Spec spec = new EnsembleBatch.Spec(s.name(),
        file.toAbsolutePath().normalize().toString(), s.sha256(), s.describe(), n, masterSeed,
        false, "peninsula compare");
    try (ProgressReporter progress = new ProgressReporter(err, task)) {
      return EnsembleBatch.startOrResume(dir, s, RunLayout.of(s), spec, t,
          StudyResume.hooked(task, progress), control).complete();
    }
  }

  /** One side's runs, read back from its batch's runs.csv (so a resumed comparison equals an
   * uninterrupted one: both read the same rows). */
  private static RunSample readRuns(Path dir, String label) {
    Path csv = dir.resolve(EnsembleBatch.RUNS);
    RunSample s = new RunSample(label);
    try {
      RunsCsv.read(csv, row -> s.add(row.seed(), row.future(), row.values(), row.error()));
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new ScenarioArgument.UserError(csv + ": cannot read: " + e.getMessage());
    }
    return s;
  }

  private static RunSample read(Path dir) {
    Path csv = dir.resolve("runs.csv");
    if (!Files.isRegularFile(csv)) {
      throw new ScenarioArgument.UserError(dir + ": no runs.csv (not a result folder of"
          + " peninsula run)");
    }
    Path parent = dir.toAbsolutePath().normalize().getParent();
    String label = parent != null && parent.getFileName() != null
        ? parent.getFileName().toString() : dir.getFileName().toString();
    RunSample s = new RunSample(label);
    try {
      RunsCsv.read(csv, row -> s.add(row.seed(), row.future(), row.values(), row.error()));
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new ScenarioArgument.UserError(csv + ": cannot read: " + e.getMessage());
    }
    return s;
  }
}
