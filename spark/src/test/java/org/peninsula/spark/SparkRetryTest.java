package org.peninsula.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.TaskContext;
import org.junit.jupiter.api.Test;
import org.peninsula.experiment.Block;
import org.peninsula.experiment.EnsembleControl;
import org.peninsula.experiment.StudyEngine;
import org.peninsula.experiment.study.StudyBlocks;
import org.peninsula.scenario.Scenario;

/**
 * A task that fails is played again by Spark and the batch receives the very blocks an
 * undisturbed engine gives: runs depend only on their seeds.
 */
class SparkRetryTest {
  /** Failures injected so far (executors share the test's JVM in local mode). */
  static final AtomicInteger INJECTED = new AtomicInteger();

  /** Fails the first attempt of the task that starts at run {@code failAt}. */
  static final class FailingOnce implements StudyEngine.BlockPlayer {
    private final StudyEngine.BlockPlayer delegate;
    private final long failAt;

    FailingOnce(StudyEngine.BlockPlayer delegate, long failAt) {
      this.delegate = delegate;
      this.failAt = failAt;
    }

    @Override
    public Block play(long first, int size) {
      if (first == failAt && TaskContext.get().attemptNumber() == 0) {
        INJECTED.incrementAndGet();
        throw new IllegalStateException("injected executor failure");
      }
      return delegate.play(first, size);
    }

    @Override
    public long runs() {
      return delegate.runs();
    }
  }

  private static byte[] bytes(Block b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(out)) {
      o.writeObject(b);
    }
    return out.toByteArray();
  }

  @Test
  void aFailedTaskIsRetriedAndTheBlocksAreTheSame() throws Exception {
    Scenario s = Scenario.load(Path.of("scenarios/baseline-2021.yaml"));
    double[][] points = {{0.3}, {0.8}};
    StudyBlocks study = StudyBlocks.of(s, List.of("world.tension"), points, new long[] {7, 7},
        6, 7, false);
    List<byte[]> expected = new ArrayList<>();
    for (long first = 0; first < 12; first += 2) {
      expected.add(bytes(study.play(first, 2)));
    }
    System.setProperty("peninsula.spark.taskRuns", "2");
    List<byte[]> got = new ArrayList<>();
    // local[2,2]: two cores, a task may fail once
    try (StudyEngine engine = new SparkEngine(SparkEngine.session("local[2,2]"))) {
      long next = engine.run(new FailingOnce(study, 4), 0, 12, new EnsembleControl(),
          block -> got.add(bytes(block)));
      assertEquals(12, next);
    } finally {
      System.clearProperty("peninsula.spark.taskRuns");
    }
    assertTrue(INJECTED.get() >= 1, "the failure was injected");
    assertEquals(expected.size(), got.size());
    for (int i = 0; i < got.size(); i++) {
      assertArrayEquals(expected.get(i), got.get(i), "block " + i);
    }
  }
}
