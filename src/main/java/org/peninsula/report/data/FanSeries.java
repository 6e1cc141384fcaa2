package org.peninsula.report.data;

import java.util.Comparator;
import java.util.List;

/** Monthly quantiles of one scenario, drawn as a median line with 50% and 90% bands. */
public record FanSeries(String label, List<MonthQuantiles> months) {

  public FanSeries {
    Checks.label(label, "label");
    // Sorted by month so the bands are drawn left to right whatever order the caller used.
    months = Checks.nonEmptyCopy(months, "months").stream()
        .sorted(Comparator.comparingInt(MonthQuantiles::month)).toList();
  }
}
