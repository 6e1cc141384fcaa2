package org.peninsula.model;

/** Seoul: balancing the US alliance, engagement with the North and a northern economic policy. */
public final class SouthKorea extends CountryAgent {
  private static final long serialVersionUID = 1L;
  private static final int ENGAGE = RokAction.ENGAGE_NORTH.ordinal();
  private static final int ALIGN = RokAction.ALIGN_WITH_US.ordinal();
  private static final int RUSSIA = RokAction.ENGAGE_RUSSIA.ordinal();
  private static final int DEFENCE = RokAction.DEPLOY_MISSILE_DEFENCE.ordinal();
  private static final int HOLD = RokAction.HOLD.ordinal();

  private static final int ENG_STANCE = w("ENGAGE_NORTH", "engagementStance");
  private static final int ENG_RECIP = w("ENGAGE_NORTH", "reciprocity");
  private static final int ENG_TALKS = w("ENGAGE_NORTH", "keepTalks");
  private static final int ENG_PROV = w("ENGAGE_NORTH", "afterProvocations");
  private static final int ENG_FILE = w("ENGAGE_NORTH", "ownTheFile");
  private static final int ENG_COST = w("ENGAGE_NORTH", "cost");
  private static final int AL_STANCE = w("ALIGN_WITH_US", "pressureStance");
  private static final int AL_PROV = w("ALIGN_WITH_US", "provocations");
  private static final int AL_ALLIANCE = w("ALIGN_WITH_US", "alliance");
  private static final int AL_COST = w("ALIGN_WITH_US", "cost");
  private static final int RU_POLICY = w("ENGAGE_RUSSIA", "northernPolicy");
  private static final int RU_TIES = w("ENGAGE_RUSSIA", "moscowTies");
  private static final int RU_SANCTIONS = w("ENGAGE_RUSSIA", "againstSanctions");
  private static final int RU_FROWNS = w("ENGAGE_RUSSIA", "washingtonFrowns");
  private static final int RU_EFFORT = w("ENGAGE_RUSSIA", "effort");
  private static final int MD_STANCE = w("DEPLOY_MISSILE_DEFENCE", "pressureStance");
  private static final int MD_THREAT = w("DEPLOY_MISSILE_DEFENCE", "missileThreat");
  private static final int MD_PROV = w("DEPLOY_MISSILE_DEFENCE", "provocations");
  private static final int MD_DEPLOYED = w("DEPLOY_MISSILE_DEFENCE", "deployed");
  private static final int MD_CHINA = w("DEPLOY_MISSILE_DEFENCE", "chineseRetaliation");
  private static final int MD_COST = w("DEPLOY_MISSILE_DEFENCE", "cost");

  private final double leaningShift;

  public SouthKorea(ModelParameters p) {
    super(Actor.ROK, p);
    this.leaningShift = p.mechanism(Mechanism.LEANING_PRESSURE_SHIFT);
  }

  private static int w(String move, String term) {
    return weight(Actor.ROK, move, term);
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
    u[ENGAGE] = term(t, ENGAGE, ENG_STANCE, 1 - p)
        + term(t, ENGAGE, ENG_RECIP, reciprocity, w.relation(Actor.ROK, Actor.DPRK))
        + term(t, ENGAGE, ENG_TALKS, talksOpen)
        + term(t, ENGAGE, ENG_PROV, prov)
        // Seoul wants the North file in its own hands rather than left to other brokers.
        + term(t, ENGAGE, ENG_FILE, statusSeeking)
        + term(t, ENGAGE, ENG_COST, 1);
    u[ALIGN] = term(t, ALIGN, AL_STANCE, p)
        + term(t, ALIGN, AL_PROV, prov)
        + term(t, ALIGN, AL_ALLIANCE, w.relation(Actor.ROK, Actor.USA))
        + term(t, ALIGN, AL_COST, 1);
    u[RUSSIA] = term(t, RUSSIA, RU_POLICY, economicInterest, 1 - p)
        + term(t, RUSSIA, RU_TIES, warmth(w, Actor.ROK, Actor.RUS))
        + term(t, RUSSIA, RU_SANCTIONS, w.effectivePressure)
        + term(t, RUSSIA, RU_FROWNS, Math.max(0, w.usLeaning))
        + term(t, RUSSIA, RU_EFFORT, 1);
    u[DEFENCE] = term(t, DEFENCE, MD_STANCE, p)
        + term(t, DEFENCE, MD_THREAT, w.capability)
        + term(t, DEFENCE, MD_PROV, prov)
        + term(t, DEFENCE, MD_DEPLOYED, w.missileDefence)
        + term(t, DEFENCE, MD_CHINA, 1 - riskTolerance)
        + term(t, DEFENCE, MD_COST, 1);
    u[HOLD] = 0;
  }
}
