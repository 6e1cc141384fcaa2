package org.peninsula.game.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.peninsula.game.GameException;
import org.peninsula.game.live.Game;
import org.peninsula.game.live.Games;
import org.peninsula.game.odds.Debriefs;
import org.peninsula.game.odds.LiveOdds;
import org.peninsula.experiment.EnsembleOptions;
import org.peninsula.game.store.GameStore;
import org.peninsula.game.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The classroom game's web server: Javalin serving the pages (plain HTML, CSS and JavaScript
 * from the classpath), the JSON API and the event streams, over the games kept in an H2 file
 * in the data directory. Games stored there are rebuilt at start-up.
 */
public final class GameServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GameServer.class);
  private static final String CSP = "default-src 'self'; img-src 'self' data:;"
      + " style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'";

  private final ServerConfig config;
  private final GameStore store;
  private final Games games;
  private final EventStreams streams;
  private final LiveOdds odds;
  private final String teacherKey;
  private final Javalin app;
  private final Map<String, byte[]> pages = new ConcurrentHashMap<>();

  private GameServer(ServerConfig config) {
    this.config = config;
    try {
      java.nio.file.Files.createDirectories(config.dataDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + config.dataDir()
          + " (" + e.getClass().getSimpleName() + ")", e);
    }
    this.teacherKey = TeacherKey.load(config.dataDir());
    this.store = GameStore.open(config.dataDir());
    this.games = Games.open(store, config.scenarios().reader());
    this.streams = new EventStreams();
    games.addListener(streams::changed);
    this.odds = new LiveOdds(Integer.getInteger("peninsula.odds.runs", LiveOdds.DEFAULT_RUNS),
        Integer.getInteger("peninsula.odds.threads", EnsembleOptions.allCores()),
        streams::odds);
    Debriefs debriefs = new Debriefs(odds,
        Integer.getInteger("peninsula.debrief.runs", LiveOdds.DEFAULT_RUNS),
        Integer.getInteger("peninsula.debrief.counterfactualRuns", 500));
    games.addListener(odds::changed);
    games.addListener(debriefs::changed);
    for (Game g : games.all()) {
      if (g.status() != org.peninsula.game.live.GameStatus.FINISHED) {
        odds.changed(g); // finished games' debriefs are built when first asked for
      }
    }
    Views views = new Views();
    TeacherRoutes teacher = new TeacherRoutes(games, store, views, config.scenarios(),
        teacherKey);
    this.app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.jsonMapper(new JavalinJackson(Requests.JSON, false));
      c.http.maxRequestSize = 64 * 1024;
      c.staticFiles.add(sf -> {
        sf.hostedPath = "/static";
        sf.directory = "/web/static";
        sf.location = io.javalin.http.staticfiles.Location.CLASSPATH;
        sf.headers = Map.of("Cache-Control", "no-cache", "X-Content-Type-Options", "nosniff");
      });
    });
    app.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("Referrer-Policy", "no-referrer");
    });
    app.get("/", ctx -> page(ctx, "index.html"));
    app.get("/play", ctx -> page(ctx, "play.html"));
    app.get("/teacher", ctx -> page(ctx, "teacher.html"));
    app.get("/api/health", ctx -> ctx.json(new Api.Ok(true)));
    teacher.register(app);
    new StudentRoutes(games, views).register(app);
    new OddsRoutes(games, odds, debriefs, teacher).register(app);
    app.before("/api/games/{id}/events", ctx -> {
      Game g = games.get(ctx.pathParam("id"));
      if (!teacher.isTeacher(ctx)) {
        games.participant(g, Requests.token(ctx));
      }
    });
    app.sse("/api/games/{id}/events", client ->
        streams.add(games.get(client.ctx().pathParam("id")), client));
    app.exception(GameException.class, (e, ctx) -> ctx.status(e.status())
        .json(new Api.Error(e.getMessage())));
    app.exception(StoreException.class, (e, ctx) -> {
      LOG.error("database failure", e);
      ctx.status(503).json(new Api.Error("the game database is unavailable; try again"));
    });
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("unexpected error on " + ctx.method() + " " + ctx.path(), e);
      ctx.status(500).json(new Api.Error("internal error"));
    });
    app.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        ctx.json(new Api.Error("no such page: " + Requests.clip(ctx.path())));
      }
    });
  }

  /** Starts a server; port 0 picks a free one. */
  public static GameServer start(ServerConfig config) {
    GameServer s = new GameServer(config);
    try {
      s.app.start(config.host(), config.port());
    } catch (RuntimeException e) {
      s.closeResources();
      throw e;
    }
    return s;
  }

  private void page(Context ctx, String name) {
    byte[] bytes = pages.computeIfAbsent(name, n -> {
      try (InputStream in = GameServer.class.getResourceAsStream("/web/" + n)) {
        if (in == null) {
          throw new IllegalStateException("missing page " + n);
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType("text/html; charset=utf-8").result(bytes);
  }

  public int port() {
    return app.port();
  }

  public Games games() {
    return games;
  }

  /** The live odds of the server's games. */
  public LiveOdds odds() {
    return odds;
  }

  /** The address pages are served at, as seen from this machine. */
  public String localUrl() {
    String h = config.host();
    if (h == null || h.isBlank() || h.equals("0.0.0.0") || h.equals("::")) {
      h = "localhost";
    }
    return "http://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + port();
  }

  /** The teacher's console, with the key in the fragment (never sent over the network). */
  public String teacherUrl() {
    return localUrl() + "/teacher#key=" + teacherKey;
  }

  /** Where students join: this machine's network address when listening on all interfaces. */
  public String studentUrl() {
    String h = config.host();
    if (h == null || h.isBlank() || h.equals("0.0.0.0") || h.equals("::")) {
      try {
        return "http://" + InetAddress.getLocalHost().getHostAddress() + ":" + port() + "/";
      } catch (UnknownHostException e) {
        return localUrl() + "/";
      }
    }
    return localUrl() + "/";
  }

  @Override
  public void close() {
    app.stop();
    closeResources();
  }

  private void closeResources() {
    if (odds != null) {
      odds.close();
    }
    streams.close();
    games.close();
    store.close();
  }
}
