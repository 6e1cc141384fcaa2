package org.peninsula.model;

/** The five states whose choices the model plays out. The order is fixed and used as an index. */
public enum Actor {
  USA("United States"),
  CHN("China"),
  RUS("Russia"),
  ROK("South Korea"),
  DPRK("North Korea");

  private static final Actor[] ALL = values();
  public static final int COUNT = ALL.length;

  private final String displayName;

  Actor(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }

  /** Cached values() so hot code does not clone the array. */
  public static Actor of(int index) {
    return ALL[index];
  }

  public static Actor[] all() {
    return ALL.clone();
  }
}
