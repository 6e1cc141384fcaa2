package org.peninsula.model;

/**
 * The phases of a month, as orderings on MASON's {@link sim.engine.Schedule}. Across orderings
 * the sequence is fixed: the world's events first, then the five countries decide
 * (simultaneously, from the same state; a {@link sim.engine.RandomSequence} steps them in a fresh
 * random order, as the Schedule shuffles ties), then the decisions take effect, then the world
 * moves on, then the month is recorded.
 */
public enum Phase {
  EVENTS,
  DECISIONS,
  RESOLUTION,
  DYNAMICS,
  RECORD;

  /** The ordering passed to {@code Schedule.scheduleRepeating}. */
  public int ordering() {
    return ordinal();
  }
}
