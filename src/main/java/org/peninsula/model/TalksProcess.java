package org.peninsula.model;

/**
 * The talks as a state machine over {@link TalksStage}, with the track's {@link TalksFormat}
 * beside it:
 *
 * <pre>
 *   NONE --(DPRK accepts, an offer made this month or last)--> OPEN(format)
 *   OPEN --(momentum falls to 0)--> NONE                               (collapse)
 *   OPEN --(momentum at the deal threshold, DPRK accepts this month,
 *           no strategic test this month)--> DEAL_IN_FORCE             (deal struck)
 *   DEAL_IN_FORCE --(an ICBM or nuclear test)--> BROKEN
 *   BROKEN --(momentum falls to 0)--> NONE                             (collapse)
 *   BROKEN --(as OPEN to DEAL_IN_FORCE)--> DEAL_IN_FORCE                (a new deal)
 * </pre>
 *
 * <p>The written rule for a deal: the DPRK must choose to accept talks in the very month the
 * deal is struck, and no strategic test may happen in that month (so a deal a test has just
 * broken cannot be re-struck in the same month). A deal once struck holds until a strategic
 * test, whatever the DPRK does afterwards; while it holds, its track stays open (the parties
 * meet to implement it), so the talks cannot collapse under it. Momentum grows with every party
 * that engages, decays by itself and is cut by each provocation.
 */
final class TalksProcess {
  // Declared mechanisms by index: the month loop reads the run's value array directly.
  private static final int M_BILATERAL_TALKS_SIDELINING =
      Mechanism.BILATERAL_TALKS_SIDELINING.index();
  private static final int M_COMMITMENT_TALKS_DRAG = Mechanism.COMMITMENT_TALKS_DRAG.index();
  private static final int M_DEAL_FRAMEWORK_GAIN = Mechanism.DEAL_FRAMEWORK_GAIN.index();
  private static final int M_DEAL_SIDELINING = Mechanism.DEAL_SIDELINING.index();
  private static final int M_DEAL_STANDING = Mechanism.DEAL_STANDING.index();
  private static final int M_DEAL_TENSION_RELIEF = Mechanism.DEAL_TENSION_RELIEF.index();
  private static final int M_DEAL_THRESHOLD = Mechanism.DEAL_THRESHOLD.index();
  private static final int M_FRAMEWORK_GAIN = Mechanism.FRAMEWORK_GAIN.index();
  private static final int M_MULTILATERAL_TALKS_STANDING =
      Mechanism.MULTILATERAL_TALKS_STANDING.index();
  private static final int M_SUMMIT_MOMENTUM = Mechanism.SUMMIT_MOMENTUM.index();
  private static final int M_SUMMIT_SPACING = Mechanism.SUMMIT_SPACING.index();
  private static final int M_PROVOCATION_TALKS_DAMAGE = Mechanism.PROVOCATION_TALKS_DAMAGE.index();
  private static final int M_STANDING_GAIN = Mechanism.STANDING_GAIN.index();
  private static final int M_TALKS_MOMENTUM_DECAY = Mechanism.TALKS_MOMENTUM_DECAY.index();
  private static final int M_TALKS_MOMENTUM_GAIN = Mechanism.TALKS_MOMENTUM_GAIN.index();
  private static final int M_TALKS_OPENING_MOMENTUM = Mechanism.TALKS_OPENING_MOMENTUM.index();

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

  /**
   * The transition rule, on its own so that it can be read and tested as a table. Arguments are
   * this month's facts: whether the DPRK accepted talks, whether an offer was on the table (made
   * this month or last), whether an ICBM or nuclear test happened, whether momentum has run out,
   * and whether it has reached the deal threshold.
   */
  static TalksStage next(TalksStage stage, boolean dprkAccepts, boolean offerOnTable,
      boolean strategicTest, boolean momentumGone, boolean momentumAtDeal) {
    switch (stage) {
      case NONE:
        return dprkAccepts && offerOnTable ? TalksStage.OPEN : TalksStage.NONE;
      case DEAL_IN_FORCE:
        return strategicTest ? TalksStage.BROKEN : TalksStage.DEAL_IN_FORCE;
      case OPEN:
      case BROKEN:
        if (momentumGone) {
          return TalksStage.NONE;
        }
        if (momentumAtDeal && dprkAccepts && !strategicTest) {
          return TalksStage.DEAL_IN_FORCE;
        }
        return stage;
      default:
        throw new IllegalStateException("unknown talks stage " + stage);
    }
  }

  /**
   * An ICBM or nuclear test, the moment it happens (in the events or the resolution phase): a
   * deal in force breaks at once, so that later phases of the month see it broken.
   */
  static void strategicTest(Peninsula sim, WorldState w, MonthActivity act) {
    act.strategicTest = true;
    TalksStage after = next(w.stage, false, false, true, false, false);
    if (after != w.stage) {
      w.stage = after;
      sim.tally.dealsBroken++;
      sim.event(ChronicleEntry.EventKind.DEAL_BROKEN, "the deal breaks down after a test", "");
    }
  }

