package org.peninsula.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run of a scenario with extends: records and shows which file each value came from. */
class ExtendsReportTest {
  @TempDir Path tmp;

  @Test
  void theManifestAndTheReportNameTheFileOfEachValue() throws Exception {
    RunCommandTest.Ran r = RunCommandTest.run("run", "scenarios/dual-freeze.yaml", "--runs",
        "20", "--threads", "1", "--out", tmp.resolve("x").toString());
    assertEquals(0, r.code(), r.err());
    Path dir = RunCommandTest.batchDir(tmp.resolve("x"));
    JsonNode params = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile())
        .path("scenario").path("parameters");
    assertEquals("scenarios/baseline-2021.yaml", params.path("extends").get(0).asText());
    assertEquals("scenarios/dual-freeze.yaml", params.path("valueFiles").path("policies")
        .asText());
    assertEquals("scenarios/baseline-2021.yaml", params.path("valueFiles")
        .path("actors.USA.pressure").asText());
    String html = Files.readString(dir.resolve("report.html"));
    assertTrue(html.contains(">File<"), "a File column");
    assertTrue(html.contains(">baseline-2021.yaml<") && html.contains(">dual-freeze.yaml<"));

    RunCommandTest.Ran plain = RunCommandTest.run("run", "--runs", "20", "--threads", "1",
        "--out", tmp.resolve("y").toString());
    assertEquals(0, plain.code(), plain.err());
    String plainHtml = Files.readString(RunCommandTest.batchDir(tmp.resolve("y"))
        .resolve("report.html"));
    assertFalse(plainHtml.contains(">File<"), "one file: no column");
  }
}
