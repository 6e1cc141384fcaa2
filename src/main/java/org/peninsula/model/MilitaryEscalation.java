package org.peninsula.model;

/**
 * Limited clashes happen by chance, more often as tension rises (and after a border
 * provocation). A clash can escalate to war; deterrence and Russian and Chinese restraint on
 * Pyongyang prevent most escalations, which is why war is rare but not impossible.
 */
final class MilitaryEscalation {
  private MilitaryEscalation() {}

  static double clashProbability(WorldState w, ModelParameters p, boolean provocation) {
    double t = w.tension;
    double chance = p.mechanism(Mechanism.CLASH_BASE_PROBABILITY)
        + p.mechanism(Mechanism.CLASH_TENSION_SLOPE) * t * t;
    return Math.min(1, provocation
        ? p.mechanism(Mechanism.PROVOCATION_CLASH_MULTIPLIER) * chance : chance);
  }

  static double restraint(Peninsula sim, WorldState w, ModelParameters p) {
    double patronsCautious = 1 - 0.5 * (sim.agents[Actor.CHN.ordinal()].riskTolerance
        + sim.agents[Actor.RUS.ordinal()].riskTolerance);
    double united = CountryAgent.warmth(w, Actor.CHN, Actor.RUS);
    return WorldState.clamp01(p.mechanism(Mechanism.DETERRENCE_RESTRAINT)
        + p.mechanism(Mechanism.GREAT_POWER_RESTRAINT) * patronsCautious * united);
  }

  static double escalationProbability(Peninsula sim, WorldState w, ModelParameters p) {
    double t = w.tension;
    return p.mechanism(Mechanism.CLASH_ESCALATION) * t * t * (1 - restraint(sim, w, p));
  }

  /** A clash happens now (by chance or by inject); it may escalate to war. */
  static void clash(Peninsula sim, WorldState w, ModelParameters p, String cause) {
    sim.tally.clashes++;
    w.addTension(p.mechanism(Mechanism.CLASH_TENSION));
    w.provocationMemory += p.mechanism(Mechanism.CLASH_PROVOCATION_MEMORY);
    sim.event(ChronicleEntry.EventKind.CLASH, "limited military clash", cause);
    if (sim.random.nextDouble() < escalationProbability(sim, w, p)) {
      w.war = true;
      w.warMonth = sim.month();
      w.tension = 1.0;
      sim.event(ChronicleEntry.EventKind.WAR, "the clash escalates to war", "");
    }
  }

  static void monthly(Peninsula sim, WorldState w, ModelParameters p, MonthActivity act) {
    if (sim.random.nextDouble() < clashProbability(w, p, act.borderProvocation)) {
      clash(sim, w, p, act.borderProvocation ? " after a border provocation" : "");
    }
  }
}
