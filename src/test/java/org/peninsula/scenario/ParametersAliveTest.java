package org.peninsula.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peninsula.model.Actor;
import org.peninsula.model.Declarations;
import org.peninsula.model.Inject;
import org.peninsula.model.InjectEvent;
import org.peninsula.model.Mechanism;
import org.peninsula.model.ModelParameters;
import org.peninsula.model.Outcome;
import org.peninsula.model.ParameterDeclaration;
import org.peninsula.model.Peninsula;
import org.peninsula.model.StanceParameter;

/**
 * Every declared parameter moves the world: set at either end of its range, on fixed seeds, it
 * changes some outcome, the future or a monthly series of at least one run. The list is the one
 * {@code peninsula params} prints. Four contexts between them reach every mechanism: the 2021
 * baseline (vetoes, elections, clashes), the 2017 stances (resolutions pass), a probe with
 * every kind of scripted event and an easy deal (talks, deals, summits, nuclear tests), and cheap
 * strategic tests (so they also happen while talks are open).
 */
class ParametersAliveTest {
  private static final int SEEDS = 60;
  private static final int HORIZON = 120;

  /** One context: per-seed base parameters and the baseline history of each seed. */
  private static final class Context {
    final String name;
    final List<ModelParameters> base = new ArrayList<>();
    final List<double[]> history = new ArrayList<>();

    Context(String name, Scenario s, java.util.function.UnaryOperator<ModelParameters.Builder> f) {
      this.name = name;
      for (int i = 0; i < SEEDS; i++) {
        ModelParameters p = f.apply(s.draw(seed(i)).parameters().toBuilder()
            .setHorizonMonths(HORIZON)).build();
        base.add(p);
        history.add(history(p, seed(i)));
      }
    }
  }

  private static long seed(int i) {
    return 7000L + i;
  }

  /** Outcomes, the future and every monthly series of one run, as one array. */
  static double[] history(ModelParameters p, long seed) {
    Peninsula sim = new Peninsula(p, seed);
    double[][] series = new double[Peninsula.SERIES_COUNT][p.horizonMonths()];
    sim.recordSeriesInto(series);
    var outcome = sim.runToEnd();
    double[] all = new double[Outcome.COUNT + 1 + Peninsula.SERIES_COUNT * p.horizonMonths()];
    for (Outcome o : Outcome.values()) {
      all[o.ordinal()] = outcome.get(o);
    }
    all[Outcome.COUNT] = outcome.future().ordinal();
    for (int s = 0; s < Peninsula.SERIES_COUNT; s++) {
      System.arraycopy(series[s], 0, all, Outcome.COUNT + 1 + s * p.horizonMonths(),
          p.horizonMonths());
    }
    return all;
  }

  private static List<Context> contexts() throws ScenarioException {
    Scenario baseline = Scenario.load(Path.of("scenarios", "baseline-2021.yaml"));
    Scenario votes2017 = Scenario.load(Path.of("scenarios", "un-votes-2017.yaml"));
    List<Inject> everything = new ArrayList<>();
    InjectEvent[] events = InjectEvent.values();
    for (int i = 0; i < events.length; i++) {
      everything.add(events[i] == InjectEvent.SHOCK
          ? new Inject(1 + i, events[i], "probe", org.peninsula.model.Shock.of("world.tension", 0.2))
          : new Inject(1 + i, events[i], "probe"));
    }
    everything.add(new Inject(30, InjectEvent.NUCLEAR_TEST, "probe"));
    return List.of(
        new Context("baseline-2021", baseline, b -> b),
        new Context("un-votes-2017", votes2017, b -> b),
        new Context("probe", baseline, b -> b.setInjects(everything)
            .setMechanism(Mechanism.DEAL_THRESHOLD, 0.2)
            .setStance(Actor.USA, StanceParameter.PRESSURE, 0.2)
            .setStance(Actor.DPRK, StanceParameter.NUCLEAR_COMMITMENT, 0.3)),
        // Strategic tests are rare; here they are cheap, so they also happen while talks run.
        new Context("cheap-tests", baseline, b -> b
            .set("weights.DPRK.NUCLEAR_TEST.cost", -0.3)
            .set("weights.DPRK.ICBM_TEST.cost", -0.3)
            .setMechanism(Mechanism.DEAL_THRESHOLD, 0.2)
            .setStance(Actor.USA, StanceParameter.PRESSURE, 0.2)));
  }

  /** Whether setting {@code d} to {@code value} changes any run of the context. */
  private static boolean moves(Context c, ParameterDeclaration d, double value) {
    for (int i = 0; i < SEEDS; i++) {
      ModelParameters p = c.base.get(i);
      if (p.value(d) == value) {
        continue;
      }
      double[] moved = history(p.toBuilder().set(d, value).build(), seed(i));
      if (!Arrays.equals(moved, c.history.get(i))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void everyDeclaredParameterChangesSomeOutcomeOrSeries() throws Exception {
    List<Context> contexts = contexts();
    List<ParameterListing.Row> listed = ParameterListing.defaults().rows();
    assertEquals(Declarations.count(), listed.size(), "params lists every declaration");
    List<String> inert = new ArrayList<>();
    for (ParameterListing.Row row : listed) {
      ParameterDeclaration d = row.declaration();
      boolean alive = false;
      for (Context c : contexts) {
        if (moves(c, d, d.max()) || moves(c, d, d.min())) {
          alive = true;
          break;
        }
      }
      if (!alive) {
        inert.add(d.key());
      }
    }
    assertTrue(inert.isEmpty(), "moving these across their range changed no outcome, future"
        + " or monthly series in " + SEEDS + " runs of " + HORIZON + " months of any context: "
        + inert);
  }

  @Test
  void theProbeContextReachesDealsSummitsAndPassedResolutions() throws Exception {
    List<Context> contexts = contexts();
    double deals = 0;
    double passed = 0;
    for (Context c : contexts) {
      for (double[] h : c.history) {
        deals += h[Outcome.DEAL.ordinal()];
        passed += h[Outcome.RESOLUTIONS_PASSED.ordinal()];
      }
    }
    assertTrue(deals >= 5, "deals struck in the contexts: " + deals);
    assertTrue(passed >= 5, "resolutions passed in the contexts: " + passed);
  }
}
