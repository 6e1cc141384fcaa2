package org.peninsula.game.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.peninsula.game.GameException;
import org.peninsula.game.live.Game;
import org.peninsula.game.live.Games;
import org.peninsula.game.live.Joined;
import org.peninsula.game.live.Participant;
import org.peninsula.game.live.PendingDecision;

/** The students' API: join, pick a country, see the game, decide. */
final class StudentRoutes {
  private final Games games;
  private final Views views;

  StudentRoutes(Games games, Views views) {
    this.games = games;
    this.views = views;
  }

  void register(Javalin app) {
    app.post("/api/join", ctx -> {
      Api.Join req = Requests.body(ctx, Api.Join.class);
      if (req.code() == null || req.code().isBlank()) {
        throw GameException.badRequest("a join code is required");
      }
      Joined j = games.join(req.code(), req.name(), Requests.actor(req.country()));
      Participant p = j.participant();
      ctx.status(201).json(new Api.Joined(j.game().id(), p.id(), p.name(),
          p.actor() == null ? null : p.actor().name(), j.token()));
    });
    app.get("/api/games/{id}/me", ctx -> {
      Game g = games.get(ctx.pathParam("id"));
      Participant p = games.participant(g, Requests.token(ctx));
      ctx.json(views.student(g, p, System.currentTimeMillis()));
    });
    app.post("/api/games/{id}/pick", ctx -> {
      Game g = games.get(ctx.pathParam("id"));
      Participant p = games.participant(g, Requests.token(ctx));
      games.pick(g, p, Requests.requiredActor(Requests.body(ctx, Api.Pick.class).country()));
      ctx.json(new Api.Ok(true));
    });
    app.post("/api/games/{id}/decision", ctx -> decide(ctx));
  }

  private void decide(Context ctx) {
    Game g = games.get(ctx.pathParam("id"));
    Participant p = games.participant(g, Requests.token(ctx));
    Api.Decide req = Requests.body(ctx, Api.Decide.class);
    PendingDecision d = games.submit(g, p, Requests.actor(req.country()), req.action(),
        req.turn());
    ctx.json(new Api.Accepted(true, d.turn() + 1, d.action().actor().name(),
        d.action().name(), d.seq()));
  }
}
