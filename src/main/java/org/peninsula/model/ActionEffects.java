package org.peninsula.model;

import static org.peninsula.model.PendingChanges.ALIGNMENT_MEMORY;
import static org.peninsula.model.PendingChanges.CAPABILITY;
import static org.peninsula.model.PendingChanges.CHINA_DEPENDENCE;
import static org.peninsula.model.PendingChanges.EXERCISE_MEMORY;
import static org.peninsula.model.PendingChanges.MISSILE_DEFENCE;
import static org.peninsula.model.PendingChanges.NUCLEAR_ACCEPTANCE;
import static org.peninsula.model.PendingChanges.PROVOCATION_MEMORY;
import static org.peninsula.model.PendingChanges.STANDING;
import static org.peninsula.model.PendingChanges.STRATEGIC_MEMORY;
import static org.peninsula.model.PendingChanges.STRESS;
import static org.peninsula.model.PendingChanges.TENSION;

/**
 * What each move does to the world. The five moves of a month are worked out after every country
 * has decided, each from the world as it stood at the start of the month, into its own row of
 * {@link PendingChanges}; the rows are then applied together. So no move sees another's effect,
 * and the order in which they are worked out cannot matter ({@code SimultaneityTest}).
 */
final class ActionEffects {
  private ActionEffects() {}

  /**
   * Works out the month's moves into {@code c} in the given order (any order gives the same
   * rows). Discrete facts (offers, flags, counts, a broken deal) are set directly: each is
   * written by one move only or is an OR or a count, so order cannot change them either.
   */
  static void collect(Peninsula sim, WorldState w, ModelParameters p, MonthActivity act,
      PendingChanges c, Actor[] order) {
    // Flags that other countries' effects depend on, from the chosen moves alone.
    act.seoulEngagesRussia = sim.agents[Actor.ROK.ordinal()].chosen() == RokAction.ENGAGE_RUSSIA;
    act.russiaCourtsSeoul = sim.agents[Actor.RUS.ordinal()].chosen() == RussiaAction.COURT_SEOUL;
    double step = p.mechanism(Mechanism.RELATION_STEP);
    for (Actor a : order) {
      Action move = sim.agents[a.ordinal()].chosen();
      switch (a) {
        case USA -> us((UsAction) move, sim, w, p, act, c, step);
        case CHN -> china((ChinaAction) move, sim, w, p, c, step);
        case RUS -> russia((RussiaAction) move, sim, w, p, act, c, step);
        case ROK -> southKorea((RokAction) move, sim, w, p, c, step);
        case DPRK -> northKorea((DprkAction) move, sim, w, p, act, c, step);
      }
    }
  }

  private static void us(UsAction a, Peninsula sim, WorldState w, ModelParameters p,
      MonthActivity act, PendingChanges c, double step) {
    int r = Actor.USA.ordinal();
    switch (a) {
      case PUSH_UN_SANCTIONS -> act.draftTabled = true;
      case SECONDARY_SANCTIONS -> {
        double s = p.mechanism(Mechanism.SECONDARY_SANCTIONS_EFFECT);
        c.enforcement(r, Actor.CHN, s);
        c.enforcement(r, Actor.RUS, 0.5 * s);
        c.enforcement(r, Actor.USA, s);
        Diplomacy.act(c, r, sim, Actor.USA, Actor.CHN, -step);
        Diplomacy.act(c, r, sim, Actor.USA, Actor.RUS, -0.5 * step);
        Diplomacy.act(c, r, sim, Actor.USA, Actor.DPRK, -0.5 * step);
      }
      case SCALE_UP_EXERCISES -> {
        c.add(r, TENSION, p.mechanism(Mechanism.EXERCISE_TENSION));
        c.add(r, EXERCISE_MEMORY, 1);
        Diplomacy.act(c, r, sim, Actor.USA, Actor.DPRK, -step);
        Diplomacy.act(c, r, sim, Actor.USA, Actor.ROK, 0.5 * step);
        Diplomacy.act(c, r, sim, Actor.USA, Actor.CHN, -0.5 * step);
        Diplomacy.act(c, r, sim, Actor.USA, Actor.RUS, -0.5 * step);
      }
      case SCALE_DOWN_EXERCISES -> {
        c.add(r, TENSION, -p.mechanism(Mechanism.DEESCALATION_RELIEF));
        Diplomacy.act(c, r, sim, Actor.USA, Actor.DPRK, step);
        Diplomacy.act(c, r, sim, Actor.USA, Actor.CHN, 0.25 * step);
        Diplomacy.act(c, r, sim, Actor.USA, Actor.RUS, 0.25 * step);
      }
      case OFFER_TALKS -> {
        w.offersThisMonth |= TalksProcess.USA_BIT;
        Diplomacy.act(c, r, sim, Actor.USA, Actor.DPRK, 0.5 * step);
      }
      case STRATEGIC_SIGNALLING -> {
        c.add(r, TENSION, p.mechanism(Mechanism.SIGNALLING_TENSION));
        c.add(r, EXERCISE_MEMORY, 0.5);
        Diplomacy.act(c, r, sim, Actor.USA, Actor.DPRK, -0.5 * step);
        Diplomacy.act(c, r, sim, Actor.USA, Actor.CHN, -0.25 * step);
      }
      case HOLD -> { }
    }
  }

