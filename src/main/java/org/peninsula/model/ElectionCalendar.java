package org.peninsula.model;

import java.io.Serializable;

/**
 * When presidential elections fall, as month indices from the start of the run. A first month
 * below zero with an interval means the cycle started before the run.
 */
public record ElectionCalendar(int rokFirst, int rokInterval, int usFirst, int usInterval)
    implements Serializable {

  /** First ROK presidential election the model knows of (every five years from then). */
  public static final int ROK_FIRST_YEAR = 2022;
  public static final int ROK_FIRST_MONTH = 3;
  public static final int ROK_INTERVAL = 60;
  /** First US presidential election the model knows of (every four years from then). */
  public static final int US_FIRST_YEAR = 2024;
  public static final int US_FIRST_MONTH = 11;
  public static final int US_INTERVAL = 48;

  /** The real cycles (ROK March 2022, US November 2024) seen from a run starting then. */
  public static ElectionCalendar standard(int startYear, int startMonth) {
    return new ElectionCalendar(monthsFrom(startYear, startMonth, ROK_FIRST_YEAR, ROK_FIRST_MONTH),
        ROK_INTERVAL, monthsFrom(startYear, startMonth, US_FIRST_YEAR, US_FIRST_MONTH),
        US_INTERVAL);
  }

  /** Month index of year-month relative to a start year-month. */
  public static int monthsFrom(int startYear, int startMonth, int year, int month) {
    return (year * 12 + month - 1) - (startYear * 12 + startMonth - 1);
  }

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
