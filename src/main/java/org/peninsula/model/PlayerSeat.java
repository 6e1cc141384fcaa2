package org.peninsula.model;

/**
 * A country played by a person. The decision for the coming month is submitted from outside;
 * if none arrived when the month is played, the country holds its course.
 */
public final class PlayerSeat implements Seat {
  private static final long serialVersionUID = 1L;

  private Action pending;

  /** Sets (or replaces) the decision for the next month. */
  public void submit(Action action) {
    this.pending = action;
  }

  public Action pending() {
    return pending;
  }

  @Override
  public int choose(CountryAgent agent, Peninsula sim, double[] utilities, int n) {
    Action a = pending;
    pending = null;
    if (a == null || a.actor() != agent.actor()) {
      return Action.hold(agent.actor()).index();
    }
    return a.index();
  }

  @Override
  public boolean drawsThisMonth(Peninsula sim) {
    return false;
  }

  @Override
  public String label() {
    return "player";
  }
}
