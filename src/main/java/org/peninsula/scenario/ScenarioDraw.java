package org.peninsula.scenario;

import java.util.Map;
import org.peninsula.model.ModelParameters;

/**
 * The parameters of one run: the scenario with every distribution drawn. {@code drawn} holds
 * the values drawn for the uncertain parameters, keyed by path ("actors.RUS.pressure"), in the
 * scenario's order.
 */
public record ScenarioDraw(ModelParameters parameters, Map<String, Double> drawn) {}
