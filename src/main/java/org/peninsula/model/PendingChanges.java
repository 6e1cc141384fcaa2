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
  /** Per slot, a bit for each row that wrote to it: commit visits only what was written. */
  private final int[] touched = new int[SLOTS];

  void add(int row, int slot, double delta) {
    rows[row][slot] += delta;
    touched[slot] |= 1 << row;
  }

  void enforcement(int row, Actor actor, double delta) {
    add(row, ENFORCEMENT + actor.ordinal(), delta);
  }

  /** A change to a's view of b. */
  void relation(int row, int viewer, int viewed, double delta) {
    add(row, RELATIONS + viewer * Actor.COUNT + viewed, delta);
  }

  /** Applies every row to {@code w}, clamping each changed variable once, and clears the rows. */
  void commit(WorldState w) {
    if (touched[TENSION] != 0) {
      w.tension = WorldState.clamp01(w.tension + take(TENSION));
    }
    if (touched[STRESS] != 0) {
      w.stress = WorldState.clamp01(w.stress + take(STRESS));
    }
    if (touched[CHINA_DEPENDENCE] != 0) {
      w.chinaDependence = WorldState.clamp01(w.chinaDependence + take(CHINA_DEPENDENCE));
    }
    if (touched[STANDING] != 0) {
      w.standing = WorldState.clamp01(w.standing + take(STANDING));
    }
    if (touched[AXIS] != 0) {
      w.axisProgress = WorldState.clamp01(w.axisProgress + take(AXIS));
    }
    if (touched[CAPABILITY] != 0) {
      w.capability = WorldState.clamp01(w.capability + take(CAPABILITY));
    }
    if (touched[NUCLEAR_ACCEPTANCE] != 0) {
      w.nuclearAcceptance = WorldState.clamp01(w.nuclearAcceptance + take(NUCLEAR_ACCEPTANCE));
    }
    if (touched[MISSILE_DEFENCE] != 0) {
      w.missileDefence = WorldState.clamp01(w.missileDefence + take(MISSILE_DEFENCE));
    }
    if (touched[PROVOCATION_MEMORY] != 0) {
      w.provocationMemory += take(PROVOCATION_MEMORY);
    }
    if (touched[STRATEGIC_MEMORY] != 0) {
      w.strategicTestMemory += take(STRATEGIC_MEMORY);
    }
    if (touched[EXERCISE_MEMORY] != 0) {
      w.exerciseMemory += take(EXERCISE_MEMORY);
    }
    if (touched[ALIGNMENT_MEMORY] != 0) {
      w.alignmentMemory += take(ALIGNMENT_MEMORY);
    }
    for (int i = 0; i < Actor.COUNT; i++) {
      if (touched[ENFORCEMENT + i] != 0) {
        w.enforcement[i] = WorldState.clamp01(w.enforcement[i] + take(ENFORCEMENT + i));
      }
    }
    for (int i = 0; i < Actor.COUNT * Actor.COUNT; i++) {
      if (touched[RELATIONS + i] != 0) {
        w.relations[i] = WorldState.clamp11(w.relations[i] + take(RELATIONS + i));
      }
    }
  }

  /** The slot's changes summed over the rows in row order, which are then cleared. */
  private double take(int slot) {
    double s = 0;
    for (int row = 0; row < rows.length; row++) {
      if ((touched[slot] & (1 << row)) != 0) {
        s += rows[row][slot];
        rows[row][slot] = 0;
      }
    }
    touched[slot] = 0;
    return s;
  }
}
