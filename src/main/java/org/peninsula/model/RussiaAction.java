package org.peninsula.model;

/** Russia's moves. */
public enum RussiaAction implements Action {
  OPPOSE_SANCTIONS("oppose sanctions and call for relief"),
  PROPOSE_MULTILATERAL_TALKS("propose multilateral (six-party style) talks"),
  PURSUE_ECONOMIC_PROJECTS("pursue trilateral railway, gas and power projects"),
  COORDINATE_WITH_CHINA("coordinate a joint position with China"),
  NAVAL_SIGNALLING("naval signalling in the Sea of Japan"),
  COURT_SEOUL("court Seoul with visits and economic offers"),
  HOLD("hold: keep the current course");

  private final String description;

  RussiaAction(String description) {
    this.description = description;
  }

  @Override public Actor actor() {
    return Actor.RUS;
  }

  @Override public int index() {
    return ordinal();
  }

  @Override public String description() {
    return description;
  }
}
