package org.peninsula.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peninsula.model.Actor;
import org.peninsula.model.DprkAction;
import org.peninsula.model.InjectEvent;
import org.peninsula.model.ModelParameters;
import org.peninsula.model.Peninsula;
import org.peninsula.model.RokAction;
import org.peninsula.model.RunOutcome;

class GameRunTest {

  private static final GameScenario DEFAULTS = ScenarioReader.MODEL_DEFAULTS.read("x", "");

  private static GameRun playBots(GameSetup setup) {
    GameRun run = GameRun.of(DEFAULTS, setup);
    while (!run.finished()) {
      run.play(TurnRecord.allBots(run.turnsPlayed()));
    }
    return run;
  }

  @Test
  void fiveBotsPlayExactlyTheScenarioRun() {
    for (int turnMonths : new int[] {1, 3, 6}) {
      GameSetup setup = new GameSetup("defaults", "", 42, turnMonths, 180 / turnMonths);
      GameRun game = playBots(setup);
      RunOutcome direct = new Peninsula(ModelParameters.defaults(), 42).runToEnd();
      assertEquals(direct, game.outcome(), "turn length " + turnMonths);
    }
  }

  @Test
  void fiveBotsPlayEveryShippedScenarioExactlyAsItsOwnRun() throws Exception {
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("scenarios"))) {
      List<java.nio.file.Path> list = files.filter(p -> p.toString().endsWith(".yaml"))
          .sorted().toList();
      assertTrue(list.size() >= 6, list.toString());
      for (java.nio.file.Path file : list) {
        org.peninsula.scenario.Scenario sc = org.peninsula.scenario.Scenario.load(file);
        long seed = sc.seed() + 3;
        GameScenario game = ScenarioFiles.READER.read(file.getFileName().toString(),
            org.peninsula.scenario.ScenarioInheritance.selfContainedText(file));
        GameSetup setup = new GameSetup(file.getFileName().toString(), "", seed, 6,
            sc.horizonMonths() / 6);
        GameRun run = GameRun.of(game, setup);
        while (!run.finished()) {
          run.play(TurnRecord.allBots(run.turnsPlayed()));
        }
        RunOutcome direct = new Peninsula(sc.draw(seed).parameters(), seed).runToEnd();
        assertEquals(direct, run.outcome(), file.toString());
      }
    }
  }

  @Test
  void aBadScenarioIsRefusedWithTheLoadersMessage() {
    GameException e = org.junit.jupiter.api.Assertions.assertThrows(GameException.class,
        () -> ScenarioFiles.READER.read("broken.yaml", "name: [unclosed"));
    assertEquals(400, e.status());
    assertTrue(e.getMessage().startsWith("broken.yaml:"), e.getMessage());
  }

  @Test
  void aShorterGameIsTheScenarioRunCutToItsLength() {
    GameSetup setup = new GameSetup("defaults", "", 7, 3, 8);
    ModelParameters p = ModelParameters.builder().setHorizonMonths(24).build();
    assertEquals(new Peninsula(p, 7).runToEnd(), playBots(setup).outcome());
  }

  @Test
  void sameRecordsReplayTheSameTrace() {
    GameSetup setup = new GameSetup("defaults", "", 9, 3, 6);
    List<TurnRecord> records = List.of(
        new TurnRecord(0, Map.of(Actor.ROK, move(RokAction.ENGAGE_NORTH, "Ana")), List.of()),
        new TurnRecord(1, Map.of(Actor.DPRK, move(DprkAction.ICBM_TEST, "Bo")),
            List.of(InjectEvent.BORDER_CLASH)),
        TurnRecord.allBots(2));
    List<String> first = trace(setup, records);
    assertEquals(first, trace(setup, records));
    assertTrue(first.stream().anyMatch(l -> l.contains("ROK  ENGAGE_NORTH (player Ana)")),
        String.join("\n", first));
    assertTrue(first.stream().anyMatch(l -> l.contains("limited military clash")));
    // A bot's move is told as peninsula trace tells it, after the month's date.
    assertTrue(first.stream().anyMatch(l -> l.matches(
        "  \\d{4}-\\d{2} USA  [A-Z_]+: utility -?\\d\\.\\d\\d \\(p=\\d\\.\\d\\d\\).*")),
        String.join("\n", first));
    assertTrue(first.stream().anyMatch(l -> l.startsWith("Outcome after 9 months: ")));
    assertNotEquals(first, trace(setup, List.of(TurnRecord.allBots(0), TurnRecord.allBots(1),
        TurnRecord.allBots(2))));
  }

  @Test
  void aCopyContinuesLikeTheGameWithBots() {
    GameSetup setup = new GameSetup("defaults", "", 11, 6, 10);
    GameRun run = GameRun.of(DEFAULTS, setup);
    run.play(new TurnRecord(0, Map.of(Actor.ROK, move(RokAction.ALIGN_WITH_US, "A")),
        List.of()));
    RunOutcome fromCopy = run.copy().runToEnd();
    while (!run.finished()) {
      run.play(TurnRecord.allBots(run.turnsPlayed()));
    }
    assertEquals(fromCopy, run.outcome());
  }

  private static TurnRecord.PlayerMove move(org.peninsula.model.Action a, String who) {
    return new TurnRecord.PlayerMove(a, who);
  }

  private static List<String> trace(GameSetup setup, List<TurnRecord> records) {
    GameRun run = GameRun.of(DEFAULTS, setup);
    records.forEach(run::play);
    return Trace.of("defaults", setup, run, true);
  }
}
