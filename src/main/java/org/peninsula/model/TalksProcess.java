package org.peninsula.model;

/**
 * Talks open when the DPRK accepts while an offer is on the table (this month or last); their
 * format follows who offered. Momentum grows with every party that engages, decays by itself and
 * is broken by tests. Enough momentum produces a deal, which holds until a strategic test.
 */
final class TalksProcess {
  static final int USA_BIT = 1 << Actor.USA.ordinal();
  static final int CHN_BIT = 1 << Actor.CHN.ordinal();
  static final int RUS_BIT = 1 << Actor.RUS.ordinal();
  static final int ROK_BIT = 1 << Actor.ROK.ordinal();

  private TalksProcess() {}

  static TalksFormat formatFor(int offers) {
    boolean broker = (offers & (RUS_BIT | CHN_BIT)) != 0;
    boolean party = (offers & (USA_BIT | ROK_BIT)) != 0;
    if (broker && party) {
      return TalksFormat.MULTILATERAL;
    }
    if ((offers & USA_BIT) != 0) {
      return TalksFormat.US_DPRK;
    }
    if ((offers & ROK_BIT) != 0) {
      return TalksFormat.INTER_KOREAN;
    }
    return TalksFormat.MULTILATERAL;
  }

  static void monthly(Peninsula sim, WorldState w, ModelParameters p, MonthActivity act) {
    int offers = w.offersThisMonth | w.offersLastMonth;
    if (w.talks == TalksFormat.NONE) {
      if (act.dprkAcceptsTalks && offers != 0) {
        w.talks = formatFor(offers);
        w.momentum = p.mechanism(Mechanism.TALKS_OPENING_MOMENTUM)
            * p.mechanism(Mechanism.TALKS_MOMENTUM_GAIN);
        sim.tally.talksEpisodes++;
        sim.event(ChronicleEntry.EventKind.TALKS_OPENED, "talks open: ", w.talks.label());
      }
      return;
    }
    // Pyongyang's commitment to its nuclear status slows every step toward a deal.
    int engaged = Integer.bitCount(w.offersThisMonth) + (act.dprkAcceptsTalks ? 1 : 0);
    w.momentum += p.mechanism(Mechanism.TALKS_MOMENTUM_GAIN) * engaged
        * (1 - p.mechanism(Mechanism.COMMITMENT_TALKS_DRAG) * sim.nuclearCommitment())
        - p.mechanism(Mechanism.TALKS_MOMENTUM_DECAY)
        - p.mechanism(Mechanism.PROVOCATION_TALKS_DAMAGE) * act.provocations;
    if (w.momentum <= 0) {
      w.momentum = 0;
      TalksFormat closed = w.talks;
      w.talks = TalksFormat.NONE;
      sim.event(ChronicleEntry.EventKind.TALKS_COLLAPSED, "talks collapse: ", closed.label());
      return;
    }
    w.momentum = Math.min(1, w.momentum);
    sim.tally.talksMonths++;
    double gain = p.mechanism(Mechanism.STANDING_GAIN);
    if (w.talks == TalksFormat.MULTILATERAL) {
      RussianAims.brokered(w,
          p.mechanism(Mechanism.MULTILATERAL_TALKS_STANDING) * gain * w.momentum);
      w.framework = WorldState.clamp01(
          w.framework + p.mechanism(Mechanism.FRAMEWORK_GAIN) * w.momentum);
    } else if (w.talks == TalksFormat.US_DPRK) {
      RussianAims.sidelined(w,
          p.mechanism(Mechanism.BILATERAL_TALKS_SIDELINING) * gain * w.momentum);
    }
    if (!w.dealInForce && w.momentum >= p.mechanism(Mechanism.DEAL_THRESHOLD)) {
      w.dealInForce = true;
      sim.tally.dealMonth = sim.month();
      SanctionsRegime.dealRelief(w, p);
      w.addTension(-p.mechanism(Mechanism.DEAL_TENSION_RELIEF));
      if (w.talks == TalksFormat.MULTILATERAL) {
        w.framework = WorldState.clamp01(w.framework + p.mechanism(Mechanism.DEAL_FRAMEWORK_GAIN));
        RussianAims.brokered(w, p.mechanism(Mechanism.DEAL_STANDING) * gain);
      } else if (w.talks == TalksFormat.US_DPRK) {
        RussianAims.sidelined(w, p.mechanism(Mechanism.DEAL_SIDELINING) * gain);
      }
      sim.event(ChronicleEntry.EventKind.DEAL, "a deal is struck in ", w.talks.label());
    }
  }
}
