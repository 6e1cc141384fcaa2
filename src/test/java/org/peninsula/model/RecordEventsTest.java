package org.peninsula.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the 2016-2020 record needed the model to express: abstentions in Council votes, an
 * impeachment that brings the ROK election forward, and scripted shocks to the world.
 */
class RecordEventsTest {

  private static ModelParameters.Builder votingPair(double abstainWeight) {
    ModelParameters.Builder p = ModelParameters.builder();
    for (Actor a : Actor.values()) {
      for (Actor b : Actor.values()) {
        if (a != b) {
          p.setRelation(a, b, 0.0);
        }
      }
    }
    return p.setStance(Actor.RUS, StanceParameter.SANCTIONS_TOLERANCE, 0.5)
        .setStance(Actor.CHN, StanceParameter.SANCTIONS_TOLERANCE, 0.5)
        .setMechanism(Mechanism.ELECTED_MEMBER_YES, 1.0)
        .setMechanism(Mechanism.RATIONALITY, 50)
        .set("weights.CHN.VOTE_ABSTAIN.cost", abstainWeight)
        .set("weights.RUS.VOTE_ABSTAIN.cost", abstainWeight);
  }

  @Test
  void aDraftPassesWithTwoAbstentions() {
    ModelParameters p = votingPair(3.0).build();
    for (long seed = 1; seed <= 50; seed++) {
      Peninsula sim = new Peninsula(p, seed);
      sim.council.vote(sim);
      assertEquals(2, sim.council.abstentions, "seed " + seed);
      assertEquals(13, sim.council.totalYes, "the West and ten elected members");
      assertTrue(sim.council.passed, "an abstention is no veto");
    }
  }

  @Test
  void aCostlyAbstentionIsRare() {
    ModelParameters p = votingPair(-3.0).build();
    int abstained = 0;
    for (long seed = 1; seed <= 50; seed++) {
      Peninsula sim = new Peninsula(p, seed);
      sim.council.vote(sim);
      abstained += sim.council.abstentions;
    }
    assertEquals(0, abstained);
  }

  /** Months (of 30) at whose end the ROK's leaning differs from the month before. */
  private static List<Integer> rokElectionMonths(List<Inject> injects, double delay) {
    ModelParameters p = ModelParameters.builder().setHorizonMonths(30)
        .setElections(new ElectionCalendar(20, 60, 1000, 0)).setInjects(injects)
        .setMechanism(Mechanism.SNAP_ELECTION_DELAY, delay).build();
    Peninsula sim = new Peninsula(p, 11);
    List<Integer> changed = new ArrayList<>();
    double before = sim.world().rokLeaning();
    while (sim.month() < 30 && !sim.finished()) {
      int m = sim.month();
      sim.stepMonth();
      if (sim.world().rokLeaning() != before) {
        changed.add(m);
      }
      before = sim.world().rokLeaning();
    }
    return changed;
  }

  @Test
  void anImpeachmentBringsTheNextRokElectionForward() {
    assertEquals(List.of(20), rokElectionMonths(List.of(), 2));
    List<Inject> impeachment = List.of(new Inject(5, InjectEvent.IMPEACHMENT, "test"));
    assertEquals(List.of(7), rokElectionMonths(impeachment, 2), "in place of month 20");
    assertEquals(List.of(9), rokElectionMonths(impeachment, 4));
  }

  @Test
  void aShockMovesAWorldVariableOrBothViewsOfARelationWithinRange() {
    WorldState w = new WorldState();
    w.initialise(ModelParameters.defaults());
    double t = w.tension();
    Shock.of("world.tension", 0.2).apply(w);
    assertEquals(t + 0.2, w.tension(), 1e-12);
    Shock.of("world.tension", 5).apply(w);
    assertEquals(1.0, w.tension(), 0);
    double ab = w.relation(Actor.USA, Actor.DPRK);
    double ba = w.relation(Actor.DPRK, Actor.USA);
    Shock.of("relations.DPRK-USA", -0.3).apply(w);
    assertEquals(Math.max(-1, ab - 0.3), w.relation(Actor.USA, Actor.DPRK), 1e-12);
    assertEquals(Math.max(-1, ba - 0.3), w.relation(Actor.DPRK, Actor.USA), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> Shock.of("world.nothing", 0.1));
    assertThrows(IllegalArgumentException.class, () -> Shock.of("relations.USA-USA", 0.1));
    assertThrows(IllegalArgumentException.class, () -> Shock.of("mechanisms.tensionDecay", 0.1));
    assertThrows(IllegalArgumentException.class,
        () -> new Inject(1, InjectEvent.SHOCK, "no shock"));
  }

  @Test
  void aScriptedShockChangesTheRunFromItsMonthOn() {
    ModelParameters plain = ModelParameters.builder().setHorizonMonths(12).build();
    ModelParameters shocked = plain.toBuilder().setInjects(List.of(new Inject(4,
        InjectEvent.SHOCK, "test", Shock.of("relations.USA-DPRK", -0.5)))).build();
    Peninsula a = new Peninsula(plain, 5);
    Peninsula b = new Peninsula(shocked, 5);
    for (int m = 0; m < 4; m++) {
      a.stepMonth();
      b.stepMonth();
      assertEquals(a.world().relation(Actor.USA, Actor.DPRK),
          b.world().relation(Actor.USA, Actor.DPRK), 0, "month " + m);
    }
    a.stepMonth();
    b.stepMonth();
    assertNotEquals(a.world().relation(Actor.USA, Actor.DPRK),
        b.world().relation(Actor.USA, Actor.DPRK));
  }

  @Test
  void talksWithMomentumBringSummitsSpacedApartThatEaseTension() {
    ModelParameters p = ModelParameters.builder().setMechanism(Mechanism.TALKS_MOMENTUM_DECAY, 0)
        .setMechanism(Mechanism.SUMMIT_SPACING, 3).build();
    Peninsula sim = new Peninsula(p, 1);
    WorldState w = sim.world;
    w.stage = TalksStage.OPEN;
    w.talks = TalksFormat.US_DPRK;
    w.momentum = 0.5;
    List<Integer> summits = new ArrayList<>();
    for (int m = 0; m < 7; m++) {
      int before = sim.tally.summits;
      double tension = w.tension;
      TalksProcess.monthly(sim, w, p, sim.activity);
      if (sim.tally.summits > before) {
        summits.add(m);
        assertEquals(Math.max(0, tension - p.mechanism(Mechanism.SUMMIT_TENSION_RELIEF)),
            w.tension, 1e-12);
      }
    }
    assertEquals(List.of(0, 3, 6), summits);
    w.momentum = 0.1; // below summitMomentum: no summit however long
    for (int m = 0; m < 6; m++) {
      TalksProcess.monthly(sim, w, p, sim.activity);
    }
    assertEquals(3, sim.tally.summits);
  }
}
