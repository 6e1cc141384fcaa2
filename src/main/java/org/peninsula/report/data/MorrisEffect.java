package org.peninsula.report.data;

/**
 * Morris elementary-effect summary of one parameter: mu* (mean absolute effect, importance) and
 * sigma (spread of effects, non-linearity or interaction).
 */
public record MorrisEffect(String parameter, double muStar, double sigma) {

  public MorrisEffect {
    Checks.label(parameter, "parameter");
    Checks.finite(muStar, "muStar");
    Checks.finite(sigma, "sigma");
    if (muStar < 0 || sigma < 0) {
      throw new IllegalArgumentException("mu* and sigma must be >= 0 for " + parameter);
    }
  }
}
