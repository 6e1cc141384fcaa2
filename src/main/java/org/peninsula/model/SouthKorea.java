package org.peninsula.model;

/** Seoul: balancing the US alliance, engagement with the North and a northern economic policy. */
public final class SouthKorea extends CountryAgent {
  private static final long serialVersionUID = 1L;
  private static final int ENGAGE = RokAction.ENGAGE_NORTH.ordinal();
  private static final int ALIGN = RokAction.ALIGN_WITH_US.ordinal();
  private static final int RUSSIA = RokAction.ENGAGE_RUSSIA.ordinal();
  private static final int DEFENCE = RokAction.DEPLOY_MISSILE_DEFENCE.ordinal();
  private static final int HOLD = RokAction.HOLD.ordinal();

  private final double leaningShift;

  public SouthKorea(ModelParameters p) {
    super(Actor.ROK, p);
    this.leaningShift = p.mechanism(Mechanism.LEANING_PRESSURE_SHIFT);
  }

  @Override
  double effectivePressure(WorldState w) {
    return WorldState.clamp01(pressure + leaningShift * w.rokLeaning);
  }

  @Override
  protected void evaluate(Peninsula sim, WorldState w, double[] u, Terms t) {
    double p = effectivePressure(w);
    double prov = w.provocationMemory;
    double talksOpen = w.talks == TalksFormat.NONE ? 0 : w.momentum;
    u[ENGAGE] = t.add(ENGAGE, "engagement stance", 0.9 * (1 - p))
        + t.add(ENGAGE, "answer the North in kind",
            0.4 * reciprocity * w.relation(Actor.ROK, Actor.DPRK))
        + t.add(ENGAGE, "keep talks alive", 0.4 * talksOpen)
        + t.add(ENGAGE, "no outreach right after provocations", -0.7 * prov)
        + t.add(ENGAGE, "domestic and alliance cost", -0.4);
    u[ALIGN] = t.add(ALIGN, "pressure stance", 0.9 * p)
        + t.add(ALIGN, "answer to recent provocations", 0.6 * prov)
        + t.add(ALIGN, "alliance with Washington", 0.3 * w.relation(Actor.ROK, Actor.USA))
        + t.add(ALIGN, "cost of joint exercises", -0.7);
    u[RUSSIA] = t.add(RUSSIA, "northern economic policy", 0.8 * economicInterest * (1 - p))
        + t.add(RUSSIA, "relations with Moscow", 0.4 * warmth(w, Actor.ROK, Actor.RUS))
        + t.add(RUSSIA, "projects run against sanctions", -0.4 * w.effectivePressure)
        + t.add(RUSSIA, "Washington frowns on it", -0.3 * Math.max(0, w.usLeaning))
        + t.add(RUSSIA, "diplomatic effort", -0.4);
    u[DEFENCE] = t.add(DEFENCE, "pressure stance", 0.5 * p)
        + t.add(DEFENCE, "DPRK missile threat", 0.5 * w.capability)
        + t.add(DEFENCE, "answer to recent provocations", 0.6 * prov)
        + t.add(DEFENCE, "already deployed", -1.0 * w.missileDefence)
        + t.add(DEFENCE, "Chinese retaliation", -0.4 * (1 - riskTolerance))
        + t.add(DEFENCE, "cost of deployment", -0.4);
    u[HOLD] = 0;
  }
}
