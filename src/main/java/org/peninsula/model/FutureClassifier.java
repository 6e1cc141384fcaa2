package org.peninsula.model;

/**
 * The written rules that name the future a run ended in, checked in this order:
 * <ol>
 *   <li>escalation to war: war broke out;</li>
 *   <li>negotiated settlement: a deal still holds at the end;</li>
 *   <li>sanctions collapse / normalisation: final effective sanctions pressure is below
 *       {@code collapsePressure};</li>
 *   <li>turbulent escalation short of war: final tension at or above
 *       {@code turbulentFinalTension}, or at least {@code turbulentHighShare} of the months in
 *       the high tension band;</li>
 *   <li>confrontational stability: everything else ("neither peace nor war").</li>
 * </ol>
 */
public final class FutureClassifier {
  private FutureClassifier() {}

  public static Future classify(double[] v, ModelParameters p) {
    if (v[Outcome.WAR.ordinal()] > 0) {
      return Future.ESCALATION_TO_WAR;
    }
    if (v[Outcome.DEAL_IN_FORCE.ordinal()] > 0) {
      return Future.NEGOTIATED_SETTLEMENT;
    }
    if (v[Outcome.FINAL_SANCTIONS_PRESSURE.ordinal()] < p.mechanism(Mechanism.COLLAPSE_PRESSURE)) {
      return Future.SANCTIONS_COLLAPSE;
    }
    double months = Math.max(1, v[Outcome.MONTHS_SIMULATED.ordinal()]);
    if (v[Outcome.FINAL_TENSION.ordinal()] >= p.mechanism(Mechanism.TURBULENT_FINAL_TENSION)
        || v[Outcome.MONTHS_HIGH_TENSION.ordinal()] / months
            >= p.mechanism(Mechanism.TURBULENT_HIGH_SHARE)) {
      return Future.TURBULENT_ESCALATION;
    }
    return Future.CONFRONTATIONAL_STABILITY;
  }
}
