package org.peninsula.game.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.peninsula.game.GameException;
import org.peninsula.game.live.Games;
import org.peninsula.game.live.Joined;
import org.peninsula.game.live.Participant;
import org.peninsula.game.live.PendingDecision;

/** The students' API: join, rejoin, pick a country, see the game, decide. */
final class StudentRoutes {
  private final Games games;
  private final Views views;
  private final Access access;

  StudentRoutes(Games games, Views views, Access access) {
    this.games = games;
    this.views = views;
    this.access = access;
  }

  void register(Javalin app) {
    app.post("/api/join", ctx -> {
      access.guard.join(ctx);
      Api.Join req = Requests.body(ctx, Api.Join.class);
      if (req.code() == null || req.code().isBlank()) {
        throw GameException.badRequest("a join code is required");
      }
      joined(ctx, games.join(req.code(), req.name(), Requests.actor(req.country())));
    });
    app.post("/api/games/{id}/rejoin", ctx -> {
      access.guard.join(ctx);
      Api.Rejoin req = Requests.body(ctx, Api.Rejoin.class);
      joined(ctx, games.rejoin(ctx.pathParam("id"), req.rejoinCode()));
    });
    app.post("/api/games/{id}/session", ctx -> {
      Access.Player p = access.player(ctx);
      access.auth.setPlayerCookie(ctx, p.game().id(), Auth.playerToken(ctx, p.game().id()));
      ctx.json(new Api.Ok(true));
    });
    app.get("/api/games/{id}/me", ctx -> {
      Access.Player p = access.player(ctx);
      ctx.json(views.student(p.game(), p.participant(), System.currentTimeMillis()));
    });
    app.post("/api/games/{id}/pick", ctx -> {
      Access.Player p = access.player(ctx);
      games.pick(p.game(), p.participant(),
          Requests.requiredActor(Requests.body(ctx, Api.Pick.class).country()));
      ctx.json(new Api.Ok(true));
    });
    app.post("/api/games/{id}/decision", this::decide);
  }

  private void joined(Context ctx, Joined j) {
    Participant p = j.participant();
    String seat = p.actor() == null ? null : p.actor().name();
    access.auth.setPlayerCookie(ctx, j.game().id(), j.token());
    ctx.status(j.rejoinCode() == null ? 200 : 201).json(new Api.Joined(j.game().id(), p.id(),
        p.name(), seat, seat, j.token(), j.rejoinCode()));
  }

  private void decide(Context ctx) {
    Access.Player p = access.player(ctx);
    Api.Decide req = Requests.body(ctx, Api.Decide.class);
    PendingDecision d = games.submit(p.game(), p.participant(), Requests.actor(req.country()),
        req.action(), req.turn());
    ctx.json(new Api.Accepted(true, d.turn() + 1, d.action().actor().name(),
        d.action().name(), d.seq()));
  }
}
