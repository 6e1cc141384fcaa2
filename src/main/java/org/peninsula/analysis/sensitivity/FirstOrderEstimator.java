package org.peninsula.analysis.sensitivity;

/** Which estimator of the first-order partial variance V_i the Sobol analyser uses. */
public enum FirstOrderEstimator {
  /** V_i = (1/N) Σ f(B)_j (f(A_B^i)_j - f(A)_j); Saltelli et al. (2010), Table 2 (b). */
  SALTELLI_2010,
  /** V_i = V - (1/2N) Σ (f(B)_j - f(A_B^i)_j)^2; Jansen (1999), Saltelli et al. (2010) (d). */
  JANSEN_1999
}
