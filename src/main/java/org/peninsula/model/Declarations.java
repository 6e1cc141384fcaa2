package org.peninsula.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue: every number that shapes the model's behaviour, declared once, with its key,
 * default, range, meaning, provenance and readers. {@link ModelParameters} holds one value per
 * declaration, in this order, and refuses a value outside its range; the scenario format, sweeps,
 * sensitivity studies and {@code peninsula params} all name parameters by these keys.
 *
 * <p>How the model reads a number: a class resolves the index of each key it needs once, into a
 * {@code static final int} ({@link #index(String)}, which fails at class loading if the key is
 * not declared), and reads {@code params.value(index)} when a run starts or, on the hot path,
 * from the values array it cached then. No map lookup, no allocation in the month loop.
 *
 * <p>Not declared, on purpose: structural numbers that define a scale rather than tune it (the 1
 * in {@code 1 - x}, the halves of an average of two, the midpoint 0.5 a declared effect is
 * measured from), the UN Charter's nine votes and ten elected members, and the scenario's
 * calendar (start, horizon, elections), which has its own section in the scenario file.
 */
public final class Declarations {
  private static final List<ParameterDeclaration> LIST = new ArrayList<>();
  private static final Map<String, ParameterDeclaration> BY_KEY = new HashMap<>();
  private static final String MA = ParameterDeclaration.MODEL_ASSUMPTION;
  private static final String CALIBRATED = "set so that the stylized facts hold";

  static {
    stances();
    relations();
    world();
    mechanisms();
    weights();
    effects();
  }

  private static final List<ParameterDeclaration> ALL = Collections.unmodifiableList(LIST);

  private Declarations() {}

  /** Every declaration, in index order. */
  public static List<ParameterDeclaration> all() {
    return ALL;
  }

  public static int count() {
    return LIST.size();
  }

  public static ParameterDeclaration get(int index) {
    return LIST.get(index);
  }

  /** The declaration with this key, or null. */
  public static ParameterDeclaration byKey(String key) {
    return BY_KEY.get(key);
  }

  /** Index of a declared key; throws if nothing is declared under it (a programming error). */
  public static int index(String key) {
    ParameterDeclaration d = BY_KEY.get(key);
    if (d == null) {
      throw new IllegalStateException("no parameter is declared under '" + key + "'");
    }
    return d.index();
  }

  /** Key of a stance: {@code actors.RUS.pressure}. */
  public static String stanceKey(Actor actor, StanceParameter stance) {
    return "actors." + actor.name() + "." + stance.key();
  }

  /** Key of the initial relation of a pair, in actor order: {@code relations.CHN-RUS}. */
  public static String relationKey(Actor a, Actor b) {
    Actor first = a.ordinal() < b.ordinal() ? a : b;
    Actor second = first == a ? b : a;
    return "relations." + first.name() + "-" + second.name();
  }

  /** Key of a utility weight: {@code weights.RUS.OPPOSE_SANCTIONS.opposition}. */
  public static String weightKey(Actor actor, String move, String term) {
    return "weights." + actor.name() + "." + move + "." + term;
  }

  private static void add(String key, double def, double min, double max, String meaning,
      String source, String claim, String readers, String label) {
    if (BY_KEY.containsKey(key)) {
      throw new IllegalStateException("declared twice: " + key);
    }
    ParameterDeclaration d = new ParameterDeclaration(LIST.size(), key, def, min, max, meaning,
        source, claim, readers, label);
    LIST.add(d);
    BY_KEY.put(key, d);
  }

  // ---- stances, relations, world ------------------------------------------------------------

  private static void stances() {
    for (Actor a : Actor.values()) {
      for (StanceParameter s : StanceParameter.values()) {
        if (s.appliesTo(a)) {
          add(stanceKey(a, s), 0.5, 0, 1, s.meaning(), MA,
              "neutral midpoint; scenario files set it from the articles", s.readers(a), "");
        }
      }
    }
  }

  private static void relations() {
    Actor[] actors = Actor.values();
    for (int i = 0; i < actors.length; i++) {
      for (int j = i + 1; j < actors.length; j++) {
        add(relationKey(actors[i], actors[j]), 0, -1, 1,
            "initial relation between " + actors[i].displayName() + " and "
                + actors[j].displayName() + " (-1 hostile, 1 allied); symmetric at the start",
            MA, "neutral; scenario files set it from the articles",
            "WorldState (initial state), agents' utilities, Diplomacy (memory)", "");
      }
    }
  }

  private static void world() {
    world("tension", 0.45, 0, 1, "tension on the peninsula (0 calm, 1 on the brink)",
        "russian-perspective-2021", "\"neither peace nor war\" after the diplomatic pause");
    world("dprkCapability", 0.6, 0, 1,
        "DPRK nuclear and missile capability relative to a survivable deterrent (1)",
        "russian-perspective-2021", "the DPRK is a nuclear state in all but recognition");
    world("sanctionsStringency", 0.8, 0, 1, "stringency of the UN sanctions regime on paper",
        "russian-perspective-2021", "Resolution 2397 and predecessors remain in force");
    world("dprkEconomicStress", 0.5, 0, 1, "economic stress on the DPRK", "rinna-2021",
        "sanctions worsen the North's humanitarian situation");
    world("dprkChinaDependence", 0.85, 0, 1,
        "share of the DPRK's outside economic lifeline that runs through China",
        "russian-perspective-2021", "Beijing is the North's main lifeline");
    world("russiaAxisProgress", 0.05, 0, 1,
        "progress of Russia's north-south economic axis (railway, gas, power links)",
        "russian-perspective-2021", "railway links were talked of but barely begun");
    world("russiaStanding", 0.3, 0, 1,
        "Russia's regional standing: seen as a major player in the peninsula's future",
        "russian-perspective-2021", "Russia lacks the means to renew the USSR's role");
    world("securityFramework", 0.05, 0, 1,
        "progress toward a multilateral security framework for Northeast Asia",
        "russian-perspective-2021", "no multilateral framework exists yet");
    world("nuclearAcceptance", 0.3, 0, 1,
        "de facto acceptance of the DPRK's nuclear status by the other powers",
        "russian-perspective-2021", "acceptance of the DPRK as a nuclear power is anticipated");
    world("rokLeaning", -0.6, -1, 1,
        "ROK government's leaning: -1 progressive (engagement), +1 conservative (pressure)",
        "rinna-2021", "Moon Jae-in's progressive government until the 2022 election");
    world("usLeaning", 0.2, -1, 1, "US administration's leaning: -1 engagement-minded, +1 hawkish",
        "russian-perspective-2021", "the Biden review was expected to keep pressure");
    world("missileDefence", 0.5, 0, 1,
        "extent of missile defence deployed in the ROK (THAAD and follow-ons)", "ramani-2017",
        "THAAD is deployed and Seoul will not give it up");
  }

  private static void world(String key, double def, double min, double max, String meaning,
      String source, String claim) {
    add("world." + key, def, min, max, meaning, source, claim,
        "WorldState (initial state)", "");
  }

  // ---- mechanisms ---------------------------------------------------------------------------

  private static void mech(String key, double def, double min, double max, String readers,
      String meaning) {
    add("mechanisms." + key, def, min, max, meaning, MA, CALIBRATED, readers, "");
  }

  private static void mechanisms() {
    // Decisions
    mech("rationality", 5.0, 0, 50, "CountryAgent, UnSecurityCouncil",
        "logit precision of every choice: 0 picks uniformly at random, large values pick the best");
    mech("leaningPressureShift", 0.25, 0, 1, "UnitedStates, SouthKorea",
        "how far a government's leaning moves the effective pressure of the USA and the ROK");
    // Tension
    mech("tensionDecay", 0.1, 0, 1, "Peninsula.Dynamics",
        "monthly pull of tension back toward its floor");
    mech("tensionFloor", 0.3, 0, 1, "Peninsula.Dynamics",
        "tension level the peninsula settles at when nothing happens ('neither peace nor war')");
    mech("missileTestTension", 0.04, 0, 1, "ActionEffects",
        "tension added by a missile test");
    mech("icbmTestTension", 0.1, 0, 1, "ActionEffects",
        "tension added by an ICBM test");
    mech("nuclearTestTension", 0.15, 0, 1, "ActionEffects",
        "tension added by a nuclear test");
    // Launch counts: what the record observes of a month of testing. They are drawn from the
    // observation stream and change no dynamics (a month's test moves the world once, however
    // many launches it held), so they can be fitted to the record without moving the futures.
    add("mechanisms.extraLaunchesShort", 0.5, 0, 5,
        "mean number of further launch days, beyond the first, in a month the DPRK tests short-"
            + " or medium-range missiles (Poisson)", MA,
        "the DPRK often launched in clusters of several days a month; the level is a guess for"
            + " the calibration to set (record 2016-2020: launchEventsShort)",
        "ActionEffects (weapons test)", "");
    add("mechanisms.extraLaunchesLong", 0.3, 0, 5,
        "mean number of further launch days, beyond the first, in a month the DPRK tests"
            + " intermediate-range or intercontinental missiles (Poisson)", MA,
        "the level is a guess for the calibration to set (record 2016-2020: launchEventsLong)",
        "ActionEffects (weapons test)", "");
    add("mechanisms.satelliteShare", 0.2, 0, 1,
        "probability that a month's long-range test is a satellite launch rather than a missile"
            + " test (same effects: the Council's resolutions ban both)", MA,
        "three of the DPRK's four long-range rocket launches of 2006-2012 were announced as"
            + " satellite launches, but the intermediate-range and ICBM tests of later years"
            + " were not; the level is a guess for the calibration to set",
        "ActionEffects (weapons test)", "");
    mech("provocationTension", 0.05, 0, 1, "ActionEffects",
        "tension added by a border provocation");
    mech("exerciseTension", 0.03, 0, 1, "ActionEffects",
        "tension added by scaled-up joint exercises or ROK alignment with US pressure");
    mech("signallingTension", 0.025, 0, 1, "ActionEffects",
        "tension added by strategic (US) or naval (Russian) signalling");
    mech("deescalationRelief", 0.03, 0, 1, "ActionEffects",
        "tension removed by scaled-down exercises, a moratorium or a dual-freeze mediation");
    mech("talksTensionRelief", 0.03, 0, 1, "Peninsula.Dynamics",
        "monthly tension relief from open talks, times their momentum");
    // Clashes and war
    mech("clashBaseProbability", 0.002, 0, 1, "MilitaryEscalation",
        "monthly chance of a limited clash at zero tension");
    mech("clashTensionSlope", 0.04, 0, 1, "MilitaryEscalation",
        "added monthly clash chance at full tension (grows with tension squared)");
    mech("clashTension", 0.12, 0, 1, "MilitaryEscalation",
        "tension added by a clash");
    mech("clashEscalation", 0.1, 0, 1, "MilitaryEscalation",
        "chance that a clash at full tension escalates to war when nothing restrains it");
    mech("deterrenceRestraint", 0.5, 0, 1, "MilitaryEscalation",
        "share of escalation prevented by mutual nuclear and conventional deterrence");
    mech("greatPowerRestraint", 0.3, 0, 1, "MilitaryEscalation",
        "further share of escalation prevented by Russian and Chinese restraint on Pyongyang");
    // Sanctions
    mech("resolutionStep", 0.25, 0, 1, "SanctionsRegime",
        "share of the remaining gap to full stringency closed by one passed resolution");
    mech("chinaTradeShare", 0.7, 0, 1, "SanctionsRegime",
        "weight of China's enforcement in effective sanctions pressure (most trade runs via"
            + " China)");
    mech("russiaTradeShare", 0.1, 0, 1, "SanctionsRegime",
        "weight of Russia's enforcement in effective sanctions pressure");
    mech("enforcementStep", 0.08, 0, 1, "ActionEffects",
        "change in a country's enforcement from one month of tightening or relaxing");
    mech("enforcementDrift", 0.03, 0, 1, "SanctionsRegime",
        "monthly drift of each country's enforcement toward its sanctions tolerance");
    mech("sanctionsFatigue", 0.002, 0, 1, "SanctionsRegime",
        "monthly erosion of stringency when China and Russia stop enforcing and no strategic"
            + " tests remind the Council why the sanctions exist");
    mech("secondarySanctionsEffect", 0.04, 0, 1, "ActionEffects",
        "enforcement forced on Chinese and Russian firms by one month of US secondary sanctions");
    mech("stressAdjustment", 0.1, 0, 1, "SanctionsRegime",
        "monthly speed at which DPRK economic stress follows sanctions pressure");
    mech("aidRelief", 0.06, 0, 1, "ActionEffects",
        "DPRK economic stress removed by one month of Chinese aid");
    mech("sanctionsBite", 0.5, 0, 1, "Peninsula.Dynamics (capability growth)",
        "how much effective sanctions slow DPRK capability growth");
    // Talks
    mech("talksMomentumGain", 0.04, 0, 1, "TalksProcess",
        "momentum added to open talks by each engaging party in a month");
    mech("talksMomentumDecay", 0.04, 0, 1, "TalksProcess",
        "monthly loss of talks momentum");
    mech("provocationTalksDamage", 0.25, 0, 1, "TalksProcess",
        "talks momentum lost per weapons test or provocation");
    mech("dealThreshold", 0.6, 0, 1, "TalksProcess",
        "talks momentum at which a deal is struck");
    mech("dealSanctionsRelief", 0.4, 0, 1, "SanctionsRegime (via TalksProcess)",
        "share of sanctions stringency lifted by a deal");
    // Capability
    mech("capabilityGrowth", 0.008, 0, 1, "Peninsula.Dynamics (capability growth)",
        "monthly growth of DPRK capability toward its ceiling");
    mech("testLearning", 0.01, 0, 1, "ActionEffects (weapons tests)",
        "capability gained by a missile test (twice for an ICBM, three times for a nuclear test)");
    mech("nuclearAcceptanceRate", 0.004, 0, 1, "Peninsula.Dynamics (nuclear acceptance)",
        "monthly growth of de facto acceptance of the DPRK's nuclear status, times capability");
    // Russia's aims
    mech("axisProgressRate", 0.03, 0, 1, "RussianAims",
        "economic-axis progress from one month of Russian projects with no sanctions in the way");
    mech("axisDecay", 0.004, 0, 1, "RussianAims",
        "monthly decay of unmaintained economic-axis progress");
    mech("standingGain", 0.02, 0, 1, "ActionEffects, TalksProcess, Peninsula (Council, summit)",
        "Russian standing gained from a brokering success (talks it proposed, Seoul's courtship)");
    mech("standingDecay", 0.006, 0, 1, "RussianAims",
        "monthly erosion of Russian standing");
    mech("frameworkGain", 0.02, 0, 1, "TalksProcess",
        "security-framework progress from a month of multilateral talks, times momentum");
    mech("frameworkDecay", 0.003, 0, 1, "RussianAims",
        "monthly decay of security-framework progress");
    // Relations
    mech("relationStep", 0.05, 0, 1, "ActionEffects, Peninsula (Council, summit)",
        "change in a relation from one friendly or hostile act, before reciprocity");
    mech("relationMemory", 0.02, 0, 1, "Diplomacy",
        "monthly pull of each relation back toward its starting value");
    // Politics
    mech("hawkWinBase", 0.5, 0, 1, "Elections",
        "chance that the more hawkish camp wins an election at medium tension");
    mech("tensionElectionEffect", 0.4, 0, 1, "Elections",
        "added chance of a hawkish win per unit of tension above 0.5");
    // UN Security Council
    mech("electedMemberYes", 0.9, 0, 1, "UnSecurityCouncil",
        "chance that each of the ten elected Council members votes for a US sanctions draft");
    mech("voteCoordination", 1.5, 0, 5, "UnSecurityCouncil",
        "weight China and Russia give to voting as a 'united front', times their relation");
    // Outcome rules
    mech("highTensionBand", 0.66, 0, 1, "OutcomeTally",
        "tension at or above which a month is high");
    mech("lowTensionBand", 0.33, 0, 1, "OutcomeTally",
        "tension below which a month is low");
    mech("turbulentFinalTension", 0.7, 0, 1, "FutureClassifier",
        "final tension at or above which a warless run counts as turbulent escalation");
    mech("turbulentHighShare", 0.25, 0, 1, "FutureClassifier",
        "share of months in high tension at or above which a warless run counts as turbulent");
    mech("collapsePressure", 0.2, 0, 1, "FutureClassifier",
        "final effective sanctions pressure below which sanctions count as collapsed");
    // Memories (the DYNAMICS phase multiplies each by its retention every month)
    mech("provocationMemoryRetention", 0.6, 0, 1, "Peninsula.Dynamics",
        "share of the memory of DPRK tests and provocations kept from one month to the next");
    mech("strategicTestMemoryRetention", 0.75, 0, 1, "Peninsula.Dynamics",
        "share of the memory of ICBM and nuclear tests kept from one month to the next");
    mech("exerciseMemoryRetention", 0.6, 0, 1, "Peninsula.Dynamics",
        "share of the memory of US-ROK exercises and signalling kept from one month to the next");
    mech("alignmentMemoryRetention", 0.8, 0, 1, "Peninsula.Dynamics",
        "share of the memory of Seoul's alignment and missile defence kept from month to month");
    // Further constants of the submodels
    mech("provocationClashMultiplier", 3, 1, 10, "MilitaryEscalation",
        "how many times likelier a clash is in a month with a border provocation");
    mech("clashProvocationMemory", 0.5, 0, 3, "MilitaryEscalation",
        "provocation memory added by a clash");
    mech("dealCapabilityGrowth", 0.3, 0, 1, "Peninsula.Dynamics (capability growth)",
        "share of the usual capability growth that continues while a deal is in force");
    mech("dependenceFloor", 0.5, 0, 0.5, "SanctionsRegime",
        "DPRK dependence on China that remains with no effective sanctions");
    mech("dependenceSanctionsSlope", 0.45, 0, 0.5, "SanctionsRegime",
        "added dependence on China per unit of effective sanctions (other doors close)");
    mech("dependenceAdjustment", 0.02, 0, 1, "SanctionsRegime",
        "monthly speed at which DPRK dependence on China follows its target");
    mech("axisSeoulJoins", 1.5, 0, 3, "RussianAims",
        "multiplier of axis progress in a month Seoul engages Russia at the same time");
    mech("axisSeoulAbsent", 0.6, 0, 3, "RussianAims",
        "multiplier of axis progress in a month Russia pursues the projects without Seoul");
    mech("standingFloor", 0.1, 0, 1, "RussianAims",
        "Russian standing that erosion pulls toward (what it keeps with no brokering)");
    mech("leaningMin", 0.3, 0, 0.4, "Elections",
        "smallest leaning an election winner brings (signed by camp)");
    mech("leaningSpread", 0.6, 0, 0.6, "Elections",
        "spread of the winner's leaning above leaningMin (drawn uniformly)");
    mech("baseResponsiveness", 0.5, 0, 1, "Diplomacy (via Peninsula)",
        "how strongly a country's view of another moves when acted on, before its reciprocity");
    mech("selfRelationShare", 0.5, 0, 1, "Diplomacy",
        "share of an act's relation change that also moves the actor's own view of its target");
    add("mechanisms.snapElectionDelay", 2, 1, 12,
        "months from an impeachment (IMPEACHMENT inject) to the early ROK presidential election"
            + " it brings forward; it replaces the next scheduled one",
        MA, "the ROK constitution requires an election within 60 days of a vacancy; in 2017 the"
            + " impeachment was upheld on 10 March and the election held on 9 May",
        "Peninsula (events phase)", "");
    mech("draftCooldownMonths", 6, 0, 36, "UnitedStates (PUSH_UN_SANCTIONS)",
        "months after a draft during which Washington is reluctant to table another");
    // Talks and deals (TalksProcess)
    add("mechanisms.summitMomentum", 0.3, 0, 1,
        "talks momentum at which the leaders meet (a summit), at most once per summitSpacing",
        MA, "in 2018 the leaders met after months of envoy contacts had prepared the ground"
            + " (record 2016-2020); the level is a guess", "TalksProcess", "");
    add("mechanisms.summitSpacing", 1, 1, 24,
        "fewest months between two summits of an open track (1: at most one a month)", MA,
        "2018 had seven DPRK summits in nine months, several pairs (record 2016-2020)",
        "TalksProcess", "");
    add("mechanisms.summitTensionRelief", 0.05, 0, 0.5,
        "tension removed by a leaders' summit", MA, CALIBRATED, "TalksProcess", "");
    add("mechanisms.summitMomentumGain", 0.05, 0, 0.5,
        "talks momentum a summit adds (leaders commit their prestige)", MA, CALIBRATED,
        "TalksProcess", "");
    mech("talksOpeningMomentum", 2, 0, 10, "TalksProcess",
        "momentum of newly opened talks, in units of talksMomentumGain");
    mech("commitmentTalksDrag", 0.5, 0, 1, "TalksProcess",
        "how much DPRK nuclear commitment slows momentum gains (at full commitment)");
    mech("multilateralTalksStanding", 0.5, 0, 3, "TalksProcess",
        "Russian standing from a month of multilateral talks, in standingGain units, times"
            + " momentum");
    mech("bilateralTalksSidelining", 0.25, 0, 3, "TalksProcess",
        "Russian standing lost in a month of US-DPRK talks, in standingGain units, times momentum");
    mech("dealTensionRelief", 0.1, 0, 1, "TalksProcess", "tension removed by a deal");
    mech("dealFrameworkGain", 0.1, 0, 1, "TalksProcess",
        "security-framework progress from a deal struck in multilateral talks");
    mech("dealStanding", 2, 0, 5, "TalksProcess",
        "Russian standing from a multilateral deal, in standingGain units");
    mech("dealSidelining", 2, 0, 5, "TalksProcess",
        "Russian standing lost to a US-DPRK deal, in standingGain units");
  }

  // ---- utility weights ----------------------------------------------------------------------

  /**
   * A term of a move's utility: {@code weight * feature}, where the feature (a stance, a state
   * variable, a memory, or 1 for a standing cost) is computed by the agent. Weights keep the sign
   * of their term, so a cost is a negative weight and its range stays on that side of zero.
   */
  private static void w(Actor actor, String move, String term, double def, String label,
      String source, String claim) {
    double bound = Math.abs(def) > 1.5 ? 5 : 3;
    add(weightKey(actor, move, term), def, def < 0 ? -bound : 0, def < 0 ? 0 : bound,
        "weight of '" + label + "' in " + actor.name() + "'s utility of " + move, source, claim,
        agentClass(actor) + " (" + move + ")", label);
  }

  private static void w(Actor actor, String move, String term, double def, String label) {
    w(actor, move, term, def, label, MA, CALIBRATED);
  }

  private static String agentClass(Actor a) {
    return switch (a) {
      case USA -> "UnitedStates";
      case CHN -> "China";
      case RUS -> "Russia";
      case ROK -> "SouthKorea";
      case DPRK -> "NorthKorea";
    };
  }

  private static void weights() {
    final Actor us = Actor.USA;
    w(us, "PUSH_UN_SANCTIONS", "sanctionsStance", 1.0, "sanctions stance");
    w(us, "PUSH_UN_SANCTIONS", "strategicTests", 2.5, "answer to recent ICBM or nuclear tests");
    w(us, "PUSH_UN_SANCTIONS", "provocations", 0.5, "answer to recent provocations");
    w(us, "PUSH_UN_SANCTIONS", "alreadyStrict", -0.8, "sanctions already strict");
    w(us, "PUSH_UN_SANCTIONS", "recentDraft", -1.5, "a resolution was tabled recently");
    w(us, "PUSH_UN_SANCTIONS", "expectedVeto", -0.8, "a veto is expected");
    w(us, "PUSH_UN_SANCTIONS", "councilCost", -0.4, "diplomatic cost of a Council fight");
    w(us, "SECONDARY_SANCTIONS", "pressureStance", 0.8, "pressure stance");
    w(us, "SECONDARY_SANCTIONS", "chinaNotEnforcing", 0.6, "China not enforcing");
    w(us, "SECONDARY_SANCTIONS", "provocations", 0.5, "answer to recent provocations");
    w(us, "SECONDARY_SANCTIONS", "tiesCost", -0.9, "cost to ties with Beijing and Moscow");
    w(us, "SECONDARY_SANCTIONS", "ownTrade", -1.0, "its own firms' trade at stake",
        "rinna-2021", "Washington keeps the sanctions and is wary of economic projects with the"
            + " North; how much trade it puts at risk weighs on secondary sanctions");
    w(us, "SCALE_UP_EXERCISES", "pressureStance", 0.7, "pressure stance");
    w(us, "SCALE_UP_EXERCISES", "riskAppetite", 0.4, "appetite for risk");
    w(us, "SCALE_UP_EXERCISES", "provocations", 0.8, "answer to recent provocations");
    w(us, "SCALE_UP_EXERCISES", "avoidTension", -0.6, "avoid feeding tension");
    w(us, "SCALE_UP_EXERCISES", "talksUnderWay", -0.8, "talks under way");
    w(us, "SCALE_UP_EXERCISES", "cost", -0.9, "cost of exercises");
    w(us, "SCALE_DOWN_EXERCISES", "dialogueStance", 0.8, "dialogue stance");
    w(us, "SCALE_DOWN_EXERCISES", "keepTalks", 0.8, "keep talks alive");
    w(us, "SCALE_DOWN_EXERCISES", "calmTension", 0.5, "calm a tense peninsula");
    w(us, "SCALE_DOWN_EXERCISES", "looksWeak", -0.8, "looks weak after provocations");
    w(us, "SCALE_DOWN_EXERCISES", "credibility", -0.5, "alliance credibility");
    w(us, "OFFER_TALKS", "dialogueStance", 0.9, "dialogue stance");
    w(us, "OFFER_TALKS", "sanctionsBiting", 0.5, "sanctions are biting");
    w(us, "OFFER_TALKS", "reciprocity", 0.4, "answer cooperation in kind");
    w(us, "OFFER_TALKS", "keepTalks", 0.6, "keep talks alive");
    w(us, "OFFER_TALKS", "afterProvocations", -0.7, "no talks right after provocations");
    w(us, "OFFER_TALKS", "domesticCost", -0.5, "domestic cost of talking");
    w(us, "OFFER_TALKS", "keepTheLead", 0.5, "keep the lead when others broker",
        "russian-perspective-2021", "Washington insists on its right to intervene on the"
            + " peninsula; when Beijing or Moscow put talks on the table it does not leave them the"
            + " initiative");
    w(us, "STRATEGIC_SIGNALLING", "riskAppetite", 0.6, "appetite for risk");
    w(us, "STRATEGIC_SIGNALLING", "deter", 0.9, "deter after provocations");
    w(us, "STRATEGIC_SIGNALLING", "avoidTension", -0.3, "avoid feeding tension");
    w(us, "STRATEGIC_SIGNALLING", "cost", -0.4, "cost of deployments");

    final Actor cn = Actor.CHN;
    w(cn, "ENFORCE_SANCTIONS", "belowStandard", 1.2, "enforcement below its own standard");
    w(cn, "ENFORCE_SANCTIONS", "strategicTests", 0.8, "answer to recent ICBM or nuclear tests");
    w(cn, "ENFORCE_SANCTIONS", "washington", 0.3, "relations with Washington");
    w(cn, "ENFORCE_SANCTIONS", "borderTrade", -0.5, "cost to border trade",
        "russian-perspective-2021", "China limited the bite of maximum pressure and remains the"
            + " North's lifeline; the cost grows with its economic interest");
    w(cn, "RELAX_ENFORCEMENT", "aboveStandard", 1.2, "enforcement above its own standard");
    w(cn, "RELAX_ENFORCEMENT", "regimeStability", 0.5, "worry about the regime's stability");
    w(cn, "RELAX_ENFORCEMENT", "pyongyangTies", 0.3, "ties with Pyongyang");
    w(cn, "RELAX_ENFORCEMENT", "complicit", -0.5, "looks complicit after tests");
    w(cn, "RELAX_ENFORCEMENT", "reputation", -0.2, "reputational cost");
    w(cn, "AID_DPRK", "distress", 0.9, "DPRK economic distress");
    w(cn, "AID_DPRK", "pyongyangTies", 0.4, "ties with Pyongyang");
    w(cn, "AID_DPRK", "obligations", -0.5, "sanctions obligations");
    w(cn, "AID_DPRK", "cost", -0.3, "cost of aid");
    w(cn, "MEDIATE_DUAL_FREEZE", "dialogueTension", 1.0, "dialogue stance and tension");
    w(cn, "MEDIATE_DUAL_FREEZE", "brokerStanding", 0.3, "standing as a broker");
    w(cn, "MEDIATE_DUAL_FREEZE", "testsCallForFreeze", 0.4, "tests call for a freeze");
    w(cn, "MEDIATE_DUAL_FREEZE", "talksOpen", -0.3, "talks already open");
    w(cn, "MEDIATE_DUAL_FREEZE", "effort", -0.6, "diplomatic effort");
    w(cn, "PRESSURE_ROK", "alignment", 1.0, "ROK alignment and missile defence");
    w(cn, "PRESSURE_ROK", "pressureStance", 0.3, "pressure stance");
    w(cn, "PRESSURE_ROK", "reciprocity", -0.3, "answer hostility in kind");
    w(cn, "PRESSURE_ROK", "tradeCost", -0.9, "cost to trade with Seoul");
    w(cn, "COORDINATE_WITH_RUSSIA", "partnership", 0.6, "partnership with Moscow");
    w(cn, "COORDINATE_WITH_RUSSIA", "tension", 0.3, "tension calls for a common line");
    w(cn, "COORDINATE_WITH_RUSSIA", "rivalry", -0.3, "rivalry with Washington");
    w(cn, "COORDINATE_WITH_RUSSIA", "effort", -0.7, "diplomatic effort");

    final Actor ru = Actor.RUS;
    w(ru, "OPPOSE_SANCTIONS", "opposition", 0.6, "opposition to sanctions", "rinna-2021",
        "Moscow has opposed sanctions since 2017 and calls new ones counterproductive");
    w(ru, "OPPOSE_SANCTIONS", "humanitarian", 0.5, "humanitarian cost in the North", "rinna-2021",
        "Russia argues that sanctions worsen the humanitarian situation in the North");
    w(ru, "OPPOSE_SANCTIONS", "projectsBlocked", 0.4, "sanctions block its projects",
        "rinna-2021", "sanctions deprive the North, and Russia's projects, of economic chances");
    w(ru, "OPPOSE_SANCTIONS", "afterTests", -0.6, "hard to defend right after tests");
    w(ru, "OPPOSE_SANCTIONS", "rivalry", -0.3, "rivalry with Washington");
    w(ru, "OPPOSE_SANCTIONS", "effort", -0.8, "diplomatic effort");
    w(ru, "PROPOSE_MULTILATERAL_TALKS", "equalBroker", 0.8, "wish to be an equal broker",
        "ramani-2017", "Russia wants to be seen as an equal arbitration partner beside China");
    w(ru, "PROPOSE_MULTILATERAL_TALKS", "crisis", 0.5, "crisis needs a multilateral format");
    w(ru, "PROPOSE_MULTILATERAL_TALKS", "multilateralAlready", 0.3, "talks already multilateral");
    w(ru, "PROPOSE_MULTILATERAL_TALKS", "leftOut", 0.3, "left out of bilateral talks");
    w(ru, "PROPOSE_MULTILATERAL_TALKS", "afterTests", -0.4, "no one listens right after tests");
    w(ru, "PROPOSE_MULTILATERAL_TALKS", "dialogueStance", 0.4, "dialogue stance", "rinna-2021",
        "Moscow's approach is dialogue-oriented; Lavrov called for reviving six-party diplomacy");
    w(ru, "PROPOSE_MULTILATERAL_TALKS", "effort", -0.94, "diplomatic effort");
    w(ru, "PURSUE_ECONOMIC_PROJECTS", "economicInterest", 1.0,
        "economic interest, as far as sanctions allow", "rinna-2021",
        "Russia's trilateral projects run against the sanctions regime");
    w(ru, "PURSUE_ECONOMIC_PROJECTS", "seoulInterest", 0.4,
        "Seoul's interest in the north-south axis");
    w(ru, "PURSUE_ECONOMIC_PROJECTS", "tensionRisk", -0.3, "risky when tension is high");
    w(ru, "PURSUE_ECONOMIC_PROJECTS", "cost", -0.5, "cost of the projects");
    w(ru, "COORDINATE_WITH_CHINA", "partnership", 0.5, "partnership with Beijing", "ramani-2017",
        "Russia and China show a united front on Korea");
    w(ru, "COORDINATE_WITH_CHINA", "jointLine", 0.4, "joint line against US pressure");
    w(ru, "COORDINATE_WITH_CHINA", "equalNotFollower", -0.2, "wants to be an equal, not a follower",
        "russian-perspective-2021", "Russia will not again simply defer to China");
    w(ru, "COORDINATE_WITH_CHINA", "effort", -0.3, "diplomatic effort");
    w(ru, "NAVAL_SIGNALLING", "riskAppetite", 0.6, "appetite for risk");
    w(ru, "NAVAL_SIGNALLING", "rivalry", -0.4, "rivalry with Washington");
    w(ru, "NAVAL_SIGNALLING", "answerExercises", 0.4, "answer to US-led exercises");
    w(ru, "NAVAL_SIGNALLING", "avoidTension", -0.3, "avoid feeding tension");
    w(ru, "NAVAL_SIGNALLING", "pressureStance", 0.4, "pressure stance", "ramani-2017",
        "Moscow may flex its military muscles with a Pacific fleet deployment");
    w(ru, "NAVAL_SIGNALLING", "cost", -0.66, "cost of deployments");
    w(ru, "COURT_SEOUL", "economicInterest", 0.5, "economic interest");
    w(ru, "COURT_SEOUL", "brokerStanding", 0.3, "standing as a broker");
    w(ru, "COURT_SEOUL", "receptiveSeoul", -0.6, "Seoul's government is receptive",
        "russian-perspective-2021",
        "Russians blame conservative governments in Seoul for poor ties");
    w(ru, "COURT_SEOUL", "reciprocity", 0.3, "answer Seoul in kind");
    w(ru, "COURT_SEOUL", "effort", -0.5, "diplomatic effort");

    final Actor rk = Actor.ROK;
    w(rk, "ENGAGE_NORTH", "engagementStance", 0.9, "engagement stance");
    w(rk, "ENGAGE_NORTH", "reciprocity", 0.4, "answer the North in kind");
    w(rk, "ENGAGE_NORTH", "keepTalks", 0.4, "keep talks alive");
    w(rk, "ENGAGE_NORTH", "afterProvocations", -0.7, "no outreach right after provocations");
    w(rk, "ENGAGE_NORTH", "ownTheFile", 0.5, "keep the North file in Seoul's hands",
        "russian-perspective-2021", "Seoul wants to monopolise dealings with Pyongyang");
    w(rk, "ENGAGE_NORTH", "cost", -0.55, "domestic and alliance cost");
    w(rk, "ALIGN_WITH_US", "pressureStance", 0.9, "pressure stance");
    w(rk, "ALIGN_WITH_US", "provocations", 0.6, "answer to recent provocations");
    w(rk, "ALIGN_WITH_US", "alliance", 0.3, "alliance with Washington");
    w(rk, "ALIGN_WITH_US", "cost", -0.7, "cost of joint exercises");
    w(rk, "ENGAGE_RUSSIA", "northernPolicy", 0.8, "northern economic policy", "rinna-2021",
        "the New Northern Policy drives Seoul's economic agenda with Russia");
    w(rk, "ENGAGE_RUSSIA", "moscowTies", 0.4, "relations with Moscow");
    w(rk, "ENGAGE_RUSSIA", "againstSanctions", -0.4, "projects run against sanctions", "rinna-2021",
        "projects with Russia that run counter to the sanctions are Seoul's hardest choice");
    w(rk, "ENGAGE_RUSSIA", "washingtonFrowns", -0.3, "Washington frowns on it", "rinna-2021",
        "Russian officials doubt Washington would welcome trilateral cooperation");
    w(rk, "ENGAGE_RUSSIA", "effort", -0.4, "diplomatic effort");
    w(rk, "DEPLOY_MISSILE_DEFENCE", "pressureStance", 0.5, "pressure stance");
    w(rk, "DEPLOY_MISSILE_DEFENCE", "missileThreat", 0.5, "DPRK missile threat");
    w(rk, "DEPLOY_MISSILE_DEFENCE", "provocations", 0.6, "answer to recent provocations");
    w(rk, "DEPLOY_MISSILE_DEFENCE", "deployed", -1.0, "already deployed");
    w(rk, "DEPLOY_MISSILE_DEFENCE", "chineseRetaliation", -0.4, "Chinese retaliation");
    w(rk, "DEPLOY_MISSILE_DEFENCE", "cost", -0.4, "cost of deployment");

    final Actor nk = Actor.DPRK;
    w(nk, "MISSILE_TEST", "propensity", 0.8, "provocation propensity");
    w(nk, "MISSILE_TEST", "development", 0.3, "weapons development");
    w(nk, "MISSILE_TEST", "defiance", 0.3, "defiance of sanctions pressure");
    w(nk, "MISSILE_TEST", "answerExercises", 0.4, "answer to US-ROK exercises");
    w(nk, "MISSILE_TEST", "talksUnderWay", -0.8, "talks under way");
    w(nk, "MISSILE_TEST", "cost", -0.9, "cost of a test");
    w(nk, "ICBM_TEST", "propensity", 0.6, "provocation propensity");
    w(nk, "ICBM_TEST", "nuclearCommitment", 0.6, "nuclear commitment");
    w(nk, "ICBM_TEST", "defiance", 0.4, "defiance of sanctions pressure");
    w(nk, "ICBM_TEST", "answerExercises", 0.4, "answer to US-ROK exercises");
    w(nk, "ICBM_TEST", "patrons", -0.6, "angering Beijing and Moscow");
    w(nk, "ICBM_TEST", "talksUnderWay", -1.0, "talks under way");
    w(nk, "ICBM_TEST", "cost", -1.3, "cost of a strategic test");
    w(nk, "NUCLEAR_TEST", "propensity", 0.5, "provocation propensity");
    w(nk, "NUCLEAR_TEST", "nuclearCommitment", 0.7, "nuclear commitment");
    w(nk, "NUCLEAR_TEST", "defiance", 0.3, "defiance of sanctions pressure");
    w(nk, "NUCLEAR_TEST", "patrons", -0.9, "angering Beijing and Moscow");
    w(nk, "NUCLEAR_TEST", "talksUnderWay", -1.2, "talks under way");
    w(nk, "NUCLEAR_TEST", "cost", -1.4, "cost of a nuclear test");
    w(nk, "BORDER_PROVOCATION", "propensity", 0.6, "provocation propensity");
    w(nk, "BORDER_PROVOCATION", "riskAppetite", 0.3, "appetite for risk");
    w(nk, "BORDER_PROVOCATION", "hostilitySeoul", -0.3, "hostility toward Seoul");
    w(nk, "BORDER_PROVOCATION", "talksUnderWay", -0.5, "talks under way");
    w(nk, "BORDER_PROVOCATION", "coerciveStance", 0.3, "coercive stance",
        "russian-perspective-2021", "Pyongyang answers pressure with defiance and insists on"
            + " its autonomy");
    w(nk, "BORDER_PROVOCATION", "clashRisk", -1.21, "risk of a clash");
    w(nk, "MORATORIUM", "restraint", 0.6, "restraint");
    w(nk, "MORATORIUM", "talksUnderWay", 0.6, "talks under way");
    w(nk, "MORATORIUM", "squeeze", 0.6, "sanctions stress beyond what it absorbs");
    w(nk, "MORATORIUM", "capabilitySufficient", 0.3, "capability already sufficient");
    w(nk, "MORATORIUM", "looksWeak", -0.5, "looks weak");
    w(nk, "ACCEPT_TALKS", "openness", 0.6, "openness on its nuclear status");
    w(nk, "ACCEPT_TALKS", "squeeze", 1.0, "sanctions stress beyond what it absorbs");
    w(nk, "ACCEPT_TALKS", "offers", 0.35, "offers on the table");
    w(nk, "ACCEPT_TALKS", "talksUnderWay", 0.5, "talks under way");
    w(nk, "ACCEPT_TALKS", "reciprocity", 0.3, "answer cooperation in kind");
    w(nk, "ACCEPT_TALKS", "dialogueStance", 0.4, "dialogue stance", "russian-perspective-2021",
        "after 2017 Pyongyang decided only direct dialogue could solve its problems");
    w(nk, "ACCEPT_TALKS", "washingtonAsEqual", 0.5, "talks with Washington as a nuclear state",
        "russian-perspective-2021", "Pyongyang wants direct dialogue with the US as a nuclear"
            + " state, not through brokers");
    w(nk, "ACCEPT_TALKS", "distrust", -0.72, "distrust of negotiations");
    w(nk, "COURT_RUSSIA", "moscowTies", 0.5, "ties with Moscow");
    w(nk, "COURT_RUSSIA", "hedge", 0.4, "hedge against dependence on China",
        "russian-perspective-2021", "Pyongyang used closeness to Moscow to make Beijing nervous");
    w(nk, "COURT_RUSSIA", "need", 0.4, "economic need");
    w(nk, "COURT_RUSSIA", "railwayHopes", 0.3, "railway and project hopes",
        "russian-perspective-2021", "Kim's planned 2015 visit revived talk of joining the"
            + " Korean and Trans-Siberian railways");
    w(nk, "COURT_RUSSIA", "effort", -1.12, "diplomatic effort");
    w(nk, "COURT_CHINA", "beijingTies", 0.5, "ties with Beijing");
    w(nk, "COURT_CHINA", "need", 0.6, "economic need");
    w(nk, "COURT_CHINA", "wariness", -0.3, "wariness of Chinese domination");
    w(nk, "COURT_CHINA", "effort", -0.4, "diplomatic effort");

    // China's and Russia's votes on a US sanctions draft (UnSecurityCouncil)
    for (Actor a : new Actor[] {cn, ru}) {
      w(a, "VOTE_YES", "tolerance", 3.0, "sanctions tolerance above the midpoint");
      w(a, "VOTE_YES", "severity", 2.0, "severity of recent strategic tests, times tolerance");
      w(a, "VOTE_YES", "sides", 0.5, "closer to Washington than to Pyongyang");
      w(a, "VOTE_VETO", "tolerance", 3.0, "sanctions tolerance below the midpoint");
      w(a, "VOTE_VETO", "severity", -0.5, "severity of recent strategic tests, times intolerance");
      w(a, "VOTE_VETO", "sides", -0.5, "closer to Washington than to Pyongyang");
      w(a, "VOTE_VETO", "cost", -0.3, "cost of casting a veto");
      // Abstaining was the utility baseline (0) before it had a weight; 0 keeps that behaviour,
      // and the 2016-2020 calibration can move it (every DPRK resolution then was unanimous).
      add(weightKey(a, "VOTE_ABSTAIN", "cost"), 0.0, -3, 3,
          "weight of 'standing aside rather than taking a side' in " + a.name()
              + "'s utility of VOTE_ABSTAIN", MA, CALIBRATED, agentClass(a) + " (VOTE_ABSTAIN)",
          "standing aside rather than taking a side");
    }
  }

  // ---- effects of moves and events ----------------------------------------------------------

  private static void e(String key, double def, double min, double max, String readers,
      String meaning) {
    add("effects." + key, def, min, max, meaning, MA, CALIBRATED, readers, "");
  }

  /** A move's effect on a relation, in units of relationStep (negative: hostile). */
  private static void rel(Actor actor, String move, Actor target, double def) {
    rel(actor.name() + "." + move, actor, target, def);
  }

  private static void rel(String prefix, Actor actor, Actor target, double def) {
    double bound = Math.abs(def) > 1.5 ? 5 : 3;
    e(prefix + ".relation." + target.name(), def, def < 0 ? -bound : 0, def < 0 ? 0 : bound,
        "ActionEffects, Diplomacy", "change of " + target.name() + "'s relation with "
            + (actor == null ? "the actor" : actor.name())
            + " in units of relationStep (negative: hostile)");
  }

  private static void effects() {
    final Actor us = Actor.USA;
    final Actor cn = Actor.CHN;
    final Actor ru = Actor.RUS;
    final Actor rk = Actor.ROK;
    final Actor nk = Actor.DPRK;
    String ae = "ActionEffects";
    e("USA.SECONDARY_SANCTIONS.enforcement.RUS", 0.5, 0, 3, ae,
        "Russian enforcement forced by secondary sanctions, in units of secondarySanctionsEffect");
    e("USA.SECONDARY_SANCTIONS.enforcement.USA", 1.0, 0, 3, ae,
        "US enforcement added by its own secondary sanctions, in secondarySanctionsEffect units");
    rel(us, "SECONDARY_SANCTIONS", cn, -1);
    rel(us, "SECONDARY_SANCTIONS", ru, -0.5);
    rel(us, "SECONDARY_SANCTIONS", nk, -0.5);
    e("USA.SCALE_UP_EXERCISES.exerciseMemory", 1.0, 0, 3, ae,
        "exercise memory added by scaled-up exercises");
    rel(us, "SCALE_UP_EXERCISES", nk, -1);
    rel(us, "SCALE_UP_EXERCISES", rk, 0.5);
    rel(us, "SCALE_UP_EXERCISES", cn, -0.5);
    rel(us, "SCALE_UP_EXERCISES", ru, -0.5);
    rel(us, "SCALE_DOWN_EXERCISES", nk, 1);
    rel(us, "SCALE_DOWN_EXERCISES", cn, 0.25);
    rel(us, "SCALE_DOWN_EXERCISES", ru, 0.25);
    rel(us, "OFFER_TALKS", nk, 0.5);
    e("USA.STRATEGIC_SIGNALLING.exerciseMemory", 0.5, 0, 3, ae,
        "exercise memory added by US strategic signalling");
    rel(us, "STRATEGIC_SIGNALLING", nk, -0.5);
    rel(us, "STRATEGIC_SIGNALLING", cn, -0.25);

    rel(cn, "ENFORCE_SANCTIONS", nk, -0.5);
    rel(cn, "ENFORCE_SANCTIONS", us, 0.5);
    rel(cn, "RELAX_ENFORCEMENT", nk, 0.5);
    rel(cn, "RELAX_ENFORCEMENT", us, -0.5);
    e("CHN.AID_DPRK.dependence", 0.02, 0, 1, ae,
        "share of the DPRK's remaining independence from China lost to one month of aid");
    rel(cn, "AID_DPRK", nk, 1);
    rel(cn, "MEDIATE_DUAL_FREEZE", nk, 0.25);
    rel(cn, "PRESSURE_ROK", rk, -2);
    e("CHN.PRESSURE_ROK.alignmentRetention", 0.5, 0, 1, ae,
        "share of the memory of Seoul's alignment left after Beijing's pressure");
    rel(cn, "COORDINATE_WITH_RUSSIA", ru, 1);

    e("RUS.OPPOSE_SANCTIONS.chinaSlack", 0.25, 0, 1, ae,
        "Chinese enforcement relaxed by Moscow's calls for relief, in units of enforcementStep,"
            + " times China's warmth toward Russia");
    rel(ru, "OPPOSE_SANCTIONS", nk, 1);
    rel(ru, "OPPOSE_SANCTIONS", us, -0.5);
    e("RUS.PROPOSE_MULTILATERAL_TALKS.standing", 0.25, 0, 3, ae,
        "Russian standing from proposing multilateral talks, in units of standingGain");
    rel(ru, "PURSUE_ECONOMIC_PROJECTS", nk, 0.5);
    e("RUS.PURSUE_ECONOMIC_PROJECTS.dependence", -0.01, -0.1, 0, ae,
        "change of DPRK dependence on China from a month of Russian projects");
    rel(ru, "COORDINATE_WITH_CHINA", cn, 1);
    e("RUS.COORDINATE_WITH_CHINA.standing", 0.1, 0, 3, ae,
        "Russian standing from coordinating with China, in units of standingGain");
    rel(ru, "NAVAL_SIGNALLING", us, -1);
    e("RUS.NAVAL_SIGNALLING.standing", 0.1, 0, 3, ae,
        "Russian standing from naval signalling, in units of standingGain");
    rel(ru, "COURT_SEOUL", rk, 1);
    e("RUS.COURT_SEOUL.conservativeShare", 0.3, 0, 1, ae,
        "share of the courtship's relation gain a conservative Seoul lets through");
    e("RUS.COURT_SEOUL.standing", 1.0, 0, 3, ae,
        "Russian standing when Seoul engages Russia in the month Moscow courts it, in"
            + " standingGain units");

    rel(rk, "ENGAGE_NORTH", nk, 1);
    rel(rk, "ENGAGE_NORTH", us, -0.25);
    e("ROK.ALIGN_WITH_US.tension", 0.5, 0, 3, ae,
        "tension from Seoul aligning with US pressure, in units of exerciseTension");
    e("ROK.ALIGN_WITH_US.exerciseMemory", 0.5, 0, 3, ae, "exercise memory added");
    e("ROK.ALIGN_WITH_US.alignmentMemory", 0.5, 0, 3, ae, "alignment memory added");
    rel(rk, "ALIGN_WITH_US", us, 1);
    rel(rk, "ALIGN_WITH_US", nk, -1);
    rel(rk, "ALIGN_WITH_US", cn, -0.5);
    rel(rk, "ALIGN_WITH_US", ru, -0.5);
    rel(rk, "ENGAGE_RUSSIA", ru, 1);
    rel(rk, "ENGAGE_RUSSIA", us, -0.25);
    e("ROK.DEPLOY_MISSILE_DEFENCE.missileDefence", 0.2, 0, 1, ae,
        "share of the missing missile defence deployed in one month");
    e("ROK.DEPLOY_MISSILE_DEFENCE.alignmentMemory", 1.0, 0, 3, ae, "alignment memory added");
    e("ROK.DEPLOY_MISSILE_DEFENCE.tension", 0.5, 0, 3, ae,
        "tension from a deployment, in units of exerciseTension");
    rel(rk, "DEPLOY_MISSILE_DEFENCE", cn, -2);
    rel(rk, "DEPLOY_MISSILE_DEFENCE", ru, -1);

    e("DPRK.BORDER_PROVOCATION.provocationMemory", 0.6, 0, 3, ae, "provocation memory added");
    rel(nk, "BORDER_PROVOCATION", rk, -2);
    rel(nk, "MORATORIUM", cn, 0.5);
    rel(nk, "MORATORIUM", ru, 0.5);
    rel(nk, "COURT_RUSSIA", ru, 1);
    e("DPRK.COURT_RUSSIA.dependence", -0.01, -0.1, 0, ae,
        "change of DPRK dependence on China from courting Russia");
    e("DPRK.COURT_RUSSIA.standing", 0.5, 0, 3, ae,
        "Russian standing from Pyongyang's courtship, in units of standingGain");
    rel(nk, "COURT_CHINA", cn, 1);
    e("DPRK.COURT_CHINA.stressRelief", 0.5, 0, 3, ae,
        "DPRK stress relieved by courting Beijing, in units of aidRelief");
    e("DPRK.COURT_CHINA.dependence", 0.01, 0, 0.1, ae,
        "change of DPRK dependence on China from courting Beijing");

    String wt = "ActionEffects (weapons tests, moves and injects)";
    String[] tests = {"MISSILE_TEST", "ICBM_TEST", "NUCLEAR_TEST"};
    double[] provocation = {0.5, 1.0, 1.2};
    for (int i = 0; i < 3; i++) {
      String t = "DPRK." + tests[i];
      int level = i + 1;
      e(t + ".learning", level, 0, 5, wt, "capability learned, in units of testLearning");
      e(t + ".provocationMemory", provocation[i], 0, 3, wt, "provocation memory added");
      if (level >= 2) {
        e(t + ".strategicMemory", provocation[i], 0, 3, wt,
            "memory of strategic tests added");
      }
      rel(t, nk, us, -0.5 * level);
      rel(t, nk, rk, -0.5 * level);
      if (level >= 2) {
        rel(t, nk, cn, -0.5 * (level - 1));
        rel(t, nk, ru, -0.5 * (level - 1));
      }
    }
    e("DPRK.NUCLEAR_TEST.acceptance", 0.02, 0, 0.2, wt,
        "de facto acceptance of the DPRK's nuclear status added by a nuclear test");

    String council = "Peninsula (Council vote)";
    e("COUNCIL.RESOLUTION_PASSED.tension", 0.02, 0, 0.2, council,
        "tension added when a sanctions resolution passes");
    e("COUNCIL.RESOLUTION_PASSED.relation.DPRK", -1, -3, 0, council,
        "change of the DPRK's relation with the USA when a resolution passes, in relationStep"
            + " units");
    e("COUNCIL.VETO.relation.USA", -1, -3, 0, council,
        "change of the USA's relation with a vetoing power, in relationStep units");
    e("COUNCIL.VETO.relation.DPRK", 1, 0, 3, council,
        "change of the DPRK's relation with a vetoing power, in relationStep units");
    e("COUNCIL.VETO.standing", 0.5, 0, 3, council,
        "Russian standing from casting a veto, in units of standingGain");
    String summit = "Peninsula (RUSSIA_DPRK_SUMMIT inject)";
    e("EVENT.RUSSIA_DPRK_SUMMIT.relation", 3, 0, 5, summit,
        "change of the Russia-DPRK relation from a summit, in relationStep units");
    e("EVENT.RUSSIA_DPRK_SUMMIT.standing", 1, 0, 5, summit,
        "Russian standing from a summit, in units of standingGain");
    e("EVENT.RUSSIA_DPRK_SUMMIT.dependence", -0.02, -0.2, 0, summit,
        "change of DPRK dependence on China from a summit");
  }
}
