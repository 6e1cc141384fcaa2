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

  /** The first ROK election month at or after {@code month}; Integer.MAX_VALUE if none. */
  public int nextRokElection(int month) {
    return nextDue(month, rokFirst, rokInterval);
  }

  /** The first US election month at or after {@code month}; Integer.MAX_VALUE if none. */
  public int nextUsElection(int month) {
    return nextDue(month, usFirst, usInterval);
  }

  private static int nextDue(int month, int first, int interval) {
    if (month <= first) {
      return first;
    }
    if (interval <= 0) {
      return Integer.MAX_VALUE;
    }
    long cycles = ((long) month - first + interval - 1) / interval;
    long due = first + cycles * interval;
    return due > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) due;
  }

  private static boolean isDue(int month, int first, int interval) {
    if (interval <= 0) {
      return month == first;
    }
    return month >= first && (month - first) % interval == 0;
  }
}
