package org.peninsula.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peninsula.model.Actor;
import org.peninsula.model.ChronicleEntry;
import org.peninsula.model.Inject;
import org.peninsula.model.InjectEvent;
import org.peninsula.model.ModelParameters;
import org.peninsula.model.Peninsula;
import org.peninsula.model.UnSecurityCouncil;

/** Declared parameters set from a scenario file's parameters: section, by key. */
class ScenarioParametersTest {
  private static final int RUNS = 400;

  private static String baseline() throws Exception {
    return Files.readString(Path.of("scenarios", "baseline-2021.yaml"));
  }

  private static Scenario with(String section) throws Exception {
    return ScenarioLoader.parse(baseline() + "\n" + section, "test.yaml");
  }

  /** Share of Council votes, on a draft tabled right after an ICBM test, that Russia vetoes. */
  private static double russianVetoShare(Scenario s) {
    int votes = 0;
    int vetoes = 0;
    for (int i = 0; i < RUNS; i++) {
      long seed = 500L + i;
      ModelParameters p = s.draw(seed).parameters().toBuilder().setHorizonMonths(3)
          .setInjects(List.of(new Inject(0, InjectEvent.ICBM_TEST, "test"),
              new Inject(1, InjectEvent.UN_VOTE, "draft"))).build();
      Peninsula sim = new Peninsula(p, seed);
      int[] counted = new int[2];
      sim.setChronicle(e -> {
        if (e instanceof ChronicleEntry.CouncilVote v && v.month() == 1) {
          counted[0]++;
          if (v.permanentVotes().get(Actor.RUS) == UnSecurityCouncil.Vote.VETO) {
            counted[1]++;
          }
        }
      });
      sim.runToEnd();
      votes += counted[0];
      vetoes += counted[1];
    }
    assertTrue(votes >= RUNS, "every run votes on the scripted draft: " + votes);
    return (double) vetoes / votes;
  }

  @Test
  void aWeightSetByKeyChangesRussiasVotes() throws Exception {
    Scenario base = Scenario.load(Path.of("scenarios", "baseline-2021.yaml"));
    Scenario changed = with("parameters:\n  weights.RUS.VOTE_VETO.tolerance: 0\n");
    assertEquals(0.0, changed.baseParameters().value(
        org.peninsula.model.Declarations.byKey("weights.RUS.VOTE_VETO.tolerance")));
    double before = russianVetoShare(base);
    double after = russianVetoShare(changed);
    // Two independent proportions of RUNS votes each: the gap must exceed four standard errors.
    double se = Math.sqrt(before * (1 - before) / RUNS + after * (1 - after) / RUNS);
    assertTrue(before - after > 4 * Math.max(se, 1.0 / RUNS),
        "Russian vetoes " + before + " -> " + after + " (se " + se + ")");
  }

  @Test
  void aWeightCanBeGivenADistribution() throws Exception {
    Scenario s = with("parameters:\n  weights.RUS.OPPOSE_SANCTIONS.opposition:\n"
        + "    distribution: {type: uniform, min: 0.2, max: 1.0}\n    source: model-assumption\n");
    assertTrue(s.uncertainPaths().contains("weights.RUS.OPPOSE_SANCTIONS.opposition"));
    double lo = 1;
    double hi = 0;
    for (long seed = 1; seed <= 50; seed++) {
      double v = s.draw(seed).drawn().get("weights.RUS.OPPOSE_SANCTIONS.opposition");
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    assertTrue(lo >= 0.2 && hi <= 1.0 && hi - lo > 0.5, lo + ".." + hi);
  }

  @Test
  void aShockInjectIsReadAndABadKeyIsRefusedWithItsLocation() throws Exception {
    String shock = "injects:\n  - {month: 4, shock: {key: relations.USA-DPRK, delta: -0.3},"
        + " note: probe}\n";
    Scenario s = ScenarioLoader.parse(baseline().replace("injects:\n", shock), "test.yaml");
    org.peninsula.model.Inject i = s.baseParameters().injects().stream()
        .filter(x -> x.event() == org.peninsula.model.InjectEvent.SHOCK).findFirst().orElseThrow();
    assertEquals(4, i.month());
    assertEquals("relations.USA-DPRK", i.shock().key());
    assertEquals(-0.3, i.shock().delta(), 0);
    String bad = "injects:\n  - {month: 4, shock: {key: mechanisms.tensionDecay, delta: 1}}\n";
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.parse(baseline().replace("injects:\n", bad), "test.yaml"));
    assertTrue(e.getMessage().matches("test\\.yaml:\\d+:\\d+: injects\\[0\\]\\.shock\\.key: .*"
        + "cannot be shocked.*"), e.getMessage());
  }

  @Test
  void anUnknownKeyIsRefusedWithItsLocation() throws Exception {
    String text = baseline() + "\nparameters:\n  weights.RUS.OPPOSE_SANCTIONS.partnershp: 0\n";
    int line = (int) text.lines().count();
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.parse(text, "test.yaml"));
    assertTrue(e.getMessage().matches("test\\.yaml:" + line + ":\\d+: parameters\\."
        + "weights\\.RUS\\.OPPOSE_SANCTIONS\\.partnershp: unknown parameter .*"),
        e.getMessage());
  }

  @Test
  void anOutOfRangeValueIsRefusedWithItsLocation() throws Exception {
    String text = baseline() + "\nparameters:\n  mechanisms.dealCapabilityGrowth: 1.5\n";
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.parse(text, "test.yaml"));
    assertTrue(e.getMessage().matches("test\\.yaml:\\d+:\\d+: parameters\\.mechanisms\\."
        + "dealCapabilityGrowth(\\.value)?: 1\\.5 is outside \\[0, 1\\]"), e.getMessage());
  }

  @Test
  void aKeyAlsoSetInItsSectionIsRefused() throws Exception {
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> with("parameters:\n  world.tension: 0.5\n"));
    assertTrue(e.getMessage().contains("'world.tension' is also set in its own section"),
        e.getMessage());
  }

  @Test
  void theModelCannotBeHandedAnOutOfRangeNumber() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ModelParameters.builder().set("weights.USA.OFFER_TALKS.domesticCost", 0.5));
    assertTrue(e.getMessage().contains("weights.USA.OFFER_TALKS.domesticCost: 0.5 is outside"
        + " [-3, 0]"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> ModelParameters.builder().set("weights.USA.OFFER_TALKS.nothing", 0.5));
  }

  @Test
  void everyDeclaredKeyIsASweepPath() {
    for (var d : org.peninsula.model.Declarations.all()) {
      assertEquals(d, ParameterPath.of(d.key()).declaration());
    }
    assertEquals("relations.CHN-RUS", ParameterPath.of("relations.RUS-CHN").path());
  }
}
