package org.peninsula.model;

import java.io.Serializable;

/**
 * The changes the month's moves make to the world, gathered before any is applied. Each country's
 * move writes only into its own row and reads only the world as it stood at the start of the
 * month; {@link #commit} then adds the rows up in the fixed order of {@link Actor} and clamps
 * each variable once. So the moves are simultaneous: the order in which they are worked out
 * cannot change the world, not even in the last bit. A sixth row holds changes from outside the
 * moves (scripted events), committed at once.
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
  /** The row of changes that do not come from a country's move this month. */
  static final int EVENTS_ROW = Actor.COUNT;

  private final double[][] rows = new double[Actor.COUNT + 1][SLOTS];

  void add(int row, int slot, double delta) {
    rows[row][slot] += delta;
  }

  void enforcement(int row, Actor actor, double delta) {
    rows[row][ENFORCEMENT + actor.ordinal()] += delta;
  }

  /** A change to a's view of b. */
  void relation(int row, int viewer, int viewed, double delta) {
    rows[row][RELATIONS + viewer * Actor.COUNT + viewed] += delta;
  }

  /** Applies every row to {@code w}, clamping each variable once, and clears the rows. */
  void commit(WorldState w) {
    w.tension = WorldState.clamp01(w.tension + sum(TENSION));
    w.stress = WorldState.clamp01(w.stress + sum(STRESS));
    w.chinaDependence = WorldState.clamp01(w.chinaDependence + sum(CHINA_DEPENDENCE));
    w.standing = WorldState.clamp01(w.standing + sum(STANDING));
    w.axisProgress = WorldState.clamp01(w.axisProgress + sum(AXIS));
    w.capability = WorldState.clamp01(w.capability + sum(CAPABILITY));
    w.nuclearAcceptance = WorldState.clamp01(w.nuclearAcceptance + sum(NUCLEAR_ACCEPTANCE));
    w.missileDefence = WorldState.clamp01(w.missileDefence + sum(MISSILE_DEFENCE));
    w.provocationMemory += sum(PROVOCATION_MEMORY);
    w.strategicTestMemory += sum(STRATEGIC_MEMORY);
    w.exerciseMemory += sum(EXERCISE_MEMORY);
    w.alignmentMemory += sum(ALIGNMENT_MEMORY);
    for (int i = 0; i < Actor.COUNT; i++) {
      w.enforcement[i] = WorldState.clamp01(w.enforcement[i] + sum(ENFORCEMENT + i));
    }
    for (int i = 0; i < Actor.COUNT * Actor.COUNT; i++) {
      w.relations[i] = WorldState.clamp11(w.relations[i] + sum(RELATIONS + i));
    }
    for (double[] row : rows) {
      java.util.Arrays.fill(row, 0.0);
    }
  }

  private double sum(int slot) {
    double s = 0;
    for (double[] row : rows) {
      s += row[slot];
    }
    return s;
  }
}
