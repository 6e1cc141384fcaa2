package org.peninsula.scenario;

import java.util.List;

/**
 * What an ensemble needs from a scenario: a name, a horizon, and a way to draw the parameters of
 * run {@code i} from that run's seed. {@link Scenario} is the usual implementation; sweeps wrap
 * one to pin some parameters at a design point.
 */
public interface RunSource {

  String name();

  int horizonMonths();

  /** Paths of the parameters that are drawn per run (the extra columns of runs.csv). */
  List<String> uncertainPaths();

  /** The parameters of the run seeded with {@code runSeed}; deterministic in the seed. */
  ScenarioDraw draw(long runSeed);
}
