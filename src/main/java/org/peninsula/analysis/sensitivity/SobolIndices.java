package org.peninsula.analysis.sensitivity;

import org.peninsula.analysis.stats.Estimate;

/**
 * Sobol indices of one parameter: the first-order index S_i (share of output variance due to the
 * parameter alone) and the total index ST_i (share involving the parameter, interactions
 * included), each with its bootstrap interval.
 */
public record SobolIndices(String parameter, Estimate firstOrder, Estimate total) {}
