package org.peninsula.game.web;

import io.javalin.http.Context;
import org.peninsula.game.live.Game;
import org.peninsula.game.live.Games;
import org.peninsula.game.live.Participant;

/** Resolving a request's game and who may act on it (teacher's cookie, player's token). */
final class Access {
  /** A player of a game. */
  record Player(Game game, Participant participant) {}

  final Auth auth;
  final Guard guard;
  private final Games games;

  Access(Auth auth, Guard guard, Games games) {
    this.auth = auth;
    this.guard = guard;
    this.games = games;
  }

  /** The game of path parameter {@code id}, for the teacher only. */
  Game teacherGame(Context ctx) {
    auth.requireTeacher(ctx);
    return games.get(ctx.pathParam("id"));
  }

  /** The player of game {@code id} holding the request's token. */
  Player player(Context ctx) {
    return guard.proved(ctx, () -> {
      Game g = games.get(ctx.pathParam("id"));
      return new Player(g, games.participant(g, Auth.playerToken(ctx, g.id())));
    });
  }

  /** The game, if the request is the teacher's or a player's of it. */
  Game member(Context ctx) {
    if (auth.isTeacher(ctx)) {
      return games.get(ctx.pathParam("id"));
    }
    return player(ctx).game();
  }
}
