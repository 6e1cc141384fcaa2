package org.peninsula.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sweep, sensitivity and discover (and bad inputs of all four) through the command line. */
class StudyCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  static Path tiny;

  /** The shipped sanctions-sensitivity scenario cut to two years, so a run is cheap. */
  @BeforeAll
  static void tinyScenario() throws IOException {
    String s = "extends: " + Path.of("scenarios/sanctions-sensitivity.yaml").toAbsolutePath()
        + "\nname: tiny-sanctions\nhorizonMonths: 24\n";
    tiny = tmp.resolve("tiny-sanctions.yaml");
    Files.writeString(tiny, s);
  }

  private static Path resultDir(String out) throws IOException {
    try (Stream<Path> s = Files.walk(tmp.resolve(out))) {
      return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString()
          .equals("report.html")).findFirst().orElseThrow().getParent();
    }
  }

  private static CommandRunner.Result ok(String... args) {
    CommandRunner.Result r = CommandRunner.run(args);
    assertEquals(0, r.exitCode(), r.err());
    return r;
  }

  @Test
  void sweepWritesOneRowPerPointWithStableIds() throws IOException {
    String[] args = {"sweep", tiny.toString(), "--samples", "6", "--replications", "4",
        "--threads", "2"};
    CommandRunner.Result r = ok(concat(args, "--out", tmp.resolve("s1").toString()));
    ok(concat(args, "--out", tmp.resolve("s2").toString()));
    List<String> rows1 = Files.readAllLines(resultDir("s1").resolve("sweep.csv"));
    List<String> rows2 = Files.readAllLines(resultDir("s2").resolve("sweep.csv"));
    assertEquals(rows1, rows2);
    assertEquals(7, rows1.size());
    assertTrue(rows1.get(0).startsWith("point,world.sanctionsStringency,"));
    assertTrue(rows1.get(0).contains("p_ESCALATION_TO_WAR") && rows1.get(0).contains(
        "mean_peakTension") && rows1.get(0).endsWith(",error"));
    for (int i = 1; i <= 6; i++) {
      assertTrue(rows1.get(i).startsWith("lhs-" + (i - 1) + ","), rows1.get(i));
    }
    assertTrue(r.out().contains("lhs-5"), r.out());
  }

  @Test
  void sensitivityRunsEndToEndAndRanks() throws IOException {
    CommandRunner.Result m = ok("sensitivity", tiny.toString(), "--method", "morris",
        "--samples", "4", "--replications", "4", "--outcome", "peakTension,sanctionsCollapse",
        "--threads", "2", "--out", tmp.resolve("morris").toString());
    assertTrue(m.out().contains("mean peakTension (Morris, ranked by mu*)"), m.out());
    assertTrue(m.out().contains("mu* [95% CI]"));
    JsonNode jm = JSON.readTree(resultDir("morris").resolve("sensitivity.json").toFile());
    // seven parameters and the noise-floor dummy
    assertEquals(8, jm.get("outcomes").get(0).get("ranking").size());
    assertTrue(m.out().contains("noise-floor") && m.out().contains("vs noise floor"), m.out());

    CommandRunner.Result s = ok("sensitivity", tiny.toString(), "--method", "sobol",
        "--samples", "16", "--replications", "3", "--outcome", "peakTension", "--threads", "2",
        "--out", tmp.resolve("sobol").toString());
    assertTrue(s.out().contains("total ST [95% CI]"), s.out());
    assertTrue(s.out().contains("Convergence"), s.out());
    Path d = resultDir("sobol");
    JsonNode js = JSON.readTree(d.resolve("sensitivity.json").toFile());
    JsonNode ranking = js.get("outcomes").get(0).get("ranking");
    assertEquals(8, ranking.size());
    for (int i = 1; i < ranking.size(); i++) {
      assertTrue(ranking.get(i - 1).get("total").get("estimate").asDouble()
          >= ranking.get(i).get("total").get("estimate").asDouble());
    }
    assertTrue(Files.exists(d.resolve("sensitivity.csv")));
    assertEquals(16 * 10 + 1, Files.readAllLines(d.resolve("points.csv")).size());
  }

  @Test
  void discoverFindsABox() throws IOException {
    CommandRunner.Result r = ok("discover", tiny.toString(), "--outcome", "peakTension",
        "--samples", "60", "--replications", "3", "--threads", "2", "--out",
        tmp.resolve("prim").toString());
    assertTrue(r.out().contains("Peeling trajectory"), r.out());
    assertTrue(r.out().contains("Chosen box"), r.out());
    JsonNode j = JSON.readTree(resultDir("prim").resolve("discovery.json").toFile());
    assertTrue(j.get("trajectory").size() > 1);
    assertTrue(j.get("chosen").get("coverage").asDouble() >= 0.5);
    assertTrue(j.get("chosen").get("density").asDouble()
        >= j.get("trajectory").get(0).get("density").asDouble());
  }

  @Test
  void discoverPerRunClassifiesRuns() throws IOException {
    CommandRunner.Result r = ok("discover", tiny.toString(), "--outcome", "peakTension",
        "--per-run", "--samples", "20", "--replications", "5", "--threads", "2", "--out",
        tmp.resolve("prim-runs").toString());
    assertTrue(r.out().contains("of 100 runs"), r.out());
    JsonNode j = JSON.readTree(resultDir("prim-runs").resolve("discovery.json").toFile());
    assertEquals(100, j.get("points").asInt());
    assertEquals("one per completed run", j.get("inputs").get("rows").asText());
  }

  @Test
  void badInputsExitTwoWithAClearMessage() throws IOException {
    CommandRunner.Result missing = CommandRunner.run("compare", "no-such.yaml",
        "scenarios/engagement.yaml", "--out", tmp.resolve("bad").toString());
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains("no-such.yaml"), missing.err());

    CommandRunner.Result mixed = CommandRunner.run("compare", tmp.toString(),
        "scenarios/engagement.yaml");
    assertEquals(2, mixed.exitCode());
    assertTrue(mixed.err().contains("two scenario files or two result folders"), mixed.err());

    CommandRunner.Result noSweep = CommandRunner.run("sweep", "scenarios/baseline-2021.yaml");
    assertEquals(2, noSweep.exitCode());
    assertTrue(noSweep.err().contains("no sweep: section"), noSweep.err());

    CommandRunner.Result method = CommandRunner.run("sensitivity", tiny.toString(), "--method",
        "fast");
    assertEquals(2, method.exitCode());
    assertTrue(method.err().contains("--method must be morris or sobol"), method.err());

    CommandRunner.Result outcome = CommandRunner.run("discover", tiny.toString(), "--outcome",
        "peace");
    assertEquals(2, outcome.exitCode());
    assertTrue(outcome.err().contains("unknown outcome 'peace'"), outcome.err());

    CommandRunner.Result design = CommandRunner.run("sweep", tiny.toString(), "--design",
        "random");
    assertEquals(2, design.exitCode());
    assertTrue(design.err().contains("unknown design 'random'"), design.err());
    assertFalse(design.err().contains("Exception"), design.err());
  }

  @Test
  void sparkEngineMissingFromTheClassPathSaysHowToRunIt() {
    CommandRunner.Result r = CommandRunner.run("sweep", tiny.toString(), "--engine", "spark",
        "--out", tmp.resolve("no-spark").toString());
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("--engine spark: not on the class path")
        && r.err().contains("spark-submit"), r.err());
    assertFalse(Files.exists(tmp.resolve("no-spark")), "no study folder for a study not run");
    CommandRunner.Result master = CommandRunner.run("sweep", tiny.toString(), "--master",
        "local[2]");
    assertEquals(2, master.exitCode(), master.err());
    assertTrue(master.err().contains("--master is for --engine spark"), master.err());
    CommandRunner.Result parquet = CommandRunner.run("sweep", tiny.toString(), "--format",
        "parquet");
    assertEquals(2, parquet.exitCode(), parquet.err());
    assertTrue(parquet.err().contains("--format parquet needs --engine spark"), parquet.err());
  }

  private static String[] concat(String[] a, String... b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }
}
