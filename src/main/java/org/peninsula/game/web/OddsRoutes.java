package org.peninsula.game.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.peninsula.experiment.EnsembleControl;
import org.peninsula.experiment.EnsembleSummary;
import org.peninsula.experiment.FutureEstimate;
import org.peninsula.game.GameException;
import org.peninsula.game.live.Game;
import org.peninsula.game.live.Games;
import org.peninsula.game.odds.Counterfactual;
import org.peninsula.game.odds.Debriefs;
import org.peninsula.game.odds.LiveOdds;
import org.peninsula.game.odds.OddsView;
import org.peninsula.model.Action;
import org.peninsula.model.Actor;

/** Live odds (everyone in the game), counterfactuals (teacher) and the debrief page. */
final class OddsRoutes {
  /** The debrief's own policy: it is one file with inline styles and data: images only. */
  static final String DEBRIEF_CSP = "default-src 'none'; img-src data:; style-src"
      + " 'unsafe-inline'; frame-ancestors 'none'";

  private final Games games;
  private final LiveOdds live;
  private final Debriefs debriefs;
  private final Access access;

  OddsRoutes(Games games, LiveOdds live, Debriefs debriefs, Access access) {
    this.games = games;
    this.live = live;
    this.debriefs = debriefs;
    this.access = access;
  }

  /** Teacher: what if {@code country} had played {@code action} in {@code turn} (from 1). */
  public record WhatIf(Integer turn, String country, String action) {}

  public record WhatIfResult(int turn, String country, String actual, String instead,
      long runs, long masterSeed, List<OddsView.FutureOdds> happened,
      List<OddsView.FutureOdds> whatIf) {}

  void register(Javalin app) {
    app.get("/api/moves", ctx -> {
      java.util.Map<String, List<Api.Choice>> moves = new java.util.LinkedHashMap<>();
      for (Actor a : Actor.values()) {
        moves.put(a.name(), Action.repertoire(a).stream()
            .map(m -> new Api.Choice(m.name(), m.description())).toList());
      }
      ctx.json(moves);
    });
    app.get("/api/games/{id}/odds", ctx -> {
      Game g = member(ctx);
      OddsView v = live.view(g.id());
      if (v == null) {
        ctx.status(204);
        return;
      }
      ctx.json(v);
    });
    app.post("/api/games/{id}/counterfactual", ctx -> {
      Game g = access.teacherGame(ctx);
      if (live.runs() == 0) {
        throw GameException.conflict("live odds are off on this server");
      }
      WhatIf req = Requests.body(ctx, WhatIf.class);
      if (req.turn() == null) {
        throw GameException.badRequest("turn is required (from 1)");
      }
      Actor actor = Requests.requiredActor(req.country());
      Action action = Action.byName(actor, req.action() == null ? ""
          : req.action().trim().toUpperCase(java.util.Locale.ROOT));
      if (action == null) {
        throw GameException.badRequest("'" + Requests.clip(String.valueOf(req.action()))
            + "' is not a move of " + actor.displayName());
      }
      int turn = req.turn() - 1;
      Counterfactual.History h = Counterfactual.History.of(g);
      EnsembleSummary happened = live.summary(g.id(), turn + 1);
      Counterfactual.Result r = Counterfactual.compute(h, turn, actor, action, live.options(g),
          happened, new EnsembleControl());
      ctx.json(new WhatIfResult(req.turn(), actor.name(),
          r.actual() == null ? null : r.actual().name(), action.name(), live.runs(),
          g.setup().seed(), odds(r.happened()), odds(r.whatIf())));
    });
    app.get("/api/games/{id}/debrief.html", ctx -> {
      Game g = member(ctx);
      byte[] page = debriefs.get(g, 20);
      ctx.header("Content-Security-Policy", DEBRIEF_CSP);
      ctx.header("Cache-Control", "no-cache");
      if (ctx.queryParam("download") != null) {
        ctx.header("Content-Disposition", "attachment; filename=\"peninsula-debrief-"
            + g.id() + ".html\"");
      }
      ctx.contentType("text/html; charset=utf-8").result(page);
    });
  }

  /** The game, if the request carries the teacher's cookie or a player's token. */
  private Game member(Context ctx) {
    return access.member(ctx);
  }

  static List<OddsView.FutureOdds> odds(EnsembleSummary s) {
    List<OddsView.FutureOdds> out = new ArrayList<>();
    for (FutureEstimate e : s.futures()) {
      out.add(new OddsView.FutureOdds(e.future().name(), e.future().label(), e.probability(),
          e.low(), e.high(), null));
    }
    return out;
  }
}
