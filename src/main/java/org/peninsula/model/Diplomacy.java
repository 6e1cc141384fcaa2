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
    double[] r = sim.world.relations;
    int a = actor.ordinal();
    int b = target.ordinal();
    int viewOfActor = b * Actor.COUNT + a;
    int viewOfTarget = a * Actor.COUNT + b;
    r[viewOfActor] = WorldState.clamp11(r[viewOfActor] + delta * sim.responsiveness[b]);
    r[viewOfTarget] = WorldState.clamp11(r[viewOfTarget] + delta * sim.selfRelationShare);
  }

  /**
   * The same act as one of the month's moves: its changes go into {@code changes}, to be
   * applied together with the other moves'.
   */
  static void act(PendingChanges changes, Peninsula sim, Actor actor, Actor target,
      double delta) {
    int a = actor.ordinal();
    int b = target.ordinal();
    changes.relation(b, a, delta * sim.responsiveness[b]);
    changes.relation(a, b, delta * sim.selfRelationShare);
  }

  /** Relations drift back toward where they started: old alignments are sticky. */
  static void remember(WorldState w, double memory) {
    double[] r = w.relations;
    double[] start = w.relationsAtStart;
    for (int i = 0; i < r.length; i++) {
      r[i] += memory * (start[i] - r[i]);
    }
  }
}
