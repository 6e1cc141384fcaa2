package org.peninsula.model;

/** China's moves. */
public enum ChinaAction implements Action {
  ENFORCE_SANCTIONS("tighten enforcement of UN sanctions at the border"),
  RELAX_ENFORCEMENT("let enforcement slacken"),
  AID_DPRK("send food, fuel or economic aid to the DPRK"),
  MEDIATE_DUAL_FREEZE("mediate: propose the 'dual freeze' of tests and exercises"),
  PRESSURE_ROK("put economic pressure on the ROK (as over THAAD)"),
  COORDINATE_WITH_RUSSIA("coordinate a joint position with Russia"),
  HOLD("hold: keep the current course");

  private final String description;

  ChinaAction(String description) {
    this.description = description;
  }

  @Override public Actor actor() {
    return Actor.CHN;
  }

  @Override public int index() {
    return ordinal();
  }

  @Override public String description() {
    return description;
  }
}
