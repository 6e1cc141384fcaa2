package org.peninsula.model;

/** The five states whose choices the model plays out. The order is fixed and used as an index. */
public enum Actor {
  USA("United States"),
  CHN("China"),
  RUS("Russia"),
  ROK("South Korea"),
  DPRK("North Korea");

  public static final int COUNT = values().length;

  private final String displayName;

  Actor(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }
}
