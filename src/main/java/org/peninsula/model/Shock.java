package org.peninsula.model;

import java.io.Serializable;

/**
 * A scripted jolt to one world variable or one relation: {@code delta} is added to the current
 * value (clamped to the variable's declared range; a relation moves both countries' views of
 * each other, within [-1, 1]). Teachers and analysts use it to ask "what if tension jumped by
 * 0.2 in March". The key is resolved once, when the scenario is read, so applying it in the
 * month loop does no string work.
 *
 * @param key a {@code world.*} key or a {@code relations.A-B} key, as declared
 * @param variable the world variable, or null for a relation
 * @param a first country of a relation, or null
 * @param b second country of a relation, or null
 */
public record Shock(String key, WorldVariable variable, Actor a, Actor b, double delta)
    implements Serializable {

  /** Resolves a key; throws IllegalArgumentException naming the key when it is not shockable. */
  public static Shock of(String key, double delta) {
    if (!Double.isFinite(delta)) {
      throw new IllegalArgumentException("delta must be a finite number");
    }
    if (key != null && key.startsWith("world.")) {
      WorldVariable v = WorldVariable.byKey(key.substring("world.".length()));
      if (v != null) {
        return new Shock(key, v, null, null, delta);
      }
    } else if (key != null && key.startsWith("relations.")) {
      String[] pair = key.substring("relations.".length()).split("-");
      if (pair.length == 2) {
        Actor a = actor(pair[0]);
        Actor b = actor(pair[1]);
        if (a != null && b != null && a != b) {
          return new Shock(key, null, a, b, delta);
        }
      }
    }
    throw new IllegalArgumentException("'" + key + "' cannot be shocked (expected a world.*"
        + " key such as world.tension or a relation such as relations.USA-DPRK)");
  }

  private static Actor actor(String name) {
    for (Actor x : Actor.values()) {
      if (x.name().equals(name)) {
        return x;
      }
    }
    return null;
  }

  void apply(WorldState w) {
    if (variable == null) {
      w.relations[WorldState.pair(a, b)] = WorldState.clamp11(w.relation(a, b) + delta);
      w.relations[WorldState.pair(b, a)] = WorldState.clamp11(w.relation(b, a) + delta);
      return;
    }
    double lo = variable.min();
    double hi = variable.max();
    switch (variable) {
      case TENSION -> w.tension = clamp(w.tension + delta, lo, hi);
      case DPRK_CAPABILITY -> w.capability = clamp(w.capability + delta, lo, hi);
      case SANCTIONS_STRINGENCY -> w.stringency = clamp(w.stringency + delta, lo, hi);
      case DPRK_ECONOMIC_STRESS -> w.stress = clamp(w.stress + delta, lo, hi);
      case DPRK_CHINA_DEPENDENCE -> w.chinaDependence = clamp(w.chinaDependence + delta, lo, hi);
      case RUSSIA_AXIS_PROGRESS -> w.axisProgress = clamp(w.axisProgress + delta, lo, hi);
      case RUSSIA_STANDING -> w.standing = clamp(w.standing + delta, lo, hi);
      case SECURITY_FRAMEWORK -> w.framework = clamp(w.framework + delta, lo, hi);
      case NUCLEAR_ACCEPTANCE -> w.nuclearAcceptance = clamp(w.nuclearAcceptance + delta, lo, hi);
      case ROK_LEANING -> w.rokLeaning = clamp(w.rokLeaning + delta, lo, hi);
      case US_LEANING -> w.usLeaning = clamp(w.usLeaning + delta, lo, hi);
      case MISSILE_DEFENCE -> w.missileDefence = clamp(w.missileDefence + delta, lo, hi);
    }
  }

  private static double clamp(double x, double lo, double hi) {
    return x < lo ? lo : (x > hi ? hi : x);
  }
}
