package org.peninsula.model;

/** Beijing: the DPRK's main lifeline, a reluctant enforcer, mediator of the 'dual freeze'. */
public final class China extends CountryAgent {
  private static final long serialVersionUID = 1L;
  private static final int ENFORCE = ChinaAction.ENFORCE_SANCTIONS.ordinal();
  private static final int RELAX = ChinaAction.RELAX_ENFORCEMENT.ordinal();
  private static final int AID = ChinaAction.AID_DPRK.ordinal();
  private static final int MEDIATE = ChinaAction.MEDIATE_DUAL_FREEZE.ordinal();
  private static final int PRESSURE = ChinaAction.PRESSURE_ROK.ordinal();
  private static final int COORD = ChinaAction.COORDINATE_WITH_RUSSIA.ordinal();
  private static final int HOLD = ChinaAction.HOLD.ordinal();

  public China(ModelParameters p) {
    super(Actor.CHN, p);
  }

  @Override
  protected void evaluate(Peninsula sim, WorldState w, double[] u, Terms t) {
    double e = w.enforcement[Actor.CHN.ordinal()];
    double prov = w.provocationMemory;
    u[ENFORCE] = t.add(ENFORCE, "enforcement below its own standard",
            1.2 * (sanctionsTolerance - e))
        + t.add(ENFORCE, "answer to recent ICBM or nuclear tests",
            0.8 * w.strategicTestMemory * sanctionsTolerance)
        + t.add(ENFORCE, "relations with Washington",
            0.3 * w.relation(Actor.CHN, Actor.USA))
        + t.add(ENFORCE, "cost to border trade", -0.2);
    u[RELAX] = t.add(RELAX, "enforcement above its own standard",
            1.2 * (e - sanctionsTolerance))
        + t.add(RELAX, "worry about the regime's stability", 0.5 * w.stress)
        + t.add(RELAX, "ties with Pyongyang", 0.3 * w.relation(Actor.CHN, Actor.DPRK))
        + t.add(RELAX, "looks complicit after tests", -0.5 * w.strategicTestMemory)
        + t.add(RELAX, "reputational cost", -0.2);
    u[AID] = t.add(AID, "DPRK economic distress", 0.9 * w.stress)
        + t.add(AID, "ties with Pyongyang", 0.4 * w.relation(Actor.CHN, Actor.DPRK))
        + t.add(AID, "sanctions obligations", -0.5 * sanctionsTolerance * w.stringency)
        + t.add(AID, "cost of aid", -0.3);
    u[MEDIATE] = t.add(MEDIATE, "dialogue stance and tension", 1.0 * (1 - pressure) * w.tension)
        + t.add(MEDIATE, "standing as a broker", 0.3 * statusSeeking)
        + t.add(MEDIATE, "tests call for a freeze", 0.4 * prov)
        + t.add(MEDIATE, "talks already open", w.talks == TalksFormat.NONE ? 0 : -0.3)
        + t.add(MEDIATE, "diplomatic effort", -0.6);
    u[PRESSURE] = t.add(PRESSURE, "ROK alignment and missile defence", 1.0 * w.alignmentMemory)
        + t.add(PRESSURE, "pressure stance", 0.3 * pressure)
        + t.add(PRESSURE, "answer hostility in kind",
            -0.3 * reciprocity * w.relation(Actor.CHN, Actor.ROK))
        + t.add(PRESSURE, "cost to trade with Seoul", -0.9);
    u[COORD] = t.add(COORD, "partnership with Moscow", 0.6 * warmth(w, Actor.CHN, Actor.RUS))
        + t.add(COORD, "tension calls for a common line", 0.3 * w.tension)
        + t.add(COORD, "rivalry with Washington", -0.3 * w.relation(Actor.CHN, Actor.USA))
        + t.add(COORD, "diplomatic effort", -0.7);
    u[HOLD] = 0;
  }
}
