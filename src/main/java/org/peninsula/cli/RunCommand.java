package org.peninsula.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.peninsula.experiment.CheckpointException;
import org.peninsula.experiment.EnsembleBatch;
import org.peninsula.experiment.EnsembleControl;
import org.peninsula.experiment.EnsembleOptions;
import org.peninsula.experiment.StudyEngine;
import org.peninsula.experiment.study.StudyBlocks;
import org.peninsula.report.RunReport;
import org.peninsula.report.WrittenReport;
import org.peninsula.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peninsula run}: an ensemble of runs of one scenario, written to a results directory. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {
        "Run an ensemble of a scenario and write results/<scenario>/<run-id>/: manifest.json,"
            + " runs.csv (one row per run), summary.json (probabilities of each future with 95%%"
            + " Wilson intervals, outcome distributions, monthly bands), report.html (charts"
            + " and tables, self-contained) with figures/*.png|svg; print the summary.",
        "Ctrl-C stops after the block in hand and keeps everything written; --resume DIR"
            + " finishes the batch with the same result as an uninterrupted one."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:batch complete", "2:bad input (scenario file, options, resume directory)",
        "130:interrupted (resume with --resume DIR)"})
public final class RunCommand implements Callable<Integer> {
  static final int INTERRUPTED = 130;

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
      description = "Scenario file (default: " + ScenarioArgument.DEFAULT + "; with --resume,"
          + " the batch's own scenario file).")
  Path scenarioFile;

  @Option(names = "--runs", paramLabel = "N", description = "Number of runs (default: the"
      + " scenario's runs).")
  Long runs;

  @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the"
      + " scenario's seed). Run i gets a seed hashed from S and i; the same S gives two"
      + " scenarios the same random streams run by run.")
  Long seed;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all"
      + " cores). Results do not depend on it.")
  Integer threads;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
      description = "Parent directory of results (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--engine", paramLabel = "E", defaultValue = "local",
      description = "Where the runs are played: local (default) or spark (the peninsula-spark"
          + " jar, see docs/cluster.md); the files are the same, byte for byte.")
  String engine;

  @Option(names = "--master", paramLabel = "URL",
      description = "With --engine spark: the Spark master (local[2], spark://HOST:7077, ...).")
  String master;

  @Option(names = "--resume", paramLabel = "DIR",
      description = "Finish the interrupted batch in DIR.")
  Path resume;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    int t = threads != null ? threads : EnsembleOptions.allCores();
    if (t < 1) {
      throw new ScenarioArgument.UserError("--threads must be at least 1, not " + t);
    }
    if (runs != null && runs < 1) {
      throw new ScenarioArgument.UserError("--runs must be at least 1, not " + runs);
    }
    StudySupport.checkEngine(engine, master, null);
    if (resume != null) {
      return resume(err, t);
    }
    Path file = scenarioFile != null ? scenarioFile : Path.of(ScenarioArgument.DEFAULT);
    Scenario scenario = ScenarioArgument.load(file);
    long n = runs != null ? runs : scenario.runs();
    long s = seed != null ? seed : scenario.seed();
    Path dir = EnsembleBatch.newDirectory(out, scenario.name(), s, Instant.now());
    EnsembleBatch.Spec batch = new EnsembleBatch.Spec(scenario.name(),
        file.toAbsolutePath().normalize().toString(), scenario.sha256(), scenario.describe(), n,
        s, true, "peninsula " + String.join(" ", spec.commandLine().getParseResult()
            .originalArgs()));
    err.printf(Locale.ROOT,
        "%s: %d runs, master seed %d, %d threads -> %s%n", scenario.name(), n, s, t, dir);
    err.flush();
    return execute(err, dir, scenario, control -> {
      try (ProgressReporter progress = new ProgressReporter(err, scenario.name());
          StudyEngine e = StudySupport.engine(engine, master, null)) {
        return EnsembleBatch.start(dir, scenario, batch, t, progress, control, e,
            e == null ? null : StudyBlocks.ensemble(scenario, n, s, true));
      }
    });
  }

  private int resume(PrintWriter err, int t) throws IOException {
    if (!Files.isDirectory(resume)) {
      throw new ScenarioArgument.UserError("--resume " + resume + ": no such directory");
    }
    EnsembleBatch.Checkpoint cp;
    try {
      cp = EnsembleBatch.checkpoint(resume);
    } catch (CheckpointException e) {
      throw new ScenarioArgument.UserError("--resume: " + e.getMessage());
    } catch (IOException e) {
      throw new ScenarioArgument.UserError("--resume " + resume + ": cannot read "
          + EnsembleBatch.CHECKPOINT + ": " + e.getMessage());
    }
    if (runs != null && runs != cp.runsAsked()) {
      throw new ScenarioArgument.UserError("--resume " + resume + ": the batch has "
          + cp.runsAsked() + " runs; --runs cannot change it");
    }
    if (seed != null && seed != cp.masterSeed()) {
      throw new ScenarioArgument.UserError("--resume " + resume + ": the batch has master seed "
          + cp.masterSeed() + "; --seed cannot change it");
    }
    Path file = scenarioFile != null ? scenarioFile
        : cp.scenarioFile() != null ? Path.of(cp.scenarioFile()) : null;
    if (file == null) {
      throw new ScenarioArgument.UserError("--resume " + resume
          + ": the batch records no scenario file; give it as SCENARIO");
    }
    Scenario scenario = ScenarioArgument.load(file);
    if (cp.scenarioSha256() != null && !cp.scenarioSha256().equals(scenario.sha256())) {
      throw new ScenarioArgument.UserError(file + ": changed since batch " + resume
          + " started (sha256 " + scenario.sha256() + ", batch has " + cp.scenarioSha256()
          + "); restore the file or start a new batch");
    }
    if (cp.complete()) {
      err.printf(Locale.ROOT, "%s: already complete; summary rewritten%n", resume);
    } else {
      err.printf(Locale.ROOT, "%s: resuming at run %d of %d, %d threads%n", resume, cp.nextRun(),
          cp.runsAsked(), t);
    }
    err.flush();
    return execute(err, resume, scenario, control -> {
      try (ProgressReporter progress = new ProgressReporter(err, scenario.name());
          StudyEngine e = StudySupport.engine(engine, master, null)) {
        return EnsembleBatch.resume(resume, scenario, t, progress, control, e,
            e == null ? null : StudyBlocks.ensemble(scenario, cp.runsAsked(), cp.masterSeed(),
                cp.recordSeries()));
      } catch (IllegalStateException e) {
        throw new ScenarioArgument.UserError(e.getMessage());
      } catch (CheckpointException e) {
        throw new ScenarioArgument.UserError("--resume: " + e.getMessage());
      }
    });
  }

  @FunctionalInterface
  private interface BatchCall {
    EnsembleBatch.Result run(EnsembleControl control) throws IOException;
  }

  /** Runs the batch with a Ctrl-C handler that stops it cleanly; prints the outcome. */
  private int execute(PrintWriter err, Path dir, Scenario scenario, BatchCall call)
      throws IOException {
    EnsembleBatch.Result r = Interruptible.run(call::run);
    if (!r.complete()) {
      err.printf(Locale.ROOT, "interrupted after %d of %d runs; nothing written is lost."
          + " Finish with: peninsula run --resume %s%n", r.runsDone(), r.runsAsked(), dir);
      err.flush();
      return INTERRUPTED;
    }
    PrintWriter o = spec.commandLine().getOut();
    SummaryTable.print(o, r.summary());
    long t0 = System.nanoTime();
    o.printf(Locale.ROOT, "%nResults: %s%n", dir);
    try {
      WrittenReport report = RunReport.write(dir, scenario.spec());
      o.printf(Locale.ROOT, "Report:  %s%n", report.html());
    } catch (IOException | RuntimeException e) {
      // The batch's files are complete; a report that cannot be drawn must not hide them.
      err.printf(Locale.ROOT, "report.html not written: %s%n", e);
    }
    o.flush();
    err.printf(Locale.ROOT,
        "%d runs in %.1f s (%.0f runs/s this session, %d threads); report in %.1f s%n",
        r.sessionRuns(), r.sessionSeconds(), r.sessionRunsPerSecond(), r.threads(),
        (System.nanoTime() - t0) / 1e9);
    err.flush();
    return 0;
  }
}
