package org.peninsula.model;

/**
 * Limited clashes happen by chance, more often as tension rises (and after a border
 * provocation). A clash can escalate to war; deterrence and Russian and Chinese restraint on
 * Pyongyang prevent most escalations, which is why war is rare but not impossible.
 */
final class MilitaryEscalation {
  // Declared mechanisms by index: the month loop reads the run's value array directly.
  private static final int M_CLASH_BASE_PROBABILITY = Mechanism.CLASH_BASE_PROBABILITY.index();
  private static final int M_CLASH_ESCALATION = Mechanism.CLASH_ESCALATION.index();
  private static final int M_CLASH_PROVOCATION_MEMORY = Mechanism.CLASH_PROVOCATION_MEMORY.index();
  private static final int M_CLASH_TENSION = Mechanism.CLASH_TENSION.index();
  private static final int M_CLASH_TENSION_SLOPE = Mechanism.CLASH_TENSION_SLOPE.index();
  private static final int M_DETERRENCE_RESTRAINT = Mechanism.DETERRENCE_RESTRAINT.index();
  private static final int M_GREAT_POWER_RESTRAINT = Mechanism.GREAT_POWER_RESTRAINT.index();
  private static final int M_PROVOCATION_CLASH_MULTIPLIER =
      Mechanism.PROVOCATION_CLASH_MULTIPLIER.index();

  private MilitaryEscalation() {}

  static double clashProbability(WorldState w, ModelParameters p, boolean provocation) {
    double[] pv = p.values();
    double t = w.tension;
    double chance = pv[M_CLASH_BASE_PROBABILITY]
        + pv[M_CLASH_TENSION_SLOPE] * t * t;
    return Math.min(1, provocation
        ? pv[M_PROVOCATION_CLASH_MULTIPLIER] * chance : chance);
  }

  static double restraint(Peninsula sim, WorldState w, ModelParameters p) {
    double[] pv = p.values();
    double patronsCautious = 1 - 0.5 * (sim.agents[Actor.CHN.ordinal()].riskTolerance
        + sim.agents[Actor.RUS.ordinal()].riskTolerance);
    double united = CountryAgent.warmth(w, Actor.CHN, Actor.RUS);
    return WorldState.clamp01(pv[M_DETERRENCE_RESTRAINT]
        + pv[M_GREAT_POWER_RESTRAINT] * patronsCautious * united);
  }

  static double escalationProbability(Peninsula sim, WorldState w, ModelParameters p) {
    double[] pv = p.values();
    double t = w.tension;
    return pv[M_CLASH_ESCALATION] * t * t * (1 - restraint(sim, w, p));
  }

  /** A clash happens now (by chance or by inject); it may escalate to war. */
  static void clash(Peninsula sim, WorldState w, ModelParameters p, String cause) {
    double[] pv = p.values();
    sim.tally.clashes++;
    w.addTension(pv[M_CLASH_TENSION]);
    w.provocationMemory += pv[M_CLASH_PROVOCATION_MEMORY];
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
