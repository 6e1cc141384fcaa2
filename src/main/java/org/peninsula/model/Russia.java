package org.peninsula.model;

/**
 * Moscow: dialogue over pressure, opposed to sanctions since 2017, eager for trilateral
 * projects and for a seat at the table as China's equal.
 */
public final class Russia extends CountryAgent {
  private static final long serialVersionUID = 1L;
  private static final int OPPOSE = RussiaAction.OPPOSE_SANCTIONS.ordinal();
  private static final int MULTI = RussiaAction.PROPOSE_MULTILATERAL_TALKS.ordinal();
  private static final int PROJECTS = RussiaAction.PURSUE_ECONOMIC_PROJECTS.ordinal();
  private static final int COORD = RussiaAction.COORDINATE_WITH_CHINA.ordinal();
  private static final int NAVAL = RussiaAction.NAVAL_SIGNALLING.ordinal();
  private static final int COURT = RussiaAction.COURT_SEOUL.ordinal();
  private static final int HOLD = RussiaAction.HOLD.ordinal();

  public Russia(ModelParameters p) {
    super(Actor.RUS, p);
  }

  @Override
  protected void evaluate(Peninsula sim, WorldState w, double[] u, Terms t) {
    double prov = w.provocationMemory;
    u[OPPOSE] = t.add(OPPOSE, "opposition to sanctions", 0.6 * (1 - sanctionsTolerance))
        + t.add(OPPOSE, "humanitarian cost in the North", 0.5 * w.stress)
        + t.add(OPPOSE, "sanctions block its projects",
            0.4 * economicInterest * w.effectivePressure)
        + t.add(OPPOSE, "hard to defend right after tests", -0.6 * w.strategicTestMemory)
        + t.add(OPPOSE, "rivalry with Washington", -0.3 * w.relation(Actor.RUS, Actor.USA))
        + t.add(OPPOSE, "diplomatic effort", -0.8);
    u[MULTI] = t.add(MULTI, "wish to be an equal broker", 0.8 * statusSeeking)
        + t.add(MULTI, "crisis needs a multilateral format", 0.5 * w.tension)
        + t.add(MULTI, "talks already multilateral",
            w.talks == TalksFormat.MULTILATERAL ? 0.3 : 0)
        + t.add(MULTI, "left out of bilateral talks",
            w.talks == TalksFormat.US_DPRK ? 0.3 : 0)
        + t.add(MULTI, "no one listens right after tests", -0.4 * prov)
        + t.add(MULTI, "diplomatic effort", -0.6);
    u[PROJECTS] = t.add(PROJECTS, "economic interest, as far as sanctions allow",
            1.0 * economicInterest * (1 - w.effectivePressure))
        + t.add(PROJECTS, "Seoul's interest in the north-south axis",
            0.4 * warmth(w, Actor.RUS, Actor.ROK))
        + t.add(PROJECTS, "risky when tension is high", -0.3 * w.tension)
        + t.add(PROJECTS, "cost of the projects", -0.5);
    u[COORD] = t.add(COORD, "partnership with Beijing", 0.5 * warmth(w, Actor.RUS, Actor.CHN))
        + t.add(COORD, "joint line against US pressure", 0.4 * w.exerciseMemory)
        + t.add(COORD, "wants to be an equal, not a follower", -0.2 * statusSeeking)
        + t.add(COORD, "diplomatic effort", -0.3);
    u[NAVAL] = t.add(NAVAL, "appetite for risk", 0.6 * riskTolerance)
        + t.add(NAVAL, "rivalry with Washington", -0.4 * w.relation(Actor.RUS, Actor.USA))
        + t.add(NAVAL, "answer to US-led exercises", 0.4 * w.exerciseMemory)
        + t.add(NAVAL, "avoid feeding tension", -0.3 * w.tension)
        + t.add(NAVAL, "cost of deployments", -0.6);
    u[COURT] = t.add(COURT, "economic interest", 0.5 * economicInterest)
        + t.add(COURT, "standing as a broker", 0.3 * statusSeeking)
        + t.add(COURT, "Seoul's government is receptive", -0.6 * w.rokLeaning)
        + t.add(COURT, "answer Seoul in kind", 0.3 * reciprocity * w.relation(Actor.RUS, Actor.ROK))
        + t.add(COURT, "diplomatic effort", -0.5);
    u[HOLD] = 0;
  }
}
