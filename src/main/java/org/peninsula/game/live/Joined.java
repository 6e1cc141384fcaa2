package org.peninsula.game.live;

/**
 * The answer to a join or a rejoin: the participant, the secret that proves it is them, and the
 * code that brings them back to their seat from another tab or device (null on a rejoin: the
 * code stays what it was).
 */
public record Joined(Game game, Participant participant, String token, String rejoinCode) {}
