package org.peninsula.game.store;

/** One acknowledged decision: a participant's move for a country in a turn. */
public record SubmissionRow(long seq, String gameId, int turn, String actor,
    String participantId, String action, long at) {}
