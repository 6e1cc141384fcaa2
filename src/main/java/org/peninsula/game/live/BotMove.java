package org.peninsula.game.live;

import org.peninsula.model.Action;
import org.peninsula.model.Actor;

/**
 * A seat no person holds and the move it will play in the open turn's first month if nothing
 * changes before Advance ({@code seat}: "bot" or "policy"), with the move its utilities make
 * likeliest and that move's probability.
 */
public record BotMove(Actor actor, Action action, String seat, Action likeliest,
    double likeliestProbability) {}
