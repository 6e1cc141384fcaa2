package org.peninsula.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The talks state machine: every transition, every guard that blocks one, and the deal bug. */
class TalksProcessTest {

  private static final boolean Y = true;
  private static final boolean N = false;

  /**
   * One row per transition or blocking guard: stage before; DPRK accepts; an offer on the table;
   * a strategic test this month; momentum gone; momentum at the deal threshold; stage after.
   */
  static Stream<Arguments> transitions() {
    return Stream.of(
        Arguments.of("none -> open: acceptance meets an offer",
            TalksStage.NONE, Y, Y, N, N, N, TalksStage.OPEN),
        Arguments.of("none stays: acceptance without an offer",
            TalksStage.NONE, Y, N, N, N, N, TalksStage.NONE),
        Arguments.of("none stays: an offer without acceptance",
            TalksStage.NONE, N, Y, N, N, N, TalksStage.NONE),
        Arguments.of("open -> none: momentum gone",
            TalksStage.OPEN, Y, Y, N, Y, N, TalksStage.NONE),
        Arguments.of("open -> deal: threshold reached and the DPRK accepts this month",
            TalksStage.OPEN, Y, Y, N, N, Y, TalksStage.DEAL_IN_FORCE),
        Arguments.of("open stays: threshold reached but the DPRK does not accept this month",
            TalksStage.OPEN, N, Y, N, N, Y, TalksStage.OPEN),
        Arguments.of("open stays: threshold reached, acceptance, but a strategic test",
            TalksStage.OPEN, Y, Y, Y, N, Y, TalksStage.OPEN),
        Arguments.of("open stays: acceptance below the threshold",
            TalksStage.OPEN, Y, Y, N, N, N, TalksStage.OPEN),
        Arguments.of("deal -> broken: a strategic test",
            TalksStage.DEAL_IN_FORCE, N, N, Y, N, N, TalksStage.BROKEN),
        Arguments.of("deal holds: momentum gone does not end it",
            TalksStage.DEAL_IN_FORCE, N, N, N, Y, N, TalksStage.DEAL_IN_FORCE),
        Arguments.of("deal holds: the DPRK stops accepting",
            TalksStage.DEAL_IN_FORCE, N, N, N, N, Y, TalksStage.DEAL_IN_FORCE),
        Arguments.of("broken -> none: momentum gone",
            TalksStage.BROKEN, Y, Y, N, Y, Y, TalksStage.NONE),
        Arguments.of("broken -> deal: a new deal in a later month",
            TalksStage.BROKEN, Y, Y, N, N, Y, TalksStage.DEAL_IN_FORCE),
        Arguments.of("broken stays: no re-strike in a month with a strategic test",
            TalksStage.BROKEN, Y, Y, Y, N, Y, TalksStage.BROKEN),
        Arguments.of("broken stays: threshold without acceptance",
            TalksStage.BROKEN, N, Y, N, N, Y, TalksStage.BROKEN));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transitions")
  void transition(String name, TalksStage from, boolean accepts, boolean offer, boolean test,
      boolean gone, boolean atDeal, TalksStage to) {
    assertEquals(to, TalksProcess.next(from, accepts, offer, test, gone, atDeal), name);
  }

  private static ModelParameters params() {
    return ModelParameters.builder().setMechanism(Mechanism.DEAL_THRESHOLD, 0.6).build();
  }

  /** A run at month 0 with its activity cleared, ready for one talks step set up by hand. */
  private static Peninsula sim() {
    Peninsula sim = new Peninsula(params(), 11);
    sim.activity.clear();
    return sim;
  }

  @Test
  void talksOpenInTheFormatOfTheOffersAndCountAnEpisode() {
    Peninsula sim = sim();
    WorldState w = sim.world;
    w.offersLastMonth = TalksProcess.USA_BIT;
    sim.activity.dprkAcceptsTalks = true;
    TalksProcess.monthly(sim, w, sim.params, sim.activity);
    assertEquals(TalksStage.OPEN, w.talksStage());
    assertEquals(TalksFormat.US_DPRK, w.talks());
    assertEquals(1, sim.tally.talksEpisodes);
    assertEquals(2 * sim.params.mechanism(Mechanism.TALKS_MOMENTUM_GAIN), w.momentum, 1e-12);
  }

  private static Peninsula openTalks(double momentum) {
    Peninsula sim = sim();
    sim.world.stage = TalksStage.OPEN;
    sim.world.talks = TalksFormat.MULTILATERAL;
    sim.world.momentum = momentum;
    return sim;
  }

  @Test
  void aDealNeedsTheDprkToAcceptInTheMonthItIsStruck() {
    Peninsula sim = openTalks(0.95);
    sim.world.offersThisMonth = TalksProcess.USA_BIT | TalksProcess.RUS_BIT;
    TalksProcess.monthly(sim, sim.world, sim.params, sim.activity);
    assertEquals(TalksStage.OPEN, sim.world.talksStage(), "no acceptance, no deal");
    assertEquals(-1, sim.tally.dealMonth);

    sim.activity.dprkAcceptsTalks = true;
    double stringency = sim.world.stringency;
    TalksProcess.monthly(sim, sim.world, sim.params, sim.activity);
    assertEquals(TalksStage.DEAL_IN_FORCE, sim.world.talksStage());
    assertEquals(0, sim.tally.dealMonth);
    assertEquals(stringency * (1 - sim.params.mechanism(Mechanism.DEAL_SANCTIONS_RELIEF)),
        sim.world.stringency, 1e-12, "sanctions relief once");
  }

  @Test
  void aDealBrokenByATestIsNotReStruckInTheSameMonth() {
    // The bug: a test cut momentum by 0.25 but left it above the threshold, the deal check fired
    // again, and relief and standing were applied a second time.
    Peninsula sim = openTalks(1.0);
    WorldState w = sim.world;
    w.stage = TalksStage.DEAL_IN_FORCE;
    sim.tally.dealMonth = 0;
    double stringency = w.stringency;
    sim.activity.dprkAcceptsTalks = true;
    w.offersThisMonth = TalksProcess.USA_BIT | TalksProcess.RUS_BIT | TalksProcess.ROK_BIT;
    ActionEffects.weaponsTest(sim, w, sim.params, sim.activity, 2, 0.05);
    assertEquals(TalksStage.BROKEN, w.talksStage());
    double standing = w.standing;
    TalksProcess.monthly(sim, w, sim.params, sim.activity);
    assertTrue(w.momentum >= sim.params.mechanism(Mechanism.DEAL_THRESHOLD),
        "momentum still above the threshold: the guard, not momentum, blocks the deal");
    assertEquals(TalksStage.BROKEN, w.talksStage());
    assertFalse(w.dealInForce());
    assertEquals(stringency, w.stringency, 0.0, "no second sanctions relief");
    assertTrue(w.standing <= standing + 0.5 * sim.params.mechanism(Mechanism.STANDING_GAIN)
        + 1e-12, "no deal bonus to standing");
    assertEquals(1, sim.tally.dealsBroken);
    assertEquals(0, sim.tally.dealMonth, "the first deal's month stays");
  }

  @Test
  void aBrokenDealCanBeStruckAgainInALaterMonthAndTheFirstDealMonthStays() {
    Peninsula sim = openTalks(1.0);
    sim.world.stage = TalksStage.BROKEN;
    sim.tally.dealMonth = 0;
    sim.activity.dprkAcceptsTalks = true;
    TalksProcess.monthly(sim, sim.world, sim.params, sim.activity);
    assertEquals(TalksStage.DEAL_IN_FORCE, sim.world.talksStage());
    assertEquals(0, sim.tally.dealMonth);
  }

  @Test
  void aDealKeepsItsTrackOpenWhenMomentumRunsOut() {
    Peninsula sim = openTalks(0.0);
    sim.world.stage = TalksStage.DEAL_IN_FORCE;
    sim.activity.provocations = 3;
    TalksProcess.monthly(sim, sim.world, sim.params, sim.activity);
    assertEquals(TalksStage.DEAL_IN_FORCE, sim.world.talksStage());
    assertEquals(TalksFormat.MULTILATERAL, sim.world.talks());
    assertEquals(0.0, sim.world.momentum, 0.0);
  }

  @Test
  void openTalksCollapseWhenMomentumRunsOut() {
    Peninsula sim = openTalks(0.01);
    sim.activity.provocations = 1;
    TalksProcess.monthly(sim, sim.world, sim.params, sim.activity);
    assertEquals(TalksStage.NONE, sim.world.talksStage());
    assertEquals(TalksFormat.NONE, sim.world.talks());
  }

  @Test
  void theTrackIsOpenExactlyWhenAFormatIsSetOverWholeRuns() {
    ModelParameters p = params().toBuilder()
        .setStance(Actor.DPRK, StanceParameter.NUCLEAR_COMMITMENT, 0.0)
        .setStance(Actor.USA, StanceParameter.PRESSURE, 0.0)
        .setStance(Actor.ROK, StanceParameter.PRESSURE, 0.0).build();
    int dealMonths = 0;
    for (long seed = 1; seed <= 20; seed++) {
      Peninsula sim = new Peninsula(p, seed);
      while (sim.stepMonth()) {
        WorldState w = sim.world;
        assertEquals(w.talksStage().trackOpen(), w.talks() != TalksFormat.NONE,
            "seed " + seed + " month " + sim.month());
        dealMonths += w.dealInForce() ? 1 : 0;
      }
    }
    assertTrue(dealMonths > 0, "engagement stances reach deals, so the check covers them");
  }
}
