package org.peninsula.game.web;

import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.peninsula.game.Briefing;
import org.peninsula.game.GameRun;
import org.peninsula.game.TurnRecord;
import org.peninsula.game.live.BotMove;
import org.peninsula.game.live.Game;
import org.peninsula.game.live.GameStatus;
import org.peninsula.game.live.Participant;
import org.peninsula.game.live.PendingDecision;
import org.peninsula.model.Actor;
import org.peninsula.model.ChronicleEntry;
import org.peninsula.model.InjectEvent;
import org.peninsula.model.Outcome;
import org.peninsula.model.RunOutcome;
import org.peninsula.model.WorldState;
import org.peninsula.report.ChronicleText;

/**
 * Builds what each screen shows from a game, under the game's lock. A student sees which seats
 * have decided, never what they decided, until the turn is played. What changes only when a
 * turn is played (the world, the news, the briefings, the outcome) is built once per turn.
 */
final class Views {

  /** The parts of a game's views that a turn fixes. */
  private record TurnParts(int turn, boolean over, Api.Dashboard dashboard, Api.News news,
      Api.OutcomeView outcome, Map<Actor, Briefing> briefings) {}

  private final Map<String, TurnParts> parts = new ConcurrentHashMap<>();

  /** Call under the game's lock. */
  private TurnParts parts(Game x) {
    boolean over = x.status() == GameStatus.FINISHED;
    TurnParts p = parts.get(x.id());
    if (p == null || p.turn() != x.turn() || p.over() != over) {
      Map<Actor, Briefing> briefings = new EnumMap<>(Actor.class);
      for (Actor a : Actor.values()) {
        briefings.put(a, Briefing.of(a, x.run().parameters(), x.scenario()));
      }
      p = new TurnParts(x.turn(), over, dashboard(x.run()), news(x.run()), outcome(x),
          briefings);
      parts.put(x.id(), p);
    }
    return p;
  }

  Api.StudentView student(Game g, Participant p, long now) {
    return g.read(x -> {
      TurnParts t = parts(x);
      Actor a = p.actor();
      PendingDecision d = a == null ? null : x.pending().get(a);
      List<String> free = new ArrayList<>();
      if (x.allowPick() && a == null && x.status() != GameStatus.FINISHED) {
        for (Actor c : Actor.values()) {
          if (x.seatHolder(c) == null) {
            free.add(c.name());
          }
        }
      }
      return new Api.StudentView(info(x, now),
          new Api.Me(p.id(), p.name(), a == null ? null : a.name(),
              a == null ? null : a.displayName()),
          a == null ? null : t.briefings().get(a),
          d == null ? null : new Api.Decision(d.action().name(), d.action().description(),
              d.at()),
          free, seats(x, false), t.dashboard(), t.news(), t.outcome());
    });
  }

  Api.TeacherView teacher(Game g, long now) {
    return g.read(x -> {
      TurnParts t = parts(x);
      List<Api.ParticipantInfo> people = new ArrayList<>();
      Map<Actor, PendingDecision> pending = x.pending();
      for (Participant p : x.participants()) {
        people.add(new Api.ParticipantInfo(p.id(), p.name(),
            p.actor() == null ? null : p.actor().name(),
            p.actor() != null && pending.containsKey(p.actor())));
      }
      List<Api.Choice> menu = new ArrayList<>();
      for (InjectEvent e : x.injectMenu()) {
        menu.add(new Api.Choice(e.name(), e.description()));
      }
      return new Api.TeacherView(info(x, now), seats(x, true), people, menu,
          x.undecided().stream().map(Actor::name).toList(), t.dashboard(), t.news(),
          t.outcome());
    });
  }

  static Api.GameSummary summary(Game g) {
    return g.read(x -> new Api.GameSummary(x.id(), x.scenario().name(),
        x.status().name(), Math.min(x.turn() + 1, x.setup().turns()), x.setup().turns(),
        x.participants().size(), x.createdAt()));
  }

  static Api.GameInfo info(Game x, long now) {
    GameRun run = x.run();
    int turn = x.turn();
    int shown = Math.min(turn, x.setup().turns() - 1);
    int first = run.firstMonthOf(shown);
    String period = run.date(first) + (x.setup().turnMonths() > 1
        ? " to " + run.date(first + x.setup().turnMonths() - 1) : "");
    return new Api.GameInfo(x.id(), x.code(), x.scenario().name(), x.status().name(),
        shown + 1, x.setup().turns(), x.setup().turnMonths(), period, x.deadlineAt(),
        x.remainingMs(), now, x.version(), x.allowPick(), x.autoAdvance(), x.turnSeconds(),
        x.pendingInjects().stream().map(InjectEvent::description).toList(), x.locked());
  }

  /** The projector: join code, addresses, who is in, the turn, the clock, the news. */
  Api.ProjectorView projector(Game g, List<String> joinUrls, String qrSvg, long now) {
    return g.read(x -> {
      TurnParts t = parts(x);
      Api.GameInfo info = info(x, now);
      List<Api.ProjectorPlayer> people = new ArrayList<>();
      for (Participant p : x.participants()) {
        Actor a = p.actor();
        people.add(new Api.ProjectorPlayer(p.name(), a == null ? null : a.name(),
            a == null ? null : a.displayName()));
      }
      return new Api.ProjectorView(x.code(), joinUrls, qrSvg, info.scenario(), info.status(),
          info.turn(), info.turns(), info.period(), info.deadlineAt(), info.remainingMs(), now,
          info.version(), info.locked(), people, seats(x, false), t.news(), t.outcome());
    });
  }