  private static void china(ChinaAction a, Peninsula sim, WorldState w, ModelParameters p,
      PendingChanges c, double step) {
    int r = Actor.CHN.ordinal();
    double es = p.mechanism(Mechanism.ENFORCEMENT_STEP);
    switch (a) {
      case ENFORCE_SANCTIONS -> {
        c.enforcement(r, Actor.CHN, es);
        Diplomacy.act(c, r, sim, Actor.CHN, Actor.DPRK, -0.5 * step);
        Diplomacy.act(c, r, sim, Actor.CHN, Actor.USA, 0.5 * step);
      }
      case RELAX_ENFORCEMENT -> {
        c.enforcement(r, Actor.CHN, -es);
        Diplomacy.act(c, r, sim, Actor.CHN, Actor.DPRK, 0.5 * step);
        Diplomacy.act(c, r, sim, Actor.CHN, Actor.USA, -0.5 * step);
      }
      case AID_DPRK -> {
        c.add(r, STRESS, -p.mechanism(Mechanism.AID_RELIEF));
        c.add(r, CHINA_DEPENDENCE, 0.02 * (1 - w.chinaDependence));
        Diplomacy.act(c, r, sim, Actor.CHN, Actor.DPRK, step);
      }
      case MEDIATE_DUAL_FREEZE -> {
        c.add(r, TENSION, -p.mechanism(Mechanism.DEESCALATION_RELIEF));
        w.offersThisMonth |= TalksProcess.CHN_BIT;
        Diplomacy.act(c, r, sim, Actor.CHN, Actor.DPRK, 0.25 * step);
      }
      case PRESSURE_ROK -> {
        Diplomacy.act(c, r, sim, Actor.CHN, Actor.ROK, -2 * step);
        // Halves the memory of Seoul's alignment as it stood at the start of the month.
        c.add(r, ALIGNMENT_MEMORY, -0.5 * w.alignmentMemory);
      }
      case COORDINATE_WITH_RUSSIA -> Diplomacy.act(c, r, sim, Actor.CHN, Actor.RUS, step);
      case HOLD -> { }
    }
  }

