package org.peninsula.model;

/**
 * Russia's three aims (a major role in the peninsula's future, a north-south economic axis, a
 * multilateral security framework) as quantities that its moves and others' choices advance or
 * set back.
 */
final class RussianAims {
  private RussianAims() {}

  static void brokered(WorldState w, double amount) {
    w.standing = WorldState.clamp01(w.standing + amount);
  }

  static void sidelined(WorldState w, double amount) {
    w.standing = WorldState.clamp01(w.standing - amount);
  }

  /**
   * One month of trilateral projects: progress shrinks with the square of effective sanctions
   * (the projects run against them) and grows with Seoul's goodwill and participation. Returns
   * the gain, read from the world as it stands, for the caller to apply.
   */
  static double projectGain(WorldState w, ModelParameters p, boolean seoulJoins) {
    double open = 1 - w.effectivePressure;
    double goodwill = CountryAgent.warmth(w, Actor.ROK, Actor.RUS);
    return p.mechanism(Mechanism.AXIS_PROGRESS_RATE) * open * open * goodwill
        * (seoulJoins ? p.mechanism(Mechanism.AXIS_SEOUL_JOINS)
            : p.mechanism(Mechanism.AXIS_SEOUL_ABSENT));
  }

  static void monthly(WorldState w, ModelParameters p) {
    w.axisProgress -= p.mechanism(Mechanism.AXIS_DECAY) * w.axisProgress;
    w.standing -= p.mechanism(Mechanism.STANDING_DECAY)
        * (w.standing - p.mechanism(Mechanism.STANDING_FLOOR));
    w.framework -= p.mechanism(Mechanism.FRAMEWORK_DECAY) * w.framework;
  }
}
