package org.peninsula.model;

/**
 * UN sanctions: stringency on paper (raised by resolutions, lifted by deals, worn down by
 * fatigue) is separate from each country's enforcement. What bites is the trade-weighted
 * enforcement times stringency, so China's enforcement matters most.
 */
final class SanctionsRegime {
  private SanctionsRegime() {}

  static double effectivePressure(WorldState w, ModelParameters p) {
    double chinaShare = p.mechanism(Mechanism.CHINA_TRADE_SHARE);
    double russiaShare = p.mechanism(Mechanism.RUSSIA_TRADE_SHARE);
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
    w.stringency = WorldState.clamp01(
        w.stringency + p.mechanism(Mechanism.RESOLUTION_STEP) * (1 - w.stringency));
  }

  static void dealRelief(WorldState w, ModelParameters p) {
    w.stringency = WorldState.clamp01(
        w.stringency * (1 - p.mechanism(Mechanism.DEAL_SANCTIONS_RELIEF)));
  }

  /** Monthly: enforcement drifts toward each country's tolerance; fatigue erodes stringency. */
  static void monthly(Peninsula sim, WorldState w, ModelParameters p) {
    double drift = p.mechanism(Mechanism.ENFORCEMENT_DRIFT);
    for (int i = 0; i < Actor.COUNT; i++) {
      if (i == Actor.DPRK.ordinal()) {
        continue;
      }
      w.enforcement[i] += drift * (sim.agents[i].sanctionsTolerance - w.enforcement[i]);
    }
    double slack = (1 - w.enforcement[Actor.CHN.ordinal()])
        * (1 - w.enforcement[Actor.RUS.ordinal()])
        * Math.max(0, 1 - w.strategicTestMemory);
    w.stringency -= p.mechanism(Mechanism.SANCTIONS_FATIGUE) * slack * w.stringency;
    w.effectivePressure = effectivePressure(w, p);
    double target = w.effectivePressure;
    w.stress = WorldState.clamp01(
        w.stress + p.mechanism(Mechanism.STRESS_ADJUSTMENT) * (target - w.stress));
    // Sanctions shut other doors, so what trade remains runs through China.
    double dependenceTarget = p.mechanism(Mechanism.DEPENDENCE_FLOOR)
        + p.mechanism(Mechanism.DEPENDENCE_SANCTIONS_SLOPE) * w.effectivePressure;
    w.chinaDependence += p.mechanism(Mechanism.DEPENDENCE_ADJUSTMENT)
        * (dependenceTarget - w.chinaDependence);
  }
}
