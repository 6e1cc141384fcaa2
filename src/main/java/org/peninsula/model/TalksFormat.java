package org.peninsula.model;

/** Which diplomatic track, if any, is open. */
public enum TalksFormat {
  NONE("no talks"),
  US_DPRK("US-DPRK talks"),
  INTER_KOREAN("inter-Korean talks"),
  MULTILATERAL("multilateral (six-party style) talks");

  private final String label;

  TalksFormat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
