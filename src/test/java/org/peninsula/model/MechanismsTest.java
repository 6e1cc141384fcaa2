package org.peninsula.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each mechanism on its own, with the state set up by hand. */
class MechanismsTest {

  private static ModelParameters params() {
    ModelParameters p = new ModelParameters();
    for (Actor a : Actor.values()) {
      for (Actor b : Actor.values()) {
        if (a != b) {
          p.setRelation(a, b, 0.0);
        }
      }
    }
    return p;
  }

  @Test
  void aVetoBlocksAResolutionThatHasTheVotes() {
    ModelParameters p = params().setStance(Actor.RUS, StanceParameter.SANCTIONS_TOLERANCE, 0.0)
        .setStance(Actor.CHN, StanceParameter.SANCTIONS_TOLERANCE, 0.9)
        .setMechanism(Mechanism.ELECTED_MEMBER_YES, 1.0)
        .setMechanism(Mechanism.VOTE_COORDINATION, 0.0)
        .setMechanism(Mechanism.RATIONALITY, 50);
    int vetoed = 0;
    for (long seed = 1; seed <= 200; seed++) {
      Peninsula sim = new Peninsula(p, seed);
      sim.council.vote(sim);
      assertTrue(sim.council.totalYes >= 13, "elected members and the West all vote yes");
      if (sim.council.russiaVote == UnSecurityCouncil.Vote.VETO) {
        vetoed++;
        assertTrue(sim.council.vetoed);
        assertFalse(sim.council.passed, "a single veto blocks the draft");
      }
    }
    assertTrue(vetoed >= 190, "a Russia that rejects sanctions vetoes: " + vetoed);
  }

  @Test
  void aDraftWithoutVetoAndWithNineVotesPasses() {
    ModelParameters p = params().setStance(Actor.RUS, StanceParameter.SANCTIONS_TOLERANCE, 1.0)
        .setStance(Actor.CHN, StanceParameter.SANCTIONS_TOLERANCE, 1.0)
        .setMechanism(Mechanism.ELECTED_MEMBER_YES, 1.0).setMechanism(Mechanism.RATIONALITY, 50);
    Peninsula sim = new Peninsula(p, 3);
    sim.council.vote(sim);
    assertTrue(sim.council.passed);
    assertEquals(15, sim.council.totalYes);
  }

  @Test
  void enforcementChangesEffectivePressureAndChinaMattersMost() {
    ModelParameters p = params();
    WorldState w = new WorldState();
    w.initialise(p);
    w.stringency = 0.8;
    java.util.Arrays.fill(w.enforcement, 0.5);
    double base = SanctionsRegime.effectivePressure(w, p);
    w.enforcement[Actor.CHN.ordinal()] = 1.0;
    double chinaUp = SanctionsRegime.effectivePressure(w, p);
    w.enforcement[Actor.CHN.ordinal()] = 0.5;
    w.enforcement[Actor.RUS.ordinal()] = 1.0;
    double russiaUp = SanctionsRegime.effectivePressure(w, p);
    assertTrue(chinaUp > base && russiaUp > base);
    assertTrue(chinaUp - base > 3 * (russiaUp - base), "most trade runs through China");
    w.stringency = 0;
    assertEquals(0.0, SanctionsRegime.effectivePressure(w, p), 1e-12, "no sanctions, no pressure");
  }

  @Test
  void aClashAtHighTensionCanEscalateButNotAtZeroTension() {
    ModelParameters p = params().setMechanism(Mechanism.CLASH_ESCALATION, 1.0)
        .setMechanism(Mechanism.DETERRENCE_RESTRAINT, 0.0)
        .setMechanism(Mechanism.GREAT_POWER_RESTRAINT, 0.0);
    int wars = 0;
    for (long seed = 1; seed <= 100; seed++) {
      Peninsula sim = new Peninsula(p, seed);
      sim.world.tension = 0.95;
      MilitaryEscalation.clash(sim, sim.world, p, "");
      wars += sim.world.war ? 1 : 0;
    }
    assertTrue(wars >= 90, "at full tension with no restraint nearly every clash escalates");
    Peninsula calm = new Peninsula(p.copy().setMechanism(Mechanism.CLASH_TENSION, 0.0), 1);
    calm.world.tension = 0.0;
    MilitaryEscalation.clash(calm, calm.world, calm.params, "");
    assertFalse(calm.world.war);
    assertEquals(1, calm.tally.clashes);
  }

