package org.peninsula.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The five moves of a month are simultaneous: stepping the countries in any order gives, for the
 * same seed, the same world bit for bit, every month.
 */
class SimultaneityTest {

  private static final long[] SEEDS = {1, 7, 42, 2021, 987_654_321L};

  private static List<Actor[]> orders() {
    List<Actor[]> orders = new ArrayList<>();
    orders.add(new Actor[] {Actor.DPRK, Actor.ROK, Actor.RUS, Actor.CHN, Actor.USA});
    orders.add(new Actor[] {Actor.RUS, Actor.CHN, Actor.DPRK, Actor.USA, Actor.ROK});
    Random shuffle = new Random(5);
    for (int i = 0; i < 2; i++) {
      List<Actor> o = new ArrayList<>(List.of(Actor.values()));
      Collections.shuffle(o, shuffle);
      orders.add(o.toArray(new Actor[0]));
    }
    return orders;
  }

  /** The baseline defaults, and a world where resolutions pass and talks reach deals. */
  private static List<ModelParameters> worlds() {
    ModelParameters engaged = ModelParameters.builder()
        .setStance(Actor.CHN, StanceParameter.SANCTIONS_TOLERANCE, 0.9)
        .setStance(Actor.RUS, StanceParameter.SANCTIONS_TOLERANCE, 0.9)
        .setStance(Actor.DPRK, StanceParameter.NUCLEAR_COMMITMENT, 0.1)
        .setStance(Actor.ROK, StanceParameter.PRESSURE, 0.1)
        .setInjects(List.of(new Inject(3, InjectEvent.ICBM_TEST, "test"),
            new Inject(4, InjectEvent.UN_VOTE, "draft"))).build();
    return List.of(ModelParameters.defaults(), engaged);
  }

  private static byte[] state(Peninsula sim) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(sim.world);
      out.writeObject(sim.tally);
      for (Actor a : Actor.values()) {
        out.writeObject(sim.agent(a).chosen());
      }
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void anyOrderOfTheFiveGivesTheSameWorldEveryMonth() {
    int passed = 0;
    int deals = 0;
    for (ModelParameters p : worlds()) {
      for (long seed : SEEDS) {
        List<Peninsula> runs = new ArrayList<>();
        runs.add(new Peninsula(p, seed));
        for (Actor[] order : orders()) {
          runs.add(new Peninsula(p, seed, order));
        }
        while (!runs.get(0).finished()) {
          for (Peninsula run : runs) {
            run.stepMonth();
          }
          byte[] reference = state(runs.get(0));
          for (int i = 1; i < runs.size(); i++) {
            assertArrayEquals(reference, state(runs.get(i)),
                "seed " + seed + ", order " + i + ", after month " + runs.get(0).month());
          }
        }
        Peninsula done = runs.get(0);
        assertTrue(done.month() == p.horizonMonths() || done.world.war());
        passed += done.tally.passed;
        deals += done.tally.dealMonth >= 0 ? 1 : 0;
        for (Peninsula run : runs) {
          assertArrayEquals(done.outcome().values(), run.outcome().values());
        }
      }
    }
    assertTrue(passed > 0, "the check covers months in which a resolution passes");
    assertTrue(deals > 0, "the check covers deals");
  }

  @Test
  void aCountrysChoiceUsesItsOwnDrawWhateverTheOrder() {
    Peninsula forward = new Peninsula(ModelParameters.defaults(), 3);
    Peninsula backward = new Peninsula(ModelParameters.defaults(), 3,
        new Actor[] {Actor.DPRK, Actor.ROK, Actor.RUS, Actor.CHN, Actor.USA});
    forward.stepMonth();
    backward.stepMonth();
    for (Actor a : Actor.values()) {
      assertEquals(forward.decisionDraw(a), backward.decisionDraw(a), 0.0, a.name());
    }
  }

