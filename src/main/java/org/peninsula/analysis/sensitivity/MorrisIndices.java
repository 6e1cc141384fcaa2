package org.peninsula.analysis.sensitivity;

import org.peninsula.analysis.stats.Estimate;

/**
 * Elementary-effect statistics of one parameter (Morris 1991; Campolongo et al. 2007), with
 * effects measured per unit-cube step, so parameters with different ranges are comparable.
 *
 * @param mu mean elementary effect; effects of opposite sign cancel in it
 * @param muStar mean absolute elementary effect, the screening measure of overall influence,
 *     with a bootstrap interval
 * @param sigma sample standard deviation of the effects: non-linearity or interactions
 * @param effects number of elementary effects (one per trajectory)
 */
public record MorrisIndices(
    String parameter, double mu, Estimate muStar, double sigma, int effects) {}