  @Test
  void restraintLowersEscalation() {
    ModelParameters p = params();
    Peninsula sim = new Peninsula(p, 1);
    sim.world.tension = 1.0;
    double restrained = MilitaryEscalation.escalationProbability(sim, sim.world, p);
    ModelParameters bare = p.copy().setMechanism(Mechanism.DETERRENCE_RESTRAINT, 0)
        .setMechanism(Mechanism.GREAT_POWER_RESTRAINT, 0);
    Peninsula unrestrained = new Peninsula(bare, 1);
    unrestrained.world.tension = 1.0;
    assertTrue(MilitaryEscalation.escalationProbability(unrestrained, unrestrained.world, bare)
        > restrained);
  }

  @Test
  void clashesGrowMoreLikelyWithTension() {
    ModelParameters p = params();
    WorldState w = new WorldState();
    w.initialise(p);
    w.tension = 0.1;
    double low = MilitaryEscalation.clashProbability(w, p, false);
    w.tension = 0.9;
    assertTrue(MilitaryEscalation.clashProbability(w, p, false) > 5 * low);
  }

  @Test
  void anElectionCanFlipTheGovernment() {
    ModelParameters p = params().setWorld(WorldVariable.ROK_LEANING, -0.6)
        .setMechanism(Mechanism.HAWK_WIN_BASE, 1.0);
    Peninsula sim = new Peninsula(p, 11);
    Elections.hold(sim, Actor.ROK);
    assertTrue(sim.world.rokLeaning > 0, "the conservative camp wins");
    assertEquals(1, sim.tally.rokGovernmentChanges);
  }

  @Test
  void scheduledElectionsHappenInTheirMonth() {
    ModelParameters p = params().setElections(new ElectionCalendar(2, 60, 99, 48))
        .setMechanism(Mechanism.HAWK_WIN_BASE, 1.0).setMechanism(Mechanism.TENSION_ELECTION_EFFECT, 0)
        .setWorld(WorldVariable.ROK_LEANING, -0.5);
    Peninsula sim = new Peninsula(p, 5);
    sim.stepMonth();
    sim.stepMonth();
    assertTrue(sim.world.rokLeaning < 0, "no election before month 2");
    sim.stepMonth();
    assertTrue(sim.world.rokLeaning > 0, "the month-2 election flipped Seoul");
  }

  @Test
  void anInjectFiresAtItsMonth() {
    ModelParameters p = params().setInjects(List.of(new Inject(5, InjectEvent.NUCLEAR_TEST, "")));
    Peninsula sim = new Peninsula(p, 9);
    List<ChronicleEntry.Event> events = new ArrayList<>();
    sim.setChronicle(e -> {
      if (e instanceof ChronicleEntry.Event ev && ev.kind() == ChronicleEntry.EventKind.INJECT) {
        events.add(ev);
      }
    });
    for (int m = 0; m < 5; m++) {
      sim.stepMonth();
    }
    assertTrue(events.isEmpty());
    int before = sim.tally.nuclearTests;
    sim.stepMonth();
    assertEquals(1, events.size());
    assertEquals(5, events.get(0).month());
    assertTrue(sim.tally.nuclearTests >= before + 1);
  }

  @Test
  void softmaxAtRationalityZeroIsUniform() {
    double[] u = {5, -3, 0.2, 1};
    double[] probs = new double[4];
    LogitChoice.probabilities(u, 4, 0.0, probs);
    for (double pr : probs) {
      assertEquals(0.25, pr, 1e-12);
    }
    MersenneTwisterFast rng = new MersenneTwisterFast(new int[] {1, 2, 3});
    int[] counts = new int[4];
    double[] scratch = new double[4];
    int n = 40_000;
    for (int i = 0; i < n; i++) {
      counts[LogitChoice.choose(u, 4, 0.0, rng, scratch)]++;
    }
    for (int c : counts) {
      assertEquals(0.25, c / (double) n, 0.01, "each option about a quarter of the time");
    }
  }

