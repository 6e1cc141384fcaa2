package org.peninsula.game.live;

/** The answer to a join: the participant and the secret that proves it is them. */
public record Joined(Game game, Participant participant, String token) {}
