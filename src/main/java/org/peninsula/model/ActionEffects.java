package org.peninsula.model;

/**
 * What each move does to the world. The five moves of a month are worked out after every country
 * has decided, each from the world as it stood at the start of the month, into
 * {@link PendingChanges}, which applies them together. So no move sees another's effect. Every
 * effect size is a declared {@code effects.*} or {@code mechanisms.*}
 * parameter; relation effects are in units of {@code mechanisms.relationStep}.
 */
final class ActionEffects {
  private ActionEffects() {}

  private static int e(String key) {
    return Declarations.index("effects." + key);
  }

  // Mechanism indices as constants: the hot path reads v[M_*] rather than calling mechanism().
  private static final int M_RELATION_STEP = Mechanism.RELATION_STEP.index();
  private static final int M_AID_RELIEF = Mechanism.AID_RELIEF.index();
  private static final int M_DEESCALATION_RELIEF = Mechanism.DEESCALATION_RELIEF.index();
  private static final int M_ENFORCEMENT_STEP = Mechanism.ENFORCEMENT_STEP.index();
  private static final int M_EXERCISE_TENSION = Mechanism.EXERCISE_TENSION.index();
  private static final int M_ICBM_TEST_TENSION = Mechanism.ICBM_TEST_TENSION.index();
  private static final int M_MISSILE_TEST_TENSION = Mechanism.MISSILE_TEST_TENSION.index();
  private static final int M_EXTRA_SHORT = Mechanism.EXTRA_LAUNCHES_SHORT.index();
  private static final int M_EXTRA_LONG = Mechanism.EXTRA_LAUNCHES_LONG.index();
  private static final int M_SATELLITE_SHARE = Mechanism.SATELLITE_SHARE.index();
  private static final int M_NUCLEAR_TEST_TENSION = Mechanism.NUCLEAR_TEST_TENSION.index();
  private static final int M_PROVOCATION_TENSION = Mechanism.PROVOCATION_TENSION.index();
  private static final int M_SECONDARY_SANCTIONS_EFFECT =
      Mechanism.SECONDARY_SANCTIONS_EFFECT.index();
  private static final int M_SIGNALLING_TENSION = Mechanism.SIGNALLING_TENSION.index();
  private static final int M_STANDING_GAIN = Mechanism.STANDING_GAIN.index();
  private static final int M_TEST_LEARNING = Mechanism.TEST_LEARNING.index();
  private static final int US_SEC_ENF_RUS = e("USA.SECONDARY_SANCTIONS.enforcement.RUS");
  private static final int US_SEC_ENF_USA = e("USA.SECONDARY_SANCTIONS.enforcement.USA");
  private static final int US_SEC_CHN = e("USA.SECONDARY_SANCTIONS.relation.CHN");
  private static final int US_SEC_RUS = e("USA.SECONDARY_SANCTIONS.relation.RUS");
  private static final int US_SEC_DPRK = e("USA.SECONDARY_SANCTIONS.relation.DPRK");
  private static final int US_UP_MEMORY = e("USA.SCALE_UP_EXERCISES.exerciseMemory");
  private static final int US_UP_DPRK = e("USA.SCALE_UP_EXERCISES.relation.DPRK");
  private static final int US_UP_ROK = e("USA.SCALE_UP_EXERCISES.relation.ROK");
  private static final int US_UP_CHN = e("USA.SCALE_UP_EXERCISES.relation.CHN");
  private static final int US_UP_RUS = e("USA.SCALE_UP_EXERCISES.relation.RUS");
  private static final int US_DOWN_DPRK = e("USA.SCALE_DOWN_EXERCISES.relation.DPRK");
  private static final int US_DOWN_CHN = e("USA.SCALE_DOWN_EXERCISES.relation.CHN");
  private static final int US_DOWN_RUS = e("USA.SCALE_DOWN_EXERCISES.relation.RUS");
  private static final int US_TALKS_DPRK = e("USA.OFFER_TALKS.relation.DPRK");
  private static final int US_SIG_MEMORY = e("USA.STRATEGIC_SIGNALLING.exerciseMemory");
  private static final int US_SIG_DPRK = e("USA.STRATEGIC_SIGNALLING.relation.DPRK");
  private static final int US_SIG_CHN = e("USA.STRATEGIC_SIGNALLING.relation.CHN");
  private static final int CN_ENF_DPRK = e("CHN.ENFORCE_SANCTIONS.relation.DPRK");
  private static final int CN_ENF_USA = e("CHN.ENFORCE_SANCTIONS.relation.USA");
  private static final int CN_REL_DPRK = e("CHN.RELAX_ENFORCEMENT.relation.DPRK");
  private static final int CN_REL_USA = e("CHN.RELAX_ENFORCEMENT.relation.USA");
  private static final int CN_AID_DEPENDENCE = e("CHN.AID_DPRK.dependence");
  private static final int CN_AID_DPRK = e("CHN.AID_DPRK.relation.DPRK");
  private static final int CN_MED_DPRK = e("CHN.MEDIATE_DUAL_FREEZE.relation.DPRK");
  private static final int CN_PR_ROK = e("CHN.PRESSURE_ROK.relation.ROK");
  private static final int CN_PR_RETENTION = e("CHN.PRESSURE_ROK.alignmentRetention");
  private static final int CN_CO_RUS = e("CHN.COORDINATE_WITH_RUSSIA.relation.RUS");
  private static final int RU_OPP_SLACK = e("RUS.OPPOSE_SANCTIONS.chinaSlack");
  private static final int RU_OPP_DPRK = e("RUS.OPPOSE_SANCTIONS.relation.DPRK");
  private static final int RU_OPP_USA = e("RUS.OPPOSE_SANCTIONS.relation.USA");
  private static final int RU_MULTI_STANDING = e("RUS.PROPOSE_MULTILATERAL_TALKS.standing");
  private static final int RU_PRJ_DPRK = e("RUS.PURSUE_ECONOMIC_PROJECTS.relation.DPRK");
  private static final int RU_PRJ_DEPENDENCE = e("RUS.PURSUE_ECONOMIC_PROJECTS.dependence");
  private static final int RU_CO_CHN = e("RUS.COORDINATE_WITH_CHINA.relation.CHN");
  private static final int RU_CO_STANDING = e("RUS.COORDINATE_WITH_CHINA.standing");
  private static final int RU_NAV_USA = e("RUS.NAVAL_SIGNALLING.relation.USA");
  private static final int RU_NAV_STANDING = e("RUS.NAVAL_SIGNALLING.standing");
  private static final int RU_CRT_ROK = e("RUS.COURT_SEOUL.relation.ROK");
  private static final int RU_CRT_CONSERVATIVE = e("RUS.COURT_SEOUL.conservativeShare");
  private static final int RU_CRT_STANDING = e("RUS.COURT_SEOUL.standing");
  private static final int RK_ENG_DPRK = e("ROK.ENGAGE_NORTH.relation.DPRK");
  private static final int RK_ENG_USA = e("ROK.ENGAGE_NORTH.relation.USA");
  private static final int RK_AL_TENSION = e("ROK.ALIGN_WITH_US.tension");
  private static final int RK_AL_EXERCISE = e("ROK.ALIGN_WITH_US.exerciseMemory");
  private static final int RK_AL_ALIGNMENT = e("ROK.ALIGN_WITH_US.alignmentMemory");
  private static final int RK_AL_USA = e("ROK.ALIGN_WITH_US.relation.USA");
  private static final int RK_AL_DPRK = e("ROK.ALIGN_WITH_US.relation.DPRK");
  private static final int RK_AL_CHN = e("ROK.ALIGN_WITH_US.relation.CHN");
  private static final int RK_AL_RUS = e("ROK.ALIGN_WITH_US.relation.RUS");
  private static final int RK_RU_RUS = e("ROK.ENGAGE_RUSSIA.relation.RUS");
  private static final int RK_RU_USA = e("ROK.ENGAGE_RUSSIA.relation.USA");
  private static final int RK_MD_DEFENCE = e("ROK.DEPLOY_MISSILE_DEFENCE.missileDefence");
  private static final int RK_MD_ALIGNMENT = e("ROK.DEPLOY_MISSILE_DEFENCE.alignmentMemory");
  private static final int RK_MD_TENSION = e("ROK.DEPLOY_MISSILE_DEFENCE.tension");
  private static final int RK_MD_CHN = e("ROK.DEPLOY_MISSILE_DEFENCE.relation.CHN");
  private static final int RK_MD_RUS = e("ROK.DEPLOY_MISSILE_DEFENCE.relation.RUS");
  private static final int NK_BO_MEMORY = e("DPRK.BORDER_PROVOCATION.provocationMemory");
  private static final int NK_BO_ROK = e("DPRK.BORDER_PROVOCATION.relation.ROK");
  private static final int NK_PA_CHN = e("DPRK.MORATORIUM.relation.CHN");
  private static final int NK_PA_RUS = e("DPRK.MORATORIUM.relation.RUS");
  private static final int NK_RU_RUS = e("DPRK.COURT_RUSSIA.relation.RUS");
  private static final int NK_RU_DEPENDENCE = e("DPRK.COURT_RUSSIA.dependence");
  private static final int NK_RU_STANDING = e("DPRK.COURT_RUSSIA.standing");
  private static final int NK_CN_CHN = e("DPRK.COURT_CHINA.relation.CHN");
  private static final int NK_CN_RELIEF = e("DPRK.COURT_CHINA.stressRelief");
  private static final int NK_CN_DEPENDENCE = e("DPRK.COURT_CHINA.dependence");
  /** Per weapons test class (index level - 1: missile, ICBM, nuclear); -1 where it has none. */
  private static final String[] TESTS = {"MISSILE_TEST", "ICBM_TEST", "NUCLEAR_TEST"};
  private static final int[] TEST_LEARNING = new int[3];
  private static final int[] TEST_PROVOCATION = new int[3];
  private static final int[] TEST_STRATEGIC = {-1, 0, 0};
  private static final int[] TEST_USA = new int[3];
  private static final int[] TEST_ROK = new int[3];
  private static final int[] TEST_CHN = {-1, 0, 0};
  private static final int[] TEST_RUS = {-1, 0, 0};
  private static final int NUCLEAR_TEST_ACCEPTANCE = e("DPRK.NUCLEAR_TEST.acceptance");

