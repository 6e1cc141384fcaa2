package org.peninsula.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario with some parameters pinned at given values (a design point of a sweep): each run
 * draws the scenario's uncertain parameters as usual, then the pinned paths are set, overriding
 * any draw of the same path. Immutable, so {@link #draw} is safe from several threads.
 */
public final class PinnedSource implements RunSource {
  private final RunSource scenario;
  private final List<ParameterPath> paths;
  private final double[] values;

  private PinnedSource(RunSource scenario, List<ParameterPath> paths, double[] values) {
    this.scenario = scenario;
    this.paths = paths;
    this.values = values;
  }

  /**
   * @param pathNames parameter paths as in the scenario file ("actors.RUS.sanctionsTolerance")
   * @param values the value of each path, in the same order
   * @throws IllegalArgumentException if a path names nothing or a value is outside its range
   */
  public static PinnedSource of(RunSource scenario, List<String> pathNames, double[] values) {
    if (pathNames.size() != values.length) {
      throw new IllegalArgumentException(pathNames.size() + " paths but " + values.length
          + " values");
    }
    List<ParameterPath> paths = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      ParameterPath p = ParameterPath.of(pathNames.get(i));
      if (!(values[i] >= p.min() && values[i] <= p.max())) {
        throw new IllegalArgumentException(p.path() + ": " + values[i] + " is outside ["
            + p.min() + ", " + p.max() + "]");
      }
      paths.add(p);
    }
    return new PinnedSource(scenario, List.copyOf(paths), values.clone());
  }

  /** The natural range [min, max] of a parameter path, or an exception naming the path. */
  public static double[] range(String path) {
    ParameterPath p = ParameterPath.of(path);
    return new double[] {p.min(), p.max()};
  }

  @Override
  public String name() {
    return scenario.name();
  }

  @Override
  public int horizonMonths() {
    return scenario.horizonMonths();
  }

  @Override
  public List<String> uncertainPaths() {
    return scenario.uncertainPaths();
  }

  @Override
  public ScenarioDraw draw(long runSeed) {
    ScenarioDraw d = scenario.draw(runSeed);
    org.peninsula.model.ModelParameters.Builder b = d.parameters().toBuilder();
    for (int i = 0; i < values.length; i++) {
      paths.get(i).set(b, values[i]);
    }
    if (d.drawn().isEmpty()) {
      return new ScenarioDraw(b.build(), d.drawn());
    }
    Map<String, Double> drawn = new LinkedHashMap<>(d.drawn());
    for (int i = 0; i < values.length; i++) {
      final double v = values[i];
      drawn.computeIfPresent(paths.get(i).path(), (k, old) -> v);
    }
    return new ScenarioDraw(b.build(), drawn);
  }
}
