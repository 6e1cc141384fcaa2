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

  private static ModelParameters.Builder params() {
    ModelParameters.Builder p = ModelParameters.builder();
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
  void theBranchFreeRelationClampHasTheBitsOfTheComparisonOne() {
    // Runs must stay byte-identical: compare bit patterns, so -0.0 and NaN count.
    MersenneTwisterFast rng = new MersenneTwisterFast(11);
    List<Double> xs = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, Math.nextUp(1.0),
        Math.nextDown(-1.0), Math.nextDown(1.0), Math.nextUp(-1.0), Double.MIN_VALUE,
        -Double.MIN_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
        1e300, -1e300));
    for (int i = 0; i < 10_000; i++) {
      xs.add((rng.nextDouble() - 0.5) * 4);
    }
    for (double x : xs) {
      double byComparison = x < -1 ? -1 : (x > 1 ? 1 : x);
      assertEquals(Double.doubleToRawLongBits(byComparison),
          Double.doubleToRawLongBits(WorldState.clamp11(x)), "clamp11(" + x + ")");
    }
  }

  @Test
  void aVetoBlocksAResolutionThatHasTheVotes() {
    ModelParameters p = params().setStance(Actor.RUS, StanceParameter.SANCTIONS_TOLERANCE, 0.0)
        .setStance(Actor.CHN, StanceParameter.SANCTIONS_TOLERANCE, 0.9)
        .setMechanism(Mechanism.ELECTED_MEMBER_YES, 1.0)
        .setMechanism(Mechanism.VOTE_COORDINATION, 0.0)
        .setMechanism(Mechanism.RATIONALITY, 50).build();
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
        .setMechanism(Mechanism.ELECTED_MEMBER_YES, 1.0).setMechanism(Mechanism.RATIONALITY, 50)
        .build();
    Peninsula sim = new Peninsula(p, 3);
    sim.council.vote(sim);
    assertTrue(sim.council.passed);
    assertEquals(15, sim.council.totalYes);
  }

  @Test
  void enforcementChangesEffectivePressureAndChinaMattersMost() {
    ModelParameters p = params().build();
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
        .setMechanism(Mechanism.GREAT_POWER_RESTRAINT, 0.0).build();
    int wars = 0;
    for (long seed = 1; seed <= 100; seed++) {
      Peninsula sim = new Peninsula(p, seed);
      sim.world.tension = 0.95;
      MilitaryEscalation.clash(sim, sim.world, p, "");
      wars += sim.world.war ? 1 : 0;
    }
    assertTrue(wars >= 90, "at full tension with no restraint nearly every clash escalates");
    Peninsula calm = new Peninsula(
        p.toBuilder().setMechanism(Mechanism.CLASH_TENSION, 0.0).build(), 1);
    calm.world.tension = 0.0;
    MilitaryEscalation.clash(calm, calm.world, calm.params, "");
    assertFalse(calm.world.war);
    assertEquals(1, calm.tally.clashes);
  }

  @Test
  void restraintLowersEscalation() {
    ModelParameters p = params().build();
    Peninsula sim = new Peninsula(p, 1);
    sim.world.tension = 1.0;
    double restrained = MilitaryEscalation.escalationProbability(sim, sim.world, p);
    ModelParameters bare = p.toBuilder().setMechanism(Mechanism.DETERRENCE_RESTRAINT, 0)
        .setMechanism(Mechanism.GREAT_POWER_RESTRAINT, 0).build();
    Peninsula unrestrained = new Peninsula(bare, 1);
    unrestrained.world.tension = 1.0;
    assertTrue(MilitaryEscalation.escalationProbability(unrestrained, unrestrained.world, bare)
        > restrained);
  }

  @Test
  void clashesGrowMoreLikelyWithTension() {
    ModelParameters p = params().build();
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
        .setMechanism(Mechanism.HAWK_WIN_BASE, 1.0).build();
    Peninsula sim = new Peninsula(p, 11);
    Elections.hold(sim, Actor.ROK);
    assertTrue(sim.world.rokLeaning > 0, "the conservative camp wins");
    assertEquals(1, sim.tally.rokGovernmentChanges);
  }

  @Test
  void scheduledElectionsHappenInTheirMonth() {
    ModelParameters p = params().setElections(new ElectionCalendar(2, 60, 99, 48))
        .setMechanism(Mechanism.HAWK_WIN_BASE, 1.0).setMechanism(Mechanism.TENSION_ELECTION_EFFECT, 0)
        .setWorld(WorldVariable.ROK_LEANING, -0.5).build();
    Peninsula sim = new Peninsula(p, 5);
    sim.stepMonth();
    sim.stepMonth();
    assertTrue(sim.world.rokLeaning < 0, "no election before month 2");
    sim.stepMonth();
    assertTrue(sim.world.rokLeaning > 0, "the month-2 election flipped Seoul");
  }

  @Test
  void anInjectFiresAtItsMonth() {
    ModelParameters p = params()
        .setInjects(List.of(new Inject(5, InjectEvent.NUCLEAR_TEST, ""))).build();
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
  void theTableExpAgreesWithMathExpToFourUlp() {
    java.util.Random r = new java.util.Random(17);
    double worst = 0;
    for (int i = 0; i < 200_000; i++) {
      double x = i % 2 == 0 ? -40 * r.nextDouble() : -708 + 1417 * r.nextDouble();
      double exact = Math.exp(x);
      worst = Math.max(worst, Math.abs(LogitChoice.exp(x) / exact - 1));
    }
    assertTrue(worst <= 4 * Math.ulp(1.0), "largest relative error " + worst);
    assertEquals(1.0, LogitChoice.exp(0.0));
    assertEquals(0.0, LogitChoice.exp(Double.NEGATIVE_INFINITY));
    assertEquals(0.0, LogitChoice.exp(-800));
    assertEquals(Double.POSITIVE_INFINITY, LogitChoice.exp(800));
    assertTrue(Double.isNaN(LogitChoice.exp(Double.NaN)));
  }

  @Test
  void theExponentialRoundsItsStepAsMathRintDid() {
    // exp rounds x * 1024 / ln 2 by adding 1.5 * 2^52 instead of Math.rint: it must give the
    // same bits as the rint version, at exact ties (half-way steps) and everywhere else, or the
    // same seeds would no longer give the same runs.
    double stepsPerNat = 1024 / Math.log(2);
    MersenneTwisterFast rng = new MersenneTwisterFast(11);
    for (int i = 0; i < 200_000; i++) {
      double x = i % 2 == 0 ? -708 + 1417 * rng.nextDouble()
          : (Math.floor(-1_000_000 + 2_000_000 * rng.nextDouble()) + 0.5) / stepsPerNat;
      if (x > -708 && x <= 709) {
        assertEquals(Double.doubleToRawLongBits(rintExp(x, stepsPerNat)),
            Double.doubleToRawLongBits(LogitChoice.exp(x)), "x = " + x);
      }
    }
  }

  /** The exponential as it was before the rounding change (Math.rint and a long cast). */
  private static double rintExp(double x, double stepsPerNat) {
    double nd = Math.rint(x * stepsPerNat);
    long n = (long) nd;
    double r = (x - nd * 0x1.62e42fee00000p-11) - nd * 0x1.a39ef35793c76p-43;
    double er = 1 + r * (1 + r * (0.5 + r * (1.0 / 6)));
    return Double.longBitsToDouble(((n >> 10) + 1023) << 52)
        * Math.pow(2, (n & 1023) / 1024.0) * er;
  }

  @Test
  void utilitiesTooLargeForPlainWeightsAreDrawnRelativeToTheBest() {
    // exp(5 * 1000) overflows and exp(5 * -1000) underflows: both must fall back, and still
    // give the logit probabilities, which depend only on the differences.
    for (double level : new double[] {1000, -1000}) {
      double[] u = {level, level - 1, level - 0.2};
      double[] probs = new double[3];
      LogitChoice.probabilities(u, 3, 5.0, probs);
      double z = 1 + Math.exp(-5) + Math.exp(-1);
      assertEquals(1 / z, probs[0], 1e-12);
      assertEquals(Math.exp(-5) / z, probs[1], 1e-12);
      MersenneTwisterFast rng = new MersenneTwisterFast(new int[] {7, (int) level});
      double[] scratch = new double[3];
      int[] counts = new int[3];
      int n = 50_000;
      for (int i = 0; i < n; i++) {
        counts[LogitChoice.choose(u, 3, 5.0, rng, scratch)]++;
      }
      for (int k = 0; k < 3; k++) {
        // 5 standard errors of a proportion from 50,000 draws is at most 0.011
        assertEquals(probs[k], counts[k] / (double) n, 0.011, "option " + k + " at " + level);
      }
    }
  }

  @Test
  void anOptionWithZeroWeightIsNeverDrawn() {
    // exp(50 * -20) underflows to 0 next to the others: its slice is empty.
    double[] u = {0, -20, 0.1};
    MersenneTwisterFast rng = new MersenneTwisterFast(new int[] {8});
    double[] scratch = new double[3];
    for (int i = 0; i < 20_000; i++) {
      assertNotEquals(1, LogitChoice.choose(u, 3, 50.0, rng, scratch));
    }
  }

  @Test
  void electionMonthsFromTheCalendarFollowItsRule() {
    ElectionCalendar[] calendars = {new ElectionCalendar(14, 60, 20, 48),
        new ElectionCalendar(-46, 60, -3, 48), new ElectionCalendar(7, 0, -1, 0),
        new ElectionCalendar(0, 1, 400, 12)};
    for (ElectionCalendar c : calendars) {
      for (int m = 0; m < 300; m++) {
        int rok = m;
        while (rok < 500 && !c.rokElectionIn(rok)) {
          rok++;
        }
        int us = m;
        while (us < 500 && !c.usElectionIn(us)) {
          us++;
        }
        assertEquals(rok < 500 ? rok : Integer.MAX_VALUE, c.nextRokElection(m), c + " from " + m);
        assertEquals(us < 500 ? us : Integer.MAX_VALUE, c.nextUsElection(m), c + " from " + m);
      }
    }
  }

  @Test
  void aTeachersInjectPlaysNextMonthWhetherOrNotOtherEventsFallThere() {
    ModelParameters p = params().setElections(new ElectionCalendar(4, 60, -1, 0)).build();
    Peninsula sim = new Peninsula(p, 21);
    List<String> events = new ArrayList<>();
    sim.setChronicle(e -> {
      if (e instanceof ChronicleEntry.Event ev && (ev.kind() == ChronicleEntry.EventKind.INJECT
          || ev.kind() == ChronicleEntry.EventKind.ELECTION)) {
        events.add(ev.kind() + "@" + ev.month());
      }
    });
    sim.stepMonth();
    sim.stepMonth();
    int tests = sim.tally.nuclearTests;
    sim.injectNextMonth(InjectEvent.NUCLEAR_TEST); // month 2: nothing else happens then
    sim.stepMonth();
    assertEquals(List.of("INJECT@2"), events);
    assertTrue(sim.tally.nuclearTests >= tests + 1);
    sim.stepMonth();
    sim.injectNextMonth(InjectEvent.MISSILE_TEST); // month 4: the ROK election month
    sim.stepMonth();
    assertEquals(List.of("INJECT@2", "ELECTION@4", "INJECT@4"), events);
    for (int m = 5; m < 70; m++) {
      sim.stepMonth();
    }
    assertEquals(List.of("INJECT@2", "ELECTION@4", "INJECT@4", "ELECTION@64"), events,
        "an inject plays once; the next election comes 60 months on");
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
    ModelParameters p = params().build();
    RunOutcome a = new Peninsula(p, 42).runToEnd();
    RunOutcome b = new Peninsula(p, 42).runToEnd();
    assertEquals(a, b);
    RunOutcome high = new Peninsula(p, 42L + (1L << 32)).runToEnd();
    assertNotEquals(a, high, "seeds equal in their low 32 bits still differ");
  }

  @Test
  void aSnapshotContinuesTheSameHistory() {
    ModelParameters p = params().build();
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
    ModelParameters p = params().build();
    Peninsula reused = new Peninsula(p, 1);
    reused.runToEnd();
    reused.reset(p, 99);
    assertEquals(new Peninsula(p, 99).runToEnd(), reused.runToEnd());
  }

  @Test
  void aPlayerSeatPlaysTheSubmittedMove() {
    ModelParameters p = params().build();
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
    ModelParameters p = params().build();
    Peninsula sim = new Peninsula(p, 1);
    sim.world.effectivePressure = 0.1;
    double openGain = RussianAims.projectGain(sim.world, p, false);
    sim.world.effectivePressure = 0.8;
    double blockedGain = RussianAims.projectGain(sim.world, p, false);
    assertTrue(openGain > 5 * blockedGain, openGain + " vs " + blockedGain);
  }

  @Test
  void aStrategicTestBreaksADeal() {
    ModelParameters p = params().build();
    Peninsula sim = new Peninsula(p, 1);
    sim.world.stage = TalksStage.DEAL_IN_FORCE;
    sim.world.talks = TalksFormat.US_DPRK;
    ActionEffects.weaponsTest(sim, sim.world, p, sim.activity, 2, 0.05);
    assertFalse(sim.world.dealInForce());
    assertEquals(TalksStage.BROKEN, sim.world.talksStage());
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