  private static void russia(RussiaAction a, Peninsula sim, WorldState w, ModelParameters p,
      MonthActivity act, PendingChanges c, double step) {
    int r = Actor.RUS.ordinal();
    double es = p.mechanism(Mechanism.ENFORCEMENT_STEP);
    double gain = p.mechanism(Mechanism.STANDING_GAIN);
    switch (a) {
      case OPPOSE_SANCTIONS -> {
        c.enforcement(r, Actor.RUS, -es);
        // Moscow's calls for relief also give Beijing cover to slacken, as far as the two
        // stood together at the start of the month.
        c.enforcement(r, Actor.CHN, -0.25 * es * CountryAgent.warmth(w, Actor.CHN, Actor.RUS));
        Diplomacy.act(c, r, sim, Actor.RUS, Actor.DPRK, step);
        Diplomacy.act(c, r, sim, Actor.RUS, Actor.USA, -0.5 * step);
      }
      case PROPOSE_MULTILATERAL_TALKS -> {
        w.offersThisMonth |= TalksProcess.RUS_BIT;
        c.add(r, STANDING, 0.25 * gain);
      }
      case PURSUE_ECONOMIC_PROJECTS -> {
        c.add(r, PendingChanges.AXIS, RussianAims.projectGain(w, p, act.seoulEngagesRussia));
        Diplomacy.act(c, r, sim, Actor.RUS, Actor.DPRK, 0.5 * step);
        c.add(r, CHINA_DEPENDENCE, -0.01);
      }
      case COORDINATE_WITH_CHINA -> {
        Diplomacy.act(c, r, sim, Actor.RUS, Actor.CHN, step);
        c.add(r, STANDING, 0.1 * gain);
      }
      case NAVAL_SIGNALLING -> {
        c.add(r, TENSION, p.mechanism(Mechanism.SIGNALLING_TENSION));
        Diplomacy.act(c, r, sim, Actor.RUS, Actor.USA, -step);
        c.add(r, STANDING, 0.1 * gain);
      }
      case COURT_SEOUL -> {
        Diplomacy.act(c, r, sim, Actor.RUS, Actor.ROK, step * (w.rokLeaning < 0 ? 1.0 : 0.3));
        if (act.seoulEngagesRussia) {
          c.add(r, STANDING, gain);
        }
      }
      case HOLD -> { }
    }
  }

  private static void southKorea(RokAction a, Peninsula sim, WorldState w, ModelParameters p,
      PendingChanges c, double step) {
    int r = Actor.ROK.ordinal();
    switch (a) {
      case ENGAGE_NORTH -> {
        w.offersThisMonth |= TalksProcess.ROK_BIT;
        Diplomacy.act(c, r, sim, Actor.ROK, Actor.DPRK, step);
        if (w.usLeaning > 0) {
          Diplomacy.act(c, r, sim, Actor.ROK, Actor.USA, -0.25 * step);
        }
      }
      case ALIGN_WITH_US -> {
        c.add(r, TENSION, 0.5 * p.mechanism(Mechanism.EXERCISE_TENSION));
        c.add(r, EXERCISE_MEMORY, 0.5);
        c.add(r, ALIGNMENT_MEMORY, 0.5);
        Diplomacy.act(c, r, sim, Actor.ROK, Actor.USA, step);
        Diplomacy.act(c, r, sim, Actor.ROK, Actor.DPRK, -step);
        Diplomacy.act(c, r, sim, Actor.ROK, Actor.CHN, -0.5 * step);
        Diplomacy.act(c, r, sim, Actor.ROK, Actor.RUS, -0.5 * step);
      }
      case ENGAGE_RUSSIA -> {
        sim.tally.rokRussiaCooperation++;
        Diplomacy.act(c, r, sim, Actor.ROK, Actor.RUS, step);
        Diplomacy.act(c, r, sim, Actor.ROK, Actor.USA, -0.25 * step);
      }
      case DEPLOY_MISSILE_DEFENCE -> {
        c.add(r, MISSILE_DEFENCE, 0.2 * (1 - w.missileDefence));
        c.add(r, ALIGNMENT_MEMORY, 1);
        c.add(r, TENSION, 0.5 * p.mechanism(Mechanism.EXERCISE_TENSION));
        Diplomacy.act(c, r, sim, Actor.ROK, Actor.CHN, -2 * step);
        Diplomacy.act(c, r, sim, Actor.ROK, Actor.RUS, -step);
      }
      case HOLD -> { }
    }
  }

