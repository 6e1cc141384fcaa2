package org.peninsula.game.store;

/**
 * A game as stored: its setup, options and where it stands; {@code locked}: the lobby takes no
 * new players (set when the game starts; the teacher may open it again).
 */
public record GameRow(String id, long createdAt, String scenarioFile, String scenarioText,
    long seed, int turnMonths, int turns, boolean allowPick, boolean autoAdvance,
    int turnSeconds, String status, int turn, Long deadlineAt, Long remainingMs,
    boolean locked) {}
