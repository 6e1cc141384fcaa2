package org.peninsula.experiment.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.peninsula.experiment.design.Design;
import org.peninsula.experiment.design.FullFactorialDesign;
import org.peninsula.experiment.design.LatinHypercubeDesign;
import org.peninsula.experiment.design.MorrisDesign;
import org.peninsula.experiment.design.NoiseFloor;
import org.peninsula.experiment.design.Parameter;
import org.peninsula.experiment.design.ParameterSpace;
import org.peninsula.experiment.design.SaltelliDesign;
import org.peninsula.experiment.design.SobolDesign;
import org.peninsula.scenario.PinnedSource;
import org.peninsula.scenario.ScenarioFile;

/**
 * A scenario's {@code sweep:} turned into a design: the parameter space (ranges default to each
 * path's natural range), the design method and its size, replications per point and the seed.
 *
 * @param morris set when the method is morris
 * @param saltelli set when the method is saltelli
 */
public record SweepPlan(String method, Design design, MorrisDesign morris,
    SaltelliDesign saltelli, int replications, long seed, List<String> outcomes) {

  public static final int DEFAULT_REPLICATIONS = 50;
  public static final int DEFAULT_SAMPLES = 64;
  public static final int DEFAULT_LEVELS = 4;
  public static final int DEFAULT_TRAJECTORIES = 20;

  /**
   * Builds the plan.
   *
   * @param method overrides the file's design (null: the file's, default lhs)
   * @param samples overrides samples (sobol/lhs/saltelli base samples) or trajectories (morris)
   * @param replications overrides the file's replications
   * @param fallbackSeed the seed when the sweep has none (the scenario's)
   * @throws IllegalArgumentException with a readable message
   */
  public static SweepPlan of(ScenarioFile.SweepSpec spec, String method, Integer samples,
      Integer replications, long fallbackSeed) {
    if (spec == null || spec.parameters() == null || spec.parameters().isEmpty()) {
      throw new IllegalArgumentException("the scenario has no sweep: section with parameters");
    }
    List<Parameter> params = new ArrayList<>();
    for (ScenarioFile.SweepParameter p : spec.parameters()) {
      double[] range = PinnedSource.range(p.path());
      params.add(new Parameter(p.path(), p.min() != null ? p.min() : range[0],
          p.max() != null ? p.max() : range[1]));
    }
    ParameterSpace space = new ParameterSpace(params);
    String m = normalise(method != null ? method : spec.design() != null ? spec.design() : "lhs");
    int reps = replications != null ? replications
        : spec.replications() != null ? spec.replications() : DEFAULT_REPLICATIONS;
    if (reps < 1) {
      throw new IllegalArgumentException("replications must be at least 1, not " + reps);
    }
    long seed = spec.seed() != null ? spec.seed() : fallbackSeed;
    List<String> outcomes = spec.outcomes() == null ? List.of() : List.copyOf(spec.outcomes());
    int n = samples != null ? samples : -1;
    if (samples != null && samples < 1) {
      throw new IllegalArgumentException("samples must be at least 1, not " + samples);
    }
    switch (m) {
      case "factorial" -> {
        int levels = spec.levels() != null ? spec.levels() : n > 0 ? n : 3;
        return new SweepPlan(m, FullFactorialDesign.generate("ff", space, levels), null, null,
            reps, seed, outcomes);
      }
      case "lhs" -> {
        int s = n > 0 ? n : spec.samples() != null ? spec.samples() : DEFAULT_SAMPLES;
        return new SweepPlan(m, LatinHypercubeDesign.generate("lhs", space, s, seed), null,
            null, reps, seed, outcomes);
      }
      case "sobol" -> {
        int s = n > 0 ? n : spec.samples() != null ? spec.samples() : DEFAULT_SAMPLES;
        return new SweepPlan(m, SobolDesign.generate("sobol", space, s, seed), null, null, reps, seed,
            outcomes);
      }
      case "morris" -> {
        int r = n > 0 ? n : spec.trajectories() != null ? spec.trajectories()
            : DEFAULT_TRAJECTORIES;
        int levels = spec.levels() != null ? spec.levels() : DEFAULT_LEVELS;
        MorrisDesign d = MorrisDesign.generate("morris", NoiseFloor.add(space), r, levels,
            seed);
        return new SweepPlan(m, d.design(), d, null, reps, seed, outcomes);
      }
      case "saltelli" -> {
        int s = n > 0 ? n : spec.samples() != null ? spec.samples() : DEFAULT_SAMPLES;
        SaltelliDesign d = SaltelliDesign.generate("salt", NoiseFloor.add(space), s, seed);
        return new SweepPlan(m, d.design(), null, d, reps, seed, outcomes);
      }
      default -> throw new IllegalArgumentException("unknown design '" + method
          + "'; use factorial, lhs, sobol, morris or saltelli");
    }
  }

  private static String normalise(String method) {
    String m = method.trim().toLowerCase(Locale.ROOT).replace("_", "-");
    return switch (m) {
      case "factorial", "full-factorial", "fullfactorial", "full" -> "factorial";
      case "lhs", "latin-hypercube", "latinhypercube" -> "lhs";
      case "sobol", "sobol-sequence" -> "sobol";
      case "morris" -> "morris";
      case "saltelli" -> "saltelli";
      default -> m;
    };
  }

  /** Runs the plan needs: points times replications. */
  public long totalRuns() {
    return (long) design.size() * replications;
  }
}
