package org.peninsula.experiment.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.peninsula.experiment.design.NoiseFloor;
import org.junit.jupiter.api.Test;
import org.peninsula.experiment.TestSources;
import org.peninsula.experiment.design.Design;
import org.peninsula.experiment.design.LatinHypercubeDesign;
import org.peninsula.experiment.design.Parameter;
import org.peninsula.experiment.design.ParameterSpace;
import org.peninsula.model.Future;
import org.peninsula.model.Outcome;
import org.peninsula.scenario.ScenarioFile;

class DesignRunnerTest {
  private static final Design DESIGN = LatinHypercubeDesign.generate("lhs",
      ParameterSpace.of(new Parameter("actors.CHN.pressure", 0, 1),
          new Parameter("world.sanctionsStringency", 0.2, 1)), 4, 3);

  @Test
  void failuresAreCountedPerPointWithTheFirstError() {
    long master = 11;
    List<PointResult> r = DesignRunner.run(TestSources.failing("f", 12, master, 3), DESIGN, 10,
        master, 2, null, null);
    assertEquals(4, r.size());
    for (PointResult p : r) {
      assertEquals(10, p.runs());
      assertEquals(4, p.failed()); // replications 0, 3, 6, 9
      assertEquals(6, p.completed());
      assertTrue(p.firstError().contains("planned failure of run 0"), p.firstError());
      double sum = 0;
      for (Future f : Future.values()) {
        sum += p.probability(f);
      }
      assertEquals(1.0, sum, 1e-12);
      assertTrue(p.mean(Outcome.PEAK_TENSION) >= 0);
    }
    assertEquals("lhs-0", r.get(0).point().id());
  }

  @Test
  void resultsDoNotDependOnThreads() {
    List<PointResult> one = DesignRunner.run(TestSources.uncertain("u", 12), DESIGN, 6, 5, 1,
        null, null);
    List<PointResult> two = DesignRunner.run(TestSources.uncertain("u", 12), DESIGN, 6, 5, 2,
        null, null);
    for (int i = 0; i < one.size(); i++) {
      assertArrayEquals(one.get(i).futureCounts(), two.get(i).futureCounts());
      assertArrayEquals(one.get(i).means(), two.get(i).means());
    }
  }

  @Test
  void measuresAndPlansParseOrExplain() {
    assertEquals(Future.CONFRONTATIONAL_STABILITY,
        Measure.parse("future:CONFRONTATIONAL_STABILITY").future());
    assertEquals(Future.CONFRONTATIONAL_STABILITY,
        Measure.parse("confrontationalStability").future());
    assertEquals(Outcome.WAR, Measure.parse("war").outcome());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Measure.parse("peace"))
        .getMessage().contains("unknown outcome 'peace'"));
    ScenarioFile.SweepSpec spec = new ScenarioFile.SweepSpec(List.of(
        new ScenarioFile.SweepParameter("actors.CHN.enforcement", null, null),
        new ScenarioFile.SweepParameter("world.sanctionsStringency", 0.4, 1.0)), "saltelli", 8,
        null, null, 3, List.of("war"), 9L);
    SweepPlan plan = SweepPlan.of(spec, null, null, null, 1);
    // two parameters and the noise-floor dummy: N (k + 2) = 8 * 5
    assertEquals(8 * 5, plan.design().size());
    assertEquals(NoiseFloor.NAME, plan.design().space().get(2).name());
    assertEquals(0.0, plan.design().space().get(0).lower());
    assertEquals(1.0, plan.design().space().get(0).upper());
    assertEquals(3L * 40, plan.totalRuns());
    assertEquals(9L, plan.seed());
    SweepPlan morris = SweepPlan.of(spec, "morris", 5, 2, 1);
    assertEquals(5 * 4, morris.design().size());
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> SweepPlan.of(spec, "grid", null, null, 1)).getMessage().contains("unknown design"));
  }
}
