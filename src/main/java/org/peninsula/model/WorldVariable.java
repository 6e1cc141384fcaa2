package org.peninsula.model;

/** Starting values of the world state that a scenario may set, with documented defaults. */
public enum WorldVariable {
  TENSION("tension", 0.45, 0, 1, "tension on the peninsula (0 calm, 1 on the brink)"),
  DPRK_CAPABILITY("dprkCapability", 0.6, 0, 1,
      "DPRK nuclear and missile capability relative to a survivable deterrent (1)"),
  SANCTIONS_STRINGENCY("sanctionsStringency", 0.8, 0, 1,
      "stringency of the UN sanctions regime on paper"),
  DPRK_ECONOMIC_STRESS("dprkEconomicStress", 0.5, 0, 1, "economic stress on the DPRK"),
  DPRK_CHINA_DEPENDENCE("dprkChinaDependence", 0.85, 0, 1,
      "share of the DPRK's outside economic lifeline that runs through China"),
  RUSSIA_AXIS_PROGRESS("russiaAxisProgress", 0.05, 0, 1,
      "progress of Russia's north-south economic axis (railway, gas, power links)"),
  RUSSIA_STANDING("russiaStanding", 0.3, 0, 1,
      "Russia's regional standing: seen as a major player in the peninsula's future"),
  SECURITY_FRAMEWORK("securityFramework", 0.05, 0, 1,
      "progress toward a multilateral security framework for Northeast Asia"),
  NUCLEAR_ACCEPTANCE("nuclearAcceptance", 0.3, 0, 1,
      "de facto acceptance of the DPRK's nuclear status by the other powers"),
  ROK_LEANING("rokLeaning", -0.6, -1, 1,
      "ROK government's leaning: -1 progressive (engagement), +1 conservative (pressure)"),
  US_LEANING("usLeaning", 0.2, -1, 1,
      "US administration's leaning: -1 engagement-minded, +1 hawkish"),
  MISSILE_DEFENCE("missileDefence", 0.5, 0, 1,
      "extent of missile defence deployed in the ROK (THAAD and follow-ons)");

  private static final WorldVariable[] ALL = values();
  public static final int COUNT = ALL.length;

  private final String key;
  private final double defaultValue;
  private final double min;
  private final double max;
  private final String meaning;

  WorldVariable(String key, double defaultValue, double min, double max, String meaning) {
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

  public static WorldVariable byKey(String key) {
    for (WorldVariable v : ALL) {
      if (v.key.equals(key)) {
        return v;
      }
    }
    return null;
  }
}