  static {
    for (int i = 0; i < 3; i++) {
      String t = "DPRK." + TESTS[i] + ".";
      TEST_LEARNING[i] = e(t + "learning");
      TEST_PROVOCATION[i] = e(t + "provocationMemory");
      TEST_USA[i] = e(t + "relation.USA");
      TEST_ROK[i] = e(t + "relation.ROK");
      if (i > 0) {
        TEST_STRATEGIC[i] = e(t + "strategicMemory");
        TEST_CHN[i] = e(t + "relation.CHN");
        TEST_RUS[i] = e(t + "relation.RUS");
      }
    }
  }

  /**
   * Works out the month's moves into {@code c}, in the fixed order of {@link Actor}. Discrete
   * facts (offers, flags, counts, a broken deal) are set directly: each is written by one move
   * only or is an OR or a count, so no move's reading depends on another's.
   */
  static void collect(Peninsula sim, WorldState w, ModelParameters p, MonthActivity act,
      PendingChanges c) {
    // Flags that other countries' effects depend on, from the chosen moves alone.
    act.seoulEngagesRussia = sim.agents[Actor.ROK.ordinal()].chosen() == RokAction.ENGAGE_RUSSIA;
    act.russiaCourtsSeoul = sim.agents[Actor.RUS.ordinal()].chosen() == RussiaAction.COURT_SEOUL;
    double[] v = p.values();
    double step = v[M_RELATION_STEP];
    us((UsAction) sim.agents[Actor.USA.ordinal()].chosen(), sim, w, p, v, act, c, step);
    china((ChinaAction) sim.agents[Actor.CHN.ordinal()].chosen(), sim, w, p, v, c, step);
    russia((RussiaAction) sim.agents[Actor.RUS.ordinal()].chosen(), sim, w, p, v, act, c, step);
    southKorea((RokAction) sim.agents[Actor.ROK.ordinal()].chosen(), sim, w, p, v, c, step);
    northKorea((DprkAction) sim.agents[Actor.DPRK.ordinal()].chosen(), sim, w, p, v, act, c,
        step);
  }

