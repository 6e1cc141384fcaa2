package org.peninsula.analysis.calibration;

import java.util.List;
import org.peninsula.model.Peninsula;
import org.peninsula.scenario.PinnedSource;
import org.peninsula.scenario.RunSource;

/**
 * The Peninsula model as an ABC simulator: the calibrated parameters are pinned at the
 * particle's values, every other uncertain parameter of the scenario is drawn as in an ordinary
 * run (so the posterior integrates over them), and the run's yearly statistics are returned.
 */
public final class ModelSimulator implements Simulator {
  private final RunSource scenario;
  private final List<String> keys;
  private final List<YearlyStatistic> statistics;
  private final int years;

  public ModelSimulator(RunSource scenario, List<String> keys, List<YearlyStatistic> statistics,
      int years) {
    this.scenario = scenario;
    this.keys = List.copyOf(keys);
    this.statistics = List.copyOf(statistics);
    this.years = years;
  }

  @Override
  public double[] simulate(double[] theta, long seed) {
    var draw = PinnedSource.of(scenario, keys, theta).draw(seed);
    Peninsula sim = new Peninsula(draw.parameters(), seed);
    return RunStatistics.yearly(sim, statistics, years);
  }
}
