package org.peninsula.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrateCommandTest {
  static final String RECORD = "scenarios/history/2016-2020.yaml";
  static final String SCENARIO = "scenarios/history-2016.yaml";

  @Test
  void writesThePosteriorTrajectoryChecksAndReportAndResumes(@TempDir Path out) throws Exception {
    CommandRunner.Result r = CommandRunner.run("calibrate", SCENARIO, "--record", RECORD,
        "--params", "mechanisms.rationality", "mechanisms.tensionDecay", "--particles", "20",
        "--generations", "2", "--predictive", "20", "--threads", "2", "--seed", "5",
        "--statistics", "launchMonths,talksMonths",
        "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    Path dir;
    try (Stream<Path> s = Files.walk(out)) {
      dir = s.filter(p -> p.endsWith("posterior.csv")).findFirst().orElseThrow().getParent();
    }
    List<String> posterior = Files.readAllLines(dir.resolve("posterior.csv"));
    assertEquals("mechanisms.rationality,mechanisms.tensionDecay,weight", posterior.get(0));
    assertEquals(21, posterior.size());
    assertEquals(3, Files.readAllLines(dir.resolve("trajectory.csv")).size());
    String html = Files.readString(dir.resolve("report.html"));
    assertTrue(html.contains("Predictive check") && html.contains("width ratio"));
    assertTrue(Files.readString(dir.resolve("predictive.csv")).contains("launchMonths.2018"));

    CommandRunner.Result resumed = CommandRunner.run("calibrate", SCENARIO, "--record", RECORD,
        "--params", "mechanisms.rationality", "mechanisms.tensionDecay", "--particles", "20",
        "--generations", "3", "--predictive", "20", "--threads", "1", "--seed", "5",
        "--statistics", "launchMonths,talksMonths",
        "--out", dir.toString(), "--resume");
    assertEquals(0, resumed.exitCode(), resumed.err());
    assertEquals(4, Files.readAllLines(dir.resolve("trajectory.csv")).size());
    // The first two generations were read back, not run again.
    assertTrue(!resumed.err().contains("generation 0:"), resumed.err());
    assertTrue(resumed.err().contains("generation 2:"), resumed.err());

    CommandRunner.Result other = CommandRunner.run("calibrate", SCENARIO, "--record", RECORD,
        "--params", "mechanisms.rationality", "--particles", "20", "--generations", "3",
        "--seed", "5", "--out", dir.toString(), "--resume");
    assertEquals(2, other.exitCode());
    assertTrue(other.err().contains("other settings"), other.err());
  }

  @Test
  void badInputIsOneLineAndExitCodeTwo() {
    CommandRunner.Result key = CommandRunner.run("calibrate", SCENARIO, "--record", RECORD,
        "--params", "mechanisms.noSuchThing");
    assertEquals(2, key.exitCode());
    assertTrue(key.err().startsWith("error: --params:"), key.err());
    CommandRunner.Result start = CommandRunner.run("calibrate", "scenarios/baseline-2021.yaml",
        "--record", RECORD, "--params", "mechanisms.rationality");
    assertEquals(2, start.exitCode());
    assertTrue(start.err().contains("field 'start' is 2021-03"), start.err());
    assertEquals(1, start.err().strip().lines().count());
  }

  @Test
  void aMalformedRecordNamesFileAndField(@TempDir Path dir) throws Exception {
    Path rec = dir.resolve("r.yaml");
    Files.writeString(rec, "window: {from: 2016-01}\nyears: [2016, 2017]\nstatistics:\n"
        + "  launchMonths: [1, oops]\n");
    CommandRunner.Result r = CommandRunner.run("calibrate", SCENARIO, "--record",
        rec.toString(), "--params", "mechanisms.rationality");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("statistics.launchMonths") && r.err().contains("2017"),
        r.err());
    assertTrue(r.err().contains(rec + ":4: "), "the line of the bad entry: " + r.err());
    assertEquals(1, r.err().strip().lines().count());

    Files.writeString(rec, "window: {from: 2016-01}\nyears: [2016, 2017]\nstatistics:\n"
        + "  launchMonths: [1, 2]\n  vetoes: [0]\n");
    CommandRunner.Result shortList = CommandRunner.run("calibrate", SCENARIO, "--record",
        rec.toString(), "--params", "mechanisms.rationality");
    assertEquals(2, shortList.exitCode());
    assertTrue(shortList.err().contains(rec + ":5: ")
        && shortList.err().contains("statistics.vetoes"), shortList.err());
  }
}
