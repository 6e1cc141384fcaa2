package org.peninsula.experiment.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peninsula.experiment.EnsembleBatch;
import org.peninsula.experiment.TestSources;
import org.peninsula.experiment.design.Design;
import org.peninsula.experiment.design.LatinHypercubeDesign;
import org.peninsula.experiment.design.Parameter;
import org.peninsula.experiment.design.ParameterSpace;
import org.peninsula.scenario.RunSource;

/**
 * A design laid out as one batch gives, point by point, what {@link DesignRunner} gives: the
 * same seeds per replication, the same counts, means and first errors, read back from runs.csv.
 */
class StudyBatchTest {
  private static final Design DESIGN = LatinHypercubeDesign.generate("lhs",
      ParameterSpace.of(new Parameter("actors.CHN.pressure", 0, 1),
          new Parameter("world.sanctionsStringency", 0.2, 1)), 5, 3);

  @TempDir Path tmp;

  @Test
  void theBatchGivesWhatTheInMemoryRunnerGives() throws Exception {
    long master = 11;
    int reps = 10;
    RunSource source = TestSources.failing("f", 12, master, 3);
    List<PointResult> memory = DesignRunner.run(source, DESIGN, reps, master, 2, null, null);
    EnsembleBatch.Result r = StudyBatch.run(tmp.resolve("b"), source, DESIGN, reps,
        new EnsembleBatch.Spec("f", null, "h", null, (long) DESIGN.size() * reps, master, false,
            null), 2, null, null);
    assertEquals(DESIGN.size() * reps, r.runsDone());
    List<Integer> observed = new ArrayList<>();
    List<PointResult> batch = StudyBatch.results(tmp.resolve("b"), DESIGN, reps,
        (point, future, values) -> observed.add(point));
    assertEquals(memory.size(), batch.size());
    for (int i = 0; i < memory.size(); i++) {
      PointResult m = memory.get(i);
      PointResult b = batch.get(i);
      assertEquals(m.point(), b.point());
      assertEquals(m.failed(), b.failed());
      assertEquals(m.completed(), b.completed());
      assertArrayEquals(m.futureCounts(), b.futureCounts());
      assertArrayEquals(m.means(), b.means());
      assertEquals(m.firstError().replaceAll(" at .*", ""), b.firstError()
          .replaceAll(" at .*", ""));
    }
    assertEquals(memory.stream().mapToInt(PointResult::completed).sum(), observed.size());

    // a finished batch is not run again; a batch of another size is refused
    EnsembleBatch.Result again = StudyBatch.run(tmp.resolve("b"), source, DESIGN, reps,
        new EnsembleBatch.Spec("f", null, "h", null, (long) DESIGN.size() * reps, master, false,
            null), 2, null, null);
    assertEquals(0, again.sessionRuns());
    assertThrows(IllegalStateException.class, () -> EnsembleBatch.startOrResume(
        tmp.resolve("b"), source, StudyBatch.layout(source, DESIGN, 4, master),
        new EnsembleBatch.Spec("f", null, "h", null, (long) DESIGN.size() * 4, master, false,
            null), 1, null, null));
  }
}
