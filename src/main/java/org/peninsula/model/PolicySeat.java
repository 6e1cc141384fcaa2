package org.peninsula.model;

import java.util.List;

/** A scripted policy from the scenario; outside the months it covers, the bot decides. */
public final class PolicySeat implements Seat {
  private static final long serialVersionUID = 1L;

  private final List<PolicyRule> rules;

  public PolicySeat(List<PolicyRule> rules) {
    this.rules = List.copyOf(rules);
  }

  @Override
  public int choose(CountryAgent agent, Peninsula sim, double[] utilities, int n) {
    int month = sim.month();
    for (int i = 0; i < rules.size(); i++) {
      PolicyRule r = rules.get(i);
      if (r.covers(month)) {
        return r.action().index();
      }
    }
    return BotSeat.INSTANCE.choose(agent, sim, utilities, n);
  }

  @Override
  public boolean drawsThisMonth(Peninsula sim) {
    int month = sim.month();
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).covers(month)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String label() {
    return "policy";
  }
}
