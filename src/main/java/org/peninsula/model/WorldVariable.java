package org.peninsula.model;

/**
 * Typed handles on the {@code world.*} declarations: starting values of the world state a
 * scenario may set. Defaults, ranges and provenance are declared in {@link Declarations}.
 */
public enum WorldVariable {
  TENSION("tension"),
  DPRK_CAPABILITY("dprkCapability"),
  SANCTIONS_STRINGENCY("sanctionsStringency"),
  DPRK_ECONOMIC_STRESS("dprkEconomicStress"),
  DPRK_CHINA_DEPENDENCE("dprkChinaDependence"),
  RUSSIA_AXIS_PROGRESS("russiaAxisProgress"),
  RUSSIA_STANDING("russiaStanding"),
  SECURITY_FRAMEWORK("securityFramework"),
  NUCLEAR_ACCEPTANCE("nuclearAcceptance"),
  ROK_LEANING("rokLeaning"),
  US_LEANING("usLeaning"),
  MISSILE_DEFENCE("missileDefence");

  private static final WorldVariable[] ALL = values();
  public static final int COUNT = ALL.length;

  private final String key;
  private final ParameterDeclaration declaration;
  private final int index;

  WorldVariable(String key) {
    this.key = key;
    this.declaration = Declarations.byKey("world." + key);
    if (declaration == null) {
      throw new IllegalStateException("world." + key + " is not declared");
    }
    this.index = declaration.index();
  }

  public String key() {
    return key;
  }

  public ParameterDeclaration declaration() {
    return declaration;
  }

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

  public static WorldVariable byKey(String key) {
    for (WorldVariable v : ALL) {
      if (v.key.equals(key)) {
        return v;
      }
    }
    return null;
  }
}
