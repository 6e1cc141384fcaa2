package org.peninsula.game.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.peninsula.game.GameException;
import org.peninsula.game.live.Game;
import org.peninsula.game.live.Games;
import org.peninsula.game.odds.Debriefs;
import org.peninsula.game.odds.LiveOdds;
import org.peninsula.experiment.EnsembleOptions;
import org.peninsula.game.store.GameStore;
import org.peninsula.game.store.OwnerOnly;
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
  private final Debriefs debriefs;
  private final Auth auth;
  private final Javalin app;
  private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
  private final Map<String, String> qrCodes = new ConcurrentHashMap<>();
  private volatile List<String> addresses;

  private GameServer(ServerConfig config) {
    this.config = config;
    try {
      java.nio.file.Files.createDirectories(config.dataDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + config.dataDir()
          + " (" + e.getClass().getSimpleName() + ")", e);
    }
    OwnerOnly.directory(config.dataDir());
    String teacherKey = TeacherKey.load(config.dataDir());
    this.store = GameStore.open(config.dataDir());
    this.games = Games.open(store, config.scenarios().reader());
    games.setMaxParticipants(config.maxParticipants());
    this.streams = new EventStreams();
    games.addListener(streams::changed);
    this.odds = new LiveOdds(Integer.getInteger("peninsula.odds.runs", LiveOdds.DEFAULT_RUNS),
        Integer.getInteger("peninsula.odds.threads", EnsembleOptions.allCores()),
        streams::odds);
    this.debriefs = new Debriefs(odds,
        Integer.getInteger("peninsula.debrief.runs", LiveOdds.DEFAULT_RUNS),
        Integer.getInteger("peninsula.debrief.counterfactualRuns", 500));
    games.addListener(odds::changed);
    games.addListener(debriefs::changed);
    for (Game g : games.all()) {
      if (g.status() != org.peninsula.game.live.GameStatus.FINISHED) {
        odds.changed(g); // finished games' debriefs are built when first asked for
      }
    }
    this.auth = new Auth(teacherKey, config.tls(), config.clock());
    Access access = new Access(auth, new Guard(config.limits(), config.clock(),
        config.clientAddress()), games);
    Views views = new Views();
    TeacherRoutes teacher = new TeacherRoutes(games, store, views, config.scenarios(), access);
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
      if (config.tls()) {
        Tls.configure(c, config.dataDir(), config.host(), config.port());
      }
    });
    app.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("Referrer-Policy", "no-referrer");
    });
    app.get("/", ctx -> page(ctx, "index.html"));
    app.get("/play", ctx -> page(ctx, "play.html"));
    app.get("/teacher", ctx -> page(ctx, "teacher.html"));
    app.get("/projector/{code}", ctx -> page(ctx, "projector.html"));
    app.get("/api/health", ctx -> ctx.json(new Api.Ok(true)));
    registerServerRoutes(access, views);
    teacher.register(app);
    new StudentRoutes(games, views, access).register(app);
    new OddsRoutes(games, odds, debriefs, access).register(app);
    app.before("/api/games/{id}/events", access::member);
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

  /** Teacher login, the machine's addresses, server facts and the projector. */
  private void registerServerRoutes(Access access, Views views) {
    app.get("/teacher/login", ctx -> {
      if (!auth.redeem(ctx.queryParam("once"))) {
        ctx.status(403).contentType("text/plain; charset=utf-8").result("This teacher link"
            + " has expired or was already used. Ask for a new one: press Enter in the window"
            + " where 'peninsula serve' runs, or use 'New login link' on a console that is"
            + " logged in.");
        return;
      }
      auth.setTeacherCookie(ctx);
      ctx.header("Cache-Control", "no-store");
      ctx.redirect("/teacher", io.javalin.http.HttpStatus.SEE_OTHER);
    });
    app.get("/api/teacher/me", ctx -> {
      auth.requireTeacher(ctx);
      ctx.json(new Api.Ok(true));
    });
    app.post("/api/teacher/login-link", ctx -> {
      auth.requireTeacher(ctx);
      String code = auth.newOnceCode();
      List<String> urls = new ArrayList<>();
      for (String u : studentUrls()) {
        urls.add(u + "teacher/login?once=" + code);
      }
      ctx.header("Cache-Control", "no-store");
      ctx.json(new Api.LoginLink(urls.get(0), urls,
          config.clock().getAsLong() + Auth.ONCE_TTL_MS));
    });
    app.post("/api/teacher/logout", ctx -> {
      auth.clearTeacherCookie(ctx);
      ctx.json(new Api.Ok(true));
    });
    app.get("/api/server/addresses", ctx -> ctx.json(new Api.Addresses(addresses(),
        studentUrls(), port(), scheme())));
    app.get("/api/server/info", ctx -> ctx.json(new Api.ServerInfo(config.tls(), port(),
        addresses(), studentUrls(), config.maxParticipants(), config.tls() ? null
            : CLEAR_TEXT_WARNING)));
    app.get("/api/projector/{code}", ctx -> {
      access.guard.lookup(ctx);
      Game g = games.get(ctx.pathParam("code"));
      List<String> urls = new ArrayList<>();
      for (String u : studentUrls()) {
        urls.add(u + "?code=" + g.code());
      }
      String qr = qrCodes.computeIfAbsent(urls.get(0), QrSvg::of);
      ctx.header("Cache-Control", "no-store");
      ctx.json(views.projector(g, urls, qr, System.currentTimeMillis()));
    });
    app.before("/api/projector/{code}/events", ctx -> {
      access.guard.lookup(ctx);
      games.get(ctx.pathParam("code"));
    });
    app.sse("/api/projector/{code}/events", client ->
        streams.add(games.get(client.ctx().pathParam("code")), client));
  }

  /** Shown by serve and in /api/server/info when the server speaks plain HTTP. */
  public static final String CLEAR_TEXT_WARNING = "plain HTTP: the teacher's key and the"
      + " students' tokens travel in clear on the classroom network (anyone on it who"
      + " captures traffic can take them); start with --tls for HTTPS";

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
        return in == null ? new byte[0] : in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    if (bytes.length == 0) {
      throw GameException.notFound("no such page: " + name);
    }
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
    if (h == null || h.isBlank() || ServerAddresses.wildcard(h)) {
      h = "localhost";
    }
    return scheme() + "://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + port();
  }

  public boolean tls() {
    return config.tls();
  }

  private String scheme() {
    return config.tls() ? "https" : "http";
  }

  /**
   * A one-time link to the teacher's console (single use, valid ten minutes): opening it sets
   * the teacher's cookie. The key itself is in no address.
   */
  public String teacherLoginUrl() {
    return localUrl() + "/teacher/login?once=" + auth.newOnceCode();
  }

  /** This machine's addresses on the network (all interfaces when listening on all). */
  public List<String> addresses() {
    List<String> a = addresses;
    if (a == null) {
      a = ServerAddresses.of(config.host());
      addresses = a;
    }
    return a;
  }

  /** Where students join: one URL per address of {@link #addresses()}. */
  public List<String> studentUrls() {
    List<String> out = new ArrayList<>();
    for (String a : addresses()) {
      out.add(ServerAddresses.url(scheme(), a, port()));
    }
    return out;
  }

  /** The debriefs (for tests of what a long-running server keeps). */
  public Debriefs debriefs() {
    return debriefs;
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
