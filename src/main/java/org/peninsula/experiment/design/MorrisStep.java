package org.peninsula.experiment.design;

/**
 * One move along a Morris trajectory: from point {@code fromId} to point {@code toId} only
 * parameter {@code parameter} changes, by {@code unitDelta} (±Δ in unit-cube coordinates).
 * The elementary effect of that parameter is (y(to) - y(from)) / unitDelta.
 */
public record MorrisStep(String fromId, String toId, int parameter, double unitDelta) {}
