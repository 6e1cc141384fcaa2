package org.peninsula.analysis.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.StatUtils;
import org.peninsula.analysis.stats.Bootstrap;
import org.peninsula.analysis.stats.Estimate;
import org.peninsula.experiment.design.MorrisDesign;
import org.peninsula.experiment.design.MorrisStep;
import org.peninsula.experiment.design.MorrisTrajectory;

/**
 * Elementary effects from a {@link MorrisDesign}: for each step of each trajectory,
 * EE_i = (y(to) - y(from)) / (±Δ), Δ in unit-cube coordinates. μ, μ* and σ are the mean, mean
 * absolute value and sample standard deviation (n - 1) of the r effects of a parameter; the
 * interval of μ* is a percentile bootstrap over those r effects (as SALib does, but percentile
 * rather than normal).
 */
public final class MorrisAnalyzer {

  private final int bootstrapResamples;
  private final double confidenceLevel;
  private final long seed;

  public MorrisAnalyzer(int bootstrapResamples, double confidenceLevel, long seed) {
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1)");
    }
    this.bootstrapResamples = bootstrapResamples;
    this.confidenceLevel = confidenceLevel;
    this.seed = seed;
  }

  /** 1000 resamples, 95 %, seed 1. */
  public MorrisAnalyzer() {
    this(1000, 0.95, 1L);
  }

  public MorrisResult analyze(MorrisDesign design, ToDoubleFunction<double[]> model) {
    return analyze(design, design.design().evaluate(model));
  }

  /** @param outputs one output per design point id; every point of the design must have one */
  public MorrisResult analyze(MorrisDesign design, Map<String, Double> outputs) {
    int k = design.space().dimension();
    List<MorrisTrajectory> trajectories = design.trajectories();
    double[][] effects = new double[k][trajectories.size()];
    int[] counts = new int[k];
    for (MorrisTrajectory trajectory : trajectories) {
      for (MorrisStep step : trajectory.steps()) {
        double change = output(outputs, step.toId()) - output(outputs, step.fromId());
        effects[step.parameter()][counts[step.parameter()]++] = change / step.unitDelta();
      }
    }
    Bootstrap bootstrap = new Bootstrap(bootstrapResamples, seed);
    List<MorrisIndices> indices = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      double[] ee = effects[i];
      double[] absolute = new double[ee.length];
      for (int t = 0; t < ee.length; t++) {
        absolute[t] = Math.abs(ee[t]);
      }
      double muStar = StatUtils.mean(absolute);
      double[] replicates = bootstrap.replicates(absolute.length, rows -> meanAt(absolute, rows));
      double sigma = ee.length > 1 ? Math.sqrt(StatUtils.variance(ee)) : Double.NaN;
      indices.add(new MorrisIndices(design.space().get(i).name(), StatUtils.mean(ee),
          Bootstrap.percentileEstimate(muStar, replicates, confidenceLevel), sigma, ee.length));
    }
    String method = "Morris elementary effects per unit-cube step (delta = " + design.delta()
        + ", " + design.levels() + " levels, r = " + trajectories.size() + "); "
        + Math.round(confidenceLevel * 100) + "% bootstrap percentile interval for mu* ("
        + bootstrapResamples + " resamples, seed " + seed + ")";
    return new MorrisResult(indices, method);
  }

  private static double meanAt(double[] values, int[] rows) {
    double sum = 0;
    for (int row : rows) {
      sum += values[row];
    }
    return sum / rows.length;
  }

  private static double output(Map<String, Double> outputs, String id) {
    Double y = outputs.get(id);
    if (y == null || !Double.isFinite(y)) {
      throw new IllegalArgumentException("no finite output for design point " + id);
    }
    return y;
  }
}
