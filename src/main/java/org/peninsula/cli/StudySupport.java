package org.peninsula.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.peninsula.experiment.EnsembleBatch;

/** Shared bits of the study commands (compare, sweep, sensitivity, discover). */
final class StudySupport {
  private StudySupport() {}

  static int threads(Integer threads) {
    int t = threads != null ? threads : org.peninsula.experiment.EnsembleOptions.allCores();
    if (t < 1) {
      throw new ScenarioArgument.UserError("--threads must be at least 1, not " + t);
    }
    return t;
  }

  /** out/&lt;name&gt;/&lt;time&gt;-seed&lt;S&gt;, created. */
  static Path newDirectory(Path out, String name, long seed) {
    Path dir = EnsembleBatch.newDirectory(out, name, seed, Instant.now());
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new ScenarioArgument.UserError("cannot create " + dir + ": " + e.getMessage());
    }
    return dir;
  }

  /** A loaded scenario and its sweep plan. */
  record Planned(org.peninsula.scenario.Scenario scenario, org.peninsula.experiment.study.SweepPlan plan,
      java.util.List<org.peninsula.experiment.study.Measure> measures) {}

  static Planned plan(Path file, String method, Integer samples,
      Integer replications, List<String> outcomeNames) {
    org.peninsula.scenario.Scenario s = ScenarioArgument.load(file);
    if (s.spec().sweep() == null) {
      throw new ScenarioArgument.UserError(file + ": no sweep: section (see"
          + " scenarios/sanctions-sensitivity.yaml)");
    }
    org.peninsula.experiment.study.SweepPlan plan;
    try {
      plan = org.peninsula.experiment.study.SweepPlan.of(s.spec().sweep(), method, samples,
          replications, s.seed());
    } catch (IllegalArgumentException e) {
      throw new ScenarioArgument.UserError(file + ": sweep: " + e.getMessage());
    }
    List<String> names = outcomeNames != null && !outcomeNames.isEmpty() ? outcomeNames
        : !plan.outcomes().isEmpty() ? plan.outcomes() : List.of("war");
    java.util.List<org.peninsula.experiment.study.Measure> measures = new java.util.ArrayList<>();
    for (String n : names) {
      try {
        measures.add(org.peninsula.experiment.study.Measure.parse(n));
      } catch (IllegalArgumentException e) {
        throw new ScenarioArgument.UserError(e.getMessage());
      }
    }
    return new Planned(s, plan, java.util.List.copyOf(measures));
  }

  /** What a resumed study must find unchanged besides its settings: scenario and design. */
  static java.util.Map<String, String> identity(Planned p) {
    java.util.Map<String, String> id = new java.util.LinkedHashMap<>();
    id.put("scenarioSha256", p.scenario().sha256());
    id.put("studySeed", Long.toString(p.plan().seed()));
    id.put("designPoints", Integer.toString(p.plan().design().size()));
    id.put("runsPerPoint", Integer.toString(p.plan().replications()));
    id.put("designSha256", org.peninsula.experiment.study.StudyBatch.fingerprint(
        p.plan().design()));
    return id;
  }

  /** Subfolder of a study directory that holds its batch (runs.csv, checkpoint, manifest). */
  static final String RUNS_DIR = "runs";

  /**
   * Runs every design point as one resumable batch in {@code dir/runs} (or finishes it), with
   * progress on standard error, then reads the points' results back from its runs.csv. Null if
   * the study was interrupted (its checkpoint is written; the caller says how to resume).
   */
  static java.util.List<org.peninsula.experiment.study.PointResult> run(PrintWriter err,
      Planned p, int threads, Path dir, String command,
      org.peninsula.experiment.study.DesignRunner.RunObserver observer) {
    return run(err, p, threads, dir, command, observer, null, false);
  }

  /**
   * The engine {@code --engine} names: null for local, else the one found on the class path
   * (not found: a one-line error saying how to run the jar that has it).
   */
  static org.peninsula.experiment.StudyEngine engine(StudyOptions o) {
    return engine(o.engine, o.master, o.format);
  }

  /** As {@link #engine(StudyOptions)} for the given {@code --engine}, --master, --format. */
  static org.peninsula.experiment.StudyEngine engine(String engine, String master,
      String format) {
    org.peninsula.experiment.StudyEngine.Provider provider = checkEngine(engine, master, format);
    if (provider == null) {
      return null;
    }
    try {
      return provider.open(master);
    } catch (RuntimeException e) {
      throw new ScenarioArgument.UserError("--engine " + provider.name() + (master == null
          ? "" : " --master " + master) + ": cannot start: " + e.getMessage());
    }
  }

  /** The provider of {@code --engine}, null for local; checked before a study folder is made. */
  static org.peninsula.experiment.StudyEngine.Provider checkEngine(StudyOptions o) {
    return checkEngine(o.engine, o.master, o.format);
  }

  static org.peninsula.experiment.StudyEngine.Provider checkEngine(String engine,
      String master, String format0) {
    String name = engine == null ? "local" : engine.toLowerCase(Locale.ROOT);
    String format = format0 == null ? "csv" : format0.toLowerCase(Locale.ROOT);
    if (!format.equals("csv") && !format.equals("parquet")) {
      throw new ScenarioArgument.UserError("--format must be csv or parquet, not '" + format0
          + "'");
    }
    if (name.equals("local")) {
      if (master != null) {
        throw new ScenarioArgument.UserError("--master is for --engine spark");
      }
      if (format.equals("parquet")) {
        throw new ScenarioArgument.UserError("--format parquet needs --engine spark (the"
            + " peninsula-spark jar, see docs/cluster.md)");
      }
      return null;
    }
    org.peninsula.experiment.StudyEngine.Provider provider =
        org.peninsula.experiment.StudyEngine.provider(name);
    if (provider == null) {
      throw new ScenarioArgument.UserError("--engine " + engine + ": not on the class path"
          + (name.equals("spark") ? "; the Spark engine is in the peninsula-spark jar: run"
              + " spark-submit --class org.peninsula.cli.Main"
              + " spark/target/peninsula-spark-0.1.0.jar ... (see docs/cluster.md)"
              : "; engines: local" + org.peninsula.experiment.StudyEngine.available().stream()
                  .map(n -> ", " + n).reduce("", String::concat)));
    }
    return provider;
  }

  /** As above, the runs played by {@code engine} (null: local threads). */
  static java.util.List<org.peninsula.experiment.study.PointResult> run(PrintWriter err,
      Planned p, int threads, Path dir, String command,
      org.peninsula.experiment.study.DesignRunner.RunObserver observer,
      org.peninsula.experiment.StudyEngine engine, boolean parquet) {
    var plan = p.plan();
    err.printf(Locale.ROOT,
        "%s: %s design, %d points x %d replications = %d runs, seed %d, %s -> %s%n",
        p.scenario().name(), plan.method(), plan.design().size(), plan.replications(),
        plan.totalRuns(), plan.seed(), engine == null ? threads + " threads"
            : engine.description(), dir);
    err.flush();
    Path batchDir = dir.resolve(RUNS_DIR);
    String file = p.scenario().file() == null ? null
        : Path.of(p.scenario().file()).toAbsolutePath().normalize().toString();
    org.peninsula.experiment.EnsembleBatch.Spec spec = new org.peninsula.experiment.EnsembleBatch
        .Spec(p.scenario().name(), file, p.scenario().sha256(), p.scenario().describe(),
        plan.totalRuns(), plan.seed(), false, "peninsula " + command);
    long start = System.nanoTime();
    boolean complete = StudyResume.runInterruptibly(dir, control -> {
      try (ProgressReporter progress = new ProgressReporter(err, p.scenario().name())) {
        return org.peninsula.experiment.study.StudyBatch.run(batchDir, p.scenario(),
            plan.design(), plan.replications(), spec, threads,
            StudyResume.hooked(p.scenario().name(), progress), control, engine).complete();
      }
    });
    if (!complete) {
      return null;
    }
    java.util.List<org.peninsula.experiment.study.PointResult> results;
    try {
      results = org.peninsula.experiment.study.StudyBatch.results(batchDir, plan.design(),
          plan.replications(), observer);
    } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
      throw new ScenarioArgument.UserError(batchDir.resolve(
          org.peninsula.experiment.EnsembleBatch.RUNS) + ": cannot read: " + e.getMessage());
    }
    if (engine != null && parquet) {
      Path csv = batchDir.resolve(org.peninsula.experiment.EnsembleBatch.RUNS);
      try {
        engine.writeParquet(csv, batchDir.resolve("runs.parquet"));
      } catch (IOException | RuntimeException e) {
        throw new ScenarioArgument.UserError(csv + ": cannot write as Parquet: " + e.getMessage());
      }
    }
    long failed = results.stream().mapToLong(r -> r.failed()).sum();
    err.printf(Locale.ROOT,
        "%d runs in %.1f s%s%n", plan.totalRuns(), (System.nanoTime() - start) / 1e9,
        failed > 0 ? "; " + failed + " failed (see the error column)" : "");
    err.flush();
    return results;
  }

  /** Prints a fixed-width table. */
  static void printTable(PrintWriter o, List<String> header, List<? extends List<String>> rows) {
    int[] w = new int[header.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = header.get(i).length();
    }
    for (List<String> r : rows) {
      for (int i = 0; i < w.length && i < r.size(); i++) {
        w[i] = Math.max(w[i], r.get(i).length());
      }
    }
    printRow(o, header, w);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
    }
    o.println(rule);
    for (List<String> r : rows) {
      printRow(o, r, w);
    }
  }

  private static void printRow(PrintWriter o, List<String> r, int[] w) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      String c = i < r.size() ? r.get(i) : "";
      if (i > 0) {
        b.append("  ");
      }
      b.append(i == 0 ? pad(c, w[i]) : String.format(Locale.ROOT, "%" + w[i] + "s", c));
    }
    o.println(b.toString().stripTrailing());
  }

  private static String pad(String s, int w) {
    return s + " ".repeat(Math.max(0, w - s.length()));
  }
}
