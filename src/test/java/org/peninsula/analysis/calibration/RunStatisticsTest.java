package org.peninsula.analysis.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peninsula.model.Outcome;
import org.peninsula.model.Peninsula;
import org.peninsula.model.RunOutcome;
import org.peninsula.scenario.Scenario;

class RunStatisticsTest {
  static final List<YearlyStatistic> ALL = List.of(YearlyStatistic.values());

  @Test
  void yearlyCountsAddUpToTheRunsTotals() throws Exception {
    Scenario s = Scenario.load(Path.of("scenarios/history-2016.yaml"));
    for (long seed = 1; seed <= 20; seed++) {
      var p = s.draw(seed).parameters();
      double[] y = RunStatistics.yearly(new Peninsula(p, seed), ALL, 5);
      RunOutcome o = new Peninsula(s.draw(seed).parameters(), seed).runToEnd();
      assertEquals(o.get(Outcome.NUCLEAR_TESTS), sum(y, YearlyStatistic.NUCLEAR_TESTS), 0);
      assertEquals(o.get(Outcome.RESOLUTIONS_PASSED),
          sum(y, YearlyStatistic.SANCTIONS_RESOLUTIONS), 0);
      assertEquals(o.get(Outcome.RESOLUTIONS_VETOED), sum(y, YearlyStatistic.VETOES), 0);
      assertEquals(o.get(Outcome.TALKS_MONTHS), sum(y, YearlyStatistic.TALKS_MONTHS), 0);
      assertEquals(o.get(Outcome.US_ADMINISTRATION_CHANGES),
          sum(y, YearlyStatistic.US_ADMINISTRATION_CHANGES), 0);
      // One DPRK action a month: a month has a short or a long launch, never both.
      assertEquals(o.get(Outcome.MISSILE_TESTS), sum(y, YearlyStatistic.LAUNCH_MONTHS_SHORT), 0);
      // A long-range month is a missile launch or a satellite launch, never both.
      assertEquals(o.get(Outcome.ICBM_TESTS), sum(y, YearlyStatistic.LAUNCH_MONTHS_LONG)
          + sum(y, YearlyStatistic.SATELLITE_LAUNCHES), 0);
      assertEquals(o.get(Outcome.SHORT_RANGE_LAUNCHES),
          sum(y, YearlyStatistic.LAUNCH_EVENTS_SHORT), 0);
      assertEquals(o.get(Outcome.LONG_RANGE_LAUNCHES),
          sum(y, YearlyStatistic.LAUNCH_EVENTS_LONG), 0);
      assertEquals(o.get(Outcome.SATELLITE_LAUNCHES),
          sum(y, YearlyStatistic.SATELLITE_LAUNCHES), 0);
      // Launch days are at least the launch months, class by class.
      assertTrue(sum(y, YearlyStatistic.LAUNCH_EVENTS_SHORT)
          >= sum(y, YearlyStatistic.LAUNCH_MONTHS_SHORT));
      assertTrue(sum(y, YearlyStatistic.LAUNCH_EVENTS_LONG)
          >= sum(y, YearlyStatistic.LAUNCH_MONTHS_LONG));
      assertEquals(sum(y, YearlyStatistic.LAUNCH_MONTHS),
          sum(y, YearlyStatistic.LAUNCH_MONTHS_SHORT) + sum(y, YearlyStatistic.LAUNCH_MONTHS_LONG),
          0);
      for (int year = 0; year < 5; year++) {
        double months = y[ALL.indexOf(YearlyStatistic.LAUNCH_MONTHS) * 5 + year];
        assertTrue(months >= 0 && months <= 12);
        double shortMonths = y[ALL.indexOf(YearlyStatistic.LAUNCH_MONTHS_SHORT) * 5 + year];
        double shortDays = y[ALL.indexOf(YearlyStatistic.LAUNCH_EVENTS_SHORT) * 5 + year];
        assertEquals(shortMonths == 0 ? 1 : shortDays / shortMonths,
            y[ALL.indexOf(YearlyStatistic.LAUNCH_DAYS_PER_MONTH_SHORT) * 5 + year], 1e-12);
        double longMonths = y[ALL.indexOf(YearlyStatistic.LAUNCH_MONTHS_LONG) * 5 + year];
        double longDays = y[ALL.indexOf(YearlyStatistic.LAUNCH_EVENTS_LONG) * 5 + year];
        assertEquals(longMonths == 0 ? 1 : longDays / longMonths,
            y[ALL.indexOf(YearlyStatistic.LAUNCH_DAYS_PER_MONTH_LONG) * 5 + year], 1e-12);
        double dir = y[ALL.indexOf(YearlyStatistic.CHINA_TRADE_DIRECTION) * 5 + year];
        assertTrue(Double.isNaN(dir) || dir == -1 || dir == 0 || dir == 1);
      }
    }
  }

  @Test
  void theRecordFileCoversEveryStatisticTheModelProduces() throws Exception {
    HistoryRecord r = HistoryRecord.load(Path.of("scenarios/history/2016-2020.yaml"));
    assertEquals(List.of(2016, 2017, 2018, 2019, 2020), r.years());
    Observation o = r.observation(ALL);
    assertEquals(ALL.size() * 5, o.size());
    assertEquals("launchMonths.2016", o.names().get(0));
    assertEquals(8, o.low()[0], 0);
    int i = o.names().indexOf("launchMonthsLong.2017");
    assertEquals(5, o.low()[i], 0);
    assertEquals(6, o.high()[i], 0);
    int k = o.names().indexOf("launchEventsShort.2019");
    assertEquals(13, o.low()[k], 0);
    assertEquals(13, o.high()[k], 0);
    int sat = o.names().indexOf("satelliteLaunches.2016");
    assertEquals(1, o.low()[sat], 0);
  }

  @Test
  void aSatelliteLaunchIsNoLongRangeMissileMonth() throws Exception {
    Scenario s = Scenario.load(Path.of("scenarios/history-2016.yaml"));
    double satellites = 0;
    for (long seed = 1; seed <= 20; seed++) {
      var p = s.draw(seed).parameters().toBuilder()
          .setMechanism(org.peninsula.model.Mechanism.SATELLITE_SHARE, 1.0).build();
      double[] y = RunStatistics.yearly(new Peninsula(p, seed), ALL, 5);
      assertEquals(0, sum(y, YearlyStatistic.LAUNCH_MONTHS_LONG), 0);
      assertEquals(0, sum(y, YearlyStatistic.LAUNCH_EVENTS_LONG), 0);
      satellites += sum(y, YearlyStatistic.SATELLITE_LAUNCHES);
    }
    assertTrue(satellites > 0, "history-2016 has long-range tests to turn into satellites");
  }

  private static double sum(double[] y, YearlyStatistic s) {
    int k = ALL.indexOf(s);
    double t = 0;
    for (int year = 0; year < 5; year++) {
      t += y[k * 5 + year];
    }
    return t;
  }
}
