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
import org.peninsula.experiment.Ensemble;
import org.peninsula.experiment.EnsembleControl;
import org.peninsula.experiment.EnsembleOptions;
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
        "Writes comparison.json, comparison.csv and report.html; prints the table."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "2:bad input"})
public final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "Baseline: scenario file or result"
      + " folder.")
  Path a;

  @Parameters(index = "1", paramLabel = "B", description = "Alternative: scenario file or result"
      + " folder.")
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
          + " DIR/compare-A-vs-B/<time>-seed<S>/.")
  Path out;

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
    boolean dirA = Files.isDirectory(a);
    boolean dirB = Files.isDirectory(b);
    if (dirA != dirB) {
      throw new ScenarioArgument.UserError("give two scenario files or two result folders,"
          + " not one of each");
    }
    Map<String, Object> inputs = new LinkedHashMap<>();
    RunSample sa;
    RunSample sb;
    long masterSeed;
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
      Scenario scA = ScenarioArgument.load(a);
      Scenario scB = ScenarioArgument.load(b);
      long n = runs != null ? runs : scA.runs();
      masterSeed = seed != null ? seed : scA.seed();
      inputs.put("A", scA.name());
      inputs.put("A sha256", scA.sha256());
      inputs.put("B", scB.name());
      inputs.put("B sha256", scB.sha256());
      inputs.put("runs", n);
      inputs.put("master seed", masterSeed);
      err.printf("compare: %s vs %s, %d runs each, master seed %d, %d threads%n", scA.name(),
          scB.name(), n, masterSeed, t);
      err.flush();
      sa = simulate(scA, "A: " + scA.name(), n, masterSeed, t, err);
      sb = simulate(scB, "B: " + scB.name(), n, masterSeed, t, err);
    }
    inputs.put("bootstrap resamples", bootstrap);
    ScenarioComparison comparison = new ScenarioComparison(bootstrap, 1, t);
    ScenarioComparison.Result r;
    try {
      r = comparison.compare(sa, sb);
    } catch (IllegalArgumentException e) {
      throw new ScenarioArgument.UserError(e.getMessage());
    }
    Path dir = StudySupport.newDirectory(out, "compare-" + safe(sa.label()) + "-vs-"
        + safe(sb.label()), masterSeed);
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

  private RunSample simulate(Scenario s, String task, long n, long masterSeed, int t,
      PrintWriter err) {
    RunSample sample = new RunSample(s.name());
    try (ProgressReporter progress = new ProgressReporter(err, task)) {
      Ensemble.run(s, new EnsembleOptions(n, masterSeed, t, false), progress,
          (index, runSeed, drawn, future, values, error) -> sample.add(runSeed, future, values,
              error), new EnsembleControl());
    }
    return sample;
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
