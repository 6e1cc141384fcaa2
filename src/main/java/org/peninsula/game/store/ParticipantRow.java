package org.peninsula.game.store;

/** Someone who joined a game; {@code actor} is the country they hold, or null. */
public record ParticipantRow(String id, String gameId, String name, String tokenHash,
    String actor, long joinedAt) {}
