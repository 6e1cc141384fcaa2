package org.peninsula.model;

/**
 * Typed handles on the {@code mechanisms.*} declarations: the tunable constants of the model's
 * mechanisms (effect sizes, rates, probabilities, memory retentions). Defaults, ranges, meanings
 * and provenance are declared once, in {@link Declarations}; this enum only names them so code
 * reads {@code params.mechanism(Mechanism.CLASH_ESCALATION)}.
 */
public enum Mechanism {
  // Decisions
  RATIONALITY("rationality"),
  LEANING_PRESSURE_SHIFT("leaningPressureShift"),
  // Tension
  TENSION_DECAY("tensionDecay"),
  TENSION_FLOOR("tensionFloor"),
  MISSILE_TEST_TENSION("missileTestTension"),
  ICBM_TEST_TENSION("icbmTestTension"),
  NUCLEAR_TEST_TENSION("nuclearTestTension"),
  EXTRA_LAUNCHES_SHORT("extraLaunchesShort"),
  EXTRA_LAUNCHES_LONG("extraLaunchesLong"),
  SATELLITE_SHARE("satelliteShare"),
  PROVOCATION_TENSION("provocationTension"),
  EXERCISE_TENSION("exerciseTension"),
  SIGNALLING_TENSION("signallingTension"),
  DEESCALATION_RELIEF("deescalationRelief"),
  TALKS_TENSION_RELIEF("talksTensionRelief"),
  // Clashes and war
  CLASH_BASE_PROBABILITY("clashBaseProbability"),
  CLASH_TENSION_SLOPE("clashTensionSlope"),
  CLASH_TENSION("clashTension"),
  CLASH_ESCALATION("clashEscalation"),
  DETERRENCE_RESTRAINT("deterrenceRestraint"),
  GREAT_POWER_RESTRAINT("greatPowerRestraint"),
  // Sanctions
  RESOLUTION_STEP("resolutionStep"),
  CHINA_TRADE_SHARE("chinaTradeShare"),
  RUSSIA_TRADE_SHARE("russiaTradeShare"),
  ENFORCEMENT_STEP("enforcementStep"),
  ENFORCEMENT_DRIFT("enforcementDrift"),
  SANCTIONS_FATIGUE("sanctionsFatigue"),
  SECONDARY_SANCTIONS_EFFECT("secondarySanctionsEffect"),
  STRESS_ADJUSTMENT("stressAdjustment"),
  AID_RELIEF("aidRelief"),
  SANCTIONS_BITE("sanctionsBite"),
  // Talks
  TALKS_MOMENTUM_GAIN("talksMomentumGain"),
  TALKS_MOMENTUM_DECAY("talksMomentumDecay"),
  PROVOCATION_TALKS_DAMAGE("provocationTalksDamage"),
  DEAL_THRESHOLD("dealThreshold"),
  DEAL_SANCTIONS_RELIEF("dealSanctionsRelief"),
  // Capability
  CAPABILITY_GROWTH("capabilityGrowth"),
  TEST_LEARNING("testLearning"),
  NUCLEAR_ACCEPTANCE_RATE("nuclearAcceptanceRate"),
  // Russia's aims
  AXIS_PROGRESS_RATE("axisProgressRate"),
  AXIS_DECAY("axisDecay"),
  STANDING_GAIN("standingGain"),
  STANDING_DECAY("standingDecay"),
  FRAMEWORK_GAIN("frameworkGain"),
  FRAMEWORK_DECAY("frameworkDecay"),
  // Relations
  RELATION_STEP("relationStep"),
  RELATION_MEMORY("relationMemory"),
  // Politics
  HAWK_WIN_BASE("hawkWinBase"),
  TENSION_ELECTION_EFFECT("tensionElectionEffect"),
  // UN Security Council
  ELECTED_MEMBER_YES("electedMemberYes"),
  VOTE_COORDINATION("voteCoordination"),
  // Outcome rules
  HIGH_TENSION_BAND("highTensionBand"),
  LOW_TENSION_BAND("lowTensionBand"),
  TURBULENT_FINAL_TENSION("turbulentFinalTension"),
  TURBULENT_HIGH_SHARE("turbulentHighShare"),
  COLLAPSE_PRESSURE("collapsePressure"),
  // Memories
  PROVOCATION_MEMORY_RETENTION("provocationMemoryRetention"),
  STRATEGIC_TEST_MEMORY_RETENTION("strategicTestMemoryRetention"),
  EXERCISE_MEMORY_RETENTION("exerciseMemoryRetention"),
  ALIGNMENT_MEMORY_RETENTION("alignmentMemoryRetention"),
  // Further constants of the submodels
  PROVOCATION_CLASH_MULTIPLIER("provocationClashMultiplier"),
  CLASH_PROVOCATION_MEMORY("clashProvocationMemory"),
  DEAL_CAPABILITY_GROWTH("dealCapabilityGrowth"),
  DEPENDENCE_FLOOR("dependenceFloor"),
  DEPENDENCE_SANCTIONS_SLOPE("dependenceSanctionsSlope"),
  DEPENDENCE_ADJUSTMENT("dependenceAdjustment"),
  AXIS_SEOUL_JOINS("axisSeoulJoins"),
  AXIS_SEOUL_ABSENT("axisSeoulAbsent"),
  STANDING_FLOOR("standingFloor"),
  LEANING_MIN("leaningMin"),
  LEANING_SPREAD("leaningSpread"),
  BASE_RESPONSIVENESS("baseResponsiveness"),
  SELF_RELATION_SHARE("selfRelationShare"),
  SNAP_ELECTION_DELAY("snapElectionDelay"),
  DRAFT_COOLDOWN_MONTHS("draftCooldownMonths"),
  // Talks and deals
  SUMMIT_MOMENTUM("summitMomentum"),
  SUMMIT_SPACING("summitSpacing"),
  SUMMIT_TENSION_RELIEF("summitTensionRelief"),
  SUMMIT_MOMENTUM_GAIN("summitMomentumGain"),
  TALKS_OPENING_MOMENTUM("talksOpeningMomentum"),
  COMMITMENT_TALKS_DRAG("commitmentTalksDrag"),
  MULTILATERAL_TALKS_STANDING("multilateralTalksStanding"),
  BILATERAL_TALKS_SIDELINING("bilateralTalksSidelining"),
  DEAL_TENSION_RELIEF("dealTensionRelief"),
  DEAL_FRAMEWORK_GAIN("dealFrameworkGain"),
  DEAL_STANDING("dealStanding"),
  DEAL_SIDELINING("dealSidelining");

  private static final Mechanism[] ALL = values();
  public static final int COUNT = ALL.length;

  private final String key;
  private final ParameterDeclaration declaration;
  private final int index;

  Mechanism(String key) {
    this.key = key;
    this.declaration = Declarations.byKey("mechanisms." + key);
    if (declaration == null) {
      throw new IllegalStateException("mechanisms." + key + " is not declared");
    }
    this.index = declaration.index();
  }

  /** The name used in the scenario file's {@code mechanisms:} section. */
  public String key() {
    return key;
  }

  public ParameterDeclaration declaration() {
    return declaration;
  }

  /** Index of the declaration, i.e. of the value in {@link ModelParameters}. */
  public int index() {
    return index;
  }

  public double defaultValue() {
    return declaration.defaultValue();
  }

  public double min() {
    return declaration.min();
  }

  public double max() {
    return declaration.max();
  }

  public String meaning() {
    return declaration.meaning();
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
