package org.peninsula.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of a batch loses nothing: a batch started in a separate JVM, killed
 * part-way with destroyForcibly(), then resumed, ends with the same runs.csv and summary.json
 * as a batch that was never interrupted.
 */
class RunKillResumeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * Large enough that the child is still running when its first partial checkpoint appears
   * (checkpoints every 50 ms; this batch takes seconds on one thread even on a fast machine),
   * small enough to resume and replay whole within the suite.
   */
  private static final String RUNS = "10000";
  private static final String SEED = "77";

  @TempDir Path tmp;

  @Test
  void killedBatchResumesToTheUninterruptedResult() throws Exception {
    Path killedOut = tmp.resolve("killed");
    String classpath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // Checkpoints every 50 ms (instead of 2 s); the kill waits for evidence of one with partial
    // progress, not for a time.
    Process child = new ProcessBuilder(java, "-Xmx256m", "-Dpeninsula.checkpointMillis=50",
        "-cp", classpath, "org.peninsula.cli.Main", "run", "--runs", RUNS, "--seed", SEED,
        "--threads", "1", "--out", killedOut.toString())
        .redirectErrorStream(true)
        .redirectOutput(tmp.resolve("child.log").toFile())
        .start();
    Path dir = null;
    long killedAt = -1;
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (System.nanoTime() < deadline && child.isAlive()) {
        if (dir == null) {
          dir = findBatch(killedOut);
        }
        if (dir != null && Files.exists(dir.resolve("checkpoint.json"))) {
          JsonNode cp = readQuietly(dir.resolve("checkpoint.json"));
          long next = cp == null ? 0 : cp.get("nextRun").asLong();
          if (next > 0 && next < Long.parseLong(RUNS)) {
            killedAt = cp.get("nextRun").asLong();
            break;
          }
        }
        Thread.sleep(10); // polling a file another process writes: no event to wait on
      }
    } finally {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }
    assertTrue(killedAt > 0, "no partial checkpoint was seen before the child ended (raise RUNS"
        + " if this machine finishes " + RUNS + " runs in less than a poll); log: "
        + Files.readString(tmp.resolve("child.log")));
    assertFalse(Files.exists(dir.resolve("summary.json")), "killed before finishing");
    JsonNode cp = JSON.readTree(dir.resolve("checkpoint.json").toFile());
    assertTrue(cp.get("nextRun").asLong() < Long.parseLong(RUNS), "killed part-way");

    RunCommandTest.Ran resumed = RunCommandTest.run("run", "--resume", dir.toString());
    assertEquals(0, resumed.code(), resumed.err());
    assertTrue(resumed.err().contains("resuming at run"), resumed.err());

    Path wholeOut = tmp.resolve("whole");
    RunCommandTest.Ran whole = RunCommandTest.run("run", "--runs", RUNS, "--seed", SEED,
        "--threads", "2", "--out", wholeOut.toString());
    assertEquals(0, whole.code(), whole.err());
    Path wholeDir = RunCommandTest.batchDir(wholeOut);
    assertArrayEquals(Files.readAllBytes(wholeDir.resolve("summary.json")),
        Files.readAllBytes(dir.resolve("summary.json")));
    assertArrayEquals(Files.readAllBytes(wholeDir.resolve("runs.csv")),
        Files.readAllBytes(dir.resolve("runs.csv")));
    JsonNode manifest = JSON.readTree(dir.resolve("manifest.json").toFile());
    assertEquals("complete", manifest.get("status").asText());
    assertEquals(2, manifest.get("sessions").size());
    assertTrue(Files.size(dir.resolve("report.html")) > 10_000, "the resumed batch's report");
  }

  private static Path findBatch(Path parent) throws Exception {
    Path scenario = parent.resolve("baseline-2021");
    if (!Files.isDirectory(scenario)) {
      return null;
    }
    try (var s = Files.list(scenario)) {
      List<Path> dirs = s.filter(Files::isDirectory).toList();
      return dirs.isEmpty() ? null : dirs.get(0);
    }
  }

  private static JsonNode readQuietly(Path file) {
    try {
      return JSON.readTree(new File(file.toString()));
    } catch (Exception e) {
      return null; // being replaced; the rename is atomic, but the first write may be racing
    }
  }
}
