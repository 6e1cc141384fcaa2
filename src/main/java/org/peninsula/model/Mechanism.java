package org.peninsula.model;

/**
 * The tunable constants of the model's mechanisms: effect sizes, rates and probabilities. Each
 * has a documented default and range; scenarios may override any of them (and give them
 * distributions) so an analyst can study how much the results lean on them.
 */
public enum Mechanism {
  // Decisions
  RATIONALITY("rationality", 5.0, 0, 50,
      "logit precision of every choice: 0 picks uniformly at random, large values pick the best"),
  LEANING_PRESSURE_SHIFT("leaningPressureShift", 0.25, 0, 1,
      "how far a government's leaning moves the effective pressure of the USA and the ROK"),
  // Tension
  TENSION_DECAY("tensionDecay", 0.1, 0, 1, "monthly pull of tension back toward its floor"),
  TENSION_FLOOR("tensionFloor", 0.3, 0, 1,
      "tension level the peninsula settles at when nothing happens ('neither peace nor war')"),
  MISSILE_TEST_TENSION("missileTestTension", 0.04, 0, 1, "tension added by a missile test"),
  ICBM_TEST_TENSION("icbmTestTension", 0.1, 0, 1, "tension added by an ICBM test"),
  NUCLEAR_TEST_TENSION("nuclearTestTension", 0.15, 0, 1, "tension added by a nuclear test"),
  PROVOCATION_TENSION("provocationTension", 0.05, 0, 1,
      "tension added by a border provocation"),
  EXERCISE_TENSION("exerciseTension", 0.03, 0, 1,
      "tension added by scaled-up joint exercises or ROK alignment with US pressure"),
  SIGNALLING_TENSION("signallingTension", 0.025, 0, 1,
      "tension added by strategic (US) or naval (Russian) signalling"),
  DEESCALATION_RELIEF("deescalationRelief", 0.03, 0, 1,
      "tension removed by scaled-down exercises, a moratorium or a dual-freeze mediation"),
  TALKS_TENSION_RELIEF("talksTensionRelief", 0.03, 0, 1,
      "monthly tension relief from open talks, times their momentum"),
  // Clashes and war
  CLASH_BASE_PROBABILITY("clashBaseProbability", 0.002, 0, 1,
      "monthly chance of a limited clash at zero tension"),
  CLASH_TENSION_SLOPE("clashTensionSlope", 0.04, 0, 1,
      "added monthly clash chance at full tension (grows with tension squared)"),
  CLASH_TENSION("clashTension", 0.12, 0, 1, "tension added by a clash"),
  CLASH_ESCALATION("clashEscalation", 0.1, 0, 1,
      "chance that a clash at full tension escalates to war when nothing restrains it"),
  DETERRENCE_RESTRAINT("deterrenceRestraint", 0.5, 0, 1,
      "share of escalation prevented by mutual nuclear and conventional deterrence"),
  GREAT_POWER_RESTRAINT("greatPowerRestraint", 0.3, 0, 1,
      "further share of escalation prevented by Russian and Chinese restraint on Pyongyang"),
  // Sanctions
  RESOLUTION_STEP("resolutionStep", 0.25, 0, 1,
      "share of the remaining gap to full stringency closed by one passed resolution"),
  CHINA_TRADE_SHARE("chinaTradeShare", 0.7, 0, 1,
      "weight of China's enforcement in effective sanctions pressure (most trade runs via China)"),
  RUSSIA_TRADE_SHARE("russiaTradeShare", 0.1, 0, 1,
      "weight of Russia's enforcement in effective sanctions pressure"),
  ENFORCEMENT_STEP("enforcementStep", 0.08, 0, 1,
      "change in a country's enforcement from one month of tightening or relaxing"),
  ENFORCEMENT_DRIFT("enforcementDrift", 0.03, 0, 1,
      "monthly drift of each country's enforcement toward its sanctions tolerance"),
  SANCTIONS_FATIGUE("sanctionsFatigue", 0.002, 0, 1,
      "monthly erosion of stringency when China and Russia stop enforcing and no strategic"
          + " tests remind the Council why the sanctions exist"),
  SECONDARY_SANCTIONS_EFFECT("secondarySanctionsEffect", 0.04, 0, 1,
      "enforcement forced on Chinese and Russian firms by one month of US secondary sanctions"),
  STRESS_ADJUSTMENT("stressAdjustment", 0.1, 0, 1,
      "monthly speed at which DPRK economic stress follows sanctions pressure"),
  AID_RELIEF("aidRelief", 0.06, 0, 1, "DPRK economic stress removed by one month of Chinese aid"),
  SANCTIONS_BITE("sanctionsBite", 0.5, 0, 1,
      "how much effective sanctions slow DPRK capability growth"),
  // Talks
  TALKS_MOMENTUM_GAIN("talksMomentumGain", 0.04, 0, 1,
      "momentum added to open talks by each engaging party in a month"),
  TALKS_MOMENTUM_DECAY("talksMomentumDecay", 0.04, 0, 1, "monthly loss of talks momentum"),
  PROVOCATION_TALKS_DAMAGE("provocationTalksDamage", 0.25, 0, 1,
      "talks momentum lost per weapons test or provocation"),
  DEAL_THRESHOLD("dealThreshold", 0.6, 0, 1, "talks momentum at which a deal is struck"),
  DEAL_SANCTIONS_RELIEF("dealSanctionsRelief", 0.4, 0, 1,
      "share of sanctions stringency lifted by a deal"),
  // Capability
  CAPABILITY_GROWTH("capabilityGrowth", 0.008, 0, 1,
      "monthly growth of DPRK capability toward its ceiling"),
  TEST_LEARNING("testLearning", 0.01, 0, 1,
      "capability gained by a missile test (twice for an ICBM, three times for a nuclear test)"),
  NUCLEAR_ACCEPTANCE_RATE("nuclearAcceptanceRate", 0.004, 0, 1,
      "monthly growth of de facto acceptance of the DPRK's nuclear status, times capability"),
  // Russia's aims
  AXIS_PROGRESS_RATE("axisProgressRate", 0.03, 0, 1,
      "economic-axis progress from one month of Russian projects with no sanctions in the way"),
  AXIS_DECAY("axisDecay", 0.004, 0, 1, "monthly decay of unmaintained economic-axis progress"),
  STANDING_GAIN("standingGain", 0.02, 0, 1,
      "Russian standing gained from a brokering success (talks it proposed, Seoul's courtship)"),
  STANDING_DECAY("standingDecay", 0.006, 0, 1, "monthly erosion of Russian standing"),
  FRAMEWORK_GAIN("frameworkGain", 0.02, 0, 1,
      "security-framework progress from a month of multilateral talks, times momentum"),
  FRAMEWORK_DECAY("frameworkDecay", 0.003, 0, 1, "monthly decay of security-framework progress"),
  // Relations
  RELATION_STEP("relationStep", 0.05, 0, 1,
      "change in a relation from one friendly or hostile act, before reciprocity"),
  RELATION_MEMORY("relationMemory", 0.02, 0, 1,
      "monthly pull of each relation back toward its starting value"),
  // Politics
  HAWK_WIN_BASE("hawkWinBase", 0.5, 0, 1,
      "chance that the more hawkish camp wins an election at medium tension"),
  TENSION_ELECTION_EFFECT("tensionElectionEffect", 0.4, 0, 1,
      "added chance of a hawkish win per unit of tension above 0.5"),
  // UN Security Council
  ELECTED_MEMBER_YES("electedMemberYes", 0.9, 0, 1,
      "chance that each of the ten elected Council members votes for a US sanctions draft"),
  VOTE_COORDINATION("voteCoordination", 1.5, 0, 5,
      "weight China and Russia give to voting as a 'united front', times their relation"),
  // Outcome rules
  HIGH_TENSION_BAND("highTensionBand", 0.66, 0, 1, "tension at or above which a month is high"),
  LOW_TENSION_BAND("lowTensionBand", 0.33, 0, 1, "tension below which a month is low"),
  TURBULENT_FINAL_TENSION("turbulentFinalTension", 0.7, 0, 1,
      "final tension at or above which a warless run counts as turbulent escalation"),
  TURBULENT_HIGH_SHARE("turbulentHighShare", 0.25, 0, 1,
      "share of months in high tension at or above which a warless run counts as turbulent"),
  COLLAPSE_PRESSURE("collapsePressure", 0.2, 0, 1,
      "final effective sanctions pressure below which sanctions count as collapsed");

  private static final Mechanism[] ALL = values();
  public static final int COUNT = ALL.length;

  private final String key;
  private final double defaultValue;
  private final double min;
  private final double max;
  private final String meaning;

  Mechanism(String key, double defaultValue, double min, double max, String meaning) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.min = min;
    this.max = max;
    this.meaning = meaning;
  }

  public String key() {
    return key;
  }

  public double defaultValue() {
    return defaultValue;
  }

  public double min() {
    return min;
  }

  public double max() {
    return max;
  }

  public String meaning() {
    return meaning;
  }

  public static Mechanism byKey(String key) {
    for (Mechanism m : ALL) {
      if (m.key.equals(key)) {
        return m;
      }
    }
    return null;
  }
}
