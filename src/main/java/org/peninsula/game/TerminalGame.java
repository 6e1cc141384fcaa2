package org.peninsula.game;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peninsula.model.Action;
import org.peninsula.model.Actor;
import org.peninsula.model.ChronicleEntry;
import org.peninsula.model.WorldState;

/**
 * The classroom game in a terminal: one player against four bots, choices read line by line
 * (a number or a move's name; an empty line holds; "q" ends the game). At the end of input the
 * player holds for the rest of the game. Returns the game as its export, which replays it.
 */
public final class TerminalGame {
  private final GameScenario scenario;
  private final GameSetup setup;
  private final Actor as;
  private final String player;
  private final BufferedReader in;
  private final PrintWriter out;

  public TerminalGame(GameScenario scenario, GameSetup setup, Actor as, String player,
      BufferedReader in, PrintWriter out) {
    this.scenario = scenario;
    this.setup = setup;
    this.as = as;
    this.player = player;
    this.in = in;
    this.out = out;
  }

  public GameFile play() {
    GameRun run = GameRun.of(scenario, setup);
    List<String> header = Trace.of(scenario.name(), setup, run, false);
    out.println(header.get(0));
    out.printf(Locale.ROOT, "You play %s (%s) against four bots.%n", as.displayName(), as.name());
    briefing(Briefing.of(as, run.parameters(), scenario));
    boolean inputOver = false;
    while (!run.finished()) {
      int turn = run.turnsPlayed();
      TurnRecord blank = TurnRecord.allBots(turn);
      out.println();
      out.println(Trace.turnHeader(run, setup, blank));
      dashboard(run);
      Action choice = Action.hold(as);
      if (!inputOver) {
        Answer a = ask();
        if (a.quit()) {
          break;
        }
        if (a.action() == null) {
          inputOver = true;
          out.println("(no more input: you hold your course for the rest of the game)");
        } else {
          choice = a.action();
        }
      }
      TurnRecord record = new TurnRecord(turn, Map.of(as, new TurnRecord.PlayerMove(choice,
          player)), List.of());
      out.println("News:");
      for (ChronicleEntry e : run.play(record)) {
        if (!(e instanceof ChronicleEntry.MonthSummary)) {
          out.println("  " + Trace.line(run, record, e));
        }
      }
    }
    out.println();
    GameFile file = GameFiles.export("terminal", scenario.name(), setup, run, true);
    List<String> trace = file.trace();
    int from = trace.size();
    while (from > 0 && !trace.get(from - 1).startsWith("Outcome after")) {
      from--;
    }
    trace.subList(Math.max(0, from - 1), trace.size()).forEach(out::println);
    out.flush();
    return file;
  }

  /** A line of input: a move, the end of input (no move), or quitting. */
  private record Answer(Action action, boolean quit) {}

  private Answer ask() {
    List<Action> moves = Action.repertoire(as);
    for (int i = 0; i < moves.size(); i++) {
      out.printf(Locale.ROOT, "  %d. %-26s %s%n", i + 1, moves.get(i).name(),
          moves.get(i).description());
    }
    while (true) {
      out.printf(Locale.ROOT, "Your move [1-%d or name; Enter holds; q ends the game]: ",
          moves.size());
      out.flush();
      String line;
      try {
        line = in.readLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (line == null) {
        out.println();
        return new Answer(null, false);
      }
      line = line.strip();
      if (line.equalsIgnoreCase("q") || line.equalsIgnoreCase("quit")) {
        return new Answer(null, true);
      }
      if (line.isEmpty()) {
        return new Answer(Action.hold(as), false);
      }
      try {
        int n = Integer.parseInt(line);
        if (n >= 1 && n <= moves.size()) {
          return new Answer(moves.get(n - 1), false);
        }
      } catch (NumberFormatException e) {
        Action a = Action.byName(as, line.toUpperCase(Locale.ROOT).replace(' ', '_'));
        if (a != null) {
          return new Answer(a, false);
        }
      }
      out.println("  '" + line + "' is not one of your moves.");
    }
  }

  private void briefing(Briefing b) {
    out.println();
    out.println("Briefing: " + b.name());
    out.println("  " + b.position());
    out.println("  Your interests: " + String.join("; ", b.interests()) + ".");
    b.stance().forEach(s -> out.println("  - " + s.text()
        + (s.source() == null ? "" : " Sources: " + s.source())));
  }

  private void dashboard(GameRun run) {
    WorldState w = run.simulation().world();
    out.printf(Locale.ROOT, "  tension %.2f | sanctions pressure %.2f (on paper %.2f)"
            + " | DPRK capability %.2f | %s (momentum %.2f)%n", w.tension(),
        w.effectiveSanctionsPressure(), w.sanctionsStringency(), w.dprkCapability(),
        w.talks().label(), w.talksMomentum());
    StringBuilder rel = new StringBuilder("  your relations:");
    for (Actor b : Actor.values()) {
      if (b != as) {
        rel.append(String.format(Locale.ROOT, " %s %+.2f", b.name(), w.relation(as, b)));
      }
    }
    out.println(rel);
  }
}
