package org.peninsula.game.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * All writes go through one writer thread, which commits the writes waiting at the same moment
 * in one transaction ("group commit"): a class submitting at once pays for one commit, not
 * thirty. Each write runs under its own savepoint, so a failing one is rolled back alone; a
 * caller returns only after the transaction holding its write is committed.
 */
final class GroupCommit implements AutoCloseable {
  private static final int MAX_BATCH = 256;

  /** A unit of writing, run on the writer's connection inside the batch's transaction. */
  @FunctionalInterface
  interface Write<T> {
    T run(Connection c) throws SQLException;
  }

  private static final class Job<T> {
    final Write<T> write;
    final CountDownLatch done = new CountDownLatch(1);
    T result;
    Throwable error;

    Job(Write<T> write) {
      this.write = write;
    }
  }

  private static final Job<Void> STOP = new Job<>(c -> null);

  private final Connection connection;
  private final BlockingQueue<Job<?>> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private volatile boolean closed;

  GroupCommit(Connection connection) throws SQLException {
    this.connection = connection;
    connection.setAutoCommit(false);
    writer = new Thread(this::loop, "game-store-writer");
    writer.setDaemon(true);
    writer.start();
  }

  /** Runs {@code write} and returns its result once it is committed. */
  <T> T write(Write<T> write) {
    if (closed) {
      throw new StoreException("the game database is closed", null);
    }
    Job<T> job = new Job<>(write);
    queue.add(job);
    boolean interrupted = false;
    while (true) {
      try {
        job.done.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;   // the write is under way: wait for its outcome regardless
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (job.error != null) {
      throw new StoreException("database write failed: " + job.error.getMessage(), job.error);
    }
    return job.result;
  }

  private void loop() {
    List<Job<?>> batch = new ArrayList<>();
    while (true) {
      batch.clear();
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        continue;
      }
      queue.drainTo(batch, MAX_BATCH - 1);
      boolean stop = batch.remove(STOP);
      if (!batch.isEmpty()) {
        runBatch(batch);
      }
      if (stop) {
        return;
      }
    }
  }

  private void runBatch(List<Job<?>> batch) {
    try {
      for (Job<?> job : batch) {
        run(job);
      }
      connection.commit();
    } catch (Throwable t) {
      try {
        connection.rollback();
      } catch (SQLException ignored) {
        // the commit's failure is what the callers hear about
      }
      for (Job<?> job : batch) {
        if (job.error == null) {
          job.error = t;
        }
      }
    }
    for (Job<?> job : batch) {
      job.done.countDown();
    }
  }

  private <T> void run(Job<T> job) throws SQLException {
    Savepoint sp = connection.setSavepoint();
    try {
      job.result = job.write.run(connection);
      connection.releaseSavepoint(sp);
    } catch (SQLException | RuntimeException e) {
      connection.rollback(sp);
      job.error = e;
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    queue.add(STOP);
    try {
      writer.join(10_000);
      connection.close();
    } catch (InterruptedException | SQLException e) {
      Thread.currentThread().interrupt();
    }
  }
}
