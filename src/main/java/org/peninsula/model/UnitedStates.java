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

  private final double leaningShift;

  public UnitedStates(ModelParameters p) {
    super(Actor.USA, p);
    this.leaningShift = p.mechanism(Mechanism.LEANING_PRESSURE_SHIFT);
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
    u[PUSH] = t.add(PUSH, "sanctions stance", 1.0 * sanctionsTolerance * p)
        + t.add(PUSH, "answer to recent ICBM or nuclear tests", 2.5 * strategic)
        + t.add(PUSH, "answer to recent provocations", 0.5 * prov)
        + t.add(PUSH, "sanctions already strict", -0.8 * w.stringency)
        + t.add(PUSH, "a resolution was tabled recently", w.monthsSinceDraft < 6 ? -1.5 : 0)
        + t.add(PUSH, "a veto is expected", -0.8 * (1 - vetoPowersEnforcement(w)))
        + t.add(PUSH, "diplomatic cost of a Council fight", -0.4);
    u[SECONDARY] = t.add(SECONDARY, "pressure stance", 0.8 * p)
        + t.add(SECONDARY, "China not enforcing", 0.6 * (1 - w.enforcement[Actor.CHN.ordinal()]))
        + t.add(SECONDARY, "answer to recent provocations", 0.5 * prov)
        + t.add(SECONDARY, "cost to ties with Beijing and Moscow", -1.0);
    u[UP] = t.add(UP, "pressure stance", 0.7 * p)
        + t.add(UP, "appetite for risk", 0.4 * riskTolerance)
        + t.add(UP, "answer to recent provocations", 0.8 * prov)
        + t.add(UP, "avoid feeding tension", -0.6 * w.tension * (1 - riskTolerance))
        + t.add(UP, "talks under way", -0.8 * talksOpen)
        + t.add(UP, "cost of exercises", -0.9);
    u[DOWN] = t.add(DOWN, "dialogue stance", 0.8 * (1 - p))
        + t.add(DOWN, "keep talks alive", 0.8 * talksOpen)
        + t.add(DOWN, "calm a tense peninsula", 0.5 * w.tension * (1 - riskTolerance))
        + t.add(DOWN, "looks weak after provocations", -0.8 * prov)
        + t.add(DOWN, "alliance credibility", -0.5);
    u[TALKS] = t.add(TALKS, "dialogue stance", 0.9 * (1 - p))
        + t.add(TALKS, "sanctions are biting", 0.5 * w.stress)
        + t.add(TALKS, "answer cooperation in kind",
            0.4 * reciprocity * w.relation(Actor.USA, Actor.DPRK))
        + t.add(TALKS, "keep talks alive", 0.6 * talksOpen)
        + t.add(TALKS, "no talks right after provocations", -0.7 * prov)
        + t.add(TALKS, "domestic cost of talking", -0.5);
    u[SIGNAL] = t.add(SIGNAL, "appetite for risk", 0.6 * riskTolerance)
        + t.add(SIGNAL, "deter after provocations", 0.9 * prov * p)
        + t.add(SIGNAL, "avoid feeding tension", -0.3 * w.tension)
        + t.add(SIGNAL, "cost of deployments", -0.4);
    u[HOLD] = 0;
  }
}
