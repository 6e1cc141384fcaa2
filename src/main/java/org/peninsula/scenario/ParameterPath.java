package org.peninsula.scenario;

import org.peninsula.model.Actor;
import org.peninsula.model.Mechanism;
import org.peninsula.model.ModelParameters;
import org.peninsula.model.StanceParameter;
import org.peninsula.model.WorldVariable;

/**
 * A parameter named by its place in the scenario file: {@code actors.RUS.sanctionsTolerance},
 * {@code relations.CHN-RUS}, {@code world.tension} or {@code mechanisms.clashEscalation}. Sweeps
 * and draws set parameters through it, so the file's names are the only names.
 */
public sealed interface ParameterPath {

  String path();

  double min();

  double max();

  void set(ModelParameters p, double value);

  double get(ModelParameters p);

  record StancePath(Actor actor, StanceParameter stance) implements ParameterPath {
    @Override public String path() {
      return "actors." + actor.name() + "." + stance.key();
    }

    @Override public double min() {
      return 0;
    }

    @Override public double max() {
      return 1;
    }

    @Override public void set(ModelParameters p, double value) {
      p.setStance(actor, stance, value);
    }

    @Override public double get(ModelParameters p) {
      return p.stance(actor, stance);
    }
  }

  record RelationPath(Actor a, Actor b) implements ParameterPath {
    @Override public String path() {
      return "relations." + a.name() + "-" + b.name();
    }

    @Override public double min() {
      return -1;
    }

    @Override public double max() {
      return 1;
    }

    @Override public void set(ModelParameters p, double value) {
      p.setRelation(a, b, value);
    }

    @Override public double get(ModelParameters p) {
      return p.relation(a, b);
    }
  }

  record WorldPath(WorldVariable variable) implements ParameterPath {
    @Override public String path() {
      return "world." + variable.key();
    }

    @Override public double min() {
      return variable.min();
    }

    @Override public double max() {
      return variable.max();
    }

    @Override public void set(ModelParameters p, double value) {
      p.setWorld(variable, value);
    }

    @Override public double get(ModelParameters p) {
      return p.world(variable);
    }
  }

  record MechanismPath(Mechanism mechanism) implements ParameterPath {
    @Override public String path() {
      return "mechanisms." + mechanism.key();
    }

    @Override public double min() {
      return mechanism.min();
    }

    @Override public double max() {
      return mechanism.max();
    }

    @Override public void set(ModelParameters p, double value) {
      p.setMechanism(mechanism, value);
    }

    @Override public double get(ModelParameters p) {
      return p.mechanism(mechanism);
    }
  }

  /** Parses a path; throws {@link IllegalArgumentException} when it names nothing. */
  static ParameterPath of(String path) {
    ParameterPath p = path == null ? null : parse(path);
    if (p == null) {
      throw new IllegalArgumentException("'" + path + "' names no parameter (e.g."
          + " actors.RUS.sanctionsTolerance, mechanisms.clashEscalation)");
    }
    return p;
  }

  /** Parses a path; returns null when it names nothing. */
  static ParameterPath parse(String path) {
    String[] parts = path.split("\\.");
    try {
      switch (parts[0]) {
        case "actors" -> {
          if (parts.length != 3) {
            return null;
          }
          Actor actor = Actor.valueOf(parts[1]);
          StanceParameter s = StanceParameter.byKey(parts[2]);
          return s == null || !s.appliesTo(actor) ? null : new StancePath(actor, s);
        }
        case "relations" -> {
          if (parts.length != 2) {
            return null;
          }
          String[] pair = parts[1].split("-");
          if (pair.length != 2) {
            return null;
          }
          Actor a = Actor.valueOf(pair[0]);
          Actor b = Actor.valueOf(pair[1]);
          return a == b ? null : new RelationPath(a, b);
        }
        case "world" -> {
          WorldVariable v = parts.length == 2 ? WorldVariable.byKey(parts[1]) : null;
          return v == null ? null : new WorldPath(v);
        }
        case "mechanisms" -> {
          Mechanism m = parts.length == 2 ? Mechanism.byKey(parts[1]) : null;
          return m == null ? null : new MechanismPath(m);
        }
        default -> {
          return null;
        }
      }
    } catch (IllegalArgumentException unknownActor) {
      return null;
    }
  }
}
