package org.peninsula.model;

/**
 * Where the talks stand: the states of the talks state machine in {@link TalksProcess}. The
 * format of an open track ({@link TalksFormat}) is kept beside the stage.
 */
public enum TalksStage {
  /** No track is open and no deal holds. */
  NONE("no talks"),
  /** A track is open and no deal has been struck on it yet. */
  OPEN("talks open"),
  /** A deal has been struck and holds; its track stays open to implement it. */
  DEAL_IN_FORCE("deal in force"),
  /** A deal was broken by a strategic test; the track is still open, short of collapse. */
  BROKEN("deal broken, talks open");

  private final String label;

  TalksStage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether a track is open in this stage (every stage but {@link #NONE}). */
  public boolean trackOpen() {
    return this != NONE;
  }
}
