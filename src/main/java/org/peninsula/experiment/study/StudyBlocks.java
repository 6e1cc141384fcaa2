package org.peninsula.experiment.study;

import java.util.List;
import org.peninsula.experiment.Block;
import org.peninsula.experiment.BlockWorker;
import org.peninsula.experiment.StudyEngine;
import org.peninsula.scenario.Scenario;
import org.peninsula.scenario.ScenarioException;
import org.peninsula.scenario.ScenarioLoader;

/**
 * A study's batch as a {@link StudyEngine.BlockPlayer}: the scenario's text and the design's
 * values, from which any JVM rebuilds {@link StudyBatch#layout} and plays any block of runs
 * exactly as the local engine does (point {@code run / R}, seed of replication {@code run % R}).
 * Shared by the tasks of one JVM (an engine broadcasts it), so each thread keeps its own worker.
 */
public final class StudyBlocks implements StudyEngine.BlockPlayer {
  private static final long serialVersionUID = 1L;

  private final String scenarioText;
  private final String scenarioLabel;
  private final List<String> names;
  private final double[][] points;
  private final long[] pointSeeds;
  private final int replications;
  private final long masterSeed;
  private final boolean recordSeries;
  private transient ThreadLocal<BlockWorker> workers;

  private StudyBlocks(String scenarioText, String scenarioLabel, List<String> names,
      double[][] points, long[] pointSeeds, int replications, long masterSeed,
      boolean recordSeries) {
    this.scenarioText = scenarioText;
    this.pointSeeds = pointSeeds;
    this.scenarioLabel = scenarioLabel;
    this.names = List.copyOf(names);
    this.points = points;
    this.replications = replications;
    this.masterSeed = masterSeed;
    this.recordSeries = recordSeries;
  }

  /**
   * The study of {@code scenario} (loaded from a file, so it knows its text).
   *
   * @param names the parameters the model sees; {@code points} their values at each point
   * @param pointSeeds the master seed of each point's replications
   */
  public static StudyBlocks of(Scenario scenario, List<String> names, double[][] points,
      long[] pointSeeds, int replications, long masterSeed, boolean recordSeries) {
    if (scenario.text() == null) {
      throw new IllegalArgumentException("scenario '" + scenario.name() + "' has no text");
    }
    // The label keeps the file's name, from which the scenario takes its default name.
    String label = scenario.file() == null ? scenario.name() + ".yaml"
        : java.nio.file.Path.of(scenario.file()).getFileName().toString();
    return new StudyBlocks(scenario.text(), label, names, points, pointSeeds, replications,
        masterSeed, recordSeries);
  }

  /**
   * The scenario's plain ensemble of {@code runs} runs (run i seeded with
   * {@code RunSeeds.of(masterSeed, i)}), as {@code peninsula run} plays it: one point that pins
   * nothing, replicated {@code runs} times.
   */
  public static StudyBlocks ensemble(Scenario scenario, long runs, long masterSeed,
      boolean recordSeries) {
    if (runs > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(runs + " runs: at most " + Integer.MAX_VALUE);
    }
    return of(scenario, List.of(), new double[][] {{}}, new long[] {masterSeed}, (int) runs,
        masterSeed, recordSeries);
  }

  @Override
  public long runs() {
    return (long) points.length * replications;
  }

  @Override
  public Block play(long first, int size) {
    return worker().play(first, size);
  }

  private synchronized ThreadLocal<BlockWorker> workers() {
    if (workers == null) {
      workers = ThreadLocal.withInitial(this::newWorker);
    }
    return workers;
  }

  private BlockWorker worker() {
    return workers().get();
  }

  private BlockWorker newWorker() {
    Scenario s;
    try {
      s = ScenarioLoader.parse(scenarioText, scenarioLabel);
    } catch (ScenarioException e) {
      throw new IllegalStateException("the shipped scenario does not parse: " + e.getMessage(),
          e);
    }
    return new BlockWorker(s, StudyBatch.layout(s, names, points, pointSeeds, replications),
        masterSeed, recordSeries);
  }
}
