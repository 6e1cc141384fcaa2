package org.peninsula.analysis.prim;

/** How PRIM ranks candidate peels. */
public enum PeelObjective {
  /** Friedman and Fisher (1999): the peel leaving the highest density. */
  ORIGINAL,
  /**
   * Density gain per unit of mass removed, (d_new - d_old) / (m_old - m_new); favours small peels
   * when peels differ in size (Kwakkel and Jaxa-Rozen 2016, "lenient1" in the EMA Workbench).
   */
  LENIENT1
}