  /** The talks' month, in the resolution phase after the moves have taken effect. */
  static void monthly(Peninsula sim, WorldState w, ModelParameters p, MonthActivity act) {
    double[] pv = p.values();
    boolean accepts = act.dprkAcceptsTalks;
    if (w.stage == TalksStage.NONE) {
      int offers = w.offersThisMonth | w.offersLastMonth;
      if (next(TalksStage.NONE, accepts, offers != 0, act.strategicTest, false, false)
          == TalksStage.OPEN) {
        w.stage = TalksStage.OPEN;
        w.talks = formatFor(offers);
        w.momentum = pv[M_TALKS_OPENING_MOMENTUM]
            * pv[M_TALKS_MOMENTUM_GAIN];
        sim.tally.talksEpisodes++;
        sim.event(ChronicleEntry.EventKind.TALKS_OPENED, "talks open: ", w.talks.label());
      }
      return;
    }
    // Pyongyang's commitment to its nuclear status slows every step toward a deal.
    int engaged = Integer.bitCount(w.offersThisMonth) + (accepts ? 1 : 0);
    double momentum = w.momentum + pv[M_TALKS_MOMENTUM_GAIN] * engaged
        * (1 - pv[M_COMMITMENT_TALKS_DRAG] * sim.nuclearCommitment())
        - pv[M_TALKS_MOMENTUM_DECAY]
        - pv[M_PROVOCATION_TALKS_DAMAGE] * act.provocations;
    w.momentum = Math.min(1, Math.max(0, momentum));
    TalksStage before = w.stage;
    TalksStage after = next(before, accepts, true, act.strategicTest, momentum <= 0,
        w.momentum >= pv[M_DEAL_THRESHOLD]);
    if (after == TalksStage.NONE) {
      TalksFormat closed = w.talks;
      w.stage = TalksStage.NONE;
      w.talks = TalksFormat.NONE;
      sim.event(ChronicleEntry.EventKind.TALKS_COLLAPSED, "talks collapse: ", closed.label());
      return;
    }
    w.stage = after;
    sim.tally.talksMonths++;
    w.monthsSinceSummit++;
    if (w.momentum >= pv[M_SUMMIT_MOMENTUM] && w.monthsSinceSummit >= pv[M_SUMMIT_SPACING]) {
      summit(sim, w, p);
    }
    double gain = pv[M_STANDING_GAIN];
    if (w.talks == TalksFormat.MULTILATERAL) {
      RussianAims.brokered(w,
          pv[M_MULTILATERAL_TALKS_STANDING] * gain * w.momentum);
      w.framework = WorldState.clamp01(
          w.framework + pv[M_FRAMEWORK_GAIN] * w.momentum);
    } else if (w.talks == TalksFormat.US_DPRK) {
      RussianAims.sidelined(w,
          pv[M_BILATERAL_TALKS_SIDELINING] * gain * w.momentum);
    }
    if (after == TalksStage.DEAL_IN_FORCE && before != TalksStage.DEAL_IN_FORCE) {
      strike(sim, w, p, gain);
    }
  }

  /**
   * A leaders' summit on the open track: it relieves tension and adds momentum (leaders stake
   * their prestige on the process), the pattern of 2018.
   */
  private static void summit(Peninsula sim, WorldState w, ModelParameters p) {
    w.monthsSinceSummit = 0;
    sim.tally.summits++;
    w.addTension(-p.mechanism(Mechanism.SUMMIT_TENSION_RELIEF));
    w.momentum = Math.min(1, w.momentum + p.mechanism(Mechanism.SUMMIT_MOMENTUM_GAIN));
    sim.event(ChronicleEntry.EventKind.SUMMIT, "leaders' summit: ", w.talks.label());
  }

  /** The effects of striking a deal, applied once per deal. */
  private static void strike(Peninsula sim, WorldState w, ModelParameters p, double gain) {
    double[] pv = p.values();
    if (sim.tally.dealMonth < 0) {
      sim.tally.dealMonth = sim.month();
    }
    SanctionsRegime.dealRelief(w, p);
    w.addTension(-pv[M_DEAL_TENSION_RELIEF]);
    if (w.talks == TalksFormat.MULTILATERAL) {
      w.framework = WorldState.clamp01(w.framework + pv[M_DEAL_FRAMEWORK_GAIN]);
      RussianAims.brokered(w, pv[M_DEAL_STANDING] * gain);
    } else if (w.talks == TalksFormat.US_DPRK) {
      RussianAims.sidelined(w, pv[M_DEAL_SIDELINING] * gain);
    }
    sim.event(ChronicleEntry.EventKind.DEAL, "a deal is struck in ", w.talks.label());
  }
}
