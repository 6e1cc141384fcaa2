package org.peninsula.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.peninsula.analysis.prim.Prim;
import org.peninsula.analysis.prim.PrimBox;
import org.peninsula.analysis.prim.PrimData;
import org.peninsula.analysis.prim.PrimResult;
import org.peninsula.analysis.prim.PrimValidation;
import org.peninsula.experiment.study.Measure;
import org.peninsula.experiment.study.PointResult;
import org.peninsula.report.DiscoveryReport;
import org.peninsula.report.StudyFiles;
import org.peninsula.report.SweepReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peninsula discover SCENARIO --outcome war}: PRIM scenario discovery on a sweep. */
@Command(name = "discover", mixinStandardHelpOptions = true,
    description = {
        "Scenario discovery with PRIM over the scenario's sweep design: a design point is of"
            + " interest when its outcome (a future's probability or an outcome's mean over the"
            + " point's replications) is above --threshold (default: the outcome's mean over all"
            + " points). Prints the peeling trajectory and the chosen box: the densest box that"
            + " covers at least --min-coverage of the points of interest.",
        "Writes discovery.json, trajectory.csv, points.csv, runs/ (every run, resumable:"
            + " --resume DIR) and report.html (trade-off chart)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "2:bad input", "130:interrupted (finish with --resume DIR)"})
public final class DiscoverCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario"
      + " file with a sweep: section (with --resume, the study's own).")
  Path file;

  @Option(names = "--outcome", paramLabel = "NAME", defaultValue = "war",
      description = "Outcome (default: ${DEFAULT-VALUE}); e.g. sanctionsCollapse, peakTension.")
  String outcome;

  @Option(names = "--threshold", paramLabel = "X", description = "A point is of interest when"
      + " its value is above X (default: the mean over all points).")
  Double threshold;

  @Option(names = "--min-coverage", paramLabel = "C", defaultValue = "0.5",
      description = "Chosen box: the densest with at least this coverage (default:"
          + " ${DEFAULT-VALUE}).")
  double minCoverage;

  @Option(names = "--per-run", description = "Classify runs instead of design points: one"
      + " row per completed run (its point's parameter values), of interest when the run's"
      + " value (1/0 for a future, the outcome's value) is above the threshold (default: the"
      + " mean over all runs, so for a future or war: the run ended in it).")
  boolean perRun;

  @Option(names = "--design", paramLabel = "D", description = "Override the design (default:"
      + " the sweep's).")
  String design;

  @Mixin StudyOptions study;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    int t = StudySupport.threads(study.threads);
    StudySupport.checkEngine(study);
    StudyResume res = StudyResume.of("discover", study.resume);
    Path f = res.path("scenario", file);
    if (f == null) {
      throw new ScenarioArgument.UserError("give the SCENARIO file (or --resume DIR)");
    }
    String od = res.value("outcome", StudyResume.given(spec, "--outcome", outcome));
    outcome = od != null ? od : outcome;
    threshold = res.doubleValue("threshold", threshold);
    Double mc = res.doubleValue("minCoverage",
        StudyResume.given(spec, "--min-coverage", minCoverage));
    minCoverage = mc != null ? mc : minCoverage;
    String pr = res.value("perRun", StudyResume.given(spec, "--per-run", perRun) == null ? null
        : Boolean.toString(perRun));
    perRun = pr != null ? Boolean.parseBoolean(pr) : perRun;
    if (!(minCoverage > 0 && minCoverage <= 1)) {
      throw new ScenarioArgument.UserError("--min-coverage must be in (0, 1], not "
          + minCoverage);
    }
    StudySupport.Planned p = StudySupport.plan(f, res.value("design", design),
        res.integer("samples", study.samples), res.integer("replications", study.replications),
        List.of(outcome));
    Path dir = res.directory(study.out, p.scenario().name() + "-discover", p.plan().seed(),
        StudySupport.identity(p));
    Measure measure = p.measures().get(0);
    List<double[]> runRows = new java.util.ArrayList<>();
    List<Double> runValues = new java.util.ArrayList<>();
    List<PointResult> results;
    try (org.peninsula.experiment.StudyEngine engine = StudySupport.engine(study)) {
      results = StudySupport.run(err, p, t, dir, "discover", !perRun ? null
          : (point, future, values) -> {
            runRows.add(p.plan().design().points().get(point).values());
            runValues.add(measure.ofRun(future, values));
          }, engine,
          "parquet".equalsIgnoreCase(study.format));
    }
    if (results == null) {
      return StudyResume.interrupted(err, "discover", dir);
    }
    double[] y;
    double[][] rows;
    if (perRun) {
      y = runValues.stream().mapToDouble(Double::doubleValue).toArray();
      rows = runRows.toArray(double[][]::new);
    } else {
      y = new double[results.size()];
      rows = new double[results.size()][];
      for (int i = 0; i < y.length; i++) {
        y[i] = measure.of(results.get(i));
        rows[i] = results.get(i).point().values();
      }
    }
    double sum = 0;
    int n = 0;
    for (double v : y) {
      if (Double.isFinite(v)) {
        sum += v;
        n++;
      }
    }
    double x = threshold != null ? threshold : n == 0 ? Double.NaN : sum / n;
    PrimData data = PrimData.thresholded(p.plan().design().space().names(), rows, y,
        v -> Double.isFinite(v) && v > x);
    int interest = data.countOfInterest();
    if (interest == 0 || interest == data.size()) {
      throw new ScenarioArgument.UserError(String.format(Locale.ROOT, "%s: %s of %d %s"
          + " have %s above %.4g; PRIM needs some points in and some out (change"
          + " --threshold, --samples or --replications)", f, interest == 0 ? "none" : "all",
          data.size(), perRun ? "runs" : "design points", perRun ? measure.name()
              : measure.label(), x));
    }
    Prim prim = new Prim();
    PrimResult r = prim.find(data);
    PrimBox chosen = r.densestWithCoverage(minCoverage).orElse(r.box(0));
    Map<String, Double> quasiP = prim.restrictionPValues(data, chosen);
    // per-run data are large and noisy: fewer resamples keep the bootstrap to seconds
    PrimValidation validation = PrimValidation.of(prim, data, r, chosen, minCoverage,
        perRun ? 50 : 200, p.plan().seed());
    String question = perRun
        ? String.format(Locale.ROOT, "Where in the sweep do runs have %s above %.4g? %d of %d"
            + " runs (%s design, %d points, %d replications each).", measure.name(), x,
            interest, data.size(), p.plan().method(), results.size(), p.plan().replications())
        : String.format(Locale.ROOT, "Where in the sweep is %s above %.4g? %d of %d design"
            + " points (%s design, %d replications each).", measure.label(), x, interest,
            data.size(), p.plan().method(), p.plan().replications());
    Map<String, Object> inputs = SweepReport.inputs(p.scenario().name(), p.scenario().sha256(),
        p.plan());
    inputs.put("outcome", measure.label());
    inputs.put("threshold", x);
    inputs.put("rows", perRun ? "one per completed run" : "one per design point");
    inputs.put("min coverage", minCoverage);
    DiscoveryReport.write(dir, "Scenario discovery: " + p.scenario().name(), question, r,
        chosen, quasiP, validation, inputs);
    StudyFiles.writeCsv(dir.resolve("points.csv"), SweepReport.header(p.plan().design()),
        SweepReport.rows(results, p.plan().seed()));
    PrintWriter o = spec.commandLine().getOut();
    o.println(question);
    o.println();
    o.println("Peeling trajectory:");
    StudySupport.printTable(o, List.of("step", "phase", "coverage", "density", "mass",
        "restricted"), r.trajectory().stream().map(b -> List.of(Integer.toString(b.step()),
            b.phase().name(), f(b.coverage()), f(b.density()), f(b.mass()),
            Integer.toString(b.restrictedLimits().size()))).toList());
    o.println();
    o.printf(Locale.ROOT, "Chosen box %d: coverage %.3f, density %.3f, mass %.3f%n",
        chosen.step(), chosen.coverage(), chosen.density(), chosen.mass());
    StudySupport.printTable(o, DiscoveryReport.LIMIT_HEADER,
        DiscoveryReport.limitRows(chosen, quasiP, validation));
    o.println(DiscoveryReport.validationNote(validation));
    o.printf(Locale.ROOT, "%nResults: %s%n", dir);
    o.flush();
    return 0;
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
