package org.peninsula.model;

/** How acts between two countries move their relations, with reciprocity. */
final class Diplomacy {
  private Diplomacy() {}

  /**
   * {@code actor} does something worth {@code delta} (positive friendly, negative hostile) to
   * {@code target}. The target's view of the actor moves by delta scaled by the target's
   * reciprocity; the actor's own view moves by half of delta.
   */
  static void act(Peninsula sim, Actor actor, Actor target, double delta) {
    double[][] r = sim.world.relations;
    int a = actor.ordinal();
    int b = target.ordinal();
    r[b][a] = WorldState.clamp11(r[b][a] + delta * (0.5 + sim.agents[b].reciprocity));
    r[a][b] = WorldState.clamp11(r[a][b] + delta * 0.5);
  }

  /** Relations drift back toward where they started: old alignments are sticky. */
  static void remember(WorldState w, double memory) {
    for (int a = 0; a < Actor.COUNT; a++) {
      double[] row = w.relations[a];
      double[] start = w.relationsAtStart[a];
      for (int b = 0; b < Actor.COUNT; b++) {
        row[b] += memory * (start[b] - row[b]);
      }
    }
  }
}
