package org.peninsula.model;

/**
 * Where the parts of a utility go. In ensembles it is {@link #NONE} and only the sum is kept; a
 * trace or the game passes a recorder, so the same code that decides also explains.
 */
@FunctionalInterface
public interface Terms {

  /** Records that {@code reason} contributes {@code value} to {@code action}'s utility. */
  double add(int action, String reason, double value);

  Terms NONE = (action, reason, value) -> value;
}
