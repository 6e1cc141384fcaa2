package org.peninsula.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of a study loses nothing: sensitivity and compare, started in a
 * separate JVM and killed with destroyForcibly() while held part-way (see {@link StallingMain}),
 * then finished with --resume, write the same result files byte for byte as studies that were
 * never interrupted. Bad resume folders are refused with exit code 2.
 */
class StudyKillResumeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  static Path tiny;
  static Path tinyB;

  /** The shipped sanctions-sensitivity scenario cut to five years; B has looser sanctions. */
  @BeforeAll
  static void scenarios() throws IOException {
    String parent = Path.of("scenarios/sanctions-sensitivity.yaml").toAbsolutePath().toString();
    tiny = tmp.resolve("tiny-sanctions.yaml");
    Files.writeString(tiny, "extends: " + parent + "\nname: tiny-sanctions\nhorizonMonths: 60\n");
    tinyB = tmp.resolve("tiny-b.yaml");
    Files.writeString(tinyB, "extends: tiny-sanctions.yaml\nname: tiny-b\nworld:\n"
        + "  sanctionsStringency: {value: 0.5, source: rinna-2021, claim: 'looser'}\n");
  }

  @Test
  void sensitivityKilledPartWayResumesToTheUninterruptedResult() throws Exception {
    String[] study = {"sensitivity", tiny.toString(), "--method", "morris", "--samples", "4",
        "--replications", "30"};
    // 4 trajectories x 8 points x 30 replications = 960 runs; held at half of them.
    Path killed = killPartWay(study, "tiny-sanctions", 480, "runs");
    assertFalse(Files.exists(killed.resolve("sensitivity.json")), "killed before the end");

    Path corrupt = copy(killed, tmp.resolve("corrupt"));
    Files.writeString(corrupt.resolve("runs/checkpoint.json"), "{\"format\": 1, \"nextRun\":");
    CommandRunner.Result bad = CommandRunner.run("sensitivity", "--resume", corrupt.toString());
    assertEquals(2, bad.exitCode(), bad.err());
    assertTrue(bad.err().contains("checkpoint.json") && errorLines(bad) == 1, bad.err());

    Path corruptState = copy(killed, tmp.resolve("corrupt-state"));
    try (Stream<Path> s = Files.list(corruptState.resolve("runs"))) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith("checkpoint-state"))
          .toList()) {
        Files.write(p, new byte[] {31, -117, 8, 0, 1, 2, 3});
      }
    }
    bad = CommandRunner.run("sensitivity", "--resume", corruptState.toString());
    assertEquals(2, bad.exitCode(), bad.err());
    assertTrue(bad.err().contains("checkpoint-state") && errorLines(bad) == 1, bad.err());

    bad = CommandRunner.run("sweep", "--resume", killed.toString());
    assertEquals(2, bad.exitCode(), bad.err());
    assertTrue(bad.err().contains("a sensitivity study"), bad.err());
    bad = CommandRunner.run("sensitivity", "--resume", killed.toString(), "--samples", "5");
    assertEquals(2, bad.exitCode(), bad.err());
    assertTrue(bad.err().contains("samples"), bad.err());
    bad = CommandRunner.run("sensitivity", "--resume", tmp.toString());
    assertEquals(2, bad.exitCode(), bad.err());
    assertTrue(bad.err().contains("study.json"), bad.err());

    CommandRunner.Result resumed = CommandRunner.run("sensitivity", "--resume",
        killed.toString(), "--threads", "2");
    assertEquals(0, resumed.exitCode(), resumed.err());
    assertTrue(resumed.out().contains("mu*"), resumed.out());

    Path whole = runWhole(study, "whole-sensitivity");
    assertSameResults(whole, killed, List.of("sensitivity.json", "sensitivity.csv",
        "points.csv", "report.html", "runs/runs.csv", "runs/summary.json"));
    JsonNode manifest = JSON.readTree(killed.resolve("runs/manifest.json").toFile());
    assertEquals("complete", manifest.get("status").asText());
    assertEquals(2, manifest.get("sessions").size());
  }

  @Test
  void compareKilledInTheSecondScenarioResumesToTheUninterruptedResult() throws Exception {
    String[] study = {"compare", tiny.toString(), tinyB.toString(), "--runs", "1000", "--seed",
        "5", "--bootstrap", "200"};
    Path killed = killPartWay(study, "B: tiny-b", 500, "B");
    assertTrue(Files.exists(killed.resolve("A/summary.json")), "A was complete");
    assertFalse(Files.exists(killed.resolve("B/summary.json")), "B was not");
    assertFalse(Files.exists(killed.resolve("comparison.json")));

    Path changed = copy(killed, tmp.resolve("changed"));
    String rec = Files.readString(changed.resolve("study.json"));
    Files.writeString(changed.resolve("study.json"), rec.replace(tinyB.toAbsolutePath()
        .normalize().toString().replace("\\", "\\\\"), tiny.toAbsolutePath().normalize()
        .toString().replace("\\", "\\\\")));
    CommandRunner.Result bad = CommandRunner.run("compare", "--resume", changed.toString());
    assertEquals(2, bad.exitCode(), bad.err());
    assertTrue(bad.err().contains("B sha256"), bad.err());

    CommandRunner.Result resumed = CommandRunner.run("compare", "--resume", killed.toString());
    assertEquals(0, resumed.exitCode(), resumed.err());

    Path whole = runWhole(study, "whole-compare");
    assertSameResults(whole, killed, List.of("comparison.json", "comparison.csv", "report.html",
        "A/runs.csv", "A/summary.json", "B/runs.csv", "B/summary.json"));
  }

  @Test
  void aFinishedSweepResumesToTheSameFilesAndRefusesAChangedStudy() throws Exception {
    Path scenario = tmp.resolve("tiny-c.yaml");
    Files.writeString(scenario, "extends: tiny-sanctions.yaml\nname: tiny-c\n");
    Path d = runWhole(new String[] {"sweep", scenario.toString(), "--samples", "4",
        "--replications", "3"}, "sweep");
    byte[] csv = Files.readAllBytes(d.resolve("sweep.csv"));
    assertEquals(13, Files.readAllLines(d.resolve("runs/runs.csv")).size(), "4 x 3 runs");

    CommandRunner.Result again = CommandRunner.run("sweep", "--resume", d.toString());
    assertEquals(0, again.exitCode(), again.err());
    assertArrayEquals(csv, Files.readAllBytes(d.resolve("sweep.csv")));

    CommandRunner.Result bad = CommandRunner.run("discover", "--resume", d.toString());
    assertEquals(2, bad.exitCode(), bad.err());
    assertTrue(bad.err().contains("a sweep study"), bad.err());
    bad = CommandRunner.run("sweep", "--resume", d.toString(), "--design", "morris");
    assertEquals(2, bad.exitCode(), bad.err());
    assertTrue(bad.err().contains("design"), bad.err());
    Files.writeString(scenario, "extends: tiny-sanctions.yaml\nname: tiny-c\nhorizonMonths: 30\n");
    bad = CommandRunner.run("sweep", "--resume", d.toString());
    assertEquals(2, bad.exitCode(), bad.err());
    assertTrue(bad.err().contains("the scenario file changed") && errorLines(bad) == 1,
        bad.err());
  }

  /**
   * Starts {@code args} in a separate JVM, waits until it is held at {@code at} runs of
   * {@code task} and the batch in {@code batch} has checkpointed some runs, kills it; its study
   * folder.
   */
  private static Path killPartWay(String[] args, String task, long at, String batch)
      throws Exception {
    Path out = Files.createTempDirectory(tmp, "killed");
    Path marker = out.resolve("held");
    String classpath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Xmx256m",
        "-Dpeninsula.checkpointMillis=1", "-Dstall.task=" + task, "-Dstall.at=" + at,
        "-Dstall.marker=" + marker, "-cp", classpath, "org.peninsula.cli.StallingMain"));
    cmd.addAll(List.of(args));
    cmd.addAll(List.of("--threads", "1", "--out", out.resolve("results").toString()));
    Process child = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(out.resolve("child.log").toFile()).start();
    Path dir = null;
    long checkpointed = -1;
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
      while (System.nanoTime() < deadline && child.isAlive()) {
        dir = dir != null ? dir : studyDir(out.resolve("results"));
        if (dir != null && Files.exists(marker)) {
          JsonNode cp = readQuietly(dir.resolve(batch).resolve("checkpoint.json"));
          if (cp != null && cp.get("nextRun").asLong() > 0) {
            checkpointed = cp.get("nextRun").asLong();
            break;
          }
        }
        Thread.sleep(20);
      }
    } finally {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }
    assertTrue(checkpointed > 0 && checkpointed <= at, "the child was not held part-way after"
        + " a checkpoint (" + checkpointed + "); log: "
        + Files.readString(out.resolve("child.log")));
    return dir;
  }

  /** A refusal is one line, no stack trace. */
  private static long errorLines(CommandRunner.Result r) {
    assertFalse(r.err().contains("\tat "), r.err());
    return r.err().lines().filter(l -> l.startsWith("error: ")).count();
  }

  private static Path runWhole(String[] args, String name) throws IOException {
    Path out = tmp.resolve(name);
    String[] all = Stream.concat(Stream.of(args), Stream.of("--out", out.toString()))
        .toArray(String[]::new);
    CommandRunner.Result r = CommandRunner.run(all);
    assertEquals(0, r.exitCode(), r.err());
    Path d = studyDir(out);
    assertTrue(d != null);
    return d;
  }

  private static void assertSameResults(Path whole, Path resumed, List<String> files)
      throws IOException {
    for (String f : files) {
      assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(
          resumed.resolve(f)), f);
    }
    // and nothing else differs: every file but the timings and the checkpoint
    TreeMap<String, byte[]> a = contents(whole);
    TreeMap<String, byte[]> b = contents(resumed);
    assertEquals(a.keySet(), b.keySet());
    a.forEach((k, v) -> assertArrayEquals(v, b.get(k), k));
  }

  private static TreeMap<String, byte[]> contents(Path dir) throws IOException {
    TreeMap<String, byte[]> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String name = dir.relativize(p).toString().replace('\\', '/');
        String file = p.getFileName().toString();
        if (file.equals("manifest.json") || file.startsWith("checkpoint")
            || file.equals("study.json")) {
          continue;
        }
        m.put(name, Files.readAllBytes(p));
      }
    }
    return m;
  }

  /** The one study folder under {@code results} (the one holding study.json). */
  private static Path studyDir(Path results) throws IOException {
    if (!Files.isDirectory(results)) {
      return null;
    }
    try (Stream<Path> s = Files.walk(results)) {
      return s.filter(p -> p.getFileName().toString().equals("study.json")).findFirst()
          .map(Path::getParent).orElse(null);
    }
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
    return to;
  }

  private static JsonNode readQuietly(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (Exception e) {
      return null; // not there yet, or being replaced
    }
  }
}
