package org.peninsula.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Russia's aims as docs/model.md §6.6 states them, checked term by term (PIT found the formulas
 * unchecked: a whole run hardly tells a square from a cube).
 */
class RussianAimsTest {
  private static final ModelParameters P = ModelParameters.builder()
      .setMechanism(Mechanism.AXIS_PROGRESS_RATE, 0.1)
      .setMechanism(Mechanism.AXIS_SEOUL_JOINS, 1.0)
      .setMechanism(Mechanism.AXIS_SEOUL_ABSENT, 0.4)
      .setMechanism(Mechanism.AXIS_DECAY, 0.05)
      .setMechanism(Mechanism.STANDING_DECAY, 0.2)
      .setMechanism(Mechanism.STANDING_FLOOR, 0.3)
      .setMechanism(Mechanism.FRAMEWORK_DECAY, 0.1).build();

  private static WorldState world(double pressure, double seoulTowardMoscow) {
    WorldState w = new WorldState();
    w.effectivePressure = pressure;
    w.relations[WorldState.pair(Actor.ROK, Actor.RUS)] = seoulTowardMoscow;
    return w;
  }

  @Test
  void projectsGainWithTheSquareOfOpennessSeoulsGoodwillAndItsParticipation() {
    // rate 0.1 x (1 - 0.5)^2 x warmth (0.6 + 1) / 2 x participation
    assertEquals(0.1 * 0.25 * 0.8 * 1.0, RussianAims.projectGain(world(0.5, 0.6), P, true),
        1e-15);
    assertEquals(0.1 * 0.25 * 0.8 * 0.4, RussianAims.projectGain(world(0.5, 0.6), P, false),
        1e-15);
    assertEquals(0.1 * 0.04 * 0.8, RussianAims.projectGain(world(0.8, 0.6), P, true), 1e-15);
    assertEquals(0, RussianAims.projectGain(world(1.0, 0.6), P, true), 0, "closed by sanctions");
    assertEquals(0, RussianAims.projectGain(world(0.0, -1.0), P, true), 0, "Seoul hostile");
  }

  @Test
  void theAxisAndTheFrameworkDecayGeometricallyAndStandingSettlesAtItsFloor() {
    WorldState w = world(0, 0);
    w.axisProgress = 0.5;
    w.framework = 0.4;
    w.standing = 0.8;
    RussianAims.monthly(w, P);
    assertEquals(0.5 * 0.95, w.axisProgress, 1e-15);
    assertEquals(0.4 * 0.9, w.framework, 1e-15);
    assertEquals(0.8 - 0.2 * (0.8 - 0.3), w.standing, 1e-15);
    w.standing = 0.1;
    RussianAims.monthly(w, P);
    assertEquals(0.1 + 0.2 * (0.3 - 0.1), w.standing, 1e-15, "below the floor it rises to it");
  }

  @Test
  void brokeringAndSideliningMoveStandingWithinItsRange() {
    WorldState w = world(0, 0);
    w.standing = 0.5;
    RussianAims.brokered(w, 0.2);
    assertEquals(0.7, w.standing, 1e-15);
    RussianAims.sidelined(w, 0.3);
    assertEquals(0.4, w.standing, 1e-15);
    RussianAims.brokered(w, 2);
    assertEquals(1, w.standing, 0);
    RussianAims.sidelined(w, 5);
    assertEquals(0, w.standing, 0);
    assertTrue(w.standing >= 0);
  }
}
