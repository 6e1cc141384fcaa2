package org.peninsula.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peninsula.model.Future;
import org.peninsula.model.ModelParameters;
import org.peninsula.model.Outcome;
import org.peninsula.model.Peninsula;
import org.peninsula.scenario.RunSource;

class EnsembleTest {
  private static final RunSource SOURCE = TestSources.uncertain("test-uncertain", 120);

  @TempDir Path tmp;

  @Test
  void summaryDoesNotDependOnTheThreadCount() {
    EnsembleSummary one = Ensemble.run(SOURCE, new EnsembleOptions(1500, 11, 1, true), null);
    EnsembleSummary two = Ensemble.run(SOURCE, new EnsembleOptions(1500, 11, 2, true), null);
    EnsembleSummary three = Ensemble.run(SOURCE, new EnsembleOptions(1500, 11, 3, true), null);
    assertArrayEquals(SummaryJson.toBytes(one), SummaryJson.toBytes(two));
    assertArrayEquals(SummaryJson.toBytes(one), SummaryJson.toBytes(three));
    assertEquals(1500, one.runsCompleted());
    double total = 0;
    for (Future f : Future.values()) {
      total += one.probability(f);
    }
    assertEquals(1.0, total, 1e-12);
  }

  @Test
  void runsMatchASingleRunPlayedAlone() {
    List<double[]> seen = new ArrayList<>();
    List<Future> futures = new ArrayList<>();
    Ensemble.run(SOURCE, new EnsembleOptions(40, 5, 2, false), null,
        (run, seed, drawn, future, values, error) -> {
          assertEquals(RunSeeds.of(5, run), seed);
          seen.add(values.clone());
          futures.add(future);
        }, null);
    for (int i : new int[] {0, 17, 39}) {
      long seed = RunSeeds.of(5, i);
      Peninsula alone = new Peninsula(SOURCE.draw(seed).parameters(), seed);
      var out = alone.runToEnd();
      assertEquals(out.future(), futures.get(i));
      assertArrayEquals(out.values(), seen.get(i));
    }
  }

  @Test
  void batchFilesAreIdenticalForOneAndTwoThreadsAndAgreeWithTheRows() throws Exception {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    EnsembleBatch.Spec spec = new EnsembleBatch.Spec("test-uncertain", null, null, null, 1200, 3,
        true, null);
    EnsembleBatch.Result ra = EnsembleBatch.start(a, SOURCE, spec, 1, null, null);
    EnsembleBatch.Result rb = EnsembleBatch.start(b, SOURCE, spec, 2, null, null);
    assertTrue(ra.complete() && rb.complete());
    assertArrayEquals(Files.readAllBytes(a.resolve("runs.csv")),
        Files.readAllBytes(b.resolve("runs.csv")));
    assertArrayEquals(Files.readAllBytes(a.resolve("summary.json")),
        Files.readAllBytes(b.resolve("summary.json")));
    // The summary's probabilities are the shares counted from the rows.
    long[] counts = new long[Future.values().length];
    long[] rows = {0};
    RunsCsv.read(a.resolve("runs.csv"), row -> {
      assertEquals(rows[0], row.run());
      assertEquals(RunSeeds.of(3, row.run()), row.seed());
      counts[row.future().ordinal()]++;
      rows[0]++;
    });
    assertEquals(1200, rows[0]);
    for (Future f : Future.values()) {
      assertEquals(counts[f.ordinal()] / 1200.0, ra.summary().probability(f), 1e-15);
    }
    // summary.json reads back to the same summary.
    EnsembleSummary back = SummaryJson.read(a.resolve("summary.json"));
    assertArrayEquals(Files.readAllBytes(a.resolve("summary.json")), SummaryJson.toBytes(back));
    var manifest = SummaryJson.MAPPER.readTree(a.resolve("manifest.json").toFile());
    assertEquals("complete", manifest.get("status").asText());
    assertEquals(1200, manifest.get("runsDone").asLong());
    assertTrue(manifest.get("runsPerSecond").asDouble() > 0);
  }

