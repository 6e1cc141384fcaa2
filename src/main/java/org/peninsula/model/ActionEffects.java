package org.peninsula.model;

/**
 * What each move does to the world. All five moves of a month are applied here, after every
 * country has decided, in a fixed order; their effects add up, so the order only matters at the
 * bounds of a scale.
 */
final class ActionEffects {
  private ActionEffects() {}

  static void apply(Peninsula sim, WorldState w, ModelParameters p, MonthActivity act) {
    // First pass: flags that other countries' effects depend on.
    Action rok = sim.agents[Actor.ROK.ordinal()].chosen();
    act.seoulEngagesRussia = rok == RokAction.ENGAGE_RUSSIA;
    act.russiaCourtsSeoul = sim.agents[Actor.RUS.ordinal()].chosen() == RussiaAction.COURT_SEOUL;
    double step = p.mechanism(Mechanism.RELATION_STEP);
    us((UsAction) sim.agents[0].chosen(), sim, w, p, act, step);
    china((ChinaAction) sim.agents[1].chosen(), sim, w, p, step);
    russia((RussiaAction) sim.agents[2].chosen(), sim, w, p, act, step);
    southKorea((RokAction) rok, sim, w, p, act, step);
    northKorea((DprkAction) sim.agents[4].chosen(), sim, w, p, act, step);
  }

  private static void us(UsAction a, Peninsula sim, WorldState w, ModelParameters p,
      MonthActivity act, double step) {
    switch (a) {
      case PUSH_UN_SANCTIONS -> act.draftTabled = true;
      case SECONDARY_SANCTIONS -> {
        double s = p.mechanism(Mechanism.SECONDARY_SANCTIONS_EFFECT);
        SanctionsRegime.changeEnforcement(w, Actor.CHN, s);
        SanctionsRegime.changeEnforcement(w, Actor.RUS, 0.5 * s);
        SanctionsRegime.changeEnforcement(w, Actor.USA, s);
        Diplomacy.act(sim, Actor.USA, Actor.CHN, -step);
        Diplomacy.act(sim, Actor.USA, Actor.RUS, -0.5 * step);
        Diplomacy.act(sim, Actor.USA, Actor.DPRK, -0.5 * step);
      }
      case SCALE_UP_EXERCISES -> {
        w.addTension(p.mechanism(Mechanism.EXERCISE_TENSION));
        w.exerciseMemory += 1;
        Diplomacy.act(sim, Actor.USA, Actor.DPRK, -step);
        Diplomacy.act(sim, Actor.USA, Actor.ROK, 0.5 * step);
        Diplomacy.act(sim, Actor.USA, Actor.CHN, -0.5 * step);
        Diplomacy.act(sim, Actor.USA, Actor.RUS, -0.5 * step);
      }
      case SCALE_DOWN_EXERCISES -> {
        w.addTension(-p.mechanism(Mechanism.DEESCALATION_RELIEF));
        Diplomacy.act(sim, Actor.USA, Actor.DPRK, step);
        Diplomacy.act(sim, Actor.USA, Actor.CHN, 0.25 * step);
        Diplomacy.act(sim, Actor.USA, Actor.RUS, 0.25 * step);
      }
      case OFFER_TALKS -> {
        w.offersThisMonth |= TalksProcess.USA_BIT;
        Diplomacy.act(sim, Actor.USA, Actor.DPRK, 0.5 * step);
      }
      case STRATEGIC_SIGNALLING -> {
        w.addTension(p.mechanism(Mechanism.SIGNALLING_TENSION));
        w.exerciseMemory += 0.5;
        Diplomacy.act(sim, Actor.USA, Actor.DPRK, -0.5 * step);
        Diplomacy.act(sim, Actor.USA, Actor.CHN, -0.25 * step);
      }
      case HOLD -> { }
    }
  }

