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
import org.peninsula.model.SplitMixRandom;

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
  private PosteriorSample posterior;
  // Set once by the loader for a file with extends: (see ScenarioInheritance), before the
  // scenario is handed out; empty for a scenario read from one file.
  private List<String> chain = List.of();
  private Map<String, String> provenance = Map.of();
  // The (merged) YAML it was parsed from, set once by the loader: what another JVM (a Spark
  // executor) parses to play the very same scenario without the file or the files it extends.
  private String text;

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

  /** Draws the posterior's keys per run (set once, by the loader). */
  Scenario withPosterior(PosteriorSample sample) {
    this.posterior = sample;
    return this;
  }

  /** The posterior sample the runs draw from, or null. */
  public PosteriorSample posterior() {
    return posterior;
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

  void text(String yaml) {
    this.text = yaml;
  }

  /**
   * The YAML this scenario was parsed from (for a file with {@code extends:}, the merged text):
   * {@code ScenarioLoader.parse(text(), fileName)} gives a scenario that plays identical runs.
   */
  public String text() {
    return text;
  }

  /** Records the files a scenario with {@code extends:} was merged from. */
  void inherited(List<String> files, Map<String, String> valueFiles) {
    this.chain = List.copyOf(files);
    this.provenance = Collections.unmodifiableMap(new LinkedHashMap<>(valueFiles));
  }

  /**
   * For a scenario file with {@code extends:}: the file, the file it extends, and so on; empty
   * for a scenario read from one file.
   */
  public List<String> chain() {
    return chain;
  }

  /**
   * For a scenario file with {@code extends:}: which file each value came from, by path
   * ("actors.USA.pressure", "world.tension", "injects", "horizonMonths"); empty for a scenario
   * read from one file (every value is then from {@link #file()}).
   */
  public Map<String, String> provenance() {
    return provenance;
  }

  /**
   * SHA-256 of the file's bytes, hex; for a file with {@code extends:}, of its bytes and of the
   * files it extends, so a change to any of them changes it.
   */
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
    if (posterior != null) {
      for (String k : posterior.keys()) {
        if (!paths.contains(k)) {
          paths.add(k);
        }
      }
    }
    return paths;
  }

  @Override
  public ScenarioDraw draw(long runSeed) {
    if (uncertain.isEmpty() && posterior == null) {
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
    if (posterior != null) {
      posterior.apply(p, drawn, runSeed);
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
    if (!chain.isEmpty()) {
      out.put("extends", chain.subList(1, chain.size()));
      out.put("valueFiles", provenance);
    }
    return out;
  }
}
