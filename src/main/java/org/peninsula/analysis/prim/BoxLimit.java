package org.peninsula.analysis.prim;

/**
 * The box's range on one parameter, lower ≤ x ≤ upper, in natural units. A limit is restricted
 * when it excludes part of the observed range; an unrestricted limit shows the observed minimum
 * and maximum. Peeled and pasted limits lie midway between the last excluded and the first
 * included observed value.
 */
public record BoxLimit(String parameter, double lower, double upper, boolean restricted) {}
