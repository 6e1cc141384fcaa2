package org.peninsula.report.data;

/** The value of a quantity (e.g. tension) at one month of a run. */
public record MonthValue(int month, double value) {

  public MonthValue {
    Checks.finite(value, "value");
  }
}
