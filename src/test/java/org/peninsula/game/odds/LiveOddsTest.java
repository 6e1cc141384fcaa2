package org.peninsula.game.odds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.peninsula.experiment.Ensemble;
import org.peninsula.experiment.EnsembleControl;
import org.peninsula.experiment.EnsembleOptions;
import org.peninsula.experiment.EnsembleSummary;
import org.peninsula.experiment.RunSeeds;
import org.peninsula.game.GameRun;
import org.peninsula.game.GameScenario;
import org.peninsula.game.GameSetup;
import org.peninsula.game.ScenarioFiles;
import org.peninsula.game.TurnRecord;
import org.peninsula.game.live.Game;
import org.peninsula.game.live.GameOptions;
import org.peninsula.game.live.Games;
import org.peninsula.game.live.Joined;
import org.peninsula.game.store.GameStore;
import org.peninsula.model.Action;
import org.peninsula.model.Actor;
import org.peninsula.model.ChronicleEntry;
import org.peninsula.model.Future;
import org.peninsula.model.Peninsula;
import org.peninsula.model.RunOutcome;
import org.peninsula.scenario.Scenario;

class LiveOddsTest {
  static final Path FILE = Path.of("scenarios/baseline-2021.yaml");
  static final long SEED = 20260;

  @TempDir Path data;

  static GameSetup setup(int turnMonths, int turns, long seed) throws Exception {
    return new GameSetup(FILE.getFileName().toString(), Files.readString(FILE), seed,
        turnMonths, turns);
  }

  static GameScenario scenario() throws Exception {
    return ScenarioFiles.READER.read(FILE.getFileName().toString(), Files.readString(FILE));
  }