  private static void china(ChinaAction a, Peninsula sim, WorldState w, ModelParameters p,
      double step) {
    double es = p.mechanism(Mechanism.ENFORCEMENT_STEP);
    switch (a) {
      case ENFORCE_SANCTIONS -> {
        SanctionsRegime.changeEnforcement(w, Actor.CHN, es);
        Diplomacy.act(sim, Actor.CHN, Actor.DPRK, -0.5 * step);
        Diplomacy.act(sim, Actor.CHN, Actor.USA, 0.5 * step);
      }
      case RELAX_ENFORCEMENT -> {
        SanctionsRegime.changeEnforcement(w, Actor.CHN, -es);
        Diplomacy.act(sim, Actor.CHN, Actor.DPRK, 0.5 * step);
        Diplomacy.act(sim, Actor.CHN, Actor.USA, -0.5 * step);
      }
      case AID_DPRK -> {
        w.stress = WorldState.clamp01(w.stress - p.mechanism(Mechanism.AID_RELIEF));
        w.chinaDependence = WorldState.clamp01(w.chinaDependence + 0.02 * (1 - w.chinaDependence));
        Diplomacy.act(sim, Actor.CHN, Actor.DPRK, step);
      }
      case MEDIATE_DUAL_FREEZE -> {
        w.addTension(-p.mechanism(Mechanism.DEESCALATION_RELIEF));
        w.offersThisMonth |= TalksProcess.CHN_BIT;
        Diplomacy.act(sim, Actor.CHN, Actor.DPRK, 0.25 * step);
      }
      case PRESSURE_ROK -> {
        Diplomacy.act(sim, Actor.CHN, Actor.ROK, -2 * step);
        w.alignmentMemory *= 0.5;
      }
      case COORDINATE_WITH_RUSSIA -> Diplomacy.act(sim, Actor.CHN, Actor.RUS, step);
      case HOLD -> { }
    }
  }

  private static void russia(RussiaAction a, Peninsula sim, WorldState w, ModelParameters p,
      MonthActivity act, double step) {
    double es = p.mechanism(Mechanism.ENFORCEMENT_STEP);
    double gain = p.mechanism(Mechanism.STANDING_GAIN);
    switch (a) {
      case OPPOSE_SANCTIONS -> {
        SanctionsRegime.changeEnforcement(w, Actor.RUS, -es);
        // Moscow's calls for relief also give Beijing cover to slacken.
        SanctionsRegime.changeEnforcement(w, Actor.CHN,
            -0.25 * es * CountryAgent.warmth(w, Actor.CHN, Actor.RUS));
        Diplomacy.act(sim, Actor.RUS, Actor.DPRK, step);
        Diplomacy.act(sim, Actor.RUS, Actor.USA, -0.5 * step);
      }
      case PROPOSE_MULTILATERAL_TALKS -> {
        w.offersThisMonth |= TalksProcess.RUS_BIT;
        RussianAims.brokered(w, 0.25 * gain);
      }
      case PURSUE_ECONOMIC_PROJECTS -> {
        RussianAims.projects(sim, w, p, act.seoulEngagesRussia);
        Diplomacy.act(sim, Actor.RUS, Actor.DPRK, 0.5 * step);
        w.chinaDependence = WorldState.clamp01(w.chinaDependence - 0.01);
      }
      case COORDINATE_WITH_CHINA -> {
        Diplomacy.act(sim, Actor.RUS, Actor.CHN, step);
        RussianAims.brokered(w, 0.1 * gain);
      }
      case NAVAL_SIGNALLING -> {
        w.addTension(p.mechanism(Mechanism.SIGNALLING_TENSION));
        Diplomacy.act(sim, Actor.RUS, Actor.USA, -step);
        RussianAims.brokered(w, 0.1 * gain);
      }
      case COURT_SEOUL -> {
        Diplomacy.act(sim, Actor.RUS, Actor.ROK, step * (w.rokLeaning < 0 ? 1.0 : 0.3));
        if (act.seoulEngagesRussia) {
          RussianAims.brokered(w, gain);
        }
      }
      case HOLD -> { }
    }
  }

  private static void southKorea(RokAction a, Peninsula sim, WorldState w, ModelParameters p,
      MonthActivity act, double step) {
    switch (a) {
      case ENGAGE_NORTH -> {
        w.offersThisMonth |= TalksProcess.ROK_BIT;
        Diplomacy.act(sim, Actor.ROK, Actor.DPRK, step);
        if (w.usLeaning > 0) {
          Diplomacy.act(sim, Actor.ROK, Actor.USA, -0.25 * step);
        }
      }
      case ALIGN_WITH_US -> {
        w.addTension(0.5 * p.mechanism(Mechanism.EXERCISE_TENSION));
        w.exerciseMemory += 0.5;
        w.alignmentMemory += 0.5;
        Diplomacy.act(sim, Actor.ROK, Actor.USA, step);
        Diplomacy.act(sim, Actor.ROK, Actor.DPRK, -step);
        Diplomacy.act(sim, Actor.ROK, Actor.CHN, -0.5 * step);
        Diplomacy.act(sim, Actor.ROK, Actor.RUS, -0.5 * step);
      }
      case ENGAGE_RUSSIA -> {
        sim.tally.rokRussiaCooperation++;
        Diplomacy.act(sim, Actor.ROK, Actor.RUS, step);
        Diplomacy.act(sim, Actor.ROK, Actor.USA, -0.25 * step);
      }
      case DEPLOY_MISSILE_DEFENCE -> {
        w.missileDefence = WorldState.clamp01(w.missileDefence + 0.2 * (1 - w.missileDefence));
        w.alignmentMemory += 1;
        w.addTension(0.5 * p.mechanism(Mechanism.EXERCISE_TENSION));
        Diplomacy.act(sim, Actor.ROK, Actor.CHN, -2 * step);
        Diplomacy.act(sim, Actor.ROK, Actor.RUS, -step);
      }
      case HOLD -> { }
    }
  }

