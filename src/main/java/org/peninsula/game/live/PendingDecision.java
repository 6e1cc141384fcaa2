package org.peninsula.game.live;

import org.peninsula.model.Action;

/** The latest acknowledged decision of a seat for the open turn (0-based turn). */
public record PendingDecision(String participantId, Action action, int turn, long at,
    long seq) {}
