package org.peninsula.model;

import java.util.List;
import java.util.Map;

/** What a run tells about itself, month by month, when someone asks for a trace. */
public sealed interface ChronicleEntry {

  int month();

  /** One named part of an action's utility. */
  record Term(String reason, double value) {}

  /** An option a country weighed, its utility, the chance the logit rule gave it, and why. */
  record Option(Action action, double utility, double probability, List<Term> terms) {}

  /** A country's choice in a month, with the options it weighed and who decided. */
  record Decision(int month, Actor actor, Action chosen, String seat, List<Option> options)
      implements ChronicleEntry {

    /** The option actually taken. */
    public Option chosenOption() {
      return options.get(chosen.index());
    }

    /** The best-scoring option other than the one chosen. */
    public Option runnerUp() {
      Option best = null;
      for (Option o : options) {
        if (o.action() != chosen && (best == null || o.utility() > best.utility())) {
          best = o;
        }
      }
      return best;
    }
  }

  /** How the Security Council voted on a sanctions draft. */
  record CouncilVote(int month, Map<Actor, UnSecurityCouncil.Vote> permanentVotes,
      int electedYes, int totalYes, boolean passed, boolean vetoed, String why)
      implements ChronicleEntry {}

  /** Something that happened: an inject, an election, a clash, talks opening, a deal. */
  record Event(int month, EventKind kind, String text) implements ChronicleEntry {}

  /** Key figures at the end of a month. */
  record MonthSummary(int month, String date, double tension, double effectivePressure,
      double stringency, double capability, double stress, double russiaStanding,
      double axisProgress, double framework, TalksFormat talks, double momentum,
      String rokGovernment, String usAdministration, WorldRecord world)
      implements ChronicleEntry {}

  /** Kinds of events, for filtering and for the timeline chart. */
  enum EventKind {
    INJECT, ELECTION, CLASH, WAR, TALKS_OPENED, TALKS_COLLAPSED, SUMMIT, DEAL, DEAL_BROKEN,
    RESOLUTION_PASSED, RESOLUTION_VETOED, RESOLUTION_FAILED, WEAPONS_TEST
  }
}
