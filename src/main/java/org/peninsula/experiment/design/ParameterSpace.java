package org.peninsula.experiment.design;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The ordered list of parameters a design varies; the order fixes the columns of every point. */
public record ParameterSpace(List<Parameter> parameters) {

  public ParameterSpace {
    parameters = List.copyOf(parameters);
    if (parameters.isEmpty()) {
      throw new IllegalArgumentException("a parameter space needs at least one parameter");
    }
    Set<String> seen = new HashSet<>();
    for (Parameter p : parameters) {
      if (!seen.add(p.name())) {
        throw new IllegalArgumentException("duplicate parameter name: " + p.name());
      }
    }
  }

  public static ParameterSpace of(Parameter... parameters) {
    return new ParameterSpace(List.of(parameters));
  }

  public int dimension() {
    return parameters.size();
  }

  public Parameter get(int index) {
    return parameters.get(index);
  }

  public List<String> names() {
    List<String> names = new ArrayList<>(parameters.size());
    for (Parameter p : parameters) {
      names.add(p.name());
    }
    return List.copyOf(names);
  }

  /** Column of the named parameter, or -1 when it is not in this space. */
  public int indexOf(String name) {
    for (int i = 0; i < parameters.size(); i++) {
      if (parameters.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  public double[] fromUnit(double[] unit) {
    checkLength(unit);
    double[] natural = new double[unit.length];
    for (int i = 0; i < unit.length; i++) {
      natural[i] = parameters.get(i).fromUnit(unit[i]);
    }
    return natural;
  }

  public double[] toUnit(double[] natural) {
    checkLength(natural);
    double[] unit = new double[natural.length];
    for (int i = 0; i < natural.length; i++) {
      unit[i] = parameters.get(i).toUnit(natural[i]);
    }
    return unit;
  }

  private void checkLength(double[] values) {
    if (values.length != dimension()) {
      throw new IllegalArgumentException(
          "expected " + dimension() + " values, got " + values.length);
    }
  }
}
