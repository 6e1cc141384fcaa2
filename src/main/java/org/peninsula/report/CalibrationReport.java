package org.peninsula.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peninsula.analysis.calibration.AbcSmc;
import org.peninsula.analysis.calibration.Generation;
import org.peninsula.analysis.calibration.PosteriorPredictive;
import org.peninsula.analysis.calibration.Prior;
import org.peninsula.analysis.calibration.ScenarioPriors;
import org.peninsula.analysis.calibration.Weighted;
import org.peninsula.report.chart.CalibrationCharts;

/** The self-contained report of a calibration (report.html). */
public final class CalibrationReport {
  private CalibrationReport() {}

  /** What the report shows, gathered by the command. */
  public record Input(String scenario, String record, List<String> keys, List<Prior> priors,
      AbcSmc.Result result, List<PosteriorPredictive.Check> checks, List<String> statistics,
      List<Integer> years, int predictiveRuns, long seed, int threads, double seconds,
      List<String> notExpressed) {}

  public static HtmlReport build(Input in) {
    AbcSmc.Result r = in.result();
    Generation prior = r.generations().get(0);
    Generation post = r.last();
    HtmlReport.Builder b = HtmlReport.builder("Calibration of " + in.scenario())
        .embed(ImageEmbedding.PNG)
        .subtitle("ABC by sequential Monte Carlo against " + in.record());
    Map<String, Object> kv = new LinkedHashMap<>();
    kv.put("Scenario", in.scenario());
    kv.put("Record", in.record());
    kv.put("Calibrated keys", String.join(", ", in.keys()));
    kv.put("Particles", post.size());
    kv.put("Generations", r.generations().size());
    kv.put("Simulations", r.simulations());
    kv.put("Final tolerance", fmt(post.epsilon()));
    kv.put("Final acceptance rate", fmt(post.acceptanceRate()));
    kv.put("Effective sample size", fmt(post.ess()));
    kv.put("Stopped because", r.stopReason());
    kv.put("Master seed", in.seed());
    kv.put("Threads", in.threads());
    kv.put("Wall time (s)", fmt(in.seconds()));
    b.section("Summary").keyValues("The run", kv);

    b.section("Posterior")
        .paragraph("Width ratio: the posterior's central 90% interval over the prior's. Below 0.5"
            + " the record constrains the parameter; near 1 it does not (the data cannot pin it"
            + " down, and the prior carries through).");
    List<List<String>> rows = new ArrayList<>();
    for (int a = 0; a < in.keys().size(); a++) {
      double[] pc = prior.column(a);
      double[] ones = new double[pc.length];
      java.util.Arrays.fill(ones, 1);
      double pw = Weighted.quantile(pc, ones, 0.95) - Weighted.quantile(pc, ones, 0.05);
      double[] x = post.column(a);
      double lo = Weighted.quantile(x, post.weights(), 0.05);
      double hi = Weighted.quantile(x, post.weights(), 0.95);
      rows.add(List.of(in.keys().get(a), ScenarioPriors.describe(in.priors().get(a)),
          fmt(Weighted.mean(x, post.weights())), fmt(Math.sqrt(Weighted.variance(x,
              post.weights()))), fmt(lo), fmt(hi), fmt(pw > 0 ? (hi - lo) / pw : Double.NaN)));
    }
    b.table("Posterior of each key", List.of("key", "prior", "mean", "sd", "5%", "95%",
        "width ratio"), rows);
    for (int a = 0; a < in.keys().size(); a++) {
      Prior p = in.priors().get(a);
      b.figure(CalibrationCharts.marginal(in.keys().get(a), p.lower(), p.upper(),
          prior.column(a), post.column(a), post.weights()), "Prior and posterior of "
          + in.keys().get(a));
    }
    if (in.keys().size() > 1) {
      double[][] corr = PosteriorPredictive.correlations(post);
      List<int[]> pairs = new ArrayList<>();
      for (int a = 0; a < corr.length; a++) {
        for (int c = a + 1; c < corr.length; c++) {
          pairs.add(new int[] {a, c});
        }
      }
      pairs.sort((u, v) -> Double.compare(Math.abs(corr[v[0]][v[1]]),
          Math.abs(corr[u[0]][u[1]])));
      b.section("Strongest posterior correlations");
      double[] cum = Weighted.cumulative(post.weights());
      for (int[] pr : pairs.subList(0, Math.min(3, pairs.size()))) {
        int m = 500;
        double[] xa = new double[m];
        double[] xb = new double[m];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(in.seed());
        for (int i = 0; i < m; i++) {
          int j = Weighted.pick(cum, rnd.nextDouble());
          xa[i] = post.theta()[j][pr[0]];
          xb[i] = post.theta()[j][pr[1]];
        }
        b.figure(CalibrationCharts.pair(in.keys().get(pr[0]), in.keys().get(pr[1]), xa, xb,
            corr[pr[0]][pr[1]]), "Posterior draws of the pair");
      }
    }

    List<List<String>> traj = new ArrayList<>();
    for (Generation g : r.generations()) {
      traj.add(List.of(Integer.toString(g.index()), fmt(g.epsilon()),
          Long.toString(g.simulations()), fmt(g.acceptanceRate()), fmt(g.ess())));
    }
    b.section("Tolerance and acceptance").table("By generation", List.of("generation",
        "tolerance", "simulations", "acceptance rate", "ESS"), traj);

    b.section("Posterior predictive checks").paragraph(String.format(Locale.ROOT,
        "%d fresh runs at particles drawn by weight. A statistic passes when the record (or part"
        + " of its range) lies inside the 90%% predictive band.", in.predictiveRuns()));
    List<List<String>> cr = new ArrayList<>();
    int inside = 0;
    int observed = 0;
    for (PosteriorPredictive.Check c : in.checks()) {
      if (!c.observed()) {
        continue;
      }
      observed++;
      inside += c.inside() ? 1 : 0;
      String rec = c.observedLow() == c.observedHigh() ? fmt(c.observedLow())
          : "[" + fmt(c.observedLow()) + ", " + fmt(c.observedHigh()) + "]";
      cr.add(List.of(c.statistic(), rec, fmt(c.q05()), fmt(c.q50()), fmt(c.q95()),
          c.inside() ? "inside" : "MISSED"));
    }
    b.paragraph(String.format(Locale.ROOT, "%d of %d statistics inside their band.", inside,
        observed));
    b.table("Every statistic against the record", List.of("statistic", "record", "5%", "median",
        "95%", "check"), cr);
    int ny = in.years().size();
    for (int s = 0; s < in.statistics().size(); s++) {
      double[] q05 = new double[ny];
      double[] q50 = new double[ny];
      double[] q95 = new double[ny];
      double[] lo = new double[ny];
      double[] hi = new double[ny];
      for (int y = 0; y < ny; y++) {
        PosteriorPredictive.Check c = in.checks().get(s * ny + y);
        q05[y] = c.q05();
        q50[y] = c.q50();
        q95[y] = c.q95();
        lo[y] = c.observedLow();
        hi[y] = c.observedHigh();
      }
      b.figure(CalibrationCharts.predictive(in.statistics().get(s), in.years(), q05, q50, q95,
          lo, hi), "Predictive check of " + in.statistics().get(s));
    }
    b.section("What the model cannot express yet");
    for (String n : in.notExpressed()) {
      b.paragraph(n);
    }
    return b.build();
  }

  private static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "-";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    return String.format(Locale.ROOT, "%.3g", v);
  }
}
