package org.peninsula.model;

import java.util.Locale;

/**
 * One number that shapes the model's behaviour, declared once: the key a scenario, a sweep or a
 * sensitivity study names it by, its default, its admissible range, what it means, where it
 * comes from and which parts of the model read it. {@link Declarations} lists them all.
 *
 * @param index position in {@link Declarations#all()} and in {@link ModelParameters}' values
 * @param key e.g. {@code actors.RUS.pressure}, {@code mechanisms.clashEscalation},
 *     {@code weights.RUS.OPPOSE_SANCTIONS.opposition},
 *     {@code effects.USA.OFFER_TALKS.relation.DPRK}
 * @param source an article's short name (see docs/model.md) or {@code model-assumption}
 * @param claim what the source says, paraphrased, or why the assumption is made; may be empty
 * @param readers the model classes (and, for weights, the move) that read the number
 * @param label for a utility weight, the human words a trace shows for its term; else empty
 */
public record ParameterDeclaration(int index, String key, double defaultValue, double min,
    double max, String meaning, String source, String claim, String readers, String label) {

  public static final String MODEL_ASSUMPTION = "model-assumption";

  public ParameterDeclaration {
    if (!(min <= defaultValue && defaultValue <= max)) {
      throw new IllegalArgumentException(key + ": default " + defaultValue + " outside ["
          + min + ", " + max + "]");
    }
  }

  /** The first segment of the key: actors, relations, world, mechanisms, weights, effects. */
  public String group() {
    return key.substring(0, key.indexOf('.'));
  }

  public boolean admits(double value) {
    return value >= min && value <= max;
  }

  /** "[0, 1]" with the shortest exact rendering of each bound. */
  public String rangeText() {
    return "[" + number(min) + ", " + number(max) + "]";
  }

  /** Shortest plain rendering of a parameter value, independent of the JVM's locale. */
  public static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e9) {
      return Long.toString((long) v);
    }
    String s = Double.toString(v);
    return s.contains("E") ? String.format(Locale.ROOT, "%.6g", v) : s;
  }
}
