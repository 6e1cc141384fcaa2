package org.peninsula.report.data;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the input records, so bad data fails where it enters, not mid-drawing. */
final class Checks {

  private Checks() {}

  static String label(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }

  static double finite(double value, String what) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be finite, was " + value);
    }
    return value;
  }

  static <T> List<T> nonEmptyCopy(List<T> values, String what) {
    Objects.requireNonNull(values, what);
    if (values.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    return List.copyOf(values);
  }
}
