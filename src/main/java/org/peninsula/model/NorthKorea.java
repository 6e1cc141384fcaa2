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

  private static final int MI_PROPENSITY = w("MISSILE_TEST", "propensity");
  private static final int MI_DEVELOPMENT = w("MISSILE_TEST", "development");
  private static final int MI_DEFIANCE = w("MISSILE_TEST", "defiance");
  private static final int MI_EXERCISES = w("MISSILE_TEST", "answerExercises");
  private static final int MI_TALKS = w("MISSILE_TEST", "talksUnderWay");
  private static final int MI_COST = w("MISSILE_TEST", "cost");
  private static final int IC_PROPENSITY = w("ICBM_TEST", "propensity");
  private static final int IC_COMMITMENT = w("ICBM_TEST", "nuclearCommitment");
  private static final int IC_DEFIANCE = w("ICBM_TEST", "defiance");
  private static final int IC_EXERCISES = w("ICBM_TEST", "answerExercises");
  private static final int IC_PATRONS = w("ICBM_TEST", "patrons");
  private static final int IC_TALKS = w("ICBM_TEST", "talksUnderWay");
  private static final int IC_COST = w("ICBM_TEST", "cost");
  private static final int NU_PROPENSITY = w("NUCLEAR_TEST", "propensity");
  private static final int NU_COMMITMENT = w("NUCLEAR_TEST", "nuclearCommitment");
  private static final int NU_DEFIANCE = w("NUCLEAR_TEST", "defiance");
  private static final int NU_PATRONS = w("NUCLEAR_TEST", "patrons");
  private static final int NU_TALKS = w("NUCLEAR_TEST", "talksUnderWay");
  private static final int NU_COST = w("NUCLEAR_TEST", "cost");
  private static final int BO_PROPENSITY = w("BORDER_PROVOCATION", "propensity");
  private static final int BO_RISK = w("BORDER_PROVOCATION", "riskAppetite");
  private static final int BO_HOSTILITY = w("BORDER_PROVOCATION", "hostilitySeoul");
  private static final int BO_TALKS = w("BORDER_PROVOCATION", "talksUnderWay");
  private static final int BO_COERCION = w("BORDER_PROVOCATION", "coerciveStance");
  private static final int BO_CLASH = w("BORDER_PROVOCATION", "clashRisk");
  private static final int PA_RESTRAINT = w("MORATORIUM", "restraint");
  private static final int PA_TALKS = w("MORATORIUM", "talksUnderWay");
  private static final int PA_SQUEEZE = w("MORATORIUM", "squeeze");
  private static final int PA_SUFFICIENT = w("MORATORIUM", "capabilitySufficient");
  private static final int PA_WEAK = w("MORATORIUM", "looksWeak");
  private static final int TA_OPENNESS = w("ACCEPT_TALKS", "openness");
  private static final int TA_SQUEEZE = w("ACCEPT_TALKS", "squeeze");
  private static final int TA_OFFERS = w("ACCEPT_TALKS", "offers");
  private static final int TA_TALKS = w("ACCEPT_TALKS", "talksUnderWay");
  private static final int TA_RECIP = w("ACCEPT_TALKS", "reciprocity");
  private static final int TA_DIALOGUE = w("ACCEPT_TALKS", "dialogueStance");
  private static final int TA_WASHINGTON = w("ACCEPT_TALKS", "washingtonAsEqual");
  private static final int TA_DISTRUST = w("ACCEPT_TALKS", "distrust");
  private static final int RU_TIES = w("COURT_RUSSIA", "moscowTies");
  private static final int RU_HEDGE = w("COURT_RUSSIA", "hedge");
  private static final int RU_NEED = w("COURT_RUSSIA", "need");
  private static final int RU_RAILWAY = w("COURT_RUSSIA", "railwayHopes");
  private static final int RU_EFFORT = w("COURT_RUSSIA", "effort");
  private static final int CN_TIES = w("COURT_CHINA", "beijingTies");
  private static final int CN_NEED = w("COURT_CHINA", "need");
  private static final int CN_WARY = w("COURT_CHINA", "wariness");
  private static final int CN_EFFORT = w("COURT_CHINA", "effort");

  private final double provocationPropensity;
  private final double nuclearCommitment;

  public NorthKorea(ModelParameters p) {
    super(Actor.DPRK, p);
    this.provocationPropensity = p.stance(Actor.DPRK, StanceParameter.PROVOCATION_PROPENSITY);
    this.nuclearCommitment = p.stance(Actor.DPRK, StanceParameter.NUCLEAR_COMMITMENT);
  }

  private static int w(String move, String term) {
    return weight(Actor.DPRK, move, term);
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
    double usOffered = (w.offersLastMonth & TalksProcess.USA_BIT) != 0 ? 1 : 0;
    u[MISSILE] = term(t, MISSILE, MI_PROPENSITY, provocationPropensity)
        + term(t, MISSILE, MI_DEVELOPMENT, 1 - w.capability)
        + term(t, MISSILE, MI_DEFIANCE, resentment)
        + term(t, MISSILE, MI_EXERCISES, w.exerciseMemory)
        + term(t, MISSILE, MI_TALKS, talksOpen)
        + term(t, MISSILE, MI_COST, 1);
    u[ICBM] = term(t, ICBM, IC_PROPENSITY, provocationPropensity)
        + term(t, ICBM, IC_COMMITMENT, nuclearCommitment)
        + term(t, ICBM, IC_DEFIANCE, resentment)
        + term(t, ICBM, IC_EXERCISES, w.exerciseMemory)
        + term(t, ICBM, IC_PATRONS, patrons)
        + term(t, ICBM, IC_TALKS, talksOpen)
        + term(t, ICBM, IC_COST, 1);
    u[NUCLEAR] = term(t, NUCLEAR, NU_PROPENSITY, provocationPropensity)
        + term(t, NUCLEAR, NU_COMMITMENT, nuclearCommitment)
        + term(t, NUCLEAR, NU_DEFIANCE, resentment)
        + term(t, NUCLEAR, NU_PATRONS, patrons)
        + term(t, NUCLEAR, NU_TALKS, talksOpen)
        + term(t, NUCLEAR, NU_COST, 1);
    // Pressure vs dialogue: a coercive Pyongyang provokes at the border, a dialogue-minded one
    // takes up offers of talks.
    u[BORDER] = term(t, BORDER, BO_PROPENSITY, provocationPropensity)
        + term(t, BORDER, BO_RISK, riskTolerance)
        + term(t, BORDER, BO_HOSTILITY, w.relation(Actor.DPRK, Actor.ROK))
        + term(t, BORDER, BO_TALKS, talksOpen)
        + term(t, BORDER, BO_COERCION, pressure)
        + term(t, BORDER, BO_CLASH, 1);
    u[PAUSE] = term(t, PAUSE, PA_RESTRAINT, 1 - provocationPropensity)
        + term(t, PAUSE, PA_TALKS, talksOpen)
        + term(t, PAUSE, PA_SQUEEZE, squeeze)
        + term(t, PAUSE, PA_SUFFICIENT, w.capability)
        + term(t, PAUSE, PA_WEAK, 1);
    // Status: talks with Washington itself, as a nuclear state, are worth more than brokers'.
    u[TALKS] = term(t, TALKS, TA_OPENNESS, 1 - nuclearCommitment)
        + term(t, TALKS, TA_SQUEEZE, squeeze)
        + term(t, TALKS, TA_OFFERS, offers)
        + term(t, TALKS, TA_TALKS, talksOpen)
        + term(t, TALKS, TA_RECIP, reciprocity, w.relation(Actor.DPRK, Actor.USA))
        + term(t, TALKS, TA_DIALOGUE, 1 - pressure)
        + term(t, TALKS, TA_WASHINGTON, statusSeeking, usOffered)
        + term(t, TALKS, TA_DISTRUST, 1);
    u[RUSSIA] = term(t, RUSSIA, RU_TIES, warmth(w, Actor.DPRK, Actor.RUS))
        + term(t, RUSSIA, RU_HEDGE, w.chinaDependence)
        + term(t, RUSSIA, RU_NEED, w.stress)
        + term(t, RUSSIA, RU_RAILWAY, economicInterest)
        + term(t, RUSSIA, RU_EFFORT, 1);
    u[CHINA] = term(t, CHINA, CN_TIES, warmth(w, Actor.DPRK, Actor.CHN))
        + term(t, CHINA, CN_NEED, w.stress)
        + term(t, CHINA, CN_WARY, w.chinaDependence)
        + term(t, CHINA, CN_EFFORT, 1);
    u[HOLD] = 0;
  }
}
