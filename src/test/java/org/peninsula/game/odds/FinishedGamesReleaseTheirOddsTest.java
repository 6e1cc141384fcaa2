package org.peninsula.game.odds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.peninsula.game.ScenarioFiles;
import org.peninsula.game.live.Game;
import org.peninsula.game.live.GameOptions;
import org.peninsula.game.live.Games;
import org.peninsula.game.store.GameStore;

/**
 * A long-running server does not grow with the games it has finished: 200 short games (bots
 * only, a tiny run count) played to the end on one server leave no live-odds state and at most
 * {@link Debriefs#KEEP} debriefs in memory. What is counted is what the server holds (the maps'
 * sizes), not the heap, so the test is the same on every machine and garbage collector.
 */
class FinishedGamesReleaseTheirOddsTest {
  @TempDir Path data;

  @Test
  @Timeout(600)
  void twoHundredFinishedGamesLeaveNoOddsBehind() throws Exception {
    try (GameStore store = GameStore.open(data);
        Games games = Games.open(store, ScenarioFiles.READER);
        LiveOdds odds = new LiveOdds(4, 1, g -> { })) {
      Debriefs debriefs = new Debriefs(odds, 4, 4);
      games.addListener(odds::changed);
      games.addListener(debriefs::changed);
      int peak = 0;
      for (int i = 0; i < 200; i++) {
        Game g = games.create(LiveOddsTest.setup(1, 2, 1000 + i),
            new GameOptions(false, false, 0));
        games.start(g);
        games.advance(g);
        peak = Math.max(peak, odds.tracked());
        games.advance(g);
      }
      CountDownLatch drained = new CountDownLatch(1);
      odds.after(drained::countDown);
      assertTrue(drained.await(300, TimeUnit.SECONDS), "the odds thread finished its work");
      assertTrue(peak >= 1, "games in play hold odds (" + peak + ")");
      assertEquals(0, odds.tracked(), "no finished game keeps its odds");
      assertTrue(debriefs.kept() <= Debriefs.KEEP, debriefs.kept() + " debriefs kept");
      Game last = games.all().get(0);
      assertTrue(debriefs.ready(last.id()), "the latest debrief is still at hand");
    }
  }
}