  private static void us(UsAction a, Peninsula sim, WorldState w, ModelParameters p, double[] v,
      MonthActivity act, PendingChanges c, double step) {
    switch (a) {
      case PUSH_UN_SANCTIONS -> act.draftTabled = true;
      case SECONDARY_SANCTIONS -> {
        double s = v[M_SECONDARY_SANCTIONS_EFFECT];
        c.enforcement(Actor.CHN, s);
        c.enforcement(Actor.RUS, v[US_SEC_ENF_RUS] * s);
        c.enforcement(Actor.USA, v[US_SEC_ENF_USA] * s);
        Diplomacy.act(c, sim, Actor.USA, Actor.CHN, v[US_SEC_CHN] * step);
        Diplomacy.act(c, sim, Actor.USA, Actor.RUS, v[US_SEC_RUS] * step);
        Diplomacy.act(c, sim, Actor.USA, Actor.DPRK, v[US_SEC_DPRK] * step);
      }
      case SCALE_UP_EXERCISES -> {
        c.add(PendingChanges.TENSION, v[M_EXERCISE_TENSION]);
        c.add(PendingChanges.EXERCISE_MEMORY, v[US_UP_MEMORY]);
        Diplomacy.act(c, sim, Actor.USA, Actor.DPRK, v[US_UP_DPRK] * step);
        Diplomacy.act(c, sim, Actor.USA, Actor.ROK, v[US_UP_ROK] * step);
        Diplomacy.act(c, sim, Actor.USA, Actor.CHN, v[US_UP_CHN] * step);
        Diplomacy.act(c, sim, Actor.USA, Actor.RUS, v[US_UP_RUS] * step);
      }
      case SCALE_DOWN_EXERCISES -> {
        c.add(PendingChanges.TENSION, -v[M_DEESCALATION_RELIEF]);
        Diplomacy.act(c, sim, Actor.USA, Actor.DPRK, v[US_DOWN_DPRK] * step);
        Diplomacy.act(c, sim, Actor.USA, Actor.CHN, v[US_DOWN_CHN] * step);
        Diplomacy.act(c, sim, Actor.USA, Actor.RUS, v[US_DOWN_RUS] * step);
      }
      case OFFER_TALKS -> {
        w.offersThisMonth |= TalksProcess.USA_BIT;
        Diplomacy.act(c, sim, Actor.USA, Actor.DPRK, v[US_TALKS_DPRK] * step);
      }
      case STRATEGIC_SIGNALLING -> {
        c.add(PendingChanges.TENSION, v[M_SIGNALLING_TENSION]);
        c.add(PendingChanges.EXERCISE_MEMORY, v[US_SIG_MEMORY]);
        Diplomacy.act(c, sim, Actor.USA, Actor.DPRK, v[US_SIG_DPRK] * step);
        Diplomacy.act(c, sim, Actor.USA, Actor.CHN, v[US_SIG_CHN] * step);
      }
      case HOLD -> { }
    }
  }

