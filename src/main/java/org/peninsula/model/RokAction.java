package org.peninsula.model;

/** South Korea's moves. */
public enum RokAction implements Action {
  ENGAGE_NORTH("reach out to the North: inter-Korean contacts and projects"),
  ALIGN_WITH_US("align with US pressure and joint exercises"),
  ENGAGE_RUSSIA("engage Russia: economic cooperation under a northern policy"),
  DEPLOY_MISSILE_DEFENCE("deploy more missile defence"),
  HOLD("hold: keep the current course");

  private final String description;

  RokAction(String description) {
    this.description = description;
  }

  @Override public Actor actor() {
    return Actor.ROK;
  }

  @Override public int index() {
    return ordinal();
  }

  @Override public String description() {
    return description;
  }
}
