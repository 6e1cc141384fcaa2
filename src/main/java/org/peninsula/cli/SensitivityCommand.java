package org.peninsula.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.peninsula.analysis.sensitivity.MorrisAnalyzer;
import org.peninsula.analysis.sensitivity.SobolAnalyzer;
import org.peninsula.experiment.study.Measure;
import org.peninsula.experiment.study.PointResult;
import org.peninsula.report.SensitivityReport;
import org.peninsula.report.StudyFiles;
import org.peninsula.report.SweepReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peninsula sensitivity SCENARIO --method morris|sobol}. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
    description = {
        "Global sensitivity analysis over the scenario's sweep parameters: Morris elementary"
            + " effects (mu, mu*, sigma, with bootstrap intervals for mu*) or Sobol' first-order"
            + " and total indices (Saltelli design, bootstrap intervals, convergence table), for"
            + " each outcome (a future's probability or an outcome's mean per design point over"
            + " its replications).",
        "Defaults come from the sweep: section (samples = Saltelli base sample N for sobol,"
            + " trajectories for morris, replications per point). Writes sensitivity.json,"
            + " sensitivity.csv, points.csv, runs/ (every run, resumable: --resume DIR) and"
            + " report.html; prints the ranking."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "2:bad input", "130:interrupted (finish with --resume DIR)"})
public final class SensitivityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario"
      + " file with a sweep: section (with --resume, the study's own).")
  Path file;

  @Option(names = "--method", paramLabel = "M",
      description = "morris or sobol (required, except with --resume).")
  String method;

  @Option(names = "--outcome", paramLabel = "NAME", split = ",",
      description = "Outcome(s): war, confrontationalStability (or"
          + " future:CONFRONTATIONAL_STABILITY), sanctionsCollapse, peakTension,"
          + " russiaEconomicAxis, ... (default: the sweep's outcomes, else war).")
  List<String> outcomes;

  @Mixin StudyOptions study;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    int t = StudySupport.threads(study.threads);
    StudySupport.checkEngine(study);
    StudyResume res = StudyResume.of("sensitivity", study.resume);
    String given = method == null ? null : method.toLowerCase(Locale.ROOT);
    if (given != null && !given.equals("morris") && !given.equals("sobol")) {
      throw new ScenarioArgument.UserError("--method must be morris or sobol, not '" + method
          + "'");
    }
    String m = res.value("method", given);
    if (m == null) {
      throw new ScenarioArgument.UserError("--method is required: morris or sobol");
    }
    Path f = res.path("scenario", file);
    if (f == null) {
      throw new ScenarioArgument.UserError("give the SCENARIO file (or --resume DIR)");
    }
    StudySupport.Planned p = StudySupport.plan(f,
        m.equals("sobol") ? "saltelli" : "morris", res.integer("samples", study.samples),
        res.integer("replications", study.replications), res.list("outcome", outcomes));
    Path dir = res.directory(study.out, p.scenario().name() + "-sensitivity", p.plan().seed(),
        StudySupport.identity(p));
    List<PointResult> results;
    try (org.peninsula.experiment.StudyEngine engine = StudySupport.engine(study)) {
      results = StudySupport.run(err, p, t, dir, "sensitivity", null, engine,
          "parquet".equalsIgnoreCase(study.format));
    }
    if (results == null) {
      return StudyResume.interrupted(err, "sensitivity", dir);
    }
    List<SensitivityReport.Analysis> analyses = new ArrayList<>();
    for (Measure measure : p.measures()) {
      Map<String, Double> outputs = new LinkedHashMap<>();
      List<String> missing = new ArrayList<>();
      for (PointResult r : results) {
        double v = measure.of(r);
        if (!Double.isFinite(v)) {
          missing.add(r.point().id());
        }
        outputs.put(r.point().id(), v);
      }
      if (!missing.isEmpty()) {
        throw new ScenarioArgument.UserError(measure.name() + ": no value at " + missing.size()
            + " design point(s) (e.g. " + missing.get(0) + ": every run failed or the outcome"
            + " never happened there); choose another outcome or more replications");
      }
      if (p.plan().saltelli() != null) {
        analyses.add(new SensitivityReport.Analysis(measure,
            new SobolAnalyzer().analyze(p.plan().saltelli(), outputs), null));
      } else {
        analyses.add(new SensitivityReport.Analysis(measure, null,
            new MorrisAnalyzer().analyze(p.plan().morris(), outputs)));
      }
    }
    Map<String, Object> inputs = SweepReport.inputs(p.scenario().name(), p.scenario().sha256(),
        p.plan());
    inputs.put("method", m);
    SensitivityReport.write(dir, p.scenario().name(), analyses, inputs);
    StudyFiles.writeCsv(dir.resolve("points.csv"), SweepReport.header(p.plan().design()),
        SweepReport.rows(results, p.plan().seed(), p.plan().design().space()));
    PrintWriter o = spec.commandLine().getOut();
    for (SensitivityReport.Analysis a : analyses) {
      o.printf(Locale.ROOT, "%n%s (%s)%n", a.measure().label(), m.equals("sobol")
          ? "Sobol' indices, ranked by total index" : "Morris, ranked by mu*");
      StudySupport.printTable(o, SensitivityReport.tableHeader(a),
          SensitivityReport.tableRows(a));
      if (a.sobol() != null) {
        o.println();
        o.println("Convergence (total index [95% CI] by base samples N):");
        StudySupport.printTable(o, SensitivityReport.convergenceHeader(a.sobol()),
            SensitivityReport.convergenceRows(a.sobol()));
      }
    }
    o.printf(Locale.ROOT, "%n%s%n", SensitivityReport.NOISE_FLOOR_NOTE);
    o.printf(Locale.ROOT, "%nResults: %s%n", dir);
    o.flush();
    return 0;
  }
}
