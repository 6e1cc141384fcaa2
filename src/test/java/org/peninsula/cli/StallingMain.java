package org.peninsula.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The command line, held for good part-way through a study so a test can kill it there: once
 * the task named by {@code stall.task} has committed {@code stall.at} runs, the committing
 * thread writes {@code stall.marker} and waits forever. The kill then lands in the middle of the
 * study whatever the machine's speed.
 */
public final class StallingMain {
  private StallingMain() {}

  public static void main(String[] args) throws Exception {
    String task = System.getProperty("stall.task");
    long at = Long.getLong("stall.at");
    Path marker = Path.of(System.getProperty("stall.marker"));
    CountDownLatch never = new CountDownLatch(1);
    StudyResume.testHook = (t, done) -> {
      if (t.equals(task) && done >= at) {
        try {
          Files.writeString(marker, Long.toString(done));
          never.await();
        } catch (Exception e) {
          Thread.currentThread().interrupt();
        }
      }
    };
    Main.main(args);
  }
}