  private static void northKorea(DprkAction a, Peninsula sim, WorldState w, ModelParameters p,
      MonthActivity act, double step) {
    switch (a) {
      case MISSILE_TEST -> weaponsTest(sim, w, p, act, 1, step);
      case ICBM_TEST -> weaponsTest(sim, w, p, act, 2, step);
      case NUCLEAR_TEST -> weaponsTest(sim, w, p, act, 3, step);
      case BORDER_PROVOCATION -> {
        sim.tally.borderProvocations++;
        act.borderProvocation = true;
        act.provocations++;
        w.addTension(p.mechanism(Mechanism.PROVOCATION_TENSION));
        w.provocationMemory += 0.6;
        Diplomacy.act(sim, Actor.DPRK, Actor.ROK, -2 * step);
      }
      case MORATORIUM -> {
        act.dprkMoratorium = true;
        w.addTension(-p.mechanism(Mechanism.DEESCALATION_RELIEF));
        Diplomacy.act(sim, Actor.DPRK, Actor.CHN, 0.5 * step);
        Diplomacy.act(sim, Actor.DPRK, Actor.RUS, 0.5 * step);
      }
      case ACCEPT_TALKS -> act.dprkAcceptsTalks = true;
      case COURT_RUSSIA -> {
        Diplomacy.act(sim, Actor.DPRK, Actor.RUS, step);
        w.chinaDependence = WorldState.clamp01(w.chinaDependence - 0.01);
        RussianAims.brokered(w, 0.5 * p.mechanism(Mechanism.STANDING_GAIN));
      }
      case COURT_CHINA -> {
        Diplomacy.act(sim, Actor.DPRK, Actor.CHN, step);
        w.stress = WorldState.clamp01(w.stress - 0.5 * p.mechanism(Mechanism.AID_RELIEF));
        w.chinaDependence = WorldState.clamp01(w.chinaDependence + 0.01);
      }
      case HOLD -> { }
    }
  }

  /** A DPRK weapons test of the given class: 1 missile, 2 ICBM, 3 nuclear. */
  static void weaponsTest(Peninsula sim, WorldState w, ModelParameters p, MonthActivity act,
      int level, double step) {
    act.provocations++;
    w.capability = WorldState.clamp01(
        w.capability + level * p.mechanism(Mechanism.TEST_LEARNING) * (1 - w.capability));
    switch (level) {
      case 1 -> {
        sim.tally.missileTests++;
        w.addTension(p.mechanism(Mechanism.MISSILE_TEST_TENSION));
        w.provocationMemory += 0.5;
      }
      case 2 -> {
        sim.tally.icbmTests++;
        w.addTension(p.mechanism(Mechanism.ICBM_TEST_TENSION));
        w.provocationMemory += 1.0;
        w.strategicTestMemory += 1.0;
      }
      default -> {
        sim.tally.nuclearTests++;
        w.addTension(p.mechanism(Mechanism.NUCLEAR_TEST_TENSION));
        w.provocationMemory += 1.2;
        w.strategicTestMemory += 1.2;
        w.nuclearAcceptance = WorldState.clamp01(w.nuclearAcceptance + 0.02);
      }
    }
    Diplomacy.act(sim, Actor.DPRK, Actor.USA, -level * 0.5 * step);
    Diplomacy.act(sim, Actor.DPRK, Actor.ROK, -level * 0.5 * step);
    if (level >= 2) {
      Diplomacy.act(sim, Actor.DPRK, Actor.CHN, -(level - 1) * 0.5 * step);
      Diplomacy.act(sim, Actor.DPRK, Actor.RUS, -(level - 1) * 0.5 * step);
      if (w.dealInForce) {
        w.dealInForce = false;
        sim.tally.dealsBroken++;
        sim.event(ChronicleEntry.EventKind.DEAL_BROKEN, "the deal breaks down after a test", "");
      }
    }
    if (sim.chronicle() != null) {
      sim.event(ChronicleEntry.EventKind.WEAPONS_TEST,
          level == 1 ? "DPRK missile test" : level == 2 ? "DPRK ICBM test" : "DPRK nuclear test",
          "");
    }
  }
}
