package org.peninsula.game.store;

/** The move a person's seat played in a closed turn. */
public record MoveRow(String gameId, int turn, String actor, String action, String player) {}
