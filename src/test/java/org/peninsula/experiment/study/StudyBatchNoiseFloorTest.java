package org.peninsula.experiment.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peninsula.experiment.EnsembleBatch;
import org.peninsula.experiment.TestSources;
import org.peninsula.experiment.design.Design;
import org.peninsula.experiment.design.LatinHypercubeDesign;
import org.peninsula.experiment.design.NoiseFloor;
import org.peninsula.experiment.design.Parameter;
import org.peninsula.experiment.design.ParameterSpace;
import org.peninsula.scenario.RunSource;

/**
 * A study batch with the noise-floor dummy gives the per-point results of {@link DesignRunner}:
 * the dummy never reaches the scenario, and points whose dummy is at least 1/2 draw their seeds
 * from the second stream.
 */
class StudyBatchNoiseFloorTest {
  @TempDir Path tmp;

  @Test
  void batchAndDesignRunnerAgreePointByPoint() throws IOException {
    Design design = LatinHypercubeDesign.generate("lhs", NoiseFloor.add(ParameterSpace.of(
        new Parameter("actors.CHN.pressure", 0, 1),
        new Parameter("world.sanctionsStringency", 0.2, 1))), 6, 3);
    int dummy = design.space().names().indexOf(NoiseFloor.NAME);
    assertTrue(design.points().stream().anyMatch(p -> p.values()[dummy] >= 0.5)
        && design.points().stream().anyMatch(p -> p.values()[dummy] < 0.5),
        "both streams are exercised");
    long master = 5;
    int reps = 4;
    RunSource source = TestSources.uncertain("u", 12);
    List<PointResult> direct = DesignRunner.run(source, design, reps, master, 1, null, null);
    EnsembleBatch.Spec spec = new EnsembleBatch.Spec("u", null, null, null,
        (long) design.size() * reps, master, false, null);
    assertTrue(StudyBatch.run(tmp, source, design, reps, spec, 2, null, null).complete());
    List<PointResult> batch = StudyBatch.results(tmp, design, reps, null);
    assertEquals(direct.size(), batch.size());
    for (int i = 0; i < direct.size(); i++) {
      assertEquals(0, batch.get(i).failed(), batch.get(i).firstError());
      assertArrayEquals(direct.get(i).futureCounts(), batch.get(i).futureCounts(), "point " + i);
      assertArrayEquals(direct.get(i).means(), batch.get(i).means(), "point " + i);
    }
  }
}
