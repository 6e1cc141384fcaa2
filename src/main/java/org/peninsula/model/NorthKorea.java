package org.peninsula.model;

/** Pyongyang: a nuclear state in all but name, provoking, pausing and playing its patrons. */
public final class NorthKorea extends CountryAgent {
  private static final long serialVersionUID = 1L;
  private static final int MISSILE = DprkAction.MISSILE_TEST.ordinal();
  private static final int ICBM = DprkAction.ICBM_TEST.ordinal();
  private static final int NUCLEAR = DprkAction.NUCLEAR_TEST.ordinal();
  private static final int BORDER = DprkAction.BORDER_PROVOCATION.ordinal();
  private static final int PAUSE = DprkAction.MORATORIUM.ordinal();
  private static final int TALKS = DprkAction.ACCEPT_TALKS.ordinal();
  private static final int RUSSIA = DprkAction.COURT_RUSSIA.ordinal();
  private static final int CHINA = DprkAction.COURT_CHINA.ordinal();
  private static final int HOLD = DprkAction.HOLD.ordinal();

  private final double provocationPropensity;
  private final double nuclearCommitment;

  public NorthKorea(ModelParameters p) {
    super(Actor.DPRK, p);
    this.provocationPropensity = p.stance(Actor.DPRK, StanceParameter.PROVOCATION_PROPENSITY);
    this.nuclearCommitment = p.stance(Actor.DPRK, StanceParameter.NUCLEAR_COMMITMENT);
  }

  double nuclearCommitment() {
    return nuclearCommitment;
  }

  @Override
  protected void evaluate(Peninsula sim, WorldState w, double[] u, Terms t) {
    double talksOpen = w.talks == TalksFormat.NONE ? 0 : w.momentum;
    double squeeze = Math.max(0, w.stress - sanctionsTolerance);
    double resentment = w.effectivePressure * (1 - talksOpen);
    double patrons = 0.5 * (warmth(w, Actor.DPRK, Actor.CHN) + warmth(w, Actor.DPRK, Actor.RUS));
    // Offers made last month: this month's are made at the same time as this decision.
    double offers = Integer.bitCount(w.offersLastMonth);
    u[MISSILE] = t.add(MISSILE, "provocation propensity", 0.8 * provocationPropensity)
        + t.add(MISSILE, "weapons development", 0.3 * (1 - w.capability))
        + t.add(MISSILE, "defiance of sanctions pressure", 0.3 * resentment)
        + t.add(MISSILE, "answer to US-ROK exercises", 0.4 * w.exerciseMemory)
        + t.add(MISSILE, "talks under way", -0.8 * talksOpen)
        + t.add(MISSILE, "cost of a test", -0.9);
    u[ICBM] = t.add(ICBM, "provocation propensity", 0.6 * provocationPropensity)
        + t.add(ICBM, "nuclear commitment", 0.6 * nuclearCommitment)
        + t.add(ICBM, "defiance of sanctions pressure", 0.4 * resentment)
        + t.add(ICBM, "answer to US-ROK exercises", 0.4 * w.exerciseMemory)
        + t.add(ICBM, "angering Beijing and Moscow", -0.6 * patrons)
        + t.add(ICBM, "talks under way", -1.0 * talksOpen)
        + t.add(ICBM, "cost of a strategic test", -1.3);
    u[NUCLEAR] = t.add(NUCLEAR, "provocation propensity", 0.5 * provocationPropensity)
        + t.add(NUCLEAR, "nuclear commitment", 0.7 * nuclearCommitment)
        + t.add(NUCLEAR, "defiance of sanctions pressure", 0.3 * resentment)
        + t.add(NUCLEAR, "angering Beijing and Moscow", -0.9 * patrons)
        + t.add(NUCLEAR, "talks under way", -1.2 * talksOpen)
        + t.add(NUCLEAR, "cost of a nuclear test", -1.4);
    u[BORDER] = t.add(BORDER, "provocation propensity", 0.6 * provocationPropensity)
        + t.add(BORDER, "appetite for risk", 0.3 * riskTolerance)
        + t.add(BORDER, "hostility toward Seoul", -0.3 * w.relation(Actor.DPRK, Actor.ROK))
        + t.add(BORDER, "talks under way", -0.5 * talksOpen)
        + t.add(BORDER, "risk of a clash", -1.0);
    u[PAUSE] = t.add(PAUSE, "restraint", 0.6 * (1 - provocationPropensity))
        + t.add(PAUSE, "talks under way", 0.6 * talksOpen)
        + t.add(PAUSE, "sanctions stress beyond what it absorbs", 0.6 * squeeze)
        + t.add(PAUSE, "capability already sufficient", 0.3 * w.capability)
        + t.add(PAUSE, "looks weak", -0.5);
    u[TALKS] = t.add(TALKS, "openness on its nuclear status", 0.6 * (1 - nuclearCommitment))
        + t.add(TALKS, "sanctions stress beyond what it absorbs", 1.0 * squeeze)
        + t.add(TALKS, "offers on the table", 0.35 * offers)
        + t.add(TALKS, "talks under way", 0.5 * talksOpen)
        + t.add(TALKS, "answer cooperation in kind",
            0.3 * reciprocity * w.relation(Actor.DPRK, Actor.USA))
        + t.add(TALKS, "distrust of negotiations", -0.6);
    u[RUSSIA] = t.add(RUSSIA, "ties with Moscow", 0.5 * warmth(w, Actor.DPRK, Actor.RUS))
        + t.add(RUSSIA, "hedge against dependence on China", 0.4 * w.chinaDependence)
        + t.add(RUSSIA, "economic need", 0.4 * w.stress)
        + t.add(RUSSIA, "diplomatic effort", -1.0);
    u[CHINA] = t.add(CHINA, "ties with Beijing", 0.5 * warmth(w, Actor.DPRK, Actor.CHN))
        + t.add(CHINA, "economic need", 0.6 * w.stress)
        + t.add(CHINA, "wariness of Chinese domination", -0.3 * w.chinaDependence)
        + t.add(CHINA, "diplomatic effort", -0.4);
    u[HOLD] = 0;
  }
}
