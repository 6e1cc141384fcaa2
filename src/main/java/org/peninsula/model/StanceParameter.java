package org.peninsula.model;

/**
 * A country's standing dispositions, each in [0, 1]. They are read from the source articles and
 * stay fixed during a run; what changes is the world they respond to (and the government
 * leaning, which shifts the effective pressure of Washington and Seoul).
 */
public enum StanceParameter {
  PRESSURE("pressure", false,
      "pressure vs. dialogue: 0 pure engagement, 1 pure coercive pressure"),
  SANCTIONS_TOLERANCE("sanctionsTolerance", false,
      "willingness to propose, vote for and enforce sanctions; for the DPRK, how much sanctions"
          + " stress the regime absorbs before it changes course"),
  ENFORCEMENT("enforcement", false,
      "initial enforcement of the UN sanctions regime (share of obligations actually applied)"),
  RISK_TOLERANCE("riskTolerance", false, "appetite for military signalling and escalation risk"),
  RECIPROCITY("reciprocity", false,
      "how strongly it answers cooperation with cooperation and hostility with hostility"),
  ECONOMIC_INTEREST("economicInterest", false,
      "weight on economic projects (Russia's trilateral projects, the ROK's New Northern Policy)"),
  STATUS_SEEKING("statusSeeking", false,
      "weight on being seen as an indispensable broker (Russia's 'equal arbitration partner' aim)"),
  PROVOCATION_PROPENSITY("provocationPropensity", true,
      "DPRK only: baseline inclination to test weapons and provoke"),
  NUCLEAR_COMMITMENT("nuclearCommitment", true,
      "DPRK only: commitment to its nuclear status (resistance to freezes and deals)");

  private static final StanceParameter[] ALL = values();
  public static final int COUNT = ALL.length;

  private final String key;
  private final boolean dprkOnly;
  private final String meaning;

  StanceParameter(String key, boolean dprkOnly, String meaning) {
    this.key = key;
    this.dprkOnly = dprkOnly;
    this.meaning = meaning;
  }

  /** The name used in scenario files. */
  public String key() {
    return key;
  }

  public boolean dprkOnly() {
    return dprkOnly;
  }

  public String meaning() {
    return meaning;
  }

  public boolean appliesTo(Actor actor) {
    return !dprkOnly || actor == Actor.DPRK;
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
