package org.peninsula.game;

/**
 * A request the game refuses, with a message meant for the person who made it and the HTTP
 * status that says why (400 malformed, 403 not yours, 404 no such thing, 409 not now).
 */
public final class GameException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  public GameException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }

  public static GameException badRequest(String message) {
    return new GameException(400, message);
  }

  public static GameException forbidden(String message) {
    return new GameException(403, message);
  }

  public static GameException notFound(String message) {
    return new GameException(404, message);
  }

  public static GameException conflict(String message) {
    return new GameException(409, message);
  }
}
