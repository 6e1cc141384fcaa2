package org.peninsula.experiment;

import java.util.List;
import java.util.Map;
import org.peninsula.model.Peninsula;
import org.peninsula.scenario.RunSource;
import org.peninsula.scenario.ScenarioDraw;

/**
 * Runs drawn from a {@link RunSource} (or, run by run, from a {@link RunLayout}'s sources); one
 * {@link Peninsula} reused through {@code reset}.
 */
final class SourceTrial implements Trial {
  private final RunLayout layout;
  private final String[] paths;
  private Peninsula sim;

  SourceTrial(RunSource source, List<String> paths) {
    this(RunLayout.of(source), paths);
  }

  SourceTrial(RunLayout layout, List<String> paths) {
    this.layout = layout;
    this.paths = paths.toArray(new String[0]);
  }

  @Override
  public Peninsula begin(long seed, double[] drawn) {
    return begin(0, seed, drawn);
  }

  @Override
  public Peninsula begin(long run, long seed, double[] drawn) {
    java.util.Arrays.fill(drawn, Double.NaN);
    ScenarioDraw d = layout.source(run).draw(seed);
    Map<String, Double> values = d.drawn();
    if (values != null) {
      for (int i = 0; i < paths.length; i++) {
        Double v = values.get(paths[i]);
        if (v != null) {
          drawn[i] = v;
        }
      }
    }
    if (sim == null) {
      sim = new Peninsula(d.parameters(), seed);
    } else {
      sim.reset(d.parameters(), seed);
    }
    return sim;
  }

  @Override
  public long masterSeed(long run, long batchSeed) {
    return layout.masterSeed(run, batchSeed);
  }

  @Override
  public long seedIndex(long run) {
    return layout.seedIndex(run);
  }

  @Override
  public void discard() {
    sim = null;
  }
}
