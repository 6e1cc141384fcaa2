package org.peninsula.game.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets, one per key (a client address): {@code burst} requests at once, refilled at
 * {@code perMinute}. The clock is injected, so tests need no waiting.
 */
final class RateLimiter {
  /** Above this many tracked addresses, full (idle) buckets are dropped. */
  private static final int PRUNE_ABOVE = 10_000;

  private final double burst;
  private final double perMs;
  private final LongSupplier clock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  private static final class Bucket {
    double tokens;
    long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }
  }

  RateLimiter(int burst, int perMinute, LongSupplier clock) {
    this.burst = burst;
    this.perMs = perMinute / 60_000.0;
    this.clock = clock;
  }

  /** Takes one token for {@code key}: 0 if granted, else the seconds until one is (>= 1). */
  long take(String key) {
    return use(key, true);
  }

  /** Like {@link #take} but takes nothing: 0 if a request would be granted now. */
  long peek(String key) {
    return use(key, false);
  }

  private long use(String key, boolean take) {
    long now = clock.getAsLong();
    if (buckets.size() > PRUNE_ABOVE) {
      prune(now);
    }
    Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
    synchronized (b) {
      b.tokens = Math.min(burst, b.tokens + Math.max(0, now - b.at) * perMs);
      b.at = now;
      if (b.tokens >= 1) {
        if (take) {
          b.tokens -= 1;
        }
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - b.tokens) / perMs / 1000.0));
    }
  }

  private void prune(long now) {
    buckets.entrySet().removeIf(e -> {
      Bucket b = e.getValue();
      synchronized (b) {
        return b.tokens + Math.max(0, now - b.at) * perMs >= burst;
      }
    });
  }
}
