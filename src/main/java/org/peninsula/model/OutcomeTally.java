package org.peninsula.model;

import java.io.Serializable;

/** Counters kept through a run, turned into a {@link RunOutcome} at the end. */
final class OutcomeTally implements Serializable {
  // Declared mechanisms by index: the month loop reads the run's value array directly.
  private static final int M_HIGH = Mechanism.HIGH_TENSION_BAND.index();
  private static final int M_LOW = Mechanism.LOW_TENSION_BAND.index();

  private static final long serialVersionUID = 1L;

  int clashes;
  int missileTests;
  int icbmTests;
  int nuclearTests;
  int borderProvocations;
  int drafted;
  int passed;
  int vetoed;
  int sameVotes;
  int abstentions;
  int summits;
  int shortLaunches;
  int longLaunches;
  int satelliteLaunches;
  double peakTension;
  int monthsLow;
  int monthsMedium;
  int monthsHigh;
  int talksEpisodes;
  int talksMonths;
  int dealMonth = -1;
  int dealsBroken;
  int rokRussiaCooperation;
  int rokGovernmentChanges;
  int usAdministrationChanges;
  int monthsSimulated;

  void reset() {
    clashes = missileTests = icbmTests = nuclearTests = borderProvocations = 0;
    drafted = passed = vetoed = sameVotes = abstentions = summits = 0;
    shortLaunches = longLaunches = satelliteLaunches = 0;
    peakTension = 0;
    monthsLow = monthsMedium = monthsHigh = 0;
    talksEpisodes = talksMonths = 0;
    dealMonth = -1;
    dealsBroken = 0;
    rokRussiaCooperation = rokGovernmentChanges = usAdministrationChanges = 0;
    monthsSimulated = 0;
  }

  void endOfMonth(WorldState w, ModelParameters p) {
    monthsSimulated++;
    double t = w.tension;
    if (t > peakTension) {
      peakTension = t;
    }
    double[] pv = p.values();
    if (t >= pv[M_HIGH]) {
      monthsHigh++;
    } else if (t < pv[M_LOW]) {
      monthsLow++;
    } else {
      monthsMedium++;
    }
  }

  void fill(WorldState w, double[] v) {
    v[Outcome.WAR.ordinal()] = w.war ? 1 : 0;
    v[Outcome.WAR_MONTH.ordinal()] = w.war ? w.warMonth : Double.NaN;
    v[Outcome.CLASHES.ordinal()] = clashes;
    v[Outcome.MISSILE_TESTS.ordinal()] = missileTests;
    v[Outcome.ICBM_TESTS.ordinal()] = icbmTests;
    v[Outcome.NUCLEAR_TESTS.ordinal()] = nuclearTests;
    v[Outcome.BORDER_PROVOCATIONS.ordinal()] = borderProvocations;
    v[Outcome.RESOLUTIONS_DRAFTED.ordinal()] = drafted;
    v[Outcome.RESOLUTIONS_PASSED.ordinal()] = passed;
    v[Outcome.RESOLUTIONS_VETOED.ordinal()] = vetoed;
    v[Outcome.RUS_CHN_SAME_VOTE_SHARE.ordinal()] =
        drafted == 0 ? Double.NaN : (double) sameVotes / drafted;
    v[Outcome.FINAL_TENSION.ordinal()] = w.tension;
    v[Outcome.PEAK_TENSION.ordinal()] = Math.max(peakTension, w.tension);
    v[Outcome.MONTHS_LOW_TENSION.ordinal()] = monthsLow;
    v[Outcome.MONTHS_MEDIUM_TENSION.ordinal()] = monthsMedium;
    v[Outcome.MONTHS_HIGH_TENSION.ordinal()] = monthsHigh;
    v[Outcome.FINAL_STRINGENCY.ordinal()] = w.stringency;
    v[Outcome.FINAL_SANCTIONS_PRESSURE.ordinal()] = w.effectivePressure;
    v[Outcome.FINAL_ENFORCEMENT_CHN.ordinal()] = w.enforcement[Actor.CHN.ordinal()];
    v[Outcome.FINAL_ENFORCEMENT_RUS.ordinal()] = w.enforcement[Actor.RUS.ordinal()];
    v[Outcome.TALKS_EPISODES.ordinal()] = talksEpisodes;
    v[Outcome.TALKS_MONTHS.ordinal()] = talksMonths;
    v[Outcome.DEAL.ordinal()] = dealMonth >= 0 ? 1 : 0;
    v[Outcome.DEAL_MONTH.ordinal()] = dealMonth >= 0 ? dealMonth : Double.NaN;
    v[Outcome.DEAL_IN_FORCE.ordinal()] = w.dealInForce() ? 1 : 0;
    v[Outcome.RUSSIA_MAJOR_ROLE.ordinal()] = w.standing;
    v[Outcome.RUSSIA_ECONOMIC_AXIS.ordinal()] = w.axisProgress;
    v[Outcome.RUSSIA_SECURITY_FRAMEWORK.ordinal()] = w.framework;
    v[Outcome.DPRK_CHINA_DEPENDENCE.ordinal()] = w.chinaDependence;
    v[Outcome.FINAL_DPRK_CAPABILITY.ordinal()] = w.capability;
    v[Outcome.NUCLEAR_ACCEPTANCE.ordinal()] = w.nuclearAcceptance;
    v[Outcome.ROK_RUSSIA_COOPERATION.ordinal()] = rokRussiaCooperation;
    v[Outcome.FINAL_ROK_RUSSIA_RELATION.ordinal()] = w.relation(Actor.ROK, Actor.RUS);
    v[Outcome.ROK_GOVERNMENT_CHANGES.ordinal()] = rokGovernmentChanges;
    v[Outcome.US_ADMINISTRATION_CHANGES.ordinal()] = usAdministrationChanges;
    v[Outcome.MONTHS_SIMULATED.ordinal()] = monthsSimulated;
    v[Outcome.ABSTENTIONS.ordinal()] = abstentions;
    v[Outcome.SUMMITS.ordinal()] = summits;
    v[Outcome.SHORT_RANGE_LAUNCHES.ordinal()] = shortLaunches;
    v[Outcome.LONG_RANGE_LAUNCHES.ordinal()] = longLaunches;
    v[Outcome.SATELLITE_LAUNCHES.ordinal()] = satelliteLaunches;
  }
}
