package org.peninsula.game.web;

import io.javalin.http.Context;
import java.util.function.Function;
import java.util.function.Supplier;
import org.peninsula.game.GameException;

/**
 * The lobby's guard: per client address, a limit on joins and rejoins and a limit on lookups by
 * join code. A lookup is any request that names a game and is not proved by a valid token or
 * the teacher's cookie: a join, a rejoin, the projector, or a request whose game or token turns
 * out wrong. Over a limit the answer is 429 with Retry-After (seconds).
 */
final class Guard {
  private final RateLimiter joins;
  private final RateLimiter lookups;
  private final Function<Context, String> address;

  Guard(ServerConfig.Limits limits, java.util.function.LongSupplier clock,
      Function<Context, String> address) {
    this.joins = new RateLimiter(limits.joinBurst(), limits.joinsPerMinute(), clock);
    this.lookups = new RateLimiter(limits.lookupBurst(), limits.lookupsPerMinute(), clock);
    this.address = address;
  }

  /** A join or rejoin: one from each bucket. */
  void join(Context ctx) {
    String a = address.apply(ctx);
    refuseIf(ctx, lookups.peek(a));
    refuseIf(ctx, joins.take(a));
    refuseIf(ctx, lookups.take(a));
  }

  /** A lookup by code that proves nothing (the projector). */
  void lookup(Context ctx) {
    refuseIf(ctx, lookups.take(address.apply(ctx)));
  }

  /**
   * A request that names a game with a token: free when it resolves, one lookup when the game
   * or the token is wrong; refused while the address has no lookups left.
   */
  <T> T proved(Context ctx, Supplier<T> resolve) {
    String a = address.apply(ctx);
    refuseIf(ctx, lookups.peek(a));
    try {
      return resolve.get();
    } catch (GameException e) {
      if (e.status() == 403 || e.status() == 404) {
        lookups.take(a);
      }
      throw e;
    }
  }

  private static void refuseIf(Context ctx, long retryAfter) {
    if (retryAfter > 0) {
      ctx.header("Retry-After", Long.toString(retryAfter));
      throw new GameException(429, "too many requests from this address; try again in "
          + retryAfter + " s");
    }
  }
}
