package org.peninsula.model;

/** Washington: pressure-based policy, UN sanctions, alliance exercises, occasional talks. */
public final class UnitedStates extends CountryAgent {
  private static final long serialVersionUID = 1L;
  private static final int PUSH = UsAction.PUSH_UN_SANCTIONS.ordinal();
  private static final int SECONDARY = UsAction.SECONDARY_SANCTIONS.ordinal();
  private static final int UP = UsAction.SCALE_UP_EXERCISES.ordinal();
  private static final int DOWN = UsAction.SCALE_DOWN_EXERCISES.ordinal();
  private static final int TALKS = UsAction.OFFER_TALKS.ordinal();
  private static final int SIGNAL = UsAction.STRATEGIC_SIGNALLING.ordinal();
  private static final int HOLD = UsAction.HOLD.ordinal();
  private static final int BROKERS = TalksProcess.CHN_BIT | TalksProcess.RUS_BIT;

  private static final int PUSH_STANCE = w("PUSH_UN_SANCTIONS", "sanctionsStance");
  private static final int PUSH_STRATEGIC = w("PUSH_UN_SANCTIONS", "strategicTests");
  private static final int PUSH_PROV = w("PUSH_UN_SANCTIONS", "provocations");
  private static final int PUSH_STRICT = w("PUSH_UN_SANCTIONS", "alreadyStrict");
  private static final int PUSH_RECENT = w("PUSH_UN_SANCTIONS", "recentDraft");
  private static final int PUSH_VETO = w("PUSH_UN_SANCTIONS", "expectedVeto");
  private static final int PUSH_COST = w("PUSH_UN_SANCTIONS", "councilCost");
  private static final int SEC_STANCE = w("SECONDARY_SANCTIONS", "pressureStance");
  private static final int SEC_CHINA = w("SECONDARY_SANCTIONS", "chinaNotEnforcing");
  private static final int SEC_PROV = w("SECONDARY_SANCTIONS", "provocations");
  private static final int SEC_TIES = w("SECONDARY_SANCTIONS", "tiesCost");
  private static final int SEC_TRADE = w("SECONDARY_SANCTIONS", "ownTrade");
  private static final int UP_STANCE = w("SCALE_UP_EXERCISES", "pressureStance");
  private static final int UP_RISK = w("SCALE_UP_EXERCISES", "riskAppetite");
  private static final int UP_PROV = w("SCALE_UP_EXERCISES", "provocations");
  private static final int UP_TENSION = w("SCALE_UP_EXERCISES", "avoidTension");
  private static final int UP_TALKS = w("SCALE_UP_EXERCISES", "talksUnderWay");
  private static final int UP_COST = w("SCALE_UP_EXERCISES", "cost");
  private static final int DOWN_STANCE = w("SCALE_DOWN_EXERCISES", "dialogueStance");
  private static final int DOWN_TALKS = w("SCALE_DOWN_EXERCISES", "keepTalks");
  private static final int DOWN_CALM = w("SCALE_DOWN_EXERCISES", "calmTension");
  private static final int DOWN_WEAK = w("SCALE_DOWN_EXERCISES", "looksWeak");
  private static final int DOWN_CRED = w("SCALE_DOWN_EXERCISES", "credibility");
  private static final int TALKS_STANCE = w("OFFER_TALKS", "dialogueStance");
  private static final int TALKS_BITING = w("OFFER_TALKS", "sanctionsBiting");
  private static final int TALKS_RECIP = w("OFFER_TALKS", "reciprocity");
  private static final int TALKS_KEEP = w("OFFER_TALKS", "keepTalks");
  private static final int TALKS_PROV = w("OFFER_TALKS", "afterProvocations");
  private static final int TALKS_COST = w("OFFER_TALKS", "domesticCost");
  private static final int TALKS_LEAD = w("OFFER_TALKS", "keepTheLead");
  private static final int SIG_RISK = w("STRATEGIC_SIGNALLING", "riskAppetite");
  private static final int SIG_DETER = w("STRATEGIC_SIGNALLING", "deter");
  private static final int SIG_TENSION = w("STRATEGIC_SIGNALLING", "avoidTension");
  private static final int SIG_COST = w("STRATEGIC_SIGNALLING", "cost");

