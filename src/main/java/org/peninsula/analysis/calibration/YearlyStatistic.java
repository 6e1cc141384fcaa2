package org.peninsula.analysis.calibration;

import org.peninsula.model.Outcome;

/**
 * The yearly summary statistics the model can produce today, each named as in the record file
 * (scenarios/history). A run gives one value per statistic and calendar year; the calibration
 * compares them with the record year by year ("launchMonths.2017").
 *
 * <p>The record's {@code otherResolutions} (Panel of Experts renewals) and its trade figures in
 * dollars have no counterpart in the model and are not listed.
 */
public enum YearlyStatistic {
  /** Months with a missile launch of either class (satellite launches apart). */
  LAUNCH_MONTHS("launchMonths"),
  /** Months with a (short- or medium-range) missile test. */
  LAUNCH_MONTHS_SHORT("launchMonthsShort"),
  /** Months with an ICBM (or intermediate-range) test; a satellite launch is not one. */
  LAUNCH_MONTHS_LONG("launchMonthsLong"),
  /** Launch days of short- and medium-range missiles (several in a month of testing). */
  LAUNCH_EVENTS_SHORT("launchEventsShort"),
  /** Launch days of intermediate-range and intercontinental missiles. */
  LAUNCH_EVENTS_LONG("launchEventsLong"),
  SATELLITE_LAUNCHES("satelliteLaunches"),
  /**
   * Mean launch days of the year's short-range launch months: the size of a burst, apart from
   * how often the DPRK tests. A year without such a month reads 1 (the least a launch month
   * holds), so a run that did not launch is judged by the launch months, not twice.
   */
  LAUNCH_DAYS_PER_MONTH_SHORT("launchDaysPerMonthShort"),
  /** The same for long-range launch months. */
  LAUNCH_DAYS_PER_MONTH_LONG("launchDaysPerMonthLong"),
  NUCLEAR_TESTS("nuclearTests"),
  /** Sanctions resolutions passed. */
  SANCTIONS_RESOLUTIONS("sanctionsResolutions"),
  VETOES("vetoes"),
  /** Months with talks under way (any format). */
  TALKS_MONTHS("talksMonths"),
  ROK_GOVERNMENT_CHANGES("rokGovernmentChanges"),
  US_ADMINISTRATION_CHANGES("usAdministrationChanges"),
  /** Abstentions of China and Russia in Council votes (the record: every vote unanimous). */
  ABSTENTIONS("abstentions"),
  /** Leaders' summits with the DPRK (summits of an open track, scripted Russia-DPRK ones). */
  SUMMITS("summits"),
  /** The model's limited military clashes, against the record's lethal incidents. */
  LETHAL_CLASHES("lethalClashes"),
  /**
   * Direction of China-DPRK trade against the year before, read in the model as the opposite of
   * the change in China's mean enforcement over the year (+1 when enforcement fell, -1 when it
   * rose, 0 when it did not move). The first year compares with the starting value.
   */
  CHINA_TRADE_DIRECTION("chinaTradeDirection");

  private final String key;

  YearlyStatistic(String key) {
    this.key = key;
  }

  /** The statistic's name in the record file. */
  public String key() {
    return key;
  }

  public static YearlyStatistic byKey(String key) {
    for (YearlyStatistic s : values()) {
      if (s.key.equals(key)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown statistic " + key);
  }

  /** The cumulative counter a statistic is the yearly difference of, or null. */
  Outcome counter() {
    return switch (this) {
      case NUCLEAR_TESTS -> Outcome.NUCLEAR_TESTS;
      case SANCTIONS_RESOLUTIONS -> Outcome.RESOLUTIONS_PASSED;
      case VETOES -> Outcome.RESOLUTIONS_VETOED;
      case TALKS_MONTHS -> Outcome.TALKS_MONTHS;
      case ROK_GOVERNMENT_CHANGES -> Outcome.ROK_GOVERNMENT_CHANGES;
      case US_ADMINISTRATION_CHANGES -> Outcome.US_ADMINISTRATION_CHANGES;
      case LETHAL_CLASHES -> Outcome.CLASHES;
      case ABSTENTIONS -> Outcome.ABSTENTIONS;
      case SUMMITS -> Outcome.SUMMITS;
      case LAUNCH_EVENTS_SHORT -> Outcome.SHORT_RANGE_LAUNCHES;
      case LAUNCH_EVENTS_LONG -> Outcome.LONG_RANGE_LAUNCHES;
      case SATELLITE_LAUNCHES -> Outcome.SATELLITE_LAUNCHES;
      default -> null;
    };
  }

}
