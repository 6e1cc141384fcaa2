package org.peninsula.game.store;

/**
 * Someone who joined a game; {@code actor} is the country they hold, or null. Only hashes of the
 * token and of the rejoin code (null for players who joined before rejoin codes) are kept.
 */
public record ParticipantRow(String id, String gameId, String name, String tokenHash,
    String actor, long joinedAt, String rejoinHash) {}
