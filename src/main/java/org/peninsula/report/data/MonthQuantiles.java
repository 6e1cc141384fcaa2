package org.peninsula.report.data;

/**
 * The 5/25/50/75/95 % quantiles of a quantity across runs at one month: one slice of a fan chart.
 */
public record MonthQuantiles(int month, double q05, double q25, double q50, double q75,
    double q95) {

  public MonthQuantiles {
    Checks.finite(q05, "q05");
    Checks.finite(q25, "q25");
    Checks.finite(q50, "q50");
    Checks.finite(q75, "q75");
    Checks.finite(q95, "q95");
    if (!(q05 <= q25 && q25 <= q50 && q50 <= q75 && q75 <= q95)) {
      throw new IllegalArgumentException("quantiles of month " + month + " are not ordered: "
          + q05 + ", " + q25 + ", " + q50 + ", " + q75 + ", " + q95);
    }
  }
}