  @Test
  void aFailingRunIsRecordedAndTheEnsembleGoesOn() throws Exception {
    RunSource failing = TestSources.failing("failing", 60, 9, 7);
    EnsembleBatch.Result r = EnsembleBatch.start(tmp.resolve("f"), failing,
        new EnsembleBatch.Spec("failing", null, null, null, 100, 9, true, null), 2, null, null);
    assertTrue(r.complete());
    assertEquals(15, r.runsFailed()); // runs 0, 7, ..., 98
    assertEquals(85, r.summary().runsCompleted());
    List<RunsCsv.Row> rows = new ArrayList<>();
    RunsCsv.read(tmp.resolve("f").resolve("runs.csv"), rows::add);
    assertEquals(100, rows.size());
    RunsCsv.Row bad = rows.get(14);
    assertNull(bad.future());
    assertEquals(RunSeeds.of(9, 14), bad.seed());
    assertTrue(bad.error().contains("planned failure of run 14, with a \"quote\", comma"),
        bad.error());
    assertNotNull(rows.get(15).future());
    assertNull(rows.get(15).error());
  }

  @Test
  void aCancelledBatchResumesToTheSameFiles() throws Exception {
    EnsembleBatch.Spec spec = new EnsembleBatch.Spec("test-uncertain", null, null, null, 1000,
        21, true, null);
    Path whole = tmp.resolve("whole");
    EnsembleBatch.start(whole, SOURCE, spec, 2, null, null);

    Path cut = tmp.resolve("cut");
    EnsembleControl control = new EnsembleControl();
    AtomicInteger blocks = new AtomicInteger();
    EnsembleBatch.Result first = EnsembleBatch.start(cut, SOURCE, spec, 2,
        new EnsembleListener() {
          @Override
          public void progress(long done, long total, long failed) {
            if (blocks.incrementAndGet() == 10) {
              control.cancel();
            }
          }
        }, control);
    assertFalse(first.complete());
    assertTrue(first.runsDone() > 0 && first.runsDone() < 1000, "done " + first.runsDone());
    assertFalse(Files.exists(cut.resolve("summary.json")));
    // Simulate rows written after the checkpoint by a process killed before its next one.
    Files.writeString(cut.resolve("runs.csv"), "999999,1,torn", java.nio.file.StandardOpenOption.APPEND);
    EnsembleBatch.Result second = EnsembleBatch.resume(cut, SOURCE, 1, null, null);
    assertTrue(second.complete());
    assertEquals(1000 - first.runsDone(), second.sessionRuns());
    assertArrayEquals(Files.readAllBytes(whole.resolve("runs.csv")),
        Files.readAllBytes(cut.resolve("runs.csv")));
    assertArrayEquals(Files.readAllBytes(whole.resolve("summary.json")),
        Files.readAllBytes(cut.resolve("summary.json")));
    var manifest = SummaryJson.MAPPER.readTree(cut.resolve("manifest.json").toFile());
    assertEquals(2, manifest.get("sessions").size());
  }

  @Test
  void continuationsFromASnapshotGiveOddsFromThatMonth() {
    ModelParameters p = ModelParameters.builder().setHorizonMonths(60).build();
    Peninsula game = new Peninsula(p, 77);
    for (int m = 0; m < 24 && !game.finished(); m++) {
      game.stepMonth();
    }
    byte[] snap = game.snapshot();
    EnsembleSummary a = Ensemble.continueFrom(snap, new EnsembleOptions(300, 1, 2, true), true,
        null, null);
    EnsembleSummary b = Ensemble.continueFrom(snap, new EnsembleOptions(300, 1, 1, true), true,
        null, null);
    assertArrayEquals(SummaryJson.toBytes(a), SummaryJson.toBytes(b));
    assertEquals(300, a.runsCompleted());
    if (!game.finished()) {
      assertTrue(Double.isNaN(a.series().median(Peninsula.SERIES_TENSION)[0]));
      assertFalse(Double.isNaN(a.series().median(Peninsula.SERIES_TENSION)[59]));
      assertTrue(a.outcome(Outcome.MONTHS_SIMULATED).min() > 24);
    }
  }

  @Test
  void outcomesSkipNaN() {
    EnsembleSummary s = Ensemble.run(SOURCE, new EnsembleOptions(400, 8, 2, false), null);
    OutcomeSummary war = s.outcome(Outcome.WAR_MONTH);
    long wars = Math.round(s.outcome(Outcome.WAR).mean() * 400);
    assertEquals(wars, war.n());
    assertEquals(400 - wars, war.missing());
    assertNull(s.series());
  }
}
