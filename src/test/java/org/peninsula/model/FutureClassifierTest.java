package org.peninsula.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each rule of the classifier just below, at and just above its threshold, and the rule order. */
class FutureClassifierTest {

  private final ModelParameters p = ModelParameters.builder()
      .setMechanism(Mechanism.COLLAPSE_PRESSURE, 0.2)
      .setMechanism(Mechanism.TURBULENT_FINAL_TENSION, 0.7)
      .setMechanism(Mechanism.TURBULENT_HIGH_SHARE, 0.25).build();

  /** A run that ends in confrontational stability, well inside every threshold. */
  private static double[] calm() {
    double[] v = new double[Outcome.COUNT];
    v[Outcome.MONTHS_SIMULATED.ordinal()] = 100;
    v[Outcome.FINAL_SANCTIONS_PRESSURE.ordinal()] = 0.5;
    v[Outcome.FINAL_TENSION.ordinal()] = 0.3;
    v[Outcome.MONTHS_HIGH_TENSION.ordinal()] = 0;
    return v;
  }

  private Future with(Outcome o, double value) {
    double[] v = calm();
    v[o.ordinal()] = value;
    return FutureClassifier.classify(v, p);
  }

  private static double below(double x) {
    return Math.nextDown(x);
  }

  private static double above(double x) {
    return Math.nextUp(x);
  }

  @Test
  void warIsAnyWar() {
    assertEquals(Future.CONFRONTATIONAL_STABILITY, with(Outcome.WAR, 0));
    assertEquals(Future.ESCALATION_TO_WAR, with(Outcome.WAR, 1));
    assertEquals(Future.ESCALATION_TO_WAR, with(Outcome.WAR, Double.MIN_VALUE));
  }

  @Test
  void aDealInForceAtTheEndIsASettlement() {
    assertEquals(Future.CONFRONTATIONAL_STABILITY, with(Outcome.DEAL_IN_FORCE, 0));
    assertEquals(Future.NEGOTIATED_SETTLEMENT, with(Outcome.DEAL_IN_FORCE, 1));
    // A deal struck and broken is not a settlement.
    assertEquals(Future.CONFRONTATIONAL_STABILITY, with(Outcome.DEAL, 1));
  }

  @Test
  void sanctionsCollapseIsStrictlyBelowTheCollapsePressure() {
    assertEquals(Future.SANCTIONS_COLLAPSE, with(Outcome.FINAL_SANCTIONS_PRESSURE, below(0.2)));
    assertEquals(Future.CONFRONTATIONAL_STABILITY, with(Outcome.FINAL_SANCTIONS_PRESSURE, 0.2));
    assertEquals(Future.CONFRONTATIONAL_STABILITY,
        with(Outcome.FINAL_SANCTIONS_PRESSURE, above(0.2)));
  }

  @Test
  void turbulenceStartsAtTheFinalTensionThreshold() {
    assertEquals(Future.CONFRONTATIONAL_STABILITY, with(Outcome.FINAL_TENSION, below(0.7)));
    assertEquals(Future.TURBULENT_ESCALATION, with(Outcome.FINAL_TENSION, 0.7));
    assertEquals(Future.TURBULENT_ESCALATION, with(Outcome.FINAL_TENSION, above(0.7)));
  }

  @Test
  void turbulenceStartsAtTheShareOfHighTensionMonths() {
    // 100 months: 24 is below a quarter, 25 at it, 26 above.
    assertEquals(Future.CONFRONTATIONAL_STABILITY, with(Outcome.MONTHS_HIGH_TENSION, 24));
    assertEquals(Future.TURBULENT_ESCALATION, with(Outcome.MONTHS_HIGH_TENSION, 25));
    assertEquals(Future.TURBULENT_ESCALATION, with(Outcome.MONTHS_HIGH_TENSION, 26));
  }

  @Test
  void theShareIsOfTheMonthsSimulatedAndAtLeastOneMonth() {
    double[] v = calm();
    v[Outcome.MONTHS_SIMULATED.ordinal()] = 8;
    v[Outcome.MONTHS_HIGH_TENSION.ordinal()] = 2;
    assertEquals(Future.TURBULENT_ESCALATION, FutureClassifier.classify(v, p), "2 of 8 months");
    v[Outcome.MONTHS_HIGH_TENSION.ordinal()] = 1;
    assertEquals(Future.CONFRONTATIONAL_STABILITY, FutureClassifier.classify(v, p), "1 of 8");
    v[Outcome.MONTHS_SIMULATED.ordinal()] = 0;
    v[Outcome.MONTHS_HIGH_TENSION.ordinal()] = 0;
    assertEquals(Future.CONFRONTATIONAL_STABILITY, FutureClassifier.classify(v, p),
        "no months: no division by zero");
  }

  @Test
  void rulesApplyInTheirWrittenOrder() {
    double[] v = calm();
    v[Outcome.WAR.ordinal()] = 1;
    v[Outcome.DEAL_IN_FORCE.ordinal()] = 1;
    v[Outcome.FINAL_SANCTIONS_PRESSURE.ordinal()] = 0;
    v[Outcome.FINAL_TENSION.ordinal()] = 1;
    assertEquals(Future.ESCALATION_TO_WAR, FutureClassifier.classify(v, p));
    v[Outcome.WAR.ordinal()] = 0;
    assertEquals(Future.NEGOTIATED_SETTLEMENT, FutureClassifier.classify(v, p));
    v[Outcome.DEAL_IN_FORCE.ordinal()] = 0;
    assertEquals(Future.SANCTIONS_COLLAPSE, FutureClassifier.classify(v, p));
    v[Outcome.FINAL_SANCTIONS_PRESSURE.ordinal()] = 0.5;
    assertEquals(Future.TURBULENT_ESCALATION, FutureClassifier.classify(v, p));
  }
}
