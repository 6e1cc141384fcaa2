package org.peninsula.report.data;

import java.util.Arrays;

/**
 * A labelled numeric sample, e.g. the final tension of every run of a scenario. Holds a private
 * copy of the array so the caller can reuse its buffer; {@link #values()} returns a copy too.
 */
public record NamedSample(String label, double[] values) {

  public NamedSample {
    Checks.label(label, "label");
    if (values == null || values.length == 0) {
      throw new IllegalArgumentException("sample " + label + " must not be empty");
    }
    values = values.clone();
    for (double v : values) {
      Checks.finite(v, "value in sample " + label);
    }
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  public int size() {
    return values.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NamedSample that && label.equals(that.label)
        && Arrays.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return 31 * label.hashCode() + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "NamedSample[" + label + ", n=" + values.length + "]";
  }
}
