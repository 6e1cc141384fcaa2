package org.peninsula.game.store;

/** The database failed; the request that caused it is not acknowledged. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
