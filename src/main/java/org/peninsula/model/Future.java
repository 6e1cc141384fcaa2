package org.peninsula.model;

/**
 * The kind of future a run ended in. {@link FutureClassifier} assigns exactly one, by written
 * rules checked in the order of this enum.
 */
public enum Future {
  ESCALATION_TO_WAR("escalation to war"),
  NEGOTIATED_SETTLEMENT("negotiated settlement"),
  SANCTIONS_COLLAPSE("sanctions collapse / normalisation"),
  TURBULENT_ESCALATION("turbulent escalation short of war"),
  CONFRONTATIONAL_STABILITY("confrontational stability (neither peace nor war)");

  private final String label;

  Future(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
