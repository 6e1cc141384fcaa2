package org.peninsula.model;

/** North Korea's moves. */
public enum DprkAction implements Action {
  MISSILE_TEST("test a short- or medium-range ballistic missile"),
  ICBM_TEST("test an intercontinental ballistic missile"),
  NUCLEAR_TEST("conduct a nuclear test"),
  BORDER_PROVOCATION("stage a provocation on the border or at sea"),
  MORATORIUM("observe a moratorium on tests"),
  ACCEPT_TALKS("accept talks"),
  COURT_RUSSIA("court Russia"),
  COURT_CHINA("court China"),
  HOLD("hold: keep the current course");

  private final String description;

  DprkAction(String description) {
    this.description = description;
  }

  @Override public Actor actor() {
    return Actor.DPRK;
  }

  @Override public int index() {
    return ordinal();
  }

  @Override public String description() {
    return description;
  }
}
