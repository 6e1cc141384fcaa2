package org.peninsula.model;

/** The United States' moves. */
public enum UsAction implements Action {
  PUSH_UN_SANCTIONS("table a new sanctions resolution at the UN Security Council"),
  SECONDARY_SANCTIONS("impose unilateral and secondary sanctions on firms trading with the DPRK"),
  SCALE_UP_EXERCISES("scale up joint military exercises with the ROK"),
  SCALE_DOWN_EXERCISES("scale down joint exercises as a gesture"),
  OFFER_TALKS("offer talks to Pyongyang"),
  STRATEGIC_SIGNALLING("strategic signalling: bombers, carriers, deterrence statements"),
  HOLD("hold: keep the current course");

  private final String description;

  UsAction(String description) {
    this.description = description;
  }

  @Override public Actor actor() {
    return Actor.USA;
  }

  @Override public int index() {
    return ordinal();
  }

  @Override public String description() {
    return description;
  }
}
