package org.peninsula.model;

/**
 * Events a scenario (or a teacher) can force into a given month. They happen in the events
 * phase, before the countries decide, so the month's choices respond to them.
 */
public enum InjectEvent {
  MISSILE_TEST("the DPRK tests a ballistic missile"),
  ICBM_TEST("the DPRK tests an ICBM"),
  NUCLEAR_TEST("the DPRK conducts a nuclear test"),
  BORDER_CLASH("a limited military clash on the border"),
  ROK_ELECTION("a snap presidential election in the ROK"),
  US_ELECTION("a US presidential election"),
  RUSSIA_DPRK_SUMMIT("a Russia-DPRK summit"),
  UN_VOTE("the US tables a sanctions resolution at the UN Security Council"),
  IMPEACHMENT("the ROK president is removed from office; an early election follows"),
  SHOCK("a jolt to a world variable or a relation");

  private final String description;

  InjectEvent(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
