package org.peninsula.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * The UN Security Council vote on a US sanctions draft. A draft passes with nine affirmative
 * votes and no veto. The US drafts and votes for it; the UK and France follow the US; the ten
 * elected members vote yes with a fixed chance each. China and Russia vote as agents, and they
 * consult first: the pair's votes are drawn jointly by the logit rule, with a bonus for voting
 * alike that grows with their relation (the "united front"). A permanent member may abstain: an
 * abstention is no veto, so a draft can pass with abstentions if nine members vote yes.
 */
public final class UnSecurityCouncil implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** A permanent member's vote. */
  public enum Vote { YES, ABSTAIN, VETO }

  private static final Vote[] VOTES = Vote.values();
  private static final int AFFIRMATIVE_NEEDED = 9;
  private static final int ELECTED_MEMBERS = 10;

  private final double[] joint = new double[9];
  private final double[] scratch = new double[9];
  private final double[] china = new double[3];
  private final double[] russia = new double[3];

  /** Result of one vote, kept in primitive fields so ensembles allocate nothing. */
  boolean passed;
  boolean vetoed;
  Vote chinaVote;
  Vote russiaVote;
  int electedYes;
  int totalYes;
  /** Permanent members (of CHN, RUS) that abstained in the last vote. */
  int abstentions;

  private static final int YES_TOLERANCE = 0;
  private static final int YES_SEVERITY = 1;
  private static final int YES_SIDES = 2;
  private static final int VETO_TOLERANCE = 3;
  private static final int VETO_SEVERITY = 4;
  private static final int VETO_SIDES = 5;
  private static final int VETO_COST = 6;
  private static final int ABSTAIN_COST = 7;
  /** Declared vote weights of each actor that votes as an agent (CHN, RUS), by the above. */
  private static final int[][] WEIGHTS = new int[Actor.COUNT][];

  static {
    for (Actor a : new Actor[] {Actor.CHN, Actor.RUS}) {
      WEIGHTS[a.ordinal()] = new int[] {
          CountryAgent.weight(a, "VOTE_YES", "tolerance"),
          CountryAgent.weight(a, "VOTE_YES", "severity"),
          CountryAgent.weight(a, "VOTE_YES", "sides"),
          CountryAgent.weight(a, "VOTE_VETO", "tolerance"),
          CountryAgent.weight(a, "VOTE_VETO", "severity"),
          CountryAgent.weight(a, "VOTE_VETO", "sides"),
          CountryAgent.weight(a, "VOTE_VETO", "cost"),
          CountryAgent.weight(a, "VOTE_ABSTAIN", "cost")};
    }
  }

  /** Utility of each vote for a permanent member that is not the drafter (CHN or RUS). */
  static void voteUtilities(CountryAgent m, WorldState w, double[] u) {
    double severity = Math.min(1.0, w.strategicTestMemory);
    double tol = m.sanctionsTolerance;
    double sides = w.relation(m.actor(), Actor.USA) - w.relation(m.actor(), Actor.DPRK);
    int[] k = WEIGHTS[m.actor().ordinal()];
    double[] v = m.v;
    u[Vote.YES.ordinal()] = v[k[YES_TOLERANCE]] * (tol - 0.5)
        + v[k[YES_SEVERITY]] * severity * tol + v[k[YES_SIDES]] * sides;
    u[Vote.ABSTAIN.ordinal()] = v[k[ABSTAIN_COST]];
    u[Vote.VETO.ordinal()] = v[k[VETO_TOLERANCE]] * (0.5 - tol)
        + v[k[VETO_SEVERITY]] * severity * (1 - tol) + v[k[VETO_COST]]
        + v[k[VETO_SIDES]] * sides;
  }

  void vote(Peninsula sim) {
    WorldState w = sim.world;
    ModelParameters p = sim.params;
    voteUtilities(sim.agents[Actor.CHN.ordinal()], w, china);
    voteUtilities(sim.agents[Actor.RUS.ordinal()], w, russia);
    double front = p.mechanism(Mechanism.VOTE_COORDINATION)
        * Math.max(0, w.relation(Actor.CHN, Actor.RUS));
    for (int c = 0; c < 3; c++) {
      for (int r = 0; r < 3; r++) {
        joint[c * 3 + r] = china[c] + russia[r] + (c == r ? front : 0);
      }
    }
    int pick = LogitChoice.choose(joint, 9, sim.rationality(), sim.random, scratch);
    chinaVote = VOTES[pick / 3];
    russiaVote = VOTES[pick % 3];
    double yesChance = p.mechanism(Mechanism.ELECTED_MEMBER_YES);
    electedYes = 0;
    for (int i = 0; i < ELECTED_MEMBERS; i++) {
      if (sim.random.nextDouble() < yesChance) {
        electedYes++;
      }
    }
    totalYes = 3 + electedYes + (chinaVote == Vote.YES ? 1 : 0) + (russiaVote == Vote.YES ? 1 : 0);
    vetoed = chinaVote == Vote.VETO || russiaVote == Vote.VETO;
    abstentions = (chinaVote == Vote.ABSTAIN ? 1 : 0) + (russiaVote == Vote.ABSTAIN ? 1 : 0);
    passed = !vetoed && totalYes >= AFFIRMATIVE_NEEDED;
  }

  Map<Actor, Vote> permanentVotes() {
    Map<Actor, Vote> m = new EnumMap<>(Actor.class);
    m.put(Actor.USA, Vote.YES);
    m.put(Actor.CHN, chinaVote);
    m.put(Actor.RUS, russiaVote);
    return m;
  }
}
