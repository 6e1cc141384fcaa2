package org.peninsula.experiment.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoiseFloorTest {
  private static final ParameterSpace SPACE = NoiseFloor.add(ParameterSpace.of(
      new Parameter("a.b", 0, 1), new Parameter("c.d", 2, 4)));

  @Test
  void theModelNeverSeesTheDummy() {
    assertEquals(List.of("a.b", "c.d", NoiseFloor.NAME), SPACE.names());
    assertEquals(SPACE, NoiseFloor.add(SPACE));
    assertEquals(List.of("a.b", "c.d"), NoiseFloor.modelNames(SPACE));
    assertArrayEquals(new double[] {0.3, 2.5},
        NoiseFloor.modelValues(SPACE, new double[] {0.3, 2.5, 0.9}), 0);
  }

  @Test
  void onlyTheUpperHalfOfTheDummyChangesTheSeedStream() {
    assertEquals(42L, NoiseFloor.seed(SPACE, new double[] {0.3, 2.5, 0.2}, 42L));
    long other = NoiseFloor.seed(SPACE, new double[] {0.3, 2.5, 0.7}, 42L);
    assertNotEquals(42L, other);
    assertEquals(other, NoiseFloor.seed(SPACE, new double[] {0.9, 3.5, 0.99}, 42L));
    // without the dummy every point keeps the study's seed
    ParameterSpace plain = ParameterSpace.of(new Parameter("a.b", 0, 1));
    assertEquals(42L, NoiseFloor.seed(plain, new double[] {0.9}, 42L));
  }

  @Test
  void everyMorrisMoveOfTheDummyCrossesTheHalf() {
    MorrisDesign morris = MorrisDesign.generate("m", SPACE, 40, 4, 3L);
    int dummy = SPACE.names().indexOf(NoiseFloor.NAME);
    int moves = 0;
    for (MorrisTrajectory t : morris.trajectories()) {
      for (MorrisStep step : t.steps()) {
        if (step.parameter() == dummy) {
          double from = morris.design().point(step.fromId()).value(dummy);
          double to = morris.design().point(step.toId()).value(dummy);
          assertNotEquals(from < 0.5, to < 0.5, step.toString());
          moves++;
        }
      }
    }
    assertEquals(40, moves);
  }
}
