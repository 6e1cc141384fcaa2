package org.peninsula.game;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peninsula.model.Actor;
import org.peninsula.model.ChronicleEntry;
import org.peninsula.model.Outcome;
import org.peninsula.model.RunOutcome;
import org.peninsula.model.UnSecurityCouncil;

/**
 * A game told as text, turn by turn and month by month: who held each seat, the injects, every
 * country's move (with the bots' reasons), Council votes, events, the month's key figures and,
 * at the end, the outcome. A function of the game's setup and records only, so a replay prints
 * exactly what was played.
 */
public final class Trace {
  private Trace() {}

  /** The full trace of a game as lines; the outcome ends it once the game is over. */
  public static List<String> of(String scenarioName, GameSetup setup, GameRun run,
      boolean over) {
    List<String> out = new ArrayList<>();
    String file = ScenarioLibrary.MODEL_DEFAULTS.equals(setup.scenarioFile()) ? ""
        : " (" + setup.scenarioFile() + ")";
    out.add(String.format(Locale.ROOT, "Peninsula classroom game: %s%s, seed %d,"
            + " %d turns of %d month%s", scenarioName, file, setup.seed(),
        setup.turns(), setup.turnMonths(), setup.turnMonths() == 1 ? "" : "s"));
    List<ChronicleEntry> entries = run.chronicle();
    int next = 0;
    for (TurnRecord turn : run.played()) {
      out.add(turnHeader(run, setup, turn));
      out.add("  seats: " + seats(turn));
      if (!turn.injects().isEmpty()) {
        out.add("  injected: " + String.join(", ",
            turn.injects().stream().map(Enum::name).toList()));
      }
      int endMonth = run.firstMonthOf(turn.turn() + 1);
      while (next < entries.size() && entries.get(next).month() < endMonth) {
        out.add("  " + line(run, turn, entries.get(next)));
        next++;
      }
    }
    if (over || run.finished()) {
      out.addAll(outcome(run.outcome(), (int) run.outcome().get(Outcome.MONTHS_SIMULATED)));
    }
    return out;
  }

  static String turnHeader(GameRun run, GameSetup setup, TurnRecord turn) {
    int first = run.firstMonthOf(turn.turn());
    int last = first + setup.turnMonths() - 1;
    return String.format(Locale.ROOT, "Turn %d of %d (%s to %s)", turn.turn() + 1,
        setup.turns(), run.date(first), run.date(last));
  }

  static String seats(TurnRecord turn) {
    List<String> s = new ArrayList<>();
    for (Actor a : Actor.values()) {
      TurnRecord.PlayerMove m = turn.players().get(a);
      s.add(a.name() + " " + (m == null ? "bot" : "player " + m.player()));
    }
    return String.join(", ", s);
  }

  /** One chronicle entry as a line. */
  public static String line(GameRun run, TurnRecord turn, ChronicleEntry e) {
    String date = run.date(e.month());
    if (e instanceof ChronicleEntry.Decision d) {
      String who;
      if (turn.players().containsKey(d.actor())) {
        who = "player " + turn.players().get(d.actor()).player();
      } else {
        String why = Reasons.of(d);
        who = String.format(Locale.ROOT, "%s, p=%.2f%s", d.seat(), Reasons.probability(d),
            why.isEmpty() ? "" : "; " + why);
      }
      return String.format(Locale.ROOT, "%s %-4s %s (%s)", date, d.actor().name(),
          d.chosen().name(), who);
    }
    if (e instanceof ChronicleEntry.CouncilVote v) {
      return String.format(Locale.ROOT, "%s UN   sanctions draft %s: %s, %d votes in favour",
          date, v.why(), votes(v.permanentVotes()), v.totalYes());
    }
    if (e instanceof ChronicleEntry.Event ev) {
      return String.format(Locale.ROOT, "%s !    %s", date, ev.text());
    }
    if (e instanceof ChronicleEntry.MonthSummary s) {
      return String.format(Locale.ROOT, "%s =    tension %.3f, sanctions pressure %.3f"
              + " (stringency %.3f), DPRK capability %.3f, talks %s (momentum %.2f),"
              + " Russia standing %.3f, ROK %s, US %s", date, s.tension(),
          s.effectivePressure(), s.stringency(), s.capability(), s.talks().label(),
          s.momentum(), s.russiaStanding(), s.rokGovernment(), s.usAdministration());
    }
    return date + " " + e;
  }

  static String votes(Map<Actor, UnSecurityCouncil.Vote> votes) {
    List<String> s = new ArrayList<>();
    votes.forEach((a, v) -> s.add(a.name() + " " + v.name()));
    return String.join(", ", s);
  }

  /** The outcome record as lines. */
  public static List<String> outcome(RunOutcome o, int months) {
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, "Outcome after %d months: %s", months,
        o.future().label()));
    StringBuilder sb = new StringBuilder("  ");
    for (Outcome k : Outcome.values()) {
      double v = o.get(k);
      String s = Double.isNaN(v) ? "-" : v == Math.rint(v) && Math.abs(v) < 1e9
          ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3f", v);
      String item = k.key() + "=" + s;
      if (sb.length() + item.length() > 96) {
        out.add(sb.toString().stripTrailing());
        sb = new StringBuilder("  ");
      }
      sb.append(item).append(' ');
    }
    out.add(sb.toString().stripTrailing());
    return out;
  }
}
