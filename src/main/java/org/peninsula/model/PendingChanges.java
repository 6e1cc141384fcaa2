package org.peninsula.model;

import java.io.Serializable;

/**
 * The changes the month's moves make to the world, gathered before any is applied. Every move
 * reads only the world as it stood at the start of the month, because nothing is written to it
 * until {@link #commit}; the moves are worked out in the fixed order of {@link Actor}, so each
 * variable's changes are summed in that order, and commit clamps each variable once. So the
 * moves are simultaneous: no move sees another's effect. Scripted events use the same buffer and
 * commit at once.
 */
final class PendingChanges implements Serializable {
  private static final long serialVersionUID = 1L;

  static final int TENSION = 0;
  static final int STRESS = 1;
  static final int CHINA_DEPENDENCE = 2;
  static final int STANDING = 3;
  static final int AXIS = 4;
  static final int CAPABILITY = 5;
  static final int NUCLEAR_ACCEPTANCE = 6;
  static final int MISSILE_DEFENCE = 7;
  static final int PROVOCATION_MEMORY = 8;
  static final int STRATEGIC_MEMORY = 9;
  static final int EXERCISE_MEMORY = 10;
  static final int ALIGNMENT_MEMORY = 11;
  static final int ENFORCEMENT = 12;
  static final int RELATIONS = ENFORCEMENT + Actor.COUNT;
  static final int SLOTS = RELATIONS + Actor.COUNT * Actor.COUNT;

  static {
    if (SLOTS > Long.SIZE) {
      throw new IllegalStateException("one bit per slot: at most 64 slots");
    }
  }
  private final double[] sum = new double[SLOTS];
  /** A bit for each slot that has a change (SLOTS is at most 64). */
  private long written;

  void add(int slot, double delta) {
    sum[slot] += delta;
    written |= 1L << slot;
  }

  void enforcement(Actor actor, double delta) {
    add(ENFORCEMENT + actor.ordinal(), delta);
  }

  /** A change to a's view of b. */
  void relation(int viewer, int viewed, double delta) {
    add(RELATIONS + viewer * Actor.COUNT + viewed, delta);
  }

  /** Applies the gathered changes to {@code w}, clamping each variable once, and clears them. */
  void commit(WorldState w) {
    long bits = written;
    if (bits == 0) {
      return;
    }
    written = 0;
    double[] s = sum;
    // Each slot is its own variable, so the order of applying them does not matter: relations
    // and enforcement (arrays, indexed by their bits) first, without the switch of the others.
    double[] r = w.relations;
    for (long left = bits >>> RELATIONS; left != 0; left &= left - 1) {
      int i = Long.numberOfTrailingZeros(left);
      r[i] = WorldState.clamp11(r[i] + s[RELATIONS + i]);
      s[RELATIONS + i] = 0;
    }
    double[] e = w.enforcement;
    for (long left = (bits >>> ENFORCEMENT) & ((1L << Actor.COUNT) - 1); left != 0;
        left &= left - 1) {
      int i = Long.numberOfTrailingZeros(left);
      e[i] = WorldState.clamp01(e[i] + s[ENFORCEMENT + i]);
      s[ENFORCEMENT + i] = 0;
    }
    for (long left = bits & ((1L << ENFORCEMENT) - 1); left != 0; left &= left - 1) {
      int slot = Long.numberOfTrailingZeros(left);
      apply(w, slot, s[slot]);
      s[slot] = 0;
    }
  }

  private static void apply(WorldState w, int slot, double d) {
    switch (slot) {
      case TENSION -> w.tension = WorldState.clamp01(w.tension + d);
      case STRESS -> w.stress = WorldState.clamp01(w.stress + d);
      case CHINA_DEPENDENCE -> w.chinaDependence = WorldState.clamp01(w.chinaDependence + d);
      case STANDING -> w.standing = WorldState.clamp01(w.standing + d);
      case AXIS -> w.axisProgress = WorldState.clamp01(w.axisProgress + d);
      case CAPABILITY -> w.capability = WorldState.clamp01(w.capability + d);
      case NUCLEAR_ACCEPTANCE -> w.nuclearAcceptance = WorldState.clamp01(w.nuclearAcceptance + d);
      case MISSILE_DEFENCE -> w.missileDefence = WorldState.clamp01(w.missileDefence + d);
      case PROVOCATION_MEMORY -> w.provocationMemory += d;
      case STRATEGIC_MEMORY -> w.strategicTestMemory += d;
      case EXERCISE_MEMORY -> w.exerciseMemory += d;
      case ALIGNMENT_MEMORY -> w.alignmentMemory += d;
      default -> throw new IllegalStateException("no slot " + slot);
    }
  }
}
