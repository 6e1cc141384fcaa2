package org.peninsula.spark;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.peninsula.experiment.Block;
import org.peninsula.experiment.EnsembleControl;
import org.peninsula.experiment.StudyEngine;

/**
 * The study engine on Apache Spark. A batch's runs are cut into tasks of {@link #taskRuns}
 * consecutive runs; the study (scenario text and design values, a few kilobytes to a few
 * megabytes) is broadcast once, and every task plays its runs with the very code and seeds of
 * the local engine ({@code BlockPlayer.play}) and ships its block back. Tasks are submitted as
 * jobs of a few tasks per core, two jobs in flight, and their blocks committed on the driver in
 * run order, so the batch's runs.csv, statistics, checkpoints and progress are the local
 * engine's. A task that fails (an executor lost) is played again by Spark
 * ({@code spark.task.maxFailures}; in local mode give it as {@code local[N,F]}); a run that
 * fails inside a task is recorded in its row, as locally.
 */
public final class SparkEngine implements StudyEngine {
  /**
   * Most runs per task: large enough that Spark's per-task cost is small, see docs/cluster.md;
   * the system property {@code peninsula.spark.taskRuns} changes it.
   */
  static int maxTaskRuns() {
    return Math.max(1, Integer.getInteger("peninsula.spark.taskRuns", 2048));
  }
  /** Jobs of this many tasks per core; two jobs in flight keep the cores busy at a job's end. */
  private static final int TASKS_PER_CORE = 3;

  private final SparkSession session;
  private final JavaSparkContext sc;

  SparkEngine(SparkSession session) {
    this.session = session;
    this.sc = JavaSparkContext.fromSparkContext(session.sparkContext());
  }

  /** Finds the engine for {@code --engine spark}. */
  public static final class Provider implements StudyEngine.Provider {
    @Override
    public String name() {
      return "spark";
    }

    @Override
    public StudyEngine open(String master) {
      return new SparkEngine(session(master));
    }
  }

  /**
   * A session on {@code master}, or on what spark-submit set ({@code spark.master}), else
   * {@code local[*]}. The web UI stays off unless asked for: a study is not an interactive job.
   */
  static SparkSession session(String master) {
    SparkConf conf = new SparkConf();
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    conf.setIfMissing("spark.app.name", "peninsula");
    conf.setIfMissing("spark.ui.enabled", "false");
    conf.setIfMissing("spark.sql.shuffle.partitions", "4");
    return SparkSession.builder().config(conf).getOrCreate();
  }

  @Override
  public String description() {
    return "spark " + sc.master() + " (" + sc.defaultParallelism() + " cores)";
  }

  /** Runs per task for {@code runs} runs on {@code cores}: at most {@link #maxTaskRuns}. */
  static int taskRuns(long runs, int cores) {
    long perCore = (runs + (long) TASKS_PER_CORE * cores - 1) / ((long) TASKS_PER_CORE * cores);
    return (int) Math.max(1, Math.min(maxTaskRuns(), perCore));
  }

  @Override
  public long run(BlockPlayer player, long from, long to, EnsembleControl control,
      Committer committer) throws IOException {
    if (from >= to) {
      return from;
    }
    int cores = Math.max(1, sc.defaultParallelism());
    int size = taskRuns(to - from, cores);
    int tasksPerJob = TASKS_PER_CORE * cores;
    Broadcast<BlockPlayer> shipped = sc.broadcast(player);
    Deque<JavaFutureAction<List<Block>>> inFlight = new ArrayDeque<>();
    long submitted = from;
    long committed = from;
    try {
      while (committed < to) {
        while (inFlight.size() < 2 && submitted < to) {
          List<Long> firsts = new ArrayList<>();
          for (int k = 0; k < tasksPerJob && submitted < to; k++) {
            firsts.add(submitted);
            submitted = Math.min(to, submitted + size);
          }
          inFlight.add(submit(shipped, firsts, size, to));
        }
        List<Block> blocks = await(inFlight.peekFirst(), control);
        if (blocks == null) {
          return committed; // cancelled; the batch checkpoints what was committed
        }
        inFlight.removeFirst();
        for (Block b : blocks) {
          committer.commit(b);
          committed = Math.min(to, committed + size);
          if (control.cancelled()) {
            return committed;
          }
        }
      }
      return committed;
    } finally {
      for (JavaFutureAction<List<Block>> f : inFlight) {
        f.cancel(true);
      }
      shipped.destroy();
    }
  }

  private JavaFutureAction<List<Block>> submit(Broadcast<BlockPlayer> shipped, List<Long> firsts,
      int size, long to) {
    // One partition per task, in run order: collect returns the blocks in that order.
    return sc.parallelize(firsts, firsts.size())
        .map(first -> shipped.value().play(first, (int) Math.min(size, to - first)))
        .collectAsync();
  }

  /** The job's blocks, or null if the batch was cancelled while waiting. */
  private static List<Block> await(JavaFutureAction<List<Block>> job, EnsembleControl control)
      throws IOException {
    while (true) {
      if (control.cancelled()) {
        return null;
      }
      try {
        return job.get(100, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        // check for Ctrl-C and wait on
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      } catch (ExecutionException e) {
        throw new IOException("Spark job failed (after its retries): " + rootMessage(e), e);
      }
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  @Override
  public void writeParquet(java.nio.file.Path runsCsv, java.nio.file.Path parquet)
      throws IOException {
    RunsParquet.write(runsCsv, parquet);
  }

  @Override
  public void close() {
    session.stop();
  }
}
