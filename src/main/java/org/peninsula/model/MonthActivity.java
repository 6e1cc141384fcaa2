package org.peninsula.model;

import java.io.Serializable;

/** What happened this month that later phases need to know; cleared at the start of a month. */
final class MonthActivity implements Serializable {
  private static final long serialVersionUID = 1L;

  boolean draftTabled;
  boolean dprkAcceptsTalks;
  boolean dprkMoratorium;
  boolean borderProvocation;
  /** An ICBM or nuclear test happened this month (by a move or a scripted event). */
  boolean strategicTest;
  boolean seoulEngagesRussia;
  boolean russiaCourtsSeoul;
  int provocations;

  void clear() {
    draftTabled = false;
    dprkAcceptsTalks = false;
    dprkMoratorium = false;
    borderProvocation = false;
    strategicTest = false;
    seoulEngagesRussia = false;
    russiaCourtsSeoul = false;
    provocations = 0;
  }
}