  private final double leaningShift;
  private final double draftCooldown;

  public UnitedStates(ModelParameters p) {
    super(Actor.USA, p);
    this.leaningShift = p.mechanism(Mechanism.LEANING_PRESSURE_SHIFT);
    this.draftCooldown = p.mechanism(Mechanism.DRAFT_COOLDOWN_MONTHS);
  }

  private static int w(String move, String term) {
    return weight(Actor.USA, move, term);
  }

  @Override
  double effectivePressure(WorldState w) {
    return WorldState.clamp01(pressure + leaningShift * w.usLeaning);
  }

  /**
   * How far China and Russia go along with sanctions, as Washington can observe it: their mean
   * enforcement at the start of the month (their own tolerances are private to them).
   */
  static double vetoPowersEnforcement(WorldState w) {
    return 0.5 * (w.enforcement[Actor.CHN.ordinal()] + w.enforcement[Actor.RUS.ordinal()]);
  }

  @Override
  protected void evaluate(Peninsula sim, WorldState w, double[] u, Terms t) {
    double p = effectivePressure(w);
    double prov = w.provocationMemory;
    double strategic = w.strategicTestMemory;
    double talksOpen = w.talks == TalksFormat.NONE ? 0 : w.momentum;
    // Washington does not leave the initiative to Beijing or Moscow when they put talks forward.
    double brokers = (w.offersLastMonth & BROKERS) != 0 ? 1 : 0;
    u[PUSH] = term(t, PUSH, PUSH_STANCE, sanctionsTolerance, p)
        + term(t, PUSH, PUSH_STRATEGIC, strategic)
        + term(t, PUSH, PUSH_PROV, prov)
        + term(t, PUSH, PUSH_STRICT, w.stringency)
        + term(t, PUSH, PUSH_RECENT, w.monthsSinceDraft < draftCooldown ? 1 : 0)
        + term(t, PUSH, PUSH_VETO, 1 - vetoPowersEnforcement(w))
        + term(t, PUSH, PUSH_COST, 1);
    u[SECONDARY] = term(t, SECONDARY, SEC_STANCE, p)
        + term(t, SECONDARY, SEC_CHINA, 1 - w.enforcement[Actor.CHN.ordinal()])
        + term(t, SECONDARY, SEC_PROV, prov)
        + term(t, SECONDARY, SEC_TIES, 1)
        + term(t, SECONDARY, SEC_TRADE, economicInterest);
    u[UP] = term(t, UP, UP_STANCE, p)
        + term(t, UP, UP_RISK, riskTolerance)
        + term(t, UP, UP_PROV, prov)
        + term(t, UP, UP_TENSION, w.tension, 1 - riskTolerance)
        + term(t, UP, UP_TALKS, talksOpen)
        + term(t, UP, UP_COST, 1);
    u[DOWN] = term(t, DOWN, DOWN_STANCE, 1 - p)
        + term(t, DOWN, DOWN_TALKS, talksOpen)
        + term(t, DOWN, DOWN_CALM, w.tension, 1 - riskTolerance)
        + term(t, DOWN, DOWN_WEAK, prov)
        + term(t, DOWN, DOWN_CRED, 1);
    u[TALKS] = term(t, TALKS, TALKS_STANCE, 1 - p)
        + term(t, TALKS, TALKS_BITING, w.stress)
        + term(t, TALKS, TALKS_RECIP, reciprocity, w.relation(Actor.USA, Actor.DPRK))
        + term(t, TALKS, TALKS_KEEP, talksOpen)
        + term(t, TALKS, TALKS_PROV, prov)
        + term(t, TALKS, TALKS_COST, 1)
        + term(t, TALKS, TALKS_LEAD, statusSeeking, brokers);
    u[SIGNAL] = term(t, SIGNAL, SIG_RISK, riskTolerance)
        + term(t, SIGNAL, SIG_DETER, prov, p)
        + term(t, SIGNAL, SIG_TENSION, w.tension)
        + term(t, SIGNAL, SIG_COST, 1);
    u[HOLD] = 0;
  }
}
