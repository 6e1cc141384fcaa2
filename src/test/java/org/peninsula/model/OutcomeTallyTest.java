package org.peninsula.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The tally's rules in its own words (PIT found them unchecked: whole runs hardly move a band
 * boundary or a ratio): a month's tension falls in exactly one band, the low band is open at its
 * top and the high band closed at its bottom, the peak includes the last month, a ratio with no
 * draft is undefined, and a month that never came is NaN.
 */
class OutcomeTallyTest {
  private static final ModelParameters BANDS = ModelParameters.builder()
      .setMechanism(Mechanism.LOW_TENSION_BAND, 0.3)
      .setMechanism(Mechanism.HIGH_TENSION_BAND, 0.7).build();

  private static double[] fill(OutcomeTally tally, WorldState w) {
    double[] v = new double[Outcome.COUNT];
    tally.fill(w, v);
    return v;
  }

  @Test
  void eachMonthFallsInOneTensionBandWithTheBoundariesWhereTheyAreDeclared() {
    OutcomeTally tally = new OutcomeTally();
    WorldState w = new WorldState();
    double[] tensions = {0.2, 0.3, 0.5, 0.6999, 0.7, 0.9, 0.1};
    for (double t : tensions) {
      w.tension = t;
      tally.endOfMonth(w, BANDS);
    }
    double[] v = fill(tally, w);
    assertEquals(2, v[Outcome.MONTHS_LOW_TENSION.ordinal()], "0.2 and 0.1; 0.3 is not low");
    assertEquals(3, v[Outcome.MONTHS_MEDIUM_TENSION.ordinal()], "0.3, 0.5 and 0.6999");
    assertEquals(2, v[Outcome.MONTHS_HIGH_TENSION.ordinal()], "0.7 and 0.9");
    assertEquals(tensions.length, v[Outcome.MONTHS_SIMULATED.ordinal()]);
    assertEquals(0.9, v[Outcome.PEAK_TENSION.ordinal()], 0);
    assertEquals(0.1, v[Outcome.FINAL_TENSION.ordinal()], 0);
  }

  @Test
  void thePeakCountsTheFinalStateEvenBeforeItsMonthIsClosed() {
    OutcomeTally tally = new OutcomeTally();
    WorldState w = new WorldState();
    w.tension = 0.4;
    tally.endOfMonth(w, BANDS);
    w.tension = 0.8;
    assertEquals(0.8, fill(tally, w)[Outcome.PEAK_TENSION.ordinal()], 0);
  }

  @Test
  void ratiosAndMonthsAreUndefinedWhenNothingHappened() {
    OutcomeTally tally = new OutcomeTally();
    WorldState w = new WorldState();
    double[] none = fill(tally, w);
    assertTrue(Double.isNaN(none[Outcome.RUS_CHN_SAME_VOTE_SHARE.ordinal()]), "no draft");
    assertTrue(Double.isNaN(none[Outcome.DEAL_MONTH.ordinal()]));
    assertTrue(Double.isNaN(none[Outcome.WAR_MONTH.ordinal()]));
    assertEquals(0, none[Outcome.DEAL.ordinal()], 0);
    assertEquals(0, none[Outcome.WAR.ordinal()], 0);
    assertEquals(0, none[Outcome.DEAL_IN_FORCE.ordinal()], 0);

    tally.drafted = 4;
    tally.sameVotes = 3;
    tally.dealMonth = 0;
    w.war = true;
    w.warMonth = 30;
    w.stage = TalksStage.DEAL_IN_FORCE;
    double[] v = fill(tally, w);
    assertEquals(1, v[Outcome.DEAL_IN_FORCE.ordinal()], 0);
    assertEquals(0.75, v[Outcome.RUS_CHN_SAME_VOTE_SHARE.ordinal()], 0);
    assertEquals(1, v[Outcome.DEAL.ordinal()], 0, "a deal in the first month is a deal");
    assertEquals(0, v[Outcome.DEAL_MONTH.ordinal()], 0);
    assertEquals(1, v[Outcome.WAR.ordinal()], 0);
    assertEquals(30, v[Outcome.WAR_MONTH.ordinal()], 0);
  }

  @Test
  void resetForgetsTheLastRun() {
    OutcomeTally tally = new OutcomeTally();
    WorldState w = new WorldState();
    w.tension = 0.9;
    tally.endOfMonth(w, BANDS);
    tally.drafted = 2;
    tally.dealMonth = 5;
    tally.shortLaunches = 3;
    tally.reset();
    w.tension = 0;
    double[] v = fill(tally, w);
    for (Outcome o : new Outcome[] {Outcome.MONTHS_HIGH_TENSION, Outcome.MONTHS_SIMULATED,
        Outcome.RESOLUTIONS_DRAFTED, Outcome.DEAL, Outcome.PEAK_TENSION,
        Outcome.SHORT_RANGE_LAUNCHES}) {
      assertEquals(0, v[o.ordinal()], 0, o.key());
    }
  }
}
