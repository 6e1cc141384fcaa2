package org.peninsula.game.web;

import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.peninsula.game.ScenarioLibrary;
import org.peninsula.game.live.Games;

/**
 * Where the server listens, where it keeps its games, which scenarios it offers, and the lobby's
 * guards.
 *
 * @param maxParticipants players one game takes at most
 * @param tls serve HTTPS with a self-signed certificate kept in the data folder
 * @param limits the per-address rate limits
 * @param clock the clock of the rate limits and the one-time teacher links (tests inject one)
 * @param clientAddress who a request comes from, for the rate limits: the connection's remote
 *     address; tests inject another (never from a header a client controls in production)
 */
public record ServerConfig(String host, int port, Path dataDir, ScenarioLibrary scenarios,
    int maxParticipants, boolean tls, Limits limits, LongSupplier clock,
    Function<Context, String> clientAddress) {

  /**
   * Token buckets per client address: {@code joinBurst} joins (and rejoins) at once, refilled at
   * {@code joinsPerMinute}; {@code lookupBurst} lookups by join code at once (joins, rejoins, the
   * projector, and every request naming a game it has no token for), refilled at
   * {@code lookupsPerMinute}.
   */
  public record Limits(int joinBurst, int joinsPerMinute, int lookupBurst,
      int lookupsPerMinute) {
    /**
     * A device joins once, maybe twice; a projector looks its game up every refresh. A
     * guesser at 60 lookups a minute needs about 900 years, on average, to hit one of 30 live
     * 8-character codes.
     */
    public static final Limits DEFAULT = new Limits(10, 10, 120, 60);

    public Limits {
      if (joinBurst < 1 || joinsPerMinute < 1 || lookupBurst < 1 || lookupsPerMinute < 1) {
        throw new IllegalArgumentException("rate limits must be positive: " + joinBurst + ", "
            + joinsPerMinute + ", " + lookupBurst + ", " + lookupsPerMinute);
      }
    }
  }

  public ServerConfig {
    if (maxParticipants < 1) {
      throw new IllegalArgumentException("at most " + maxParticipants + " players per game");
    }
  }

  /** The defaults: 40 players a game, no TLS, the default limits, the real clock. */
  public ServerConfig(String host, int port, Path dataDir, ScenarioLibrary scenarios) {
    this(host, port, dataDir, scenarios, Games.DEFAULT_MAX_PARTICIPANTS, false, Limits.DEFAULT,
        System::currentTimeMillis, Context::ip);
  }

  public ServerConfig withTls(boolean on) {
    return new ServerConfig(host, port, dataDir, scenarios, maxParticipants, on, limits, clock,
        clientAddress);
  }

  public ServerConfig withMaxParticipants(int max) {
    return new ServerConfig(host, port, dataDir, scenarios, max, tls, limits, clock,
        clientAddress);
  }

  /** For tests: limits, a clock, and where a request comes from. */
  public ServerConfig withGuards(Limits l, LongSupplier c, Function<Context, String> address) {
    return new ServerConfig(host, port, dataDir, scenarios, maxParticipants, tls, l, c,
        address);
  }
}
