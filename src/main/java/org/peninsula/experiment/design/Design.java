package org.peninsula.experiment.design;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * A named list of design points over a parameter space.
 *
 * <p>The point list is in generation order, which is chosen so that a prefix is itself a usable
 * design where that makes sense (Sobol and Saltelli designs), but analysers look points up by
 * id only.
 */
public final class Design {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.]+");

  private final String name;
  private final String method;
  private final ParameterSpace space;
  private final List<DesignPoint> points;
  private final Map<String, DesignPoint> byId;

  /**
   * @param name short name used as id prefix; letters, digits, '_' and '.' only, so that ids are
   *     safe as file names
   * @param method human-readable description of how the points were generated
   */
  public Design(String name, String method, ParameterSpace space, List<DesignPoint> points) {
    this.name = checkName(name);
    this.method = Objects.requireNonNull(method, "method");
    this.space = Objects.requireNonNull(space, "space");
    this.points = List.copyOf(points);
    Map<String, DesignPoint> index = new LinkedHashMap<>();
    for (DesignPoint p : this.points) {
      if (p.dimension() != space.dimension()) {
        throw new IllegalArgumentException(
            "point " + p.id() + " has " + p.dimension() + " values, space has "
                + space.dimension());
      }
      if (index.put(p.id(), p) != null) {
        throw new IllegalArgumentException("duplicate design point id: " + p.id());
      }
    }
    this.byId = Collections.unmodifiableMap(index);
  }

  static String checkName(String name) {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "design name must use letters, digits, '_' or '.', got '" + name + "'");
    }
    return name;
  }

  public String name() {
    return name;
  }

  public String method() {
    return method;
  }

  public ParameterSpace space() {
    return space;
  }

  public List<DesignPoint> points() {
    return points;
  }

  public int size() {
    return points.size();
  }

  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  public DesignPoint point(String id) {
    DesignPoint p = byId.get(id);
    if (p == null) {
      throw new IllegalArgumentException("no point with id " + id + " in design " + name);
    }
    return p;
  }

  /** Parameter name to value for one point, in space order: what a model run is configured with. */
  public Map<String, Double> namedValues(DesignPoint point) {
    Map<String, Double> named = new LinkedHashMap<>();
    for (int i = 0; i < space.dimension(); i++) {
      named.put(space.get(i).name(), point.value(i));
    }
    return named;
  }

  /**
   * Runs a deterministic model at every point and returns outputs keyed by point id, the form the
   * analysers take. Meant for closed-form test functions; simulation runs go through the
   * experiment runner instead.
   */
  public Map<String, Double> evaluate(ToDoubleFunction<double[]> model) {
    Map<String, Double> outputs = new LinkedHashMap<>();
    for (DesignPoint p : points) {
      outputs.put(p.id(), model.applyAsDouble(p.values()));
    }
    return outputs;
  }

  @Override
  public String toString() {
    return "Design[" + name + ", " + method + ", " + points.size() + " points]";
  }
}
