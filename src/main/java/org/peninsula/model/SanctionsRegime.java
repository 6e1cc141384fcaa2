package org.peninsula.model;

/**
 * UN sanctions: stringency on paper (raised by resolutions, lifted by deals, worn down by
 * fatigue) is separate from each country's enforcement. What bites is the trade-weighted
 * enforcement times stringency, so China's enforcement matters most.
 */
final class SanctionsRegime {
  // Declared mechanisms by index: the month loop reads the run's value array directly.
  private static final int M_CHINA_TRADE_SHARE = Mechanism.CHINA_TRADE_SHARE.index();
  private static final int M_DEAL_SANCTIONS_RELIEF = Mechanism.DEAL_SANCTIONS_RELIEF.index();
  private static final int M_DEPENDENCE_ADJUSTMENT = Mechanism.DEPENDENCE_ADJUSTMENT.index();
  private static final int M_DEPENDENCE_FLOOR = Mechanism.DEPENDENCE_FLOOR.index();
  private static final int M_DEPENDENCE_SANCTIONS_SLOPE =
      Mechanism.DEPENDENCE_SANCTIONS_SLOPE.index();
  private static final int M_ENFORCEMENT_DRIFT = Mechanism.ENFORCEMENT_DRIFT.index();
  private static final int M_RESOLUTION_STEP = Mechanism.RESOLUTION_STEP.index();
  private static final int M_RUSSIA_TRADE_SHARE = Mechanism.RUSSIA_TRADE_SHARE.index();
  private static final int M_SANCTIONS_FATIGUE = Mechanism.SANCTIONS_FATIGUE.index();
  private static final int M_STRESS_ADJUSTMENT = Mechanism.STRESS_ADJUSTMENT.index();

  private SanctionsRegime() {}

  static double effectivePressure(WorldState w, ModelParameters p) {
    double[] pv = p.values();
    double chinaShare = pv[M_CHINA_TRADE_SHARE];
    double russiaShare = pv[M_RUSSIA_TRADE_SHARE];
    double rest = Math.max(0, 1 - chinaShare - russiaShare);
    double western = 0.5 * (w.enforcement[Actor.USA.ordinal()] + w.enforcement[Actor.ROK.ordinal()]);
    double weighted = chinaShare * w.enforcement[Actor.CHN.ordinal()]
        + russiaShare * w.enforcement[Actor.RUS.ordinal()] + rest * western;
    double norm = chinaShare + russiaShare + rest;
    return w.stringency * (norm > 0 ? weighted / norm : 0);
  }

  static void changeEnforcement(WorldState w, Actor actor, double delta) {
    int i = actor.ordinal();
    w.enforcement[i] = WorldState.clamp01(w.enforcement[i] + delta);
  }

  static void resolutionPassed(WorldState w, ModelParameters p) {
    double[] pv = p.values();
    w.stringency = WorldState.clamp01(
        w.stringency + pv[M_RESOLUTION_STEP] * (1 - w.stringency));
  }

  static void dealRelief(WorldState w, ModelParameters p) {
    double[] pv = p.values();
    w.stringency = WorldState.clamp01(
        w.stringency * (1 - pv[M_DEAL_SANCTIONS_RELIEF]));
  }

  /** Monthly: enforcement drifts toward each country's tolerance; fatigue erodes stringency. */
  static void monthly(Peninsula sim, WorldState w, ModelParameters p) {
    double[] pv = p.values();
    double drift = pv[M_ENFORCEMENT_DRIFT];
    for (int i = 0; i < Actor.COUNT; i++) {
      if (i == Actor.DPRK.ordinal()) {
        continue;
      }
      w.enforcement[i] += drift * (sim.agents[i].sanctionsTolerance - w.enforcement[i]);
    }
    double slack = (1 - w.enforcement[Actor.CHN.ordinal()])
        * (1 - w.enforcement[Actor.RUS.ordinal()])
        * Math.max(0, 1 - w.strategicTestMemory);
    w.stringency -= pv[M_SANCTIONS_FATIGUE] * slack * w.stringency;
    w.effectivePressure = effectivePressure(w, p);
    double target = w.effectivePressure;
    w.stress = WorldState.clamp01(
        w.stress + pv[M_STRESS_ADJUSTMENT] * (target - w.stress));
    // Sanctions shut other doors, so what trade remains runs through China.
    double dependenceTarget = pv[M_DEPENDENCE_FLOOR]
        + pv[M_DEPENDENCE_SANCTIONS_SLOPE] * w.effectivePressure;
    w.chinaDependence += pv[M_DEPENDENCE_ADJUSTMENT]
        * (dependenceTarget - w.chinaDependence);
  }
}