  private static void china(ChinaAction a, Peninsula sim, WorldState w, ModelParameters p,
      double[] v, PendingChanges c, double step) {
    double es = v[M_ENFORCEMENT_STEP];
    switch (a) {
      case ENFORCE_SANCTIONS -> {
        c.enforcement(Actor.CHN, es);
        Diplomacy.act(c, sim, Actor.CHN, Actor.DPRK, v[CN_ENF_DPRK] * step);
        Diplomacy.act(c, sim, Actor.CHN, Actor.USA, v[CN_ENF_USA] * step);
      }
      case RELAX_ENFORCEMENT -> {
        c.enforcement(Actor.CHN, -es);
        Diplomacy.act(c, sim, Actor.CHN, Actor.DPRK, v[CN_REL_DPRK] * step);
        Diplomacy.act(c, sim, Actor.CHN, Actor.USA, v[CN_REL_USA] * step);
      }
      case AID_DPRK -> {
        c.add(PendingChanges.STRESS, -v[M_AID_RELIEF]);
        c.add(PendingChanges.CHINA_DEPENDENCE,
            v[CN_AID_DEPENDENCE] * (1 - w.chinaDependence));
        Diplomacy.act(c, sim, Actor.CHN, Actor.DPRK, v[CN_AID_DPRK] * step);
      }
      case MEDIATE_DUAL_FREEZE -> {
        c.add(PendingChanges.TENSION, -v[M_DEESCALATION_RELIEF]);
        w.offersThisMonth |= TalksProcess.CHN_BIT;
        Diplomacy.act(c, sim, Actor.CHN, Actor.DPRK, v[CN_MED_DPRK] * step);
      }
      case PRESSURE_ROK -> {
        Diplomacy.act(c, sim, Actor.CHN, Actor.ROK, v[CN_PR_ROK] * step);
        // Keeps a share of Seoul's alignment memory as it stood at the start of the month.
        c.add(PendingChanges.ALIGNMENT_MEMORY, (v[CN_PR_RETENTION] - 1) * w.alignmentMemory);
      }
      case COORDINATE_WITH_RUSSIA -> Diplomacy.act(c, sim, Actor.CHN, Actor.RUS, v[CN_CO_RUS] * step);
      case HOLD -> { }
    }
  }