  private static void northKorea(DprkAction a, Peninsula sim, WorldState w, ModelParameters p,
      MonthActivity act, PendingChanges c, double step) {
    int r = Actor.DPRK.ordinal();
    switch (a) {
      case MISSILE_TEST -> weaponsTest(sim, w, p, act, c, r, 1, step);
      case ICBM_TEST -> weaponsTest(sim, w, p, act, c, r, 2, step);
      case NUCLEAR_TEST -> weaponsTest(sim, w, p, act, c, r, 3, step);
      case BORDER_PROVOCATION -> {
        sim.tally.borderProvocations++;
        act.borderProvocation = true;
        act.provocations++;
        c.add(r, TENSION, p.mechanism(Mechanism.PROVOCATION_TENSION));
        c.add(r, PROVOCATION_MEMORY, 0.6);
        Diplomacy.act(c, r, sim, Actor.DPRK, Actor.ROK, -2 * step);
      }
      case MORATORIUM -> {
        act.dprkMoratorium = true;
        c.add(r, TENSION, -p.mechanism(Mechanism.DEESCALATION_RELIEF));
        Diplomacy.act(c, r, sim, Actor.DPRK, Actor.CHN, 0.5 * step);
        Diplomacy.act(c, r, sim, Actor.DPRK, Actor.RUS, 0.5 * step);
      }
      case ACCEPT_TALKS -> act.dprkAcceptsTalks = true;
      case COURT_RUSSIA -> {
        Diplomacy.act(c, r, sim, Actor.DPRK, Actor.RUS, step);
        c.add(r, CHINA_DEPENDENCE, -0.01);
        c.add(r, STANDING, 0.5 * p.mechanism(Mechanism.STANDING_GAIN));
      }
      case COURT_CHINA -> {
        Diplomacy.act(c, r, sim, Actor.DPRK, Actor.CHN, step);
        c.add(r, STRESS, -0.5 * p.mechanism(Mechanism.AID_RELIEF));
        c.add(r, CHINA_DEPENDENCE, 0.01);
      }
      case HOLD -> { }
    }
  }

  /**
   * A scripted weapons test in the events phase: worked out and applied at once, so the month's
   * decisions see it.
   */
  static void weaponsTest(Peninsula sim, WorldState w, ModelParameters p, MonthActivity act,
      int level, double step) {
    weaponsTest(sim, w, p, act, sim.changes, PendingChanges.EVENTS_ROW, level, step);
    sim.changes.commit(w);
  }

  /** A DPRK weapons test of the given class (1 missile, 2 ICBM, 3 nuclear) into row {@code r}. */
  static void weaponsTest(Peninsula sim, WorldState w, ModelParameters p, MonthActivity act,
      PendingChanges c, int r, int level, double step) {
    act.provocations++;
    c.add(r, CAPABILITY, level * p.mechanism(Mechanism.TEST_LEARNING) * (1 - w.capability));
    switch (level) {
      case 1 -> {
        sim.tally.missileTests++;
        c.add(r, TENSION, p.mechanism(Mechanism.MISSILE_TEST_TENSION));
        c.add(r, PROVOCATION_MEMORY, 0.5);
      }
      case 2 -> {
        sim.tally.icbmTests++;
        c.add(r, TENSION, p.mechanism(Mechanism.ICBM_TEST_TENSION));
        c.add(r, PROVOCATION_MEMORY, 1.0);
        c.add(r, STRATEGIC_MEMORY, 1.0);
      }
      default -> {
        sim.tally.nuclearTests++;
        c.add(r, TENSION, p.mechanism(Mechanism.NUCLEAR_TEST_TENSION));
        c.add(r, PROVOCATION_MEMORY, 1.2);
        c.add(r, STRATEGIC_MEMORY, 1.2);
        c.add(r, NUCLEAR_ACCEPTANCE, 0.02);
      }
    }
    Diplomacy.act(c, r, sim, Actor.DPRK, Actor.USA, -level * 0.5 * step);
    Diplomacy.act(c, r, sim, Actor.DPRK, Actor.ROK, -level * 0.5 * step);
    if (level >= 2) {
      Diplomacy.act(c, r, sim, Actor.DPRK, Actor.CHN, -(level - 1) * 0.5 * step);
      Diplomacy.act(c, r, sim, Actor.DPRK, Actor.RUS, -(level - 1) * 0.5 * step);
      TalksProcess.strategicTest(sim, w, act);
    }
    if (sim.chronicle() != null) {
      sim.event(ChronicleEntry.EventKind.WEAPONS_TEST,
          level == 1 ? "DPRK missile test" : level == 2 ? "DPRK ICBM test" : "DPRK nuclear test",
          "");
    }
  }
}
