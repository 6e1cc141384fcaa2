package org.peninsula.model;

/** The model's own decision rule: logit choice over the utilities. */
public final class BotSeat implements Seat {
  private static final long serialVersionUID = 1L;
  public static final BotSeat INSTANCE = new BotSeat();

  private BotSeat() {}

  @Override
  public int choose(CountryAgent agent, Peninsula sim, double[] utilities, int n) {
    return LogitChoice.chooseAt(utilities, n, sim.rationality(), sim.decisionDraw(agent.actor()),
        agent.scratch);
  }

  @Override
  public String label() {
    return "bot";
  }

  private Object readResolve() {
    return INSTANCE;
  }
}
