package org.peninsula.model;

import java.io.Serializable;

/**
 * The state of the peninsula and of the five countries' relations at the current month. Plain
 * mutable fields, because the month loop updates it thousands of times per second; the
 * mechanisms ({@link SanctionsRegime}, {@link TalksProcess}, ...) are where it changes.
 */
public final class WorldState implements Serializable {
  private static final long serialVersionUID = 1L;

  double tension;
  double capability;
  double stringency;
  final double[] enforcement = new double[Actor.COUNT];
  double effectivePressure;
  double stress;
  double chinaDependence;
  double axisProgress;
  double standing;
  double framework;
  double nuclearAcceptance;
  double rokLeaning;
  double usLeaning;
  double missileDefence;
  /** a's view of b at {@code [pair(a, b)]}; flat, as every month changes and decays them all. */
  final double[] relations = new double[Actor.COUNT * Actor.COUNT];
  final double[] relationsAtStart = new double[Actor.COUNT * Actor.COUNT];

  /** The talks' state-machine stage ({@link TalksProcess}) and the open track's format. */
  TalksStage stage = TalksStage.NONE;
  TalksFormat talks = TalksFormat.NONE;
  double momentum;

  /** Decaying memories that make countries respond to recent history, not just this month. */
  double provocationMemory;
  double strategicTestMemory;
  double exerciseMemory;
  double alignmentMemory;
  int monthsSinceDraft = 99;
  /** Months since the last leaders' summit (large: none yet). */
  int monthsSinceSummit = 999;

  /** Talks offers on the table this month and last month (bit per actor). */
  int offersThisMonth;
  int offersLastMonth;

  boolean war;
  int warMonth = -1;

  void initialise(ModelParameters p) {
    tension = p.world(WorldVariable.TENSION);
    capability = p.world(WorldVariable.DPRK_CAPABILITY);
    stringency = p.world(WorldVariable.SANCTIONS_STRINGENCY);
    stress = p.world(WorldVariable.DPRK_ECONOMIC_STRESS);
    chinaDependence = p.world(WorldVariable.DPRK_CHINA_DEPENDENCE);
    axisProgress = p.world(WorldVariable.RUSSIA_AXIS_PROGRESS);
    standing = p.world(WorldVariable.RUSSIA_STANDING);
    framework = p.world(WorldVariable.SECURITY_FRAMEWORK);
    nuclearAcceptance = p.world(WorldVariable.NUCLEAR_ACCEPTANCE);
    rokLeaning = p.world(WorldVariable.ROK_LEANING);
    usLeaning = p.world(WorldVariable.US_LEANING);
    missileDefence = p.world(WorldVariable.MISSILE_DEFENCE);
    for (Actor a : Actor.values()) {
      enforcement[a.ordinal()] = p.stance(a, StanceParameter.ENFORCEMENT);
      for (Actor b : Actor.values()) {
        double r = a == b ? 1.0 : p.relation(a, b);
        relations[pair(a, b)] = r;
        relationsAtStart[pair(a, b)] = r;
      }
    }
    stage = TalksStage.NONE;
    talks = TalksFormat.NONE;
    momentum = 0;
    provocationMemory = 0;
    strategicTestMemory = 0;
    exerciseMemory = 0;
    alignmentMemory = 0;
    monthsSinceDraft = 99;
    monthsSinceSummit = 999;
    offersThisMonth = 0;
    offersLastMonth = 0;
    war = false;
    warMonth = -1;
  }

  static double clamp01(double x) {
    return x < 0 ? 0 : (x > 1 ? 1 : x);
  }

  /**
   * Relations often sit at a bound, so the compare-and-branch form mispredicted in the month's
   * commit. Math.min/max (branch-free intrinsics) give the same bits for every x: they differ
   * from comparisons only between +0.0 and -0.0 or with NaN, and the bounds are neither
   * (a NaN x comes back as NaN either way).
   */
  static double clamp11(double x) {
    return Math.max(-1.0, Math.min(1.0, x));
  }

  void addTension(double delta) {
    tension = clamp01(tension + delta);
  }

  /** a's view of b. */
  public double relation(Actor a, Actor b) {
    return relations[pair(a, b)];
  }

  static int pair(Actor a, Actor b) {
    return a.ordinal() * Actor.COUNT + b.ordinal();
  }

  public double tension() {
    return tension;
  }

  public double dprkCapability() {
    return capability;
  }

  public double sanctionsStringency() {
    return stringency;
  }

  public double enforcement(Actor a) {
    return enforcement[a.ordinal()];
  }

  /** Stringency on paper times the trade-weighted enforcement actually applied. */
  public double effectiveSanctionsPressure() {
    return effectivePressure;
  }

  public double dprkEconomicStress() {
    return stress;
  }

  public double dprkChinaDependence() {
    return chinaDependence;
  }

  public double russiaAxisProgress() {
    return axisProgress;
  }

  public double russiaStanding() {
    return standing;
  }

  public double securityFramework() {
    return framework;
  }

  public double nuclearAcceptance() {
    return nuclearAcceptance;
  }

  public double rokLeaning() {
    return rokLeaning;
  }

  public double usLeaning() {
    return usLeaning;
  }

  public double missileDefence() {
    return missileDefence;
  }

  public TalksFormat talks() {
    return talks;
  }

  public double talksMomentum() {
    return momentum;
  }

  public boolean dealInForce() {
    return stage == TalksStage.DEAL_IN_FORCE;
  }

  public TalksStage talksStage() {
    return stage;
  }

  public boolean war() {
    return war;
  }

  public int warMonth() {
    return warMonth;
  }

  public String rokGovernment() {
    return rokLeaning > 0 ? "conservative" : "progressive";
  }

  public String usAdministration() {
    return usLeaning > 0 ? "hawkish" : "engagement-minded";
  }
}