  @Test
  void softmaxAtHighRationalityPicksTheBest() {
    double[] u = {0.1, 0.5, 0.45, -1};
    MersenneTwisterFast rng = new MersenneTwisterFast(new int[] {4, 5, 6});
    double[] scratch = new double[4];
    int best = 0;
    for (int i = 0; i < 10_000; i++) {
      if (LogitChoice.choose(u, 4, 500.0, rng, scratch) == 1) {
        best++;
      }
    }
    assertTrue(best >= 9_990, "the best option nearly always: " + best);
  }

  @Test
  void oneSeedGivesOneHistoryAndTheHighBitsOfTheSeedMatter() {
    ModelParameters p = params();
    RunOutcome a = new Peninsula(p, 42).runToEnd();
    RunOutcome b = new Peninsula(p, 42).runToEnd();
    assertEquals(a, b);
    RunOutcome high = new Peninsula(p, 42L + (1L << 32)).runToEnd();
    assertNotEquals(a, high, "seeds equal in their low 32 bits still differ");
  }

  @Test
  void aSnapshotContinuesTheSameHistory() {
    ModelParameters p = params();
    Peninsula straight = new Peninsula(p, 77);
    RunOutcome whole = straight.runToEnd();
    Peninsula stepped = new Peninsula(p, 77);
    for (int m = 0; m < 40; m++) {
      stepped.stepMonth();
    }
    Peninsula restored = Peninsula.restore(stepped.snapshot());
    assertEquals(40, restored.month());
    assertEquals(whole, restored.runToEnd());
  }

  @Test
  void reusingASimulationGivesTheSameRunAsANewOne() {
    ModelParameters p = params();
    Peninsula reused = new Peninsula(p, 1);
    reused.runToEnd();
    reused.reset(p, 99);
    assertEquals(new Peninsula(p, 99).runToEnd(), reused.runToEnd());
  }

  @Test
  void aPlayerSeatPlaysTheSubmittedMove() {
    ModelParameters p = params();
    Peninsula sim = new Peninsula(p, 3);
    PlayerSeat seat = new PlayerSeat();
    sim.setSeat(Actor.DPRK, seat);
    seat.submit(DprkAction.NUCLEAR_TEST);
    sim.stepMonth();
    assertEquals(DprkAction.NUCLEAR_TEST, sim.agent(Actor.DPRK).chosen());
    assertEquals(1, sim.tally.nuclearTests);
    sim.stepMonth();
    assertEquals(DprkAction.HOLD, sim.agent(Actor.DPRK).chosen(), "nothing submitted: hold");
  }

  @Test
  void sanctionsBlockTheEconomicAxis() {
    ModelParameters p = params();
    Peninsula sim = new Peninsula(p, 1);
    sim.world.effectivePressure = 0.1;
    double before = sim.world.axisProgress;
    RussianAims.projects(sim, sim.world, p, false);
    double openGain = sim.world.axisProgress - before;
    sim.world.effectivePressure = 0.8;
    before = sim.world.axisProgress;
    RussianAims.projects(sim, sim.world, p, false);
    double blockedGain = sim.world.axisProgress - before;
    assertTrue(openGain > 5 * blockedGain, openGain + " vs " + blockedGain);
  }

  @Test
  void aStrategicTestBreaksADeal() {
    ModelParameters p = params();
    Peninsula sim = new Peninsula(p, 1);
    sim.world.dealInForce = true;
    ActionEffects.weaponsTest(sim, sim.world, p, sim.activity, 2, 0.05);
    assertFalse(sim.world.dealInForce);
    assertEquals(1, sim.tally.icbmTests);
  }

  @Test
  void theSampledChoiceFollowsTheLogitProbabilities() {
    double[] u = {0.3, -0.2, 0.1, 0.0, 0.25};
    double[] probs = new double[5];
    LogitChoice.probabilities(u, 5, 4.0, probs);
    MersenneTwisterFast rng = new MersenneTwisterFast(new int[] {7, 8, 9});
    int[] counts = new int[5];
    double[] scratch = new double[5];
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      counts[LogitChoice.choose(u, 5, 4.0, rng, scratch)]++;
    }
    for (int i = 0; i < 5; i++) {
      double se = Math.sqrt(probs[i] * (1 - probs[i]) / n);
      assertEquals(probs[i], counts[i] / (double) n, 5 * se, "option " + i);
    }
  }
}
