package org.peninsula.model;

/**
 * The phases of a month, as orderings on MASON's {@link sim.engine.Schedule}. Across orderings
 * the sequence is fixed: the world's events first (only in months that have any), then the five
 * countries decide (simultaneously, from the same state, stepped by one steppable in this
 * ordering), then the decisions take effect, then the world moves on, then
 * the month is recorded and closed.
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
