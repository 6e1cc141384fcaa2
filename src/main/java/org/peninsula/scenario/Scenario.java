package org.peninsula.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;
import org.peninsula.model.ModelParameters;
import org.peninsula.model.SeedKey;

/**
 * A validated scenario: fixed parameters, the distributions of the uncertain ones, and run
 * defaults. Load one with {@link ScenarioLoader#load(Path)}.
 */
public final class Scenario implements RunSource {

  /** An uncertain parameter: where it goes and how it is drawn. */
  public record Uncertain(ParameterPath path, DistributionSpec distribution) {}

  private final String name;
  private final String description;
  private final String file;
  private final String sha256;
  private final ScenarioFile spec;
  private final ModelParameters base;
  private final List<Uncertain> uncertain;
  private final int runs;
  private final long seed;

  Scenario(String name, String description, String file, String sha256, ScenarioFile spec,
      ModelParameters base, List<Uncertain> uncertain, int runs, long seed) {
    this.name = name;
    this.description = description;
    this.file = file;
    this.sha256 = sha256;
    this.spec = spec;
    this.base = base;
    this.uncertain = List.copyOf(uncertain);
    this.runs = runs;
    this.seed = seed;
  }

  public static Scenario load(Path file) throws ScenarioException {
    return ScenarioLoader.load(file);
  }

  @Override
  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  /** The file it was read from, as given. */
  public String file() {
    return file;
  }

  /** SHA-256 of the file's bytes, hex. */
  public String sha256() {
    return sha256;
  }

  /** The file as written (for provenance and sweeps). */
  public ScenarioFile spec() {
    return spec;
  }

  public int runs() {
    return runs;
  }

  public long seed() {
    return seed;
  }

  @Override
  public int horizonMonths() {
    return base.horizonMonths();
  }

  /** Parameters with every uncertain one at the middle of its distribution's range. */
  public ModelParameters baseParameters() {
    return base;
  }

  public List<Uncertain> uncertain() {
    return uncertain;
  }

  @Override
  public List<String> uncertainPaths() {
    List<String> paths = new ArrayList<>(uncertain.size());
    for (Uncertain u : uncertain) {
      paths.add(u.path().path());
    }
    return paths;
  }

  @Override
  public ScenarioDraw draw(long runSeed) {
    if (uncertain.isEmpty()) {
      return new ScenarioDraw(base, Collections.emptyMap());
    }
    ModelParameters.Builder p = base.toBuilder();
    RandomGenerator rng = new SplitMixRandom(runSeed, SeedKey.PARAMETERS);
    Map<String, Double> drawn = new LinkedHashMap<>();
    for (Uncertain u : uncertain) {
      double v = Distributions.draw(u.distribution(), u.path().min(), u.path().max(), rng);
      u.path().set(p, v);
      drawn.put(u.path().path(), v);
    }
    return new ScenarioDraw(p.build(), drawn);
  }

  /**
   * Every resolved parameter by path, for manifests: fixed values as numbers, uncertain ones as
   * their distribution.
   */
  public Map<String, Object> describe() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", name);
    out.put("start", base.calendarLabel(0));
    out.put("horizonMonths", base.horizonMonths());
    for (ParameterPath path : ScenarioLoader.allPaths()) {
      Object value = path.get(base);
      for (Uncertain u : uncertain) {
        if (u.path().equals(path)) {
          value = u.distribution();
        }
      }
      out.put(path.path(), value);
    }
    out.put("elections", base.elections());
    out.put("injects", base.injects());
    out.put("policies", base.policies());
    return out;
  }
}
