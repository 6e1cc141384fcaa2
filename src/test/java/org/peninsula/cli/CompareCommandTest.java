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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare through the command line: reproducible, null against itself, detects real differences. */
class CompareCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;

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
  void compareTwiceGivesIdenticalFilesAndMaximumPressureMeansMoreTurbulence()
      throws IOException {
    String[] common = {"compare", "scenarios/engagement.yaml", "scenarios/maximum-pressure.yaml",
        "--runs", "200", "--bootstrap", "200"};
    CommandRunner.Result r1 = ok(concat(common, "--threads", "2", "--out",
        tmp.resolve("c1").toString()));
    // a different thread count must not change a number
    ok(concat(common, "--threads", "1", "--out", tmp.resolve("c2").toString()));
    Path d1 = resultDir("c1");
    Path d2 = resultDir("c2");
    assertEquals(Files.readString(d1.resolve("comparison.json")),
        Files.readString(d2.resolve("comparison.json")));
    assertEquals(Files.readString(d1.resolve("comparison.csv")),
        Files.readString(d2.resolve("comparison.csv")));
    JsonNode j = JSON.readTree(d1.resolve("comparison.json").toFile());
    assertTrue(j.get("paired").asBoolean());
    for (JsonNode f : j.get("futures")) {
      String future = f.get("future").asText();
      if (future.equals("TURBULENT_ESCALATION") || future.equals("ESCALATION_TO_WAR")) {
        JsonNode d = f.get("difference");
        assertTrue(d.get("ci95").get(0).asDouble() > 0, future + ": " + d);
        assertTrue(d.get("holmP").asDouble() < 0.05, future + ": " + d);
      }
    }
    assertTrue(r1.out().contains("Escalation to war is more likely under maximum-pressure"),
        r1.out());
    assertTrue(r1.out().contains("Holm p"), r1.out());
    List<String> csv = Files.readAllLines(d1.resolve("comparison.csv"));
    long primaries = csv.stream().filter(l -> l.startsWith("outcome,") && l.contains(",true,"))
        .count();
    assertTrue(primaries > 20, "each tested outcome has a primary row with its Holm p");
    String html = Files.readString(d1.resolve("report.html"));
    assertTrue(html.contains("<img") && html.contains("Holm"));
  }

  @Test
  void aScenarioComparedWithItselfShowsNoDifference() throws IOException {
    ok("compare", "scenarios/baseline-2021.yaml", "scenarios/baseline-2021.yaml", "--runs",
        "100", "--bootstrap", "200", "--threads", "2", "--out", tmp.resolve("self").toString());
    JsonNode j = JSON.readTree(resultDir("self").resolve("comparison.json").toFile());
    List<JsonNode> tested = new java.util.ArrayList<>();
    tested.add(j.get("futuresDistribution"));
    for (JsonNode f : j.get("futures")) {
      tested.add(f.get("difference"));
      assertEquals(0.0, f.get("difference").get("estimate").asDouble());
    }
    for (JsonNode o : j.get("outcomes")) {
      if (!o.get("primary").isNull()) {
        tested.add(o.get("primary"));
        assertEquals(0.0, o.get("paired").get(0).get("estimate").asDouble(),
            o.get("outcome").asText());
      }
    }
    assertTrue(tested.size() > 20);
    for (JsonNode t : tested) {
      assertTrue(t.get("holmP").isNull() || t.get("holmP").asDouble() >= 0.05, t.toString());
    }
  }

  @Test
  void compareReadsTwoResultFolders() throws IOException {
    ok("run", "scenarios/engagement.yaml", "--runs", "40", "--threads", "2", "--out",
        tmp.resolve("runs").toString());
    ok("run", "scenarios/maximum-pressure.yaml", "--runs", "40", "--threads", "2", "--out",
        tmp.resolve("runs").toString());
    Path a;
    Path b;
    try (Stream<Path> s = Files.list(tmp.resolve("runs/engagement"))) {
      a = s.findFirst().orElseThrow();
    }
    try (Stream<Path> s = Files.list(tmp.resolve("runs/maximum-pressure"))) {
      b = s.findFirst().orElseThrow();
    }
    CommandRunner.Result r = ok("compare", a.toString(), b.toString(), "--bootstrap", "200",
        "--out", tmp.resolve("folders").toString());
    assertTrue(r.out().contains("paired by seed (40 pairs)"), r.out());
  }

  private static String[] concat(String[] a, String... b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }
}
