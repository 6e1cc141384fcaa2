package org.peninsula.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class TraceCommandTest {

  @Test
  void tracePrintsEveryMonthAndAnOutcomeAndIsReproducible() {
    CommandRunner.Result a = CommandRunner.run("trace", "scenarios/baseline-2021.yaml",
        "--seed", "7");
    assertEquals(0, a.exitCode(), a.err());
    long months = a.out().lines().filter(l -> l.startsWith("Month ")).count();
    long wars = a.out().lines().filter(l -> l.contains("escalates to war")).count();
    assertTrue(months == 180 || wars == 1, "180 months unless a war ended the run");
    assertTrue(a.out().contains("\nOutcome after "), "the outcome closes the trace");
    assertTrue(a.out().contains("utility"), "decisions come with their reasons");
    CommandRunner.Result again = CommandRunner.run("trace", "scenarios/baseline-2021.yaml",
        "--seed", "7");
    assertEquals(a.out(), again.out(), "same seed, same story");
    CommandRunner.Result other = CommandRunner.run("trace", "scenarios/baseline-2021.yaml",
        "--seed", "8");
    assertNotEquals(a.out(), other.out(), "another seed, another history");
  }

  @Test
  void jsonLinesCarryTheSameRun() throws Exception {
    CommandRunner.Result r = CommandRunner.run("trace", "--seed", "7", "--json");
    assertEquals(0, r.exitCode(), r.err());
    ObjectMapper json = new ObjectMapper();
    String[] lines = r.out().split("\n");
    JsonNode last = json.readTree(lines[lines.length - 1]);
    assertEquals("outcome", last.get("type").asText());
    long decisions = 0;
    for (String line : lines) {
      JsonNode n = json.readTree(line);
      if ("decision".equals(n.get("type").asText())) {
        decisions++;
        assertTrue(n.get("options").size() >= 5);
      }
    }
    int months = last.get("values").get("monthsSimulated").asInt();
    assertEquals(5L * months, decisions, "five decisions a month");
  }
}
