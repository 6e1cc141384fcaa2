package org.peninsula.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Runs blocks of runs on worker threads and hands them, strictly in run-index order, to a
 * committer on the calling thread. Workers may run ahead of the committer by a bounded window of
 * blocks, so memory stays bounded whatever the number of runs. Because blocks are committed in
 * order and every run depends only on its seed, whatever is committed is the same for any
 * thread count.
 */
final class EnsembleEngine {

  private final Object monitor = new Object();
  private final Block[] ready;
  private final int window;
  private Throwable workerFailure;

  private EnsembleEngine(int window) {
    this.window = window;
    this.ready = new Block[window];
  }

  /**
   * Plays runs [from, to) in blocks. Returns the index of the first run not committed (to, unless
   * {@code control} was cancelled). A control already cancelled plays nothing: otherwise a worker
   * could finish a small first block before the committer first looks at the control, and
   * whether it counted would depend on thread timing.
   */
  static long run(Supplier<RunWorker> workers, long from, long to, int threads,
      EnsembleControl control, StudyEngine.Committer committer) throws IOException {
    if (from >= to || control.cancelled()) {
      return from;
    }
    int blockSize = EnsembleOptions.blockSize(to - from);
    long blocks = (to - from + blockSize - 1) / blockSize;
    int t = (int) Math.max(1, Math.min(threads, blocks));
    EnsembleEngine engine = new EnsembleEngine(Math.max(4, 3 * t));
    return engine.execute(workers, from, to, blockSize, blocks, t, control, committer);
  }

  private long execute(Supplier<RunWorker> workers, long from, long to, int blockSize,
      long blocks, int threads, EnsembleControl control, StudyEngine.Committer committer)
      throws IOException {
    Semaphore permits = new Semaphore(window);
    AtomicLong nextBlock = new AtomicLong();
    EnsembleControl stop = new EnsembleControl();
    Thread[] pool = new Thread[threads];
    for (int k = 0; k < threads; k++) {
      pool[k] = new Thread(() -> work(workers, from, to, blockSize, blocks, permits, nextBlock,
          stop), "ensemble-worker-" + k);
      pool[k].setDaemon(true);
      pool[k].start();
    }
    long committedTo = from;
    try {
      for (long b = 0; b < blocks; b++) {
        Block block = await(b, control);
        if (block == null) {
          break; // cancelled
        }
        committer.commit(block);
        committedTo = block.first + block.size;
        permits.release();
        if (control.cancelled()) {
          break;
        }
      }
    } finally {
      stop.cancel();
      for (Thread th : pool) {
        th.interrupt();
      }
      for (Thread th : pool) {
        try {
          th.join(10_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    return committedTo;
  }

  private void work(Supplier<RunWorker> workers, long from, long to, int blockSize, long blocks,
      Semaphore permits, AtomicLong nextBlock, EnsembleControl stop) {
    try {
      RunWorker worker = workers.get();
      while (!stop.cancelled()) {
        permits.acquire();
        long b = nextBlock.getAndIncrement();
        if (b >= blocks || stop.cancelled()) {
          permits.release();
          return;
        }
        long first = from + b * blockSize;
        int size = (int) Math.min(blockSize, to - first);
        Block block = worker.play(first, size, stop);
        if (block == null) {
          return;
        }
        synchronized (monitor) {
          ready[(int) (b % window)] = block;
          monitor.notifyAll();
        }
      }
    } catch (InterruptedException e) {
      // stopping
    } catch (Throwable e) {
      synchronized (monitor) {
        workerFailure = e;
        monitor.notifyAll();
      }
    }
  }

  /** Waits for block {@code b}; null if the batch was cancelled first. */
  private Block await(long b, EnsembleControl control) {
    int slot = (int) (b % window);
    synchronized (monitor) {
      while (true) {
        Block block = ready[slot];
        if (block != null) {
          ready[slot] = null;
          return block;
        }
        if (workerFailure != null) {
          if (workerFailure instanceof Error err) {
            throw err;
          }
          if (workerFailure instanceof UncheckedIOException u) {
            throw u;
          }
          throw new IllegalStateException("ensemble worker failed", workerFailure);
        }
        if (control.cancelled()) {
          return null;
        }
        try {
          monitor.wait(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          control.cancel();
          return null;
        }
      }
    }
  }
}
