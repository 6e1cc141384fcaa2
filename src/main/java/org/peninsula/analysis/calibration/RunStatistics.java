package org.peninsula.analysis.calibration;

import java.util.List;
import org.peninsula.model.Actor;
import org.peninsula.model.Outcome;
import org.peninsula.model.Peninsula;

/**
 * Reads yearly statistics off a run without changing the model: it plays the run month by month
 * and differences the run's cumulative counters (the same values {@code runs.csv} reports at the
 * end) at each month's close. A run that ends early (war) adds nothing after its last month.
 */
public final class RunStatistics {
  private RunStatistics() {}

  /**
   * Plays {@code sim} to its end (or to the end of the last year asked for) and returns statistic s of year y at [s * years + y], where year
   * 0 is the calendar year of the run's first month.
   */
  public static double[] yearly(Peninsula sim, List<YearlyStatistic> stats, int years) {
    double[] out = new double[stats.size() * years];
    double[] v = new double[Outcome.COUNT];
    double[] before = new double[Outcome.COUNT];
    sim.outcomeInto(before);
    int startMonth = sim.parameters().startMonth() - 1;
    double[] enforcementSum = new double[years];
    int[] enforcementMonths = new int[years];
    double startEnforcement = sim.world().enforcement(Actor.CHN);
    // launch months and launch days of each class and year, for the burst sizes
    double[][] months = new double[2][years];
    double[][] days = new double[2][years];
    // Plays only as far as the record reaches; a longer horizon is not needed.
    while (!sim.finished() && (startMonth + sim.month()) / 12 < years) {
      int year = (startMonth + sim.month()) / 12;
      sim.stepMonth();
      sim.outcomeInto(v);
      if (year < years) {
        boolean shortTest = v[Outcome.SHORT_RANGE_LAUNCHES.ordinal()]
            > before[Outcome.SHORT_RANGE_LAUNCHES.ordinal()];
        boolean longTest = v[Outcome.LONG_RANGE_LAUNCHES.ordinal()]
            > before[Outcome.LONG_RANGE_LAUNCHES.ordinal()];
        months[0][year] += shortTest ? 1 : 0;
        months[1][year] += longTest ? 1 : 0;
        days[0][year] += v[Outcome.SHORT_RANGE_LAUNCHES.ordinal()]
            - before[Outcome.SHORT_RANGE_LAUNCHES.ordinal()];
        days[1][year] += v[Outcome.LONG_RANGE_LAUNCHES.ordinal()]
            - before[Outcome.LONG_RANGE_LAUNCHES.ordinal()];
        enforcementSum[year] += sim.world().enforcement(Actor.CHN);
        enforcementMonths[year]++;
        for (int s = 0; s < stats.size(); s++) {
          YearlyStatistic st = stats.get(s);
          int at = s * years + year;
          switch (st) {
            case LAUNCH_MONTHS -> out[at] += shortTest || longTest ? 1 : 0;
            case LAUNCH_MONTHS_SHORT -> out[at] += shortTest ? 1 : 0;
            case LAUNCH_MONTHS_LONG -> out[at] += longTest ? 1 : 0;
            case CHINA_TRADE_DIRECTION, LAUNCH_DAYS_PER_MONTH_SHORT,
                LAUNCH_DAYS_PER_MONTH_LONG -> { }
            default -> {
              int c = st.counter().ordinal();
              out[at] += v[c] - before[c];
            }
          }
        }
      }
      System.arraycopy(v, 0, before, 0, v.length);
    }
    burstSizes(out, stats, years, YearlyStatistic.LAUNCH_DAYS_PER_MONTH_SHORT, months[0],
        days[0]);
    burstSizes(out, stats, years, YearlyStatistic.LAUNCH_DAYS_PER_MONTH_LONG, months[1],
        days[1]);
    int s = stats.indexOf(YearlyStatistic.CHINA_TRADE_DIRECTION);
    if (s >= 0) {
      double previous = startEnforcement;
      for (int y = 0; y < years; y++) {
        if (enforcementMonths[y] == 0) {
          out[s * years + y] = Double.NaN;
          continue;
        }
        double mean = enforcementSum[y] / enforcementMonths[y];
        double change = mean - previous;
        out[s * years + y] = Math.abs(change) < 1e-9 ? 0 : -Math.signum(change);
        previous = mean;
      }
    }
    return out;
  }

  private static void burstSizes(double[] out, List<YearlyStatistic> stats, int years,
      YearlyStatistic st, double[] months, double[] days) {
    int s = stats.indexOf(st);
    if (s < 0) {
      return;
    }
    for (int y = 0; y < years; y++) {
      out[s * years + y] = months[y] == 0 ? 1 : days[y] / months[y];
    }
  }
}