  private static void russia(RussiaAction a, Peninsula sim, WorldState w, ModelParameters p,
      double[] v, MonthActivity act, PendingChanges c, double step) {
    double es = v[M_ENFORCEMENT_STEP];
    double gain = v[M_STANDING_GAIN];
    switch (a) {
      case OPPOSE_SANCTIONS -> {
        c.enforcement(Actor.RUS, -es);
        // Moscow's calls for relief also give Beijing cover to slacken, as far as the two
        // stood together at the start of the month.
        c.enforcement(Actor.CHN,
            -v[RU_OPP_SLACK] * es * CountryAgent.warmth(w, Actor.CHN, Actor.RUS));
        Diplomacy.act(c, sim, Actor.RUS, Actor.DPRK, v[RU_OPP_DPRK] * step);
        Diplomacy.act(c, sim, Actor.RUS, Actor.USA, v[RU_OPP_USA] * step);
      }
      case PROPOSE_MULTILATERAL_TALKS -> {
        w.offersThisMonth |= TalksProcess.RUS_BIT;
        c.add(PendingChanges.STANDING, v[RU_MULTI_STANDING] * gain);
      }
      case PURSUE_ECONOMIC_PROJECTS -> {
        c.add(PendingChanges.AXIS,
            RussianAims.projectGain(w, p, act.seoulEngagesRussia));
        Diplomacy.act(c, sim, Actor.RUS, Actor.DPRK, v[RU_PRJ_DPRK] * step);
        c.add(PendingChanges.CHINA_DEPENDENCE, v[RU_PRJ_DEPENDENCE]);
      }
      case COORDINATE_WITH_CHINA -> {
        Diplomacy.act(c, sim, Actor.RUS, Actor.CHN, v[RU_CO_CHN] * step);
        c.add(PendingChanges.STANDING, v[RU_CO_STANDING] * gain);
      }
      case NAVAL_SIGNALLING -> {
        c.add(PendingChanges.TENSION, v[M_SIGNALLING_TENSION]);
        Diplomacy.act(c, sim, Actor.RUS, Actor.USA, v[RU_NAV_USA] * step);
        c.add(PendingChanges.STANDING, v[RU_NAV_STANDING] * gain);
      }
      case COURT_SEOUL -> {
        Diplomacy.act(c, sim, Actor.RUS, Actor.ROK, v[RU_CRT_ROK] * step
            * (w.rokLeaning < 0 ? 1.0 : v[RU_CRT_CONSERVATIVE]));
        if (act.seoulEngagesRussia) {
          c.add(PendingChanges.STANDING, v[RU_CRT_STANDING] * gain);
        }
      }
      case HOLD -> { }
    }
  }

