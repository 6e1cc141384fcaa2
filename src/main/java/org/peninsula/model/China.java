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

  private static final int ENF_BELOW = w("ENFORCE_SANCTIONS", "belowStandard");
  private static final int ENF_TESTS = w("ENFORCE_SANCTIONS", "strategicTests");
  private static final int ENF_US = w("ENFORCE_SANCTIONS", "washington");
  private static final int ENF_TRADE = w("ENFORCE_SANCTIONS", "borderTrade");
  private static final int REL_ABOVE = w("RELAX_ENFORCEMENT", "aboveStandard");
  private static final int REL_STABILITY = w("RELAX_ENFORCEMENT", "regimeStability");
  private static final int REL_TIES = w("RELAX_ENFORCEMENT", "pyongyangTies");
  private static final int REL_COMPLICIT = w("RELAX_ENFORCEMENT", "complicit");
  private static final int REL_REPUTATION = w("RELAX_ENFORCEMENT", "reputation");
  private static final int AID_DISTRESS = w("AID_DPRK", "distress");
  private static final int AID_TIES = w("AID_DPRK", "pyongyangTies");
  private static final int AID_OBLIGATIONS = w("AID_DPRK", "obligations");
  private static final int AID_COST = w("AID_DPRK", "cost");
  private static final int MED_DIALOGUE = w("MEDIATE_DUAL_FREEZE", "dialogueTension");
  private static final int MED_STANDING = w("MEDIATE_DUAL_FREEZE", "brokerStanding");
  private static final int MED_TESTS = w("MEDIATE_DUAL_FREEZE", "testsCallForFreeze");
  private static final int MED_OPEN = w("MEDIATE_DUAL_FREEZE", "talksOpen");
  private static final int MED_EFFORT = w("MEDIATE_DUAL_FREEZE", "effort");
  private static final int PR_ALIGN = w("PRESSURE_ROK", "alignment");
  private static final int PR_STANCE = w("PRESSURE_ROK", "pressureStance");
  private static final int PR_RECIP = w("PRESSURE_ROK", "reciprocity");
  private static final int PR_COST = w("PRESSURE_ROK", "tradeCost");
  private static final int CO_PARTNER = w("COORDINATE_WITH_RUSSIA", "partnership");
  private static final int CO_TENSION = w("COORDINATE_WITH_RUSSIA", "tension");
  private static final int CO_RIVALRY = w("COORDINATE_WITH_RUSSIA", "rivalry");
  private static final int CO_EFFORT = w("COORDINATE_WITH_RUSSIA", "effort");

  public China(ModelParameters p) {
    super(Actor.CHN, p);
  }

  private static int w(String move, String term) {
    return weight(Actor.CHN, move, term);
  }

  @Override
  protected void evaluate(Peninsula sim, WorldState w, double[] u, Terms t) {
    double e = w.enforcement[Actor.CHN.ordinal()];
    double prov = w.provocationMemory;
    u[ENFORCE] = term(t, ENFORCE, ENF_BELOW, sanctionsTolerance - e)
        + term(t, ENFORCE, ENF_TESTS, w.strategicTestMemory, sanctionsTolerance)
        + term(t, ENFORCE, ENF_US, w.relation(Actor.CHN, Actor.USA))
        // Border trade costs Beijing as much as it cares about its economic stakes.
        + term(t, ENFORCE, ENF_TRADE, economicInterest);
    u[RELAX] = term(t, RELAX, REL_ABOVE, e - sanctionsTolerance)
        + term(t, RELAX, REL_STABILITY, w.stress)
        + term(t, RELAX, REL_TIES, w.relation(Actor.CHN, Actor.DPRK))
        + term(t, RELAX, REL_COMPLICIT, w.strategicTestMemory)
        + term(t, RELAX, REL_REPUTATION, 1);
    u[AID] = term(t, AID, AID_DISTRESS, w.stress)
        + term(t, AID, AID_TIES, w.relation(Actor.CHN, Actor.DPRK))
        + term(t, AID, AID_OBLIGATIONS, sanctionsTolerance, w.stringency)
        + term(t, AID, AID_COST, 1);
    u[MEDIATE] = term(t, MEDIATE, MED_DIALOGUE, 1 - pressure, w.tension)
        + term(t, MEDIATE, MED_STANDING, statusSeeking)
        + term(t, MEDIATE, MED_TESTS, prov)
        + term(t, MEDIATE, MED_OPEN, w.talks == TalksFormat.NONE ? 0 : 1)
        + term(t, MEDIATE, MED_EFFORT, 1);
    u[PRESSURE] = term(t, PRESSURE, PR_ALIGN, w.alignmentMemory)
        + term(t, PRESSURE, PR_STANCE, pressure)
        + term(t, PRESSURE, PR_RECIP, reciprocity, w.relation(Actor.CHN, Actor.ROK))
        + term(t, PRESSURE, PR_COST, 1);
    u[COORD] = term(t, COORD, CO_PARTNER, warmth(w, Actor.CHN, Actor.RUS))
        + term(t, COORD, CO_TENSION, w.tension)
        + term(t, COORD, CO_RIVALRY, w.relation(Actor.CHN, Actor.USA))
        + term(t, COORD, CO_EFFORT, 1);
    u[HOLD] = 0;
  }
}
