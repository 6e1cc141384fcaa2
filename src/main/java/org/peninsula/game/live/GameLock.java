package org.peninsula.game.live;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * A game's one lock, and the only place that takes it. Changes to seats, status, clock and turns
 * hold the write side ({@link #write}) and happen one at a time; readers and decisions share the
 * read side ({@link #read}): decisions touch only their own seat, and whatever changes seats or
 * turns waits for them, so a decision acknowledged for a turn is one that turn plays. Fair, so a
 * class deciding at once cannot starve the teacher's Advance.
 */
final class GameLock {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

  <T> T read(Supplier<T> body) {
    return under(lock.readLock(), body);
  }

  <T> T write(Supplier<T> body) {
    return under(lock.writeLock(), body);
  }

  void write(Runnable body) {
    under(lock.writeLock(), () -> {
      body.run();
      return null;
    });
  }

  boolean writing() {
    return lock.isWriteLockedByCurrentThread();
  }

  private static <T> T under(Lock l, Supplier<T> body) {
    l.lock();
    try {
      return body.get();
    } finally {
      l.unlock();
    }
  }
}
