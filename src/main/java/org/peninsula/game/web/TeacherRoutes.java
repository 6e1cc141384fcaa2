package org.peninsula.game.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.peninsula.game.GameException;
import org.peninsula.game.GameFiles;
import org.peninsula.game.GameSetup;
import org.peninsula.game.ScenarioLibrary;
import org.peninsula.game.live.Game;
import org.peninsula.game.live.GameOptions;
import org.peninsula.game.live.GameStatus;
import org.peninsula.game.live.Games;
import org.peninsula.game.live.Tokens;
import org.peninsula.game.store.GameStore;
import org.peninsula.model.InjectEvent;

/** The teacher's console API; every route needs the teacher's key. */
final class TeacherRoutes {
  private final Games games;
  private final ScenarioLibrary scenarios;
  private final GameStore store;
  private final Views views;
  private final Access access;

  TeacherRoutes(Games games, GameStore store, Views views, ScenarioLibrary scenarios,
      Access access) {
    this.games = games;
    this.views = views;
    this.store = store;
    this.scenarios = scenarios;
    this.access = access;
  }

  void register(Javalin app) {
    app.get("/api/scenarios", ctx -> {
      teacher(ctx);
      List<Api.Choice> injects = new ArrayList<>();
      for (InjectEvent e : Game.BUILT_IN_INJECTS) {
        injects.add(new Api.Choice(e.name(), e.description()));
      }
      ctx.json(new Api.Scenarios(scenarios.names(), injects));
    });
    app.get("/api/games", ctx -> {
      teacher(ctx);
      ctx.json(games.all().stream().map(Views::summary).toList());
    });
    app.post("/api/games", ctx -> {
      teacher(ctx);
      Api.CreateGame req = Requests.body(ctx, Api.CreateGame.class);
      if (req.scenario() == null || req.scenario().isBlank()) {
        throw GameException.badRequest("choose a scenario");
      }
      String text = scenarios.text(req.scenario());
      int turnMonths = req.turnMonths() == null ? 3 : req.turnMonths();
      int turns = req.turns() == null ? 8 : req.turns();
      long seed = req.seed() == null ? Tokens.newSeed() : req.seed();
      GameSetup setup = new GameSetup(req.scenario(), text, seed, turnMonths, turns);
      GameOptions options = new GameOptions(Boolean.TRUE.equals(req.allowPick()),
          Boolean.TRUE.equals(req.autoAdvance()),
          req.turnSeconds() == null ? 0 : req.turnSeconds());
      Game g = games.create(setup, options);
      ctx.status(201).json(new Api.Created(g.id(), g.code()));
    });
    app.get("/api/games/{id}/console", ctx -> ctx.json(views.teacher(game(ctx),
        System.currentTimeMillis())));
    app.post("/api/games/{id}/seats", ctx -> {
      Game g = game(ctx);
      Api.AssignSeat req = Requests.body(ctx, Api.AssignSeat.class);
      String who = req.participant() == null || req.participant().isBlank() ? null
          : req.participant();
      games.assign(g, Requests.requiredActor(req.country()), who,
          Boolean.TRUE.equals(req.confirm()));
      ok(ctx);
    });
    app.post("/api/games/{id}/participants/{pid}/rename", ctx -> {
      Game g = game(ctx);
      games.rename(g, ctx.pathParam("pid"), Requests.body(ctx, Api.Rename.class).name());
      ok(ctx);
    });
    app.post("/api/games/{id}/participants/{pid}/remove", ctx -> {
      games.remove(game(ctx), ctx.pathParam("pid"));
      ok(ctx);
    });
    app.post("/api/games/{id}/participants/{pid}/rejoin-code", ctx -> {
      Game g = game(ctx);
      String pid = ctx.pathParam("pid");
      ctx.json(new Api.RejoinCode(pid, games.newRejoinCode(g, pid)));
    });
    app.post("/api/games/{id}/lock", ctx -> {
      Game g = game(ctx);
      Boolean locked = ctx.body().isBlank() ? null
          : Requests.body(ctx, Api.Lock.class).locked();
      games.lock(g, locked == null || locked);
      ok(ctx);
    });
    app.post("/api/games/{id}/unlock", ctx -> {
      games.lock(game(ctx), false);
      ok(ctx);
    });
    app.get("/api/games/{id}/turn", ctx -> ctx.json(Views.turnChoices(game(ctx))));
    app.post("/api/games/{id}/start", ctx -> {
      games.start(game(ctx));
      ok(ctx);
    });
    app.post("/api/games/{id}/pause", ctx -> {
      games.pause(game(ctx));
      ok(ctx);
    });
    app.post("/api/games/{id}/resume", ctx -> {
      games.resume(game(ctx));
      ok(ctx);
    });
    app.post("/api/games/{id}/end", ctx -> {
      games.end(game(ctx));
      ok(ctx);
    });
    app.post("/api/games/{id}/advance", ctx -> {
      games.advance(game(ctx));
      ok(ctx);
    });
    app.post("/api/games/{id}/deadline", ctx -> {
      Game g = game(ctx);
      Api.Deadline req = Requests.body(ctx, Api.Deadline.class);
      if (req.seconds() == null) {
        throw GameException.badRequest("seconds is required (0 for no deadline)");
      }
      games.setTurnSeconds(g, req.seconds());
      ok(ctx);
    });
    app.post("/api/games/{id}/injects", ctx -> {
      Game g = game(ctx);
      games.inject(g, Requests.event(Requests.body(ctx, Api.Inject.class).event()));
      ok(ctx);
    });
    app.get("/api/games/{id}/submissions", ctx -> {
      Game g = game(ctx);
      ctx.json(store.submissions(g.id()).stream().map(s -> new Api.Submission(s.seq(),
          s.turn() + 1, s.actor(), s.participantId(), s.action(), s.at())).toList());
    });
    app.get("/api/games/{id}/export", ctx -> {
      Game g = game(ctx);
      String json = g.read(x -> GameFiles.toJson(GameFiles.export(x.id(), x.scenario().name(),
          x.setup(), x.run(), x.status() == GameStatus.FINISHED)));
      ctx.header("Content-Disposition", "attachment; filename=\"peninsula-game-" + g.id()
          + ".json\"");
      ctx.contentType("application/json").result(json);
    });
  }

  private void teacher(Context ctx) {
    access.auth.requireTeacher(ctx);
  }

  private Game game(Context ctx) {
    return access.teacherGame(ctx);
  }

  private static void ok(Context ctx) {
    ctx.json(new Api.Ok(true));
  }
}
