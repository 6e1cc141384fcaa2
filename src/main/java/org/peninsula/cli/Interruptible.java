package org.peninsula.cli;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.peninsula.experiment.EnsembleControl;

/**
 * Runs a batch with a Ctrl-C handler: the signal cancels the batch's control and waits for the
 * batch in hand to write its checkpoint, so nothing written is lost. One handler for `run` and
 * the studies.
 */
final class Interruptible {
  private Interruptible() {}

  interface Work<T> {
    T run(EnsembleControl control) throws IOException;
  }

  /**
   * {@code work}'s result; a file that cannot be written becomes a one-line
   * {@link ScenarioArgument.UserError}, other I/O errors are the caller's to word.
   */
  static <T> T run(Work<T> work) throws IOException {
    EnsembleControl control = new EnsembleControl();
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      control.cancel();
      try {
        finished.await(30, TimeUnit.SECONDS); // let the batch write its checkpoint
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "peninsula-interrupt");
    boolean hooked = addHook(hook);
    try {
      return work.run(control);
    } catch (java.nio.file.FileSystemException e) {
      throw new ScenarioArgument.UserError("cannot write " + e.getFile()
          + (e.getReason() != null ? ": " + e.getReason() : "") + " ("
          + e.getClass().getSimpleName() + ")");
    } finally {
      finished.countDown();
      if (hooked) {
        removeHook(hook);
      }
    }
  }

  private static boolean addHook(Thread hook) {
    try {
      Runtime.getRuntime().addShutdownHook(hook);
      return true;
    } catch (IllegalStateException | SecurityException e) {
      return false;
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException | SecurityException e) {
      // shutting down already
    }
  }
}
