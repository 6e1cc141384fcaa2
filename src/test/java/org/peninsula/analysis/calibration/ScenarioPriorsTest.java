package org.peninsula.analysis.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.peninsula.model.Declarations;
import org.peninsula.model.ParameterDeclaration;
import org.peninsula.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Priors come from the scenario's distributions, else from the declared range of the key. */
class ScenarioPriorsTest {

  @Test
  void everyDeclaredKeyHasAPriorOnItsDeclaredRangeWhenTheScenarioFixesIt() throws Exception {
    Scenario s = Scenario.load(Path.of("scenarios/history-2016.yaml"));
    List<String> uncertain = s.uncertainPaths();
    int checked = 0;
    for (ParameterDeclaration d : Declarations.all()) {
      if (uncertain.contains(d.key())) {
        continue;
      }
      Prior p = ScenarioPriors.of(s, List.of(d.key())).get(0);
      assertInstanceOf(Prior.Uniform.class, p, d.key());
      assertEquals(d.min(), p.lower(), 0, d.key());
      assertEquals(d.max(), p.upper(), 0, d.key());
      checked++;
    }
    // weights, effects and mechanisms are all reachable, e.g. a veto weight on [0, 5]
    Prior veto = ScenarioPriors.of(s, List.of("weights.RUS.VOTE_VETO.tolerance")).get(0);
    assertEquals(0, veto.lower(), 0);
    assertEquals(5, veto.upper(), 0);
    assertEquals(Declarations.all().size() - uncertain.size(), checked);
  }

  @Test
  void aScenarioDistributionIsThePrior() throws Exception {
    Scenario s = Scenario.load(Path.of("scenarios/history-2016.yaml"));
    Prior p = ScenarioPriors.of(s, List.of("actors.DPRK.provocationPropensity")).get(0);
    assertInstanceOf(Prior.Triangular.class, p);
  }

  @Test
  void anUndeclaredKeyIsRefused() throws Exception {
    Scenario s = Scenario.load(Path.of("scenarios/history-2016.yaml"));
    assertThrows(IllegalArgumentException.class,
        () -> ScenarioPriors.of(s, List.of("mechanisms.noSuchThing")));
  }
}
