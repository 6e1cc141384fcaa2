package org.peninsula.model;

/**
 * A country's standing dispositions, each in [0, 1]. They are read from the source articles and
 * stay fixed during a run; what changes is the world they respond to (and the government
 * leaning, which shifts the effective pressure of Washington and Seoul). Each applicable
 * (country, stance) pair is declared in {@link Declarations} as {@code actors.<A>.<key>}.
 */
public enum StanceParameter {
  PRESSURE("pressure",
      "pressure vs. dialogue: 0 pure engagement, 1 pure coercive pressure"),
  SANCTIONS_TOLERANCE("sanctionsTolerance",
      "willingness to propose, vote for and enforce sanctions; for the DPRK, how much sanctions"
          + " stress the regime absorbs before it changes course"),
  ENFORCEMENT("enforcement",
      "initial enforcement of the UN sanctions regime (share of obligations actually applied);"
          + " not the DPRK's, the target of the sanctions"),
  RISK_TOLERANCE("riskTolerance", "appetite for military signalling and escalation risk"),
  RECIPROCITY("reciprocity",
      "how strongly it answers cooperation with cooperation and hostility with hostility"),
  ECONOMIC_INTEREST("economicInterest",
      "weight on economic stakes: trilateral projects, trade put at risk by sanctions"),
  STATUS_SEEKING("statusSeeking",
      "weight on being seen as an indispensable broker or a party that cannot be bypassed"),
  PROVOCATION_PROPENSITY("provocationPropensity",
      "DPRK only: baseline inclination to test weapons and provoke"),
  NUCLEAR_COMMITMENT("nuclearCommitment",
      "DPRK only: commitment to its nuclear status (resistance to freezes and deals)");

  private static final StanceParameter[] ALL = values();
  public static final int COUNT = ALL.length;

  private final String key;
  private final String meaning;

  StanceParameter(String key, String meaning) {
    this.key = key;
    this.meaning = meaning;
  }

  /** The name used in scenario files. */
  public String key() {
    return key;
  }

  /** True for the stances only the DPRK has. */
  public boolean dprkOnly() {
    return this == PROVOCATION_PROPENSITY || this == NUCLEAR_COMMITMENT;
  }

  public String meaning() {
    return meaning;
  }

  /**
   * Whether {@code actor} has this stance: the DPRK-only ones belong to the DPRK, and the DPRK,
   * as the target of the sanctions, has no enforcement of its own.
   */
  public boolean appliesTo(Actor actor) {
    if (dprkOnly()) {
      return actor == Actor.DPRK;
    }
    return !(this == ENFORCEMENT && actor == Actor.DPRK);
  }

  /** Where the model reads this stance of {@code actor} (for the parameter listing). */
  String readers(Actor actor) {
    String own = switch (actor) {
      case USA -> "UnitedStates";
      case CHN -> "China";
      case RUS -> "Russia";
      case ROK -> "SouthKorea";
      case DPRK -> "NorthKorea";
    };
    return switch (this) {
      case PRESSURE -> own + " utilities";
      case SANCTIONS_TOLERANCE -> own + " utilities, SanctionsRegime (enforcement drift)"
          + (actor == Actor.CHN || actor == Actor.RUS ? ", UnSecurityCouncil (votes)" : "");
      case ENFORCEMENT -> "WorldState (initial enforcement), SanctionsRegime";
      case RISK_TOLERANCE -> own + " utilities"
          + (actor == Actor.CHN || actor == Actor.RUS ? ", MilitaryEscalation (restraint)" : "");
      case RECIPROCITY -> own + " utilities, Diplomacy (responsiveness)";
      case ECONOMIC_INTEREST, STATUS_SEEKING -> own + " utilities";
      case PROVOCATION_PROPENSITY -> "NorthKorea utilities";
      case NUCLEAR_COMMITMENT -> "NorthKorea utilities, TalksProcess (momentum drag)";
    };
  }

  public static StanceParameter byKey(String key) {
    for (StanceParameter p : ALL) {
      if (p.key.equals(key)) {
        return p;
      }
    }
    return null;
  }
}
