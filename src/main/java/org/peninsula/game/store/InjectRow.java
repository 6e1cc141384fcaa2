package org.peninsula.game.store;

/** An event the teacher injected at a turn. */
public record InjectRow(long seq, String gameId, int turn, String event, long at) {}
