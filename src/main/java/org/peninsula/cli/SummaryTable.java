package org.peninsula.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.peninsula.experiment.EnsembleSummary;
import org.peninsula.experiment.FutureEstimate;
import org.peninsula.experiment.OutcomeSummary;
import org.peninsula.experiment.SeriesBands;

/** The printed form of an {@link EnsembleSummary}. */
final class SummaryTable {
  private SummaryTable() {}

  static void print(PrintWriter out, EnsembleSummary s) {
    out.printf(Locale.ROOT, "%s: %d runs (master seed %d), %d completed, %d failed%n%n",
        s.scenario(), s.runsAsked(), s.masterSeed(), s.runsCompleted(), s.runsFailed());
    out.printf(Locale.ROOT, "%-52s %7s %7s  %s%n", "Future", "runs", "P", "95% CI (Wilson)");
    for (FutureEstimate f : s.futures()) {
      out.printf(Locale.ROOT, "%-52s %7d %7.4f  [%.4f, %.4f]%n", f.future().label(), f.count(),
          f.probability(), f.low(), f.high());
    }
    out.println();
    out.printf(Locale.ROOT, "%-24s %8s %8s %8s %8s %8s %8s %8s %8s%n", "Outcome", "n", "mean",
        "sd", "p05", "p25", "median", "p75", "p95");
    for (OutcomeSummary o : s.outcomes()) {
      out.printf(Locale.ROOT, "%-24s %8d %8s %8s %8s %8s %8s %8s %8s%n", o.outcome().key(),
          o.n(), num(o.mean()), num(o.sd()), num(o.p05()), num(o.p25()), num(o.median()),
          num(o.p75()), num(o.p95()));
    }
    SeriesBands b = s.series();
    if (b != null && b.months() > 0) {
      out.println();
      out.println("Series, median [90% band] at the end of year:");
      int[] months = yearEnds(b.months());
      StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-20s", ""));
      for (int m : months) {
        String label = m < b.monthLabels().size() ? b.monthLabels().get(m) : "month " + m;
        head.append(String.format(Locale.ROOT, " %22s", label));
      }
      out.println(head);
      for (int sIdx = 0; sIdx < b.names().size(); sIdx++) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-20s",
            b.names().get(sIdx)));
        double[][] v = b.values()[sIdx];
        for (int m : months) {
          row.append(String.format(Locale.ROOT, " %22s", String.format(Locale.ROOT,
              "%.3f [%.3f, %.3f]", v[2][m], v[0][m], v[4][m])));
        }
        out.println(row);
      }
    }
    out.flush();
  }

  /** Months 11, 59, 119, ... and the last: ends of years 1, 5, 10, 15 within the horizon. */
  private static int[] yearEnds(int horizon) {
    int[] years = {1, 5, 10, 15, 20, 25, 30};
    java.util.List<Integer> ms = new java.util.ArrayList<>();
    for (int y : years) {
      if (12 * y - 1 < horizon - 1) {
        ms.add(12 * y - 1);
      }
    }
    ms.add(horizon - 1);
    return ms.stream().mapToInt(Integer::intValue).toArray();
  }

  static String num(double v) {
    if (Double.isNaN(v)) {
      return "-";
    }
    if (Math.abs(v) >= 10_000) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