  private static void southKorea(RokAction a, Peninsula sim, WorldState w, ModelParameters p,
      double[] v, PendingChanges c, double step) {
    switch (a) {
      case ENGAGE_NORTH -> {
        w.offersThisMonth |= TalksProcess.ROK_BIT;
        Diplomacy.act(c, sim, Actor.ROK, Actor.DPRK, v[RK_ENG_DPRK] * step);
        if (w.usLeaning > 0) {
          Diplomacy.act(c, sim, Actor.ROK, Actor.USA, v[RK_ENG_USA] * step);
        }
      }
      case ALIGN_WITH_US -> {
        c.add(PendingChanges.TENSION, v[RK_AL_TENSION] * v[M_EXERCISE_TENSION]);
        c.add(PendingChanges.EXERCISE_MEMORY, v[RK_AL_EXERCISE]);
        c.add(PendingChanges.ALIGNMENT_MEMORY, v[RK_AL_ALIGNMENT]);
        Diplomacy.act(c, sim, Actor.ROK, Actor.USA, v[RK_AL_USA] * step);
        Diplomacy.act(c, sim, Actor.ROK, Actor.DPRK, v[RK_AL_DPRK] * step);
        Diplomacy.act(c, sim, Actor.ROK, Actor.CHN, v[RK_AL_CHN] * step);
        Diplomacy.act(c, sim, Actor.ROK, Actor.RUS, v[RK_AL_RUS] * step);
      }
      case ENGAGE_RUSSIA -> {
        sim.tally.rokRussiaCooperation++;
        Diplomacy.act(c, sim, Actor.ROK, Actor.RUS, v[RK_RU_RUS] * step);
        Diplomacy.act(c, sim, Actor.ROK, Actor.USA, v[RK_RU_USA] * step);
      }
      case DEPLOY_MISSILE_DEFENCE -> {
        c.add(PendingChanges.MISSILE_DEFENCE, v[RK_MD_DEFENCE] * (1 - w.missileDefence));
        c.add(PendingChanges.ALIGNMENT_MEMORY, v[RK_MD_ALIGNMENT]);
        c.add(PendingChanges.TENSION, v[RK_MD_TENSION] * v[M_EXERCISE_TENSION]);
        Diplomacy.act(c, sim, Actor.ROK, Actor.CHN, v[RK_MD_CHN] * step);
        Diplomacy.act(c, sim, Actor.ROK, Actor.RUS, v[RK_MD_RUS] * step);
      }
      case HOLD -> { }
    }
  }

