package org.peninsula.game;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.peninsula.model.Actor;
import org.peninsula.model.ChronicleEntry;
import org.peninsula.report.ChronicleText;

/**
 * A game told as text, turn by turn and month by month: who held each seat, the injects, every
 * country's move (with the bots' reasons), Council votes, events, the month's key figures and,
 * at the end, the outcome. Only the game's structure (header, turns, seats, injects) is drawn
 * here; each entry and the outcome are {@link ChronicleText}'s, the same lines as
 * {@code peninsula trace}. A function of the game's setup and records only, so a replay prints
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
      out.addAll(ChronicleText.outcome(run.outcome()));
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

  /** One chronicle entry as a line: its month's date, then the report's rendering of it. */
  public static String line(GameRun run, TurnRecord turn, ChronicleEntry e) {
    TurnRecord.PlayerMove m = e instanceof ChronicleEntry.Decision d
        ? turn.players().get(d.actor()) : null;
    return run.date(e.month()) + " " + ChronicleText.line(e, m == null ? null : m.player());
  }
}
