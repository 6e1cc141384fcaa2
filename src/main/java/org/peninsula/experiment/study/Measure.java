package org.peninsula.experiment.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.peninsula.model.Future;
import org.peninsula.model.Outcome;

/**
 * One number per design point for sensitivity analysis and scenario discovery: the probability
 * of a future ({@code confrontationalStability}, {@code future:SANCTIONS_COLLAPSE}, ...) or the
 * mean of an outcome over the point's replications ({@code peakTension}; {@code war} is 0/1, so
 * its mean is the probability of war).
 */
public record Measure(String name, Future future, Outcome outcome) {

  /** The name of a future as a measure: ESCALATION_TO_WAR -> escalationToWar. */
  public static String futureKey(Future f) {
    StringBuilder b = new StringBuilder();
    boolean upper = false;
    for (char c : f.name().toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        b.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return b.toString();
  }

  /**
   * Parses a measure name.
   *
   * @throws IllegalArgumentException naming the accepted names
   */
  public static Measure parse(String name) {
    String n = name == null ? "" : name.trim();
    for (Future f : Future.values()) {
      if (n.equals(futureKey(f)) || n.equalsIgnoreCase("future:" + f.name())
          || n.equals(f.name())) {
        return new Measure(futureKey(f), f, null);
      }
    }
    Outcome o = Outcome.byKey(n);
    if (o != null) {
      return new Measure(o.key(), null, o);
    }
    throw new IllegalArgumentException("unknown outcome '" + name + "'; use a future ("
        + String.join(", ", futureKeys()) + ", or future:NAME) or an outcome (war, peakTension,"
        + " russiaEconomicAxis, ...; see runs.csv's columns)");
  }

  static List<String> futureKeys() {
    List<String> keys = new ArrayList<>();
    for (Future f : Future.values()) {
      keys.add(futureKey(f));
    }
    return keys;
  }

  /** What the number is, for tables: "P(sanctionsCollapse)" or "mean peakTension". */
  public String label() {
    return future != null ? "P(" + name + ")" : "mean " + name;
  }

  public double of(PointResult r) {
    return future != null ? r.probability(future) : r.mean(outcome);
  }

  /** Per run: 1/0 for a future, the outcome's value otherwise. */
  public double ofRun(Future f, double[] values) {
    if (future != null) {
      return f == future ? 1 : 0;
    }
    return values[outcome.ordinal()];
  }
}
