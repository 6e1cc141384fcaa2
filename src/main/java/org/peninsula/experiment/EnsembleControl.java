package org.peninsula.experiment;

/**
 * Lets another thread (a Ctrl-C handler, a game's "stop" button) stop a running batch. The
 * batch finishes committing the block in hand, writes its checkpoint, and returns as
 * interrupted; nothing already written is lost.
 */
public final class EnsembleControl {
  private volatile boolean cancelled;

  public void cancel() {
    cancelled = true;
  }

  public boolean cancelled() {
    return cancelled;
  }
}