  /** One month with every country seated by a player who plays the given moves. */
  private static Peninsula oneMonth(Action... moves) {
    Peninsula sim = new Peninsula(ModelParameters.defaults(), 17);
    for (Actor a : Actor.values()) {
      sim.setSeat(a, new PlayerSeat());
    }
    for (Action m : moves) {
      ((PlayerSeat) sim.seat(m.actor())).submit(m);
    }
    sim.stepMonth();
    return sim;
  }

  @Test
  void russiasOppositionReadsTheChinaRussiaRelationOfTheMonthsStart() {
    // Beijing's same-month courtship of Moscow warms the pair, but Moscow's call for relief gives
    // Beijing cover only as far as they stood together when the month began.
    Peninsula alone = oneMonth(RussiaAction.OPPOSE_SANCTIONS);
    Peninsula together = oneMonth(RussiaAction.OPPOSE_SANCTIONS,
        ChinaAction.COORDINATE_WITH_RUSSIA);
    assertTrue(together.world.relation(Actor.CHN, Actor.RUS)
        > alone.world.relation(Actor.CHN, Actor.RUS), "China's move did warm the pair");
    assertEquals(alone.world.enforcement(Actor.CHN), together.world.enforcement(Actor.CHN), 0.0);
  }

  @Test
  void theDprkWeighsOnlyOffersItCouldHaveSeen() {
    Peninsula sim = new Peninsula(ModelParameters.defaults(), 4);
    WorldState w = sim.world;
    double[] u = new double[DprkAction.values().length];
    sim.agent(Actor.DPRK).evaluate(sim, w, u, Terms.NONE);
    double none = u[DprkAction.ACCEPT_TALKS.ordinal()];
    w.offersThisMonth = TalksProcess.USA_BIT;
    sim.agent(Actor.DPRK).evaluate(sim, w, u, Terms.NONE);
    assertEquals(none, u[DprkAction.ACCEPT_TALKS.ordinal()], 0.0,
        "this month's offers are made at the same time as the DPRK decides");
    w.offersLastMonth = TalksProcess.USA_BIT;
    sim.agent(Actor.DPRK).evaluate(sim, w, u, Terms.NONE);
    assertTrue(u[DprkAction.ACCEPT_TALKS.ordinal()] > none, "last month's offer counts");
  }

  @Test
  void washingtonReadsObservedEnforcementNotPrivateTolerance() {
    ModelParameters base = ModelParameters.defaults();
    ModelParameters lenient = base.toBuilder()
        .setStance(Actor.CHN, StanceParameter.SANCTIONS_TOLERANCE, 1.0)
        .setStance(Actor.RUS, StanceParameter.SANCTIONS_TOLERANCE, 1.0).build();
    double[] u = new double[UsAction.values().length];
    double[] v = new double[UsAction.values().length];
    Peninsula a = new Peninsula(base, 4);
    Peninsula b = new Peninsula(lenient, 4);
    a.agent(Actor.USA).evaluate(a, a.world, u, Terms.NONE);
    b.agent(Actor.USA).evaluate(b, b.world, v, Terms.NONE);
    assertEquals(u[UsAction.PUSH_UN_SANCTIONS.ordinal()], v[UsAction.PUSH_UN_SANCTIONS.ordinal()],
        0.0, "same observed enforcement, same expectation of a veto");
    b.world.enforcement[Actor.CHN.ordinal()] = 1.0;
    b.agent(Actor.USA).evaluate(b, b.world, v, Terms.NONE);
    assertTrue(v[UsAction.PUSH_UN_SANCTIONS.ordinal()] > u[UsAction.PUSH_UN_SANCTIONS.ordinal()]);
  }

  @Test
  void anOrderMustNameEachCountryOnce() {
    assertThrows(IllegalArgumentException.class, () -> new Peninsula(ModelParameters.defaults(), 1,
        new Actor[] {Actor.USA, Actor.USA, Actor.RUS, Actor.ROK, Actor.DPRK}));
  }
}
