package org.peninsula.model;

/**
 * Russia's three aims (a major role in the peninsula's future, a north-south economic axis, a
 * multilateral security framework) as quantities that its moves and others' choices advance or
 * set back.
 */
final class RussianAims {
  // Declared mechanisms by index: the month loop reads the run's value array directly.
  private static final int M_AXIS_DECAY = Mechanism.AXIS_DECAY.index();
  private static final int M_AXIS_PROGRESS_RATE = Mechanism.AXIS_PROGRESS_RATE.index();
  private static final int M_AXIS_SEOUL_ABSENT = Mechanism.AXIS_SEOUL_ABSENT.index();
  private static final int M_AXIS_SEOUL_JOINS = Mechanism.AXIS_SEOUL_JOINS.index();
  private static final int M_FRAMEWORK_DECAY = Mechanism.FRAMEWORK_DECAY.index();
  private static final int M_STANDING_DECAY = Mechanism.STANDING_DECAY.index();
  private static final int M_STANDING_FLOOR = Mechanism.STANDING_FLOOR.index();

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
    double[] pv = p.values();
    double open = 1 - w.effectivePressure;
    double goodwill = CountryAgent.warmth(w, Actor.ROK, Actor.RUS);
    return pv[M_AXIS_PROGRESS_RATE] * open * open * goodwill
        * (seoulJoins ? pv[M_AXIS_SEOUL_JOINS]
            : pv[M_AXIS_SEOUL_ABSENT]);
  }

  static void monthly(WorldState w, ModelParameters p) {
    double[] pv = p.values();
    w.axisProgress -= pv[M_AXIS_DECAY] * w.axisProgress;
    w.standing -= pv[M_STANDING_DECAY]
        * (w.standing - pv[M_STANDING_FLOOR]);
    w.framework -= pv[M_FRAMEWORK_DECAY] * w.framework;
  }
}