  private static void northKorea(DprkAction a, Peninsula sim, WorldState w, ModelParameters p,
      double[] v, MonthActivity act, PendingChanges c, double step) {
    switch (a) {
      case MISSILE_TEST -> weaponsTest(sim, w, p, act, c, 1, step);
      case ICBM_TEST -> weaponsTest(sim, w, p, act, c, 2, step);
      case NUCLEAR_TEST -> weaponsTest(sim, w, p, act, c, 3, step);
      case BORDER_PROVOCATION -> {
        sim.tally.borderProvocations++;
        act.borderProvocation = true;
        act.provocations++;
        c.add(PendingChanges.TENSION, v[M_PROVOCATION_TENSION]);
        c.add(PendingChanges.PROVOCATION_MEMORY, v[NK_BO_MEMORY]);
        Diplomacy.act(c, sim, Actor.DPRK, Actor.ROK, v[NK_BO_ROK] * step);
      }
      case MORATORIUM -> {
        act.dprkMoratorium = true;
        c.add(PendingChanges.TENSION, -v[M_DEESCALATION_RELIEF]);
        Diplomacy.act(c, sim, Actor.DPRK, Actor.CHN, v[NK_PA_CHN] * step);
        Diplomacy.act(c, sim, Actor.DPRK, Actor.RUS, v[NK_PA_RUS] * step);
      }
      case ACCEPT_TALKS -> act.dprkAcceptsTalks = true;
      case COURT_RUSSIA -> {
        Diplomacy.act(c, sim, Actor.DPRK, Actor.RUS, v[NK_RU_RUS] * step);
        c.add(PendingChanges.CHINA_DEPENDENCE, v[NK_RU_DEPENDENCE]);
        c.add(PendingChanges.STANDING, v[NK_RU_STANDING] * v[M_STANDING_GAIN]);
      }
      case COURT_CHINA -> {
        Diplomacy.act(c, sim, Actor.DPRK, Actor.CHN, v[NK_CN_CHN] * step);
        c.add(PendingChanges.STRESS, -v[NK_CN_RELIEF] * v[M_AID_RELIEF]);
        c.add(PendingChanges.CHINA_DEPENDENCE, v[NK_CN_DEPENDENCE]);
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
    weaponsTest(sim, w, p, act, sim.changes, level, step);
    sim.changes.commit(w);
  }

  /** A DPRK weapons test of the given class (1 missile, 2 ICBM, 3 nuclear) into {@code c}. */
  static void weaponsTest(Peninsula sim, WorldState w, ModelParameters p, MonthActivity act,
      PendingChanges c, int level, double step) {
    double[] v = p.values();
    int i = level - 1;
    act.provocations++;
    c.add(PendingChanges.CAPABILITY,
        v[TEST_LEARNING[i]] * v[M_TEST_LEARNING] * (1 - w.capability));
    c.add(PendingChanges.PROVOCATION_MEMORY, v[TEST_PROVOCATION[i]]);
    if (level >= 2) {
      c.add(PendingChanges.STRATEGIC_MEMORY, v[TEST_STRATEGIC[i]]);
    }
    // Launch days of the month (0 for a satellite launch), as the record counts them.
    int launches = 0;
    switch (level) {
      case 1 -> {
        sim.tally.missileTests++;
        launches = 1 + sim.observedCount(v[M_EXTRA_SHORT]);
        sim.tally.shortLaunches += launches;
        c.add(PendingChanges.TENSION, v[M_MISSILE_TEST_TENSION]);
      }
      case 2 -> {
        sim.tally.icbmTests++;
        if (sim.observedChance(v[M_SATELLITE_SHARE])) {
          sim.tally.satelliteLaunches++;
        } else {
          launches = 1 + sim.observedCount(v[M_EXTRA_LONG]);
          sim.tally.longLaunches += launches;
        }
        c.add(PendingChanges.TENSION, v[M_ICBM_TEST_TENSION]);
      }
      default -> {
        sim.tally.nuclearTests++;
        c.add(PendingChanges.TENSION, v[M_NUCLEAR_TEST_TENSION]);
        c.add(PendingChanges.NUCLEAR_ACCEPTANCE, v[NUCLEAR_TEST_ACCEPTANCE]);
      }
    }
    Diplomacy.act(c, sim, Actor.DPRK, Actor.USA, v[TEST_USA[i]] * step);
    Diplomacy.act(c, sim, Actor.DPRK, Actor.ROK, v[TEST_ROK[i]] * step);
    if (level >= 2) {
      Diplomacy.act(c, sim, Actor.DPRK, Actor.CHN, v[TEST_CHN[i]] * step);
      Diplomacy.act(c, sim, Actor.DPRK, Actor.RUS, v[TEST_RUS[i]] * step);
      TalksProcess.strategicTest(sim, w, act);
    }
    if (sim.chronicle() != null) {
      String what = level == 1 ? "DPRK missile test" : level == 2
          ? (launches == 0 ? "DPRK satellite launch" : "DPRK ICBM test") : "DPRK nuclear test";
      sim.event(ChronicleEntry.EventKind.WEAPONS_TEST,
          launches > 1 ? what + "s on " + launches + " days" : what, "");
    }
  }
}
