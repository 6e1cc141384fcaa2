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

  private static final int OPP_OPPOSITION = w("OPPOSE_SANCTIONS", "opposition");
  private static final int OPP_HUMANITARIAN = w("OPPOSE_SANCTIONS", "humanitarian");
  private static final int OPP_PROJECTS = w("OPPOSE_SANCTIONS", "projectsBlocked");
  private static final int OPP_TESTS = w("OPPOSE_SANCTIONS", "afterTests");
  private static final int OPP_RIVALRY = w("OPPOSE_SANCTIONS", "rivalry");
  private static final int OPP_EFFORT = w("OPPOSE_SANCTIONS", "effort");
  private static final int MULTI_BROKER = w("PROPOSE_MULTILATERAL_TALKS", "equalBroker");
  private static final int MULTI_CRISIS = w("PROPOSE_MULTILATERAL_TALKS", "crisis");
  private static final int MULTI_ALREADY = w("PROPOSE_MULTILATERAL_TALKS", "multilateralAlready");
  private static final int MULTI_LEFT_OUT = w("PROPOSE_MULTILATERAL_TALKS", "leftOut");
  private static final int MULTI_TESTS = w("PROPOSE_MULTILATERAL_TALKS", "afterTests");
  private static final int MULTI_DIALOGUE = w("PROPOSE_MULTILATERAL_TALKS", "dialogueStance");
  private static final int MULTI_EFFORT = w("PROPOSE_MULTILATERAL_TALKS", "effort");
  private static final int PRJ_INTEREST = w("PURSUE_ECONOMIC_PROJECTS", "economicInterest");
  private static final int PRJ_SEOUL = w("PURSUE_ECONOMIC_PROJECTS", "seoulInterest");
  private static final int PRJ_TENSION = w("PURSUE_ECONOMIC_PROJECTS", "tensionRisk");
  private static final int PRJ_COST = w("PURSUE_ECONOMIC_PROJECTS", "cost");
  private static final int CO_PARTNER = w("COORDINATE_WITH_CHINA", "partnership");
  private static final int CO_JOINT = w("COORDINATE_WITH_CHINA", "jointLine");
  private static final int CO_EQUAL = w("COORDINATE_WITH_CHINA", "equalNotFollower");
  private static final int CO_EFFORT = w("COORDINATE_WITH_CHINA", "effort");
  private static final int NAV_RISK = w("NAVAL_SIGNALLING", "riskAppetite");
  private static final int NAV_RIVALRY = w("NAVAL_SIGNALLING", "rivalry");
  private static final int NAV_EXERCISES = w("NAVAL_SIGNALLING", "answerExercises");
  private static final int NAV_TENSION = w("NAVAL_SIGNALLING", "avoidTension");
  private static final int NAV_PRESSURE = w("NAVAL_SIGNALLING", "pressureStance");
  private static final int NAV_COST = w("NAVAL_SIGNALLING", "cost");
  private static final int CRT_INTEREST = w("COURT_SEOUL", "economicInterest");
  private static final int CRT_STANDING = w("COURT_SEOUL", "brokerStanding");
  private static final int CRT_RECEPTIVE = w("COURT_SEOUL", "receptiveSeoul");
  private static final int CRT_RECIP = w("COURT_SEOUL", "reciprocity");
  private static final int CRT_EFFORT = w("COURT_SEOUL", "effort");

  public Russia(ModelParameters p) {
    super(Actor.RUS, p);
  }

  private static int w(String move, String term) {
    return weight(Actor.RUS, move, term);
  }

  @Override
  protected void evaluate(Peninsula sim, WorldState w, double[] u, Terms t) {
    double prov = w.provocationMemory;
    u[OPPOSE] = term(t, OPPOSE, OPP_OPPOSITION, 1 - sanctionsTolerance)
        + term(t, OPPOSE, OPP_HUMANITARIAN, w.stress)
        + term(t, OPPOSE, OPP_PROJECTS, economicInterest, w.effectivePressure)
        + term(t, OPPOSE, OPP_TESTS, w.strategicTestMemory)
        + term(t, OPPOSE, OPP_RIVALRY, w.relation(Actor.RUS, Actor.USA))
        + term(t, OPPOSE, OPP_EFFORT, 1);
    // Pressure vs dialogue: a dialogue-minded Moscow proposes talks, a coercive one sends ships.
    u[MULTI] = term(t, MULTI, MULTI_BROKER, statusSeeking)
        + term(t, MULTI, MULTI_CRISIS, w.tension)
        + term(t, MULTI, MULTI_ALREADY, w.talks == TalksFormat.MULTILATERAL ? 1 : 0)
        + term(t, MULTI, MULTI_LEFT_OUT, w.talks == TalksFormat.US_DPRK ? 1 : 0)
        + term(t, MULTI, MULTI_TESTS, prov)
        + term(t, MULTI, MULTI_DIALOGUE, 1 - pressure)
        + term(t, MULTI, MULTI_EFFORT, 1);
    u[PROJECTS] = term(t, PROJECTS, PRJ_INTEREST, economicInterest, 1 - w.effectivePressure)
        + term(t, PROJECTS, PRJ_SEOUL, warmth(w, Actor.RUS, Actor.ROK))
        + term(t, PROJECTS, PRJ_TENSION, w.tension)
        + term(t, PROJECTS, PRJ_COST, 1);
    u[COORD] = term(t, COORD, CO_PARTNER, warmth(w, Actor.RUS, Actor.CHN))
        + term(t, COORD, CO_JOINT, w.exerciseMemory)
        + term(t, COORD, CO_EQUAL, statusSeeking)
        + term(t, COORD, CO_EFFORT, 1);
    u[NAVAL] = term(t, NAVAL, NAV_RISK, riskTolerance)
        + term(t, NAVAL, NAV_RIVALRY, w.relation(Actor.RUS, Actor.USA))
        + term(t, NAVAL, NAV_EXERCISES, w.exerciseMemory)
        + term(t, NAVAL, NAV_TENSION, w.tension)
        + term(t, NAVAL, NAV_PRESSURE, pressure)
        + term(t, NAVAL, NAV_COST, 1);
    u[COURT] = term(t, COURT, CRT_INTEREST, economicInterest)
        + term(t, COURT, CRT_STANDING, statusSeeking)
        + term(t, COURT, CRT_RECEPTIVE, w.rokLeaning)
        + term(t, COURT, CRT_RECIP, reciprocity, w.relation(Actor.RUS, Actor.ROK))
        + term(t, COURT, CRT_EFFORT, 1);
    u[HOLD] = 0;
  }
}