  /** The teacher's view of the open turn's choices, players' and bots', before Advance. */
  static Api.TurnChoices turnChoices(Game g) {
    return g.read(x -> {
      Map<Actor, PendingDecision> pending = x.pending();
      Map<Actor, BotMove> bots = new EnumMap<>(Actor.class);
      for (BotMove b : x.botMoves()) {
        bots.put(b.actor(), b);
      }
      List<Api.SeatChoice> out = new ArrayList<>();
      for (Actor a : Actor.values()) {
        Participant p = x.seatHolder(a);
        if (p != null) {
          PendingDecision d = pending.get(a);
          out.add(new Api.SeatChoice(a.name(), a.displayName(), "player", p.name(), p.id(),
              d != null, d == null ? null : d.action().name(),
              d == null ? null : d.action().description(), d == null ? null : d.at(), null,
              null));
        } else {
          BotMove b = bots.get(a);
          out.add(new Api.SeatChoice(a.name(), a.displayName(),
              b == null ? "bot" : b.seat(), null, null, b != null,
              b == null ? null : b.action().name(),
              b == null ? null : b.action().description(), null,
              b == null || b.likeliest() == null ? null : b.likeliest().name(),
              b == null || Double.isNaN(b.likeliestProbability()) ? null
                  : round(b.likeliestProbability())));
        }
      }
      int shown = Math.min(x.turn(), x.setup().turns() - 1);
      return new Api.TurnChoices(x.id(), shown + 1, x.status().name(), out,
          x.pendingInjects().stream().map(Enum::name).toList());
    });
  }

  static List<Api.SeatInfo> seats(Game x, boolean teacher) {
    Map<Actor, PendingDecision> pending = x.pending();
    List<Api.SeatInfo> out = new ArrayList<>();
    for (Actor a : Actor.values()) {
      Participant p = x.seatHolder(a);
      out.add(new Api.SeatInfo(a.name(), a.displayName(), p == null ? null : p.name(),
          p == null || !teacher ? null : p.id(), p != null && pending.containsKey(a)));
    }
    return out;
  }

  static Api.Dashboard dashboard(GameRun run) {
    WorldState w = run.simulation().world();
    List<Api.Relation> rel = new ArrayList<>();
    for (Actor a : Actor.values()) {
      for (Actor b : Actor.values()) {
        if (a != b) {
          rel.add(new Api.Relation(a.name(), b.name(), round(w.relation(a, b))));
        }
      }
    }
    int month = run.simulation().month();
    return new Api.Dashboard(run.date(month), round(w.tension()),
        round(w.sanctionsStringency()), round(w.effectiveSanctionsPressure()),
        w.talks().label(), round(w.talksMomentum()), round(w.dprkCapability()),
        round(w.russiaStanding()), round(w.securityFramework()), w.rokGovernment(),
        w.usAdministration(), w.war(),
        java.util.Arrays.stream(Actor.values()).map(Actor::name).toList(), rel);
  }

  static Api.News news(GameRun run) {
    List<ChronicleEntry> entries = run.lastTurn();
    if (entries.isEmpty() || run.played().isEmpty()) {
      return new Api.News(null, List.of());
    }
    TurnRecord turn = run.played().get(run.played().size() - 1);
    int first = entries.get(0).month();
    int last = entries.get(entries.size() - 1).month();
    String period = run.date(first) + (last > first ? " to " + run.date(last) : "");
    List<Api.NewsItem> items = new ArrayList<>();
    for (ChronicleEntry e : entries) {
      String date = run.date(e.month());
      if (e instanceof ChronicleEntry.Decision d) {
        TurnRecord.PlayerMove m = turn.players().get(d.actor());
        items.add(new Api.NewsItem(date, "move", d.actor().name(), d.chosen().name(),
            d.chosen().description(), m == null ? d.seat() : "player",
            m == null ? null : m.player(), m == null ? ChronicleText.reasons(d) : null,
            d.actor().displayName() + ": " + d.chosen().description()));
      } else if (e instanceof ChronicleEntry.CouncilVote v) {
        items.add(new Api.NewsItem(date, "vote", null, null, null, null, null, null,
            "UN Security Council: sanctions draft " + v.why() + " (" + ChronicleText.ballot(v)
                + ")"));
      } else if (e instanceof ChronicleEntry.Event ev) {
        items.add(new Api.NewsItem(date, "event", null, null, null, null, null, null,
            ev.text()));
      }
    }
    return new Api.News(period, items);
  }

  static Api.OutcomeView outcome(Game x) {
    if (x.status() != GameStatus.FINISHED) {
      return null;
    }
    RunOutcome o = x.run().outcome();
    List<Api.Choice> figures = new ArrayList<>();
    for (Outcome k : new Outcome[] {Outcome.WAR, Outcome.CLASHES, Outcome.MISSILE_TESTS,
        Outcome.ICBM_TESTS, Outcome.NUCLEAR_TESTS, Outcome.RESOLUTIONS_PASSED,
        Outcome.RESOLUTIONS_VETOED, Outcome.TALKS_EPISODES, Outcome.DEAL,
        Outcome.FINAL_TENSION, Outcome.PEAK_TENSION, Outcome.FINAL_SANCTIONS_PRESSURE,
        Outcome.FINAL_DPRK_CAPABILITY, Outcome.RUSSIA_MAJOR_ROLE, Outcome.RUSSIA_ECONOMIC_AXIS,
        Outcome.RUSSIA_SECURITY_FRAMEWORK, Outcome.MONTHS_SIMULATED}) {
      figures.add(new Api.Choice(k.meaning(), ChronicleText.value(o.get(k))));
    }
    return new Api.OutcomeView(o.future().name(), o.future().label(), figures);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
