package org.peninsula.model;

import java.io.Serializable;

/**
 * When presidential elections fall, as month indices from the start of the run. A first month
 * below zero with an interval means the cycle started before the run.
 */
public record ElectionCalendar(int rokFirst, int rokInterval, int usFirst, int usInterval)
    implements Serializable {

  public boolean rokElectionIn(int month) {
    return isDue(month, rokFirst, rokInterval);
  }

  public boolean usElectionIn(int month) {
    return isDue(month, usFirst, usInterval);
  }

  private static boolean isDue(int month, int first, int interval) {
    if (interval <= 0) {
      return month == first;
    }
    return month >= first && (month - first) % interval == 0;
  }
}
