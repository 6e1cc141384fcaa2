package org.peninsula.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.peninsula.experiment.study.PointResult;
import org.peninsula.report.SweepReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peninsula sweep SCENARIO}: the scenario's sweep design, replications per point. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = {
        "Run the scenario's sweep: design (factorial, lhs, sobol, morris or saltelli) with"
            + " `replications` runs per point, every point with the same run seeds (common"
            + " random numbers). Ctrl-C or a crash loses at most the last seconds of runs:"
            + " --resume DIR finishes the study with the same result.",
        "Writes sweep.csv (one row per design point: id, parameter values, seed, runs, failures,"
            + " probability of each future, mean of each outcome, first error) and report.html."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "2:bad input", "130:interrupted (finish with --resume DIR)"})
public final class SweepCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario"
      + " file with a sweep: section (with --resume, the study's own).")
  Path file;

  @Option(names = "--design", paramLabel = "D", description = "Override the design:"
      + " factorial, lhs, sobol, morris, saltelli.")
  String design;

  @Mixin StudyOptions study;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    int t = StudySupport.threads(study.threads);
    StudySupport.checkEngine(study);
    StudyResume res = StudyResume.of("sweep", study.resume);
    Path f = res.path("scenario", file);
    if (f == null) {
      throw new ScenarioArgument.UserError("give the SCENARIO file (or --resume DIR)");
    }
    StudySupport.Planned p = StudySupport.plan(f, res.value("design", design),
        res.integer("samples", study.samples), res.integer("replications", study.replications),
        null);
    Path dir = res.directory(study.out, p.scenario().name() + "-sweep", p.plan().seed(),
        StudySupport.identity(p));
    List<PointResult> results;
    try (org.peninsula.experiment.StudyEngine engine = StudySupport.engine(study)) {
      results = StudySupport.run(err, p, t, dir, "sweep", null, engine,
          "parquet".equalsIgnoreCase(study.format));
    }
    if (results == null) {
      return StudyResume.interrupted(err, "sweep", dir);
    }
    SweepReport.write(dir, p.scenario().name(), p.plan(), results, p.measures(),
        SweepReport.inputs(p.scenario().name(), p.scenario().sha256(), p.plan()));
    PrintWriter o = spec.commandLine().getOut();
    StudySupport.printTable(o, SweepReport.tableHeader(p.plan().design(), p.measures()),
        SweepReport.tableRows(results, p.measures(), 20));
    if (results.size() > 20) {
      o.printf(Locale.ROOT, "... %d more points in sweep.csv%n", results.size() - 20);
    }
    o.printf(Locale.ROOT, "%nResults: %s%n", dir);
    o.flush();
    return 0;
  }
}
