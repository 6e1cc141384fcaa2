package org.peninsula.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The uncertainty of a parameter read from prose: uniform(min, max), triangular(min, mode,
 * max), beta(alpha, beta) rescaled to [min, max] (default [0, 1]), or normal(mean, sd)
 * truncated to [min, max] (default: the parameter's range).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DistributionSpec(String type, Double min, Double max, Double mode, Double alpha,
    Double beta, Double mean, Double sd) {}