  static OddsView await(LiveOdds odds, Game g, int turn) throws InterruptedException {
    for (int i = 0; i < 6000; i++) {
      OddsView v = odds.view(g.id());
      if (v != null && v.turn() == turn && v.complete()) {
        return v;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no odds for turn " + turn);
  }

  @Test
  @Timeout(120)
  void withBotsTheOddsBeforeTheFirstTurnAreTheScenariosEnsembleNumberForNumber()
      throws Exception {
    List<OddsView> seen = new CopyOnWriteArrayList<>();
    LiveOdds[] self = new LiveOdds[1];
    try (GameStore store = GameStore.open(data);
        Games games = Games.open(store, ScenarioFiles.READER);
        LiveOdds odds = new LiveOdds(600, 2, g -> seen.add(self[0].view(g.id())))) {
      self[0] = odds;
      // 60 turns of 3 months: the scenario's whole 15-year horizon.
      Game g = games.create(setup(3, 60, SEED), new GameOptions(false, false, 0));
      odds.changed(g);
      OddsView v = await(odds, g, 1);
      EnsembleSummary live = odds.summary(g.id(), 0);

      Scenario scenario = Scenario.load(FILE);
      EnsembleSummary direct = Ensemble.run(scenario, new EnsembleOptions(600, SEED, 1, false),
          null);
      assertEquals(direct, live, "the same summary, record for record");
      // What ./peninsula run --seed SEED --runs 600 computes (series on, every core).
      EnsembleSummary cli = Ensemble.run(scenario, EnsembleOptions.of(600, SEED), null);
      assertEquals(cli.futures(), live.futures());
      assertEquals(cli.outcomes(), live.outcomes());
      for (Future f : Future.values()) {
        assertEquals(cli.probability(f), v.futures().get(f.ordinal()).probability());
        assertEquals(cli.future(f).low(), v.futures().get(f.ordinal()).low());
      }
      assertEquals("scenario", v.basis());
      // Partial odds came before the final ones: what the listener saw only ever grew, in steps
      // of PUBLISH_EVERY runs, and ended complete. (The listener reads the latest view when it is
      // called, so which partial counts it saw is not part of the claim.)
      List<Long> done = seen.stream().filter(x -> x != null && x.turn() == 1)
          .map(OddsView::runsDone).toList();
      assertFalse(done.isEmpty(), "the listener was called");
      assertEquals(600L, done.get(done.size() - 1), done.toString());
      for (int i = 0; i < done.size(); i++) {
        long d = done.get(i);
        assertTrue(d == 600 || (d % LiveOdds.PUBLISH_EVERY == 0 && d < 600), done.toString());
        assertTrue(i == 0 || done.get(i - 1) <= d, "never went back: " + done);
      }
    }
  }

  @Test
  void aRunStoppedAtTurnKAndRestoredContinuesTheSameHistoryToTheLastFigure() throws Exception {
    GameScenario scenario = scenario();
    GameSetup setup = setup(3, 60, 11);
    GameRun whole = GameRun.of(scenario, setup);
    GameRun stopped = GameRun.of(scenario, setup);
    int k = 7;
    for (int t = 0; t < k; t++) {
      whole.play(TurnRecord.allBots(t));
      stopped.play(TurnRecord.allBots(t));
    }
    byte[] stored = stopped.snapshot();
    Peninsula restored = Peninsula.restore(stored);
    List<ChronicleEntry> after = new ArrayList<>();
    restored.setChronicle(after::add);
    RunOutcome continued = restored.runToEnd();

    int from = whole.chronicle().size();
    for (int t = k; !whole.finished(); t++) {
      whole.play(TurnRecord.allBots(t));
    }
    List<ChronicleEntry> rest = whole.chronicle().subList(from, whole.chronicle().size());
    assertEquals(rest, after, "month by month, every decision, vote and figure");
    assertEquals(whole.outcome(), continued);

    // And a game seeded with run i's seed is run i of the scenario's ensemble.
    long master = 99;
    RunOutcome[] runs = new RunOutcome[3];
    Ensemble.run(Scenario.load(FILE), new EnsembleOptions(3, master, 1, false), null,
        (i, seed, drawn, future, values, error) -> runs[(int) i] =
            new RunOutcome(future, values.clone()), new EnsembleControl());
    for (int i = 0; i < 3; i++) {
      GameRun game = GameRun.of(scenario, setup(3, 60, RunSeeds.of(master, i)));
      for (int t = 0; !game.finished(); t++) {
        game.play(TurnRecord.allBots(t));
      }
      assertEquals(runs[i], game.outcome(), "run " + i);
    }
  }

  @Test
  @Timeout(120)
  void afterEachTurnTheOddsAreContinuationsWithTheGamesSeedAndNameTheTurnsEvent()
      throws Exception {
    try (GameStore store = GameStore.open(data);
        Games games = Games.open(store, ScenarioFiles.READER);
        LiveOdds odds = new LiveOdds(300, 2, g -> { })) {
      games.addListener(odds::changed);
      Game g = games.create(setup(3, 8, SEED), new GameOptions(true, false, 0));
      Joined ana = games.join(g.id(), "Ana", Actor.DPRK);
      await(odds, g, 1);
      games.start(g);
      games.inject(g, org.peninsula.model.InjectEvent.ICBM_TEST);
      games.submit(g, ana.participant(), null, "MISSILE_TEST", null);
      games.advance(g);
      byte[] snapshot = g.read(x -> x.run().snapshot());
      OddsView v = await(odds, g, 2);
      EnsembleSummary expected = Ensemble.continueFrom(snapshot,
          new EnsembleOptions(300, SEED, 1, false), true, null, new EnsembleControl());
      assertEquals(expected, odds.summary(g.id(), 1));
      assertEquals("game", v.basis());
      assertNotNull(v.headline());
      assertTrue(v.headline().startsWith("war risk "), v.headline());
      assertTrue(v.headline().contains("after the DPRK tests an ICBM"), v.headline());
      assertNotNull(v.futures().get(0).previous());

      // Two turns in a row: the stale computation is cancelled, the last turn's odds stand.
      games.advance(g);
      games.advance(g);
      OddsView last = await(odds, g, 4);
      assertEquals(4, last.turn());
      assertEquals(300, last.runsDone());
    }
  }

  @Test
  @Timeout(180)
  void aCounterfactualWithTheMovePlayedIsWhatHappenedAndTheDebriefRenders() throws Exception {
    try (GameStore store = GameStore.open(data);
        Games games = Games.open(store, ScenarioFiles.READER);
        LiveOdds odds = new LiveOdds(200, 2, g -> { })) {
      games.addListener(odds::changed);
      Game g = games.create(setup(3, 3, SEED), new GameOptions(true, false, 0));
      Joined ana = games.join(g.id(), "Ana", Actor.DPRK);
      Joined bo = games.join(g.id(), "Bo", Actor.ROK);
      games.start(g);
      String[][] moves = {{"NUCLEAR_TEST", "ALIGN_WITH_US"}, {"ICBM_TEST", "ENGAGE_NORTH"},
          {"ACCEPT_TALKS", "ENGAGE_RUSSIA"}};
      for (String[] m : moves) {
        games.submit(g, ana.participant(), null, m[0], null);
        games.submit(g, bo.participant(), null, m[1], null);
        games.advance(g);
      }
      await(odds, g, 3);
      Counterfactual.History h = Counterfactual.History.of(g);
      EnsembleOptions opt = new EnsembleOptions(200, SEED, 2, false);
      Counterfactual.Result same = Counterfactual.compute(h, 1, Actor.DPRK,
          Action.byName(Actor.DPRK, "ICBM_TEST"), opt, null, new EnsembleControl());
      assertTrue(same.happened().equals(same.whatIf()), "changing nothing changes nothing");
      assertTrue(same.happened().equals(odds.summary(g.id(), 2)),
          "the replayed game is the live game");
      Counterfactual.Result other = Counterfactual.compute(h, 0, Actor.DPRK,
          Action.byName(Actor.DPRK, "HOLD"), opt, odds.summary(g.id(), 1),
          new EnsembleControl());
      assertEquals(Action.byName(Actor.DPRK, "NUCLEAR_TEST"), other.actual());
      assertNotEquals(other.happened(), other.whatIf());

      long t0 = System.nanoTime();
      Debrief.Findings f = Debrief.findings(g, odds, 300, 100, 2, new EnsembleControl());
      String html = Debrief.html(f);
      System.out.printf("debrief: %d divergences, %d KB, %d ms%n", f.divergences().size(),
          html.length() / 1024, (System.nanoTime() - t0) / 1_000_000);
      assertFalse(f.divergences().isEmpty(), "a nuclear test in turn 1 is not the bot's move");
      assertTrue(html.contains("data:image/png;base64,"));
      assertTrue(html.contains("Where players chose differently from the bots"));
      assertTrue(html.contains("percentile"));
      assertEquals(300, f.samples().get(Debrief.FIGURES.get(0)).length
          + f.scenario().runsFailed());
      assertFalse(withoutImages(html).contains("NaN"));
      // Moves in the tables are words that wrap on a printed page, not one long identifier.
      assertFalse(java.util.regex.Pattern.compile("<td>[A-Z]+_[A-Z_]+").matcher(html).find(),
          "a table cell starts with an underscored move name");
      assertTrue(html.contains("<td>NUCLEAR TEST (Ana)</td>"), "Ana's turn-1 move");

      // A counterfactual the server's shutdown interrupted before its first run has no odds:
      // the debrief leaves it out instead of failing on a NaN.
      EnsembleControl stopped = new EnsembleControl();
      stopped.cancel();
      Debrief.Divergence first = f.divergences().get(0);
      EnsembleSummary none = Ensemble.continueFrom(g.read(x -> x.run().snapshot()), opt, true,
          null, stopped);
      assertEquals(0, none.runsCompleted());
      List<Debrief.Divergence> with = new ArrayList<>(f.divergences());
      with.add(new Debrief.Divergence(first.turn(), first.actor(), first.player(),
          first.chosen(), first.bot(), first.botProbability(), first.happened(), none));
      Debrief.Findings cut = new Debrief.Findings(f.gameId(), f.history(), f.outcome(),
          f.scenario(), f.samples(), with, f.divergencesNotComputed(), f.liveOdds(),
          f.cfRuns());
      String page = Debrief.html(cut);
      assertFalse(withoutImages(page).contains("NaN"));
      assertEquals(f.divergences().size(), Debrief.page(cut).divergences().size());
      assertEquals(f.divergencesNotComputed() + 1,
          Debrief.page(cut).divergencesNotComputed());
    }
  }

  @Test
  @Timeout(120)
  void theOddsStopAtTheEndOfTheGame() throws Exception {
    try (GameStore store = GameStore.open(data);
        Games games = Games.open(store, ScenarioFiles.READER);
        LiveOdds odds = new LiveOdds(50, 1, g -> { })) {
      games.addListener(odds::changed);
      Game g = games.create(setup(3, 2, SEED), new GameOptions(false, false, 0));
      games.start(g);
      games.advance(g);
      await(odds, g, 2);
      games.advance(g); // the last turn: the game is over
      java.util.concurrent.CountDownLatch drained = new java.util.concurrent.CountDownLatch(1);
      odds.after(drained::countDown);
      assertTrue(drained.await(60, java.util.concurrent.TimeUnit.SECONDS));
      assertEquals(2, odds.view(g.id()).turn(), "no odds for a third turn of a 2-turn game");
      assertEquals(null, odds.summary(g.id(), 2));
    }
  }

  @Test
  void headlinesUseProperNamesAndNounPhrases() {
    ChronicleEntry.Decision rok = new ChronicleEntry.Decision(3, Actor.ROK,
        Action.byName(Actor.ROK, "ENGAGE_RUSSIA"), "player", List.of());
    assertEquals("South Korea's engagement with Russia", LiveOdds.salientEvent(List.of(rok)));
    ChronicleEntry.Decision us = new ChronicleEntry.Decision(3, Actor.USA,
        Action.byName(Actor.USA, "HOLD"), "player", List.of());
    assertEquals("the United States' decision to hold course", LiveOdds.salientEvent(List.of(us)));
    ChronicleEntry.Event election = new ChronicleEntry.Event(3,
        ChronicleEntry.EventKind.ELECTION,
        "United States presidential election: a hawkish administration wins");
    assertEquals("United States presidential election: a hawkish administration wins",
        LiveOdds.salientEvent(List.of(us, election)));
    ChronicleEntry.Event clash = new ChronicleEntry.Event(3, ChronicleEntry.EventKind.CLASH,
        "Limited military clash");
    assertEquals("limited military clash", LiveOdds.salientEvent(List.of(clash)));
    for (Actor a : Actor.values()) {
      for (Action m : Action.repertoire(a)) {
        String s = Headlines.move(m);
        assertFalse(s.contains(":"), s);
        assertTrue(Character.isUpperCase(s.charAt(0)) || s.startsWith("the United States"), s);
      }
    }
  }

  @Test
  void percentileCountsTiesHalf() {
    double[] s = {1, 2, 2, 3};
    assertEquals(50.0, Debrief.percentile(s, 4, 2));
    assertEquals(0.0, Debrief.percentile(s, 4, 0.5));
    assertEquals(100.0, Debrief.percentile(s, 4, 9));
  }

  /**
   * The page without its base64 images: "NaN" is three ordinary base64 letters, so a few hundred
   * KB of PNG data contain it about once by chance, while a number that failed to compute shows
   * up in the text.
   */
  static String withoutImages(String html) {
    return html.replaceAll("data:image/[a-z+]+;base64,[A-Za-z0-9+/=]*", "data:image");
  }
}
