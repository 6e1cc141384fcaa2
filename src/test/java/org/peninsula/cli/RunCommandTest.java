package org.peninsula.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peninsula.experiment.RunSeeds;
import org.peninsula.experiment.RunsCsv;
import org.peninsula.model.Future;
import picocli.CommandLine;

class RunCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /** Exit code, stdout and stderr of one command. */
  record Ran(int code, String out, String err) {}

  static Ran run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = Main.commandLine();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int code = cmd.execute(args);
    return new Ran(code, out.toString(), err.toString());
  }

  /** The one batch directory under {@code parent} (results/<scenario>/<run-id>). */
  static Path batchDir(Path parent) throws IOException {
    try (Stream<Path> s = Files.walk(parent)) {
      List<Path> dirs = s.filter(p -> Files.exists(p.resolve("manifest.json"))).toList();
      assertEquals(1, dirs.size(), dirs.toString());
      return dirs.get(0);
    }
  }

  @Test
  void runWritesTheBatchAndPrintsTheSummary() throws Exception {
    Ran r = run("run", "--runs", "300", "--seed", "5", "--out", tmp.toString());
    assertEquals(0, r.code(), r.err());
    Path dir = batchDir(tmp);
    assertEquals(tmp.resolve("baseline-2021"), dir.getParent());
    assertTrue(dir.getFileName().toString().endsWith("-seed5"), dir.toString());
    assertTrue(r.out().contains("confrontational stability"), r.out());
    assertTrue(r.out().contains("95% CI"), r.out());
    assertTrue(r.out().contains("finalTension"), r.out());
    assertTrue(r.err().lines().count() < 10, "progress must not flood: " + r.err());

    JsonNode summary = JSON.readTree(dir.resolve("summary.json").toFile());
    long[] counts = new long[Future.values().length];
    long[] rows = {0};
    RunsCsv.read(dir.resolve("runs.csv"), row -> {
      assertEquals(rows[0]++, row.run());
      assertEquals(RunSeeds.of(5, row.run()), row.seed());
      counts[row.future().ordinal()]++;
    });
    assertEquals(300, rows[0]);
    assertEquals(300, summary.get("runsCompleted").asLong());
    for (JsonNode f : summary.get("futures")) {
      Future future = Future.valueOf(f.get("future").asText());
      assertEquals(counts[future.ordinal()], f.get("count").asLong());
      assertEquals(counts[future.ordinal()] / 300.0, f.get("probability").asDouble(), 1e-15);
      assertTrue(f.get("ci95").get(0).asDouble() <= f.get("probability").asDouble());
    }
    assertEquals(180, summary.get("series").get("tension").get("p50").size());

    JsonNode manifest = JSON.readTree(dir.resolve("manifest.json").toFile());
    assertEquals("complete", manifest.get("status").asText());
    assertEquals(64, manifest.get("scenario").get("sha256").asText().length());
    assertEquals(0.75, manifest.get("scenario").get("parameters").get("actors.USA.pressure")
        .get("mode").asDouble());
    assertEquals(5, manifest.get("masterSeed").asLong());
    assertEquals(300, manifest.get("runsDone").asLong());
    assertTrue(manifest.get("wallTimeSeconds").asDouble() > 0);
    assertTrue(manifest.get("runsPerSecond").asDouble() > 0);
    assertTrue(manifest.get("engine").asText().startsWith("peninsula"));
  }

  @Test
  void twoScenariosWithOneMasterSeedShareTheirRunSeeds() throws Exception {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assertEquals(0, run("run", "--runs", "30", "--seed", "11", "--out", a.toString()).code());
    assertEquals(0, run("run", "scenarios/dual-freeze.yaml", "--runs", "30", "--seed", "11",
        "--out", b.toString()).code());
    List<Long> seedsA = new java.util.ArrayList<>();
    List<Long> seedsB = new java.util.ArrayList<>();
    RunsCsv.read(batchDir(a).resolve("runs.csv"), row -> seedsA.add(row.seed()));
    RunsCsv.read(batchDir(b).resolve("runs.csv"), row -> seedsB.add(row.seed()));
    assertEquals(30, seedsA.size());
    assertEquals(seedsA, seedsB);
  }

  @Test
  void traceWithARowsSeedReplaysThatRun() throws Exception {
    assertEquals(0, run("run", "--runs", "40", "--seed", "3", "--out", tmp.toString()).code());
    List<RunsCsv.Row> rows = new java.util.ArrayList<>();
    RunsCsv.read(batchDir(tmp).resolve("runs.csv"), rows::add);
    RunsCsv.Row row = rows.get(37);
    Ran trace = run("trace", "--seed", Long.toString(row.seed()), "--json");
    assertEquals(0, trace.code(), trace.err());
    String last = trace.out().strip().lines().reduce((a, b) -> b).orElseThrow();
    JsonNode outcome = JSON.readTree(last);
    assertEquals(row.future().name(), outcome.get("future").asText());
    for (var o : org.peninsula.model.Outcome.values()) {
      JsonNode v = outcome.get("values").get(o.key());
      double expected = row.values()[o.ordinal()];
      if (Double.isNaN(expected)) {
        assertTrue(v.isNull(), o.key());
      } else {
        assertEquals(expected, v.asDouble(), 0.0, o.key());
      }
    }
  }

  @Test
  void oneAndTwoThreadsGiveByteIdenticalFiles() throws Exception {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assertEquals(0, run("run", "--runs", "400", "--seed", "9", "--threads", "1", "--out",
        a.toString()).code());
    assertEquals(0, run("run", "--runs", "400", "--seed", "9", "--threads", "2", "--out",
        b.toString()).code());
    Path da = batchDir(a);
    Path db = batchDir(b);
    assertArrayEquals(Files.readAllBytes(da.resolve("runs.csv")),
        Files.readAllBytes(db.resolve("runs.csv")));
    assertArrayEquals(Files.readAllBytes(da.resolve("summary.json")),
        Files.readAllBytes(db.resolve("summary.json")));
  }

  @Test
  void badInputIsACleanExit2() throws Exception {
    Ran missing = run("run", tmp.resolve("nope.yaml").toString(), "--out", tmp.toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("nope.yaml"), missing.err());
    assertFalse(missing.err().contains("\tat "), missing.err());

    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, Files.readString(Path.of("scenarios/baseline-2021.yaml"))
        .replace("horizonMonths: 180", "horizonMonths: many"));
    Ran badField = run("run", bad.toString(), "--out", tmp.toString());
    assertEquals(2, badField.code());
    assertTrue(badField.err().contains("bad.yaml") && badField.err().contains("horizonMonths"),
        badField.err());
    assertFalse(badField.err().contains("\tat "), badField.err());

    Ran zero = run("run", "--runs", "0", "--out", tmp.toString());
    assertEquals(2, zero.code());
    assertTrue(zero.err().contains("--runs"), zero.err());

    Ran noDir = run("run", "--resume", tmp.resolve("absent").toString());
    assertEquals(2, noDir.code());
    assertTrue(noDir.err().contains("absent"), noDir.err());

    Files.writeString(tmp.resolve("afile"), "x");
    Ran outIsFile = run("run", "--runs", "5", "--out", tmp.resolve("afile").toString());
    assertEquals(2, outIsFile.code());
    assertTrue(outIsFile.err().contains("afile"), outIsFile.err());
    assertFalse(outIsFile.err().contains("\tat "), outIsFile.err());

    Files.createDirectories(tmp.resolve("empty"));
    Ran notBatch = run("run", "--resume", tmp.resolve("empty").toString());
    assertEquals(2, notBatch.code());
    assertTrue(notBatch.err().contains("checkpoint"), notBatch.err());
  }

  @Test
  void resumeRefusesAChangedScenario() throws Exception {
    Path sc = tmp.resolve("s.yaml");
    Files.copy(Path.of("scenarios/baseline-2021.yaml"), sc);
    Path out = tmp.resolve("out");
    assertEquals(0, run("run", sc.toString(), "--runs", "50", "--out", out.toString()).code());
    Path dir = batchDir(out);
    Files.writeString(sc, Files.readString(sc) + "\n# edited\n");
    Ran r = run("run", "--resume", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("changed since"), r.err());
  }
}
