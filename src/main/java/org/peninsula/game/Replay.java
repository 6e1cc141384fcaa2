package org.peninsula.game;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peninsula.model.Action;
import org.peninsula.model.Actor;
import org.peninsula.model.InjectEvent;

/**
 * Plays an exported game again from its scenario, seed, the players' decisions and the
 * injects; the bots decide afresh, and decide the same.
 */
public final class Replay {

  /** The replayed game and how its trace compares with the one recorded in the file. */
  public record Result(GameRun run, List<String> trace, boolean recorded, int firstDifference) {

    /** True when the file recorded a trace and the replay printed exactly that. */
    public boolean matches() {
      return recorded && firstDifference < 0;
    }
  }

  private Replay() {}

  public static Result of(GameFile f, ScenarioReader reader) {
    GameSetup setup = new GameSetup(f.scenario().file(), f.scenario().text(), f.seed(),
        f.turnMonths(), f.turns());
    GameScenario scenario = reader.read(setup.scenarioFile(), setup.scenarioText());
    GameRun run = GameRun.of(scenario, setup);
    for (TurnRecord t : records(f)) {
      if (run.finished()) {
        throw GameException.badRequest("the game file has decisions after the game ended"
            + " (turn " + (t.turn() + 1) + ")");
      }
      run.play(t);
    }
    List<String> trace = Trace.of(f.scenario().name() == null ? scenario.name()
        : f.scenario().name(), setup, run, f.ended());
    int diff = -1;
    if (f.trace() != null) {
      int n = Math.max(trace.size(), f.trace().size());
      for (int i = 0; i < n && diff < 0; i++) {
        String a = i < trace.size() ? trace.get(i) : null;
        String b = i < f.trace().size() ? f.trace().get(i) : null;
        if (a == null || !a.equals(b)) {
          diff = i;
        }
      }
    }
    return new Result(run, trace, f.trace() != null, diff);
  }

  /** The turns of the file: players' moves per turn, injects per turn. */
  static List<TurnRecord> records(GameFile f) {
    int turns = f.turnsPlayed();
    if (turns < 0 || turns > f.turns()) {
      throw GameException.badRequest("turnsPlayed " + turns + " is outside [0, " + f.turns()
          + "]");
    }
    List<Map<Actor, TurnRecord.PlayerMove>> moves = new ArrayList<>();
    List<List<InjectEvent>> injects = new ArrayList<>();
    for (int i = 0; i < turns; i++) {
      moves.add(new EnumMap<>(Actor.class));
      injects.add(new ArrayList<>());
    }
    for (GameFile.Decision d : f.decisions()) {
      if (!"player".equals(d.seat())) {
        continue;
      }
      int t = checkTurn(d.turn(), turns, "decision");
      Actor a = parse(Actor.class, d.country(), "country");
      Action action = Action.byName(a, d.action() == null ? "" : d.action());
      if (action == null) {
        throw GameException.badRequest("turn " + d.turn() + ": '" + d.action()
            + "' is not a move of " + a.name());
      }
      TurnRecord.PlayerMove prev = moves.get(t).put(a, new TurnRecord.PlayerMove(action,
          d.player() == null ? "?" : d.player()));
      if (prev != null && prev.action() != action) {
        throw GameException.badRequest("turn " + d.turn() + ": " + a.name()
            + " has two different player moves");
      }
    }
    for (GameFile.Inject i : f.injects()) {
      int t = checkTurn(i.turn(), turns, "inject");
      injects.get(t).add(parse(InjectEvent.class, i.event(), "event"));
    }
    List<TurnRecord> out = new ArrayList<>();
    for (int i = 0; i < turns; i++) {
      out.add(new TurnRecord(i, moves.get(i), injects.get(i)));
    }
    return out;
  }

  private static int checkTurn(int turn, int played, String what) {
    if (turn < 1 || turn > played) {
      throw GameException.badRequest("a " + what + " at turn " + turn + ", but the game"
          + " played turns 1 to " + played);
    }
    return turn - 1;
  }

  static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    if (value != null) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(value.trim().toUpperCase(Locale.ROOT))) {
          return e;
        }
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    throw GameException.badRequest(field + " '" + value + "' is not one of "
        + String.join(", ", names));
  }
}
