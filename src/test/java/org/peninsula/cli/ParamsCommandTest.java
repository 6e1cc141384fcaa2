package org.peninsula.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peninsula.model.Declarations;
import org.peninsula.model.ParameterDeclaration;

/** {@code peninsula params}, and sweeps and Morris studies over declared weight keys. */
class ParamsCommandTest {
  @TempDir Path tmp;

  @Test
  void csvListsEveryDeclaredParameterWithTheScenariosValues() {
    CommandRunner.Result r = CommandRunner.run("params", "scenarios/baseline-2021.yaml", "--csv");
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("key,value,set,default,min,max,meaning,source,claim,readers,file", lines.get(0));
    assertEquals(Declarations.count() + 1, lines.size());
    Set<String> keys = new HashSet<>();
    for (String line : lines.subList(1, lines.size())) {
      keys.add(line.substring(0, line.indexOf(',')));
    }
    for (ParameterDeclaration d : Declarations.all()) {
      assertTrue(keys.contains(d.key()), "missing " + d.key());
    }
    assertTrue(r.out().contains("actors.USA.pressure,\"triangular(min=0.6, mode=0.75, max=0.9)\""
        + ",scenario,0.5,0,1,"), "a distribution from the file, with its default and range");
    assertTrue(r.out().contains("weights.RUS.OPPOSE_SANCTIONS.opposition,0.6,default,0.6,0,3,"));
    assertFalse(r.out().contains("actors.DPRK.enforcement"));
  }

  @Test
  void aScenarioThatExtendsAnotherSaysWhichFileEachValueComesFrom() throws IOException {
    CommandRunner.Result r = CommandRunner.run("params", "scenarios/engagement.yaml", "--json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    java.util.Map<String, String> file = new java.util.HashMap<>();
    for (JsonNode p : root.get("parameters")) {
      file.put(p.get("key").asText(), p.get("file").asText());
    }
    // engagement.yaml sets Washington's pressure; its sanctions tolerance is the baseline's
    assertEquals("engagement.yaml", file.get("actors.USA.pressure"));
    assertEquals("baseline-2021.yaml", file.get("actors.USA.sanctionsTolerance"));
    assertEquals("", file.get("weights.RUS.OPPOSE_SANCTIONS.opposition"), "at its default");
  }

  @Test
  void jsonAndTextAgreeOnTheCount() throws IOException {
    CommandRunner.Result j = CommandRunner.run("params", "--json");
    assertEquals(0, j.exitCode(), j.err());
    JsonNode root = new ObjectMapper().readTree(j.out());
    assertEquals(Declarations.count(), root.get("count").asInt());
    assertEquals("defaults", root.get("scenario").asText());
    JsonNode first = root.get("parameters").get(0);
    assertEquals("actors.USA.pressure", first.get("key").asText());
    CommandRunner.Result t = CommandRunner.run("params", "scenarios/baseline-2021.yaml");
    assertEquals(0, t.exitCode());
    assertTrue(t.out().startsWith(Declarations.count() + " parameters of baseline-2021"));
  }

  @Test
  void anUnknownKeyInTheFileExitsWithTwoAndOneLocatedLine() throws IOException {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, Files.readString(Path.of("scenarios/baseline-2021.yaml"))
        + "\nparameters:\n  weights.RUS.NOPE.x: 1\n");
    CommandRunner.Result r = CommandRunner.run("params", bad.toString());
    assertEquals(2, r.exitCode());
    String err = r.err().trim();
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.matches("error: .*bad\\.yaml:\\d+:\\d+: parameters\\.weights\\.RUS\\.NOPE\\.x:"
        + " unknown parameter .*"), err);
  }

  @Test
  void aSweepAndAMorrisStudyRunOverThreeWeightKeys() throws IOException {
    Path tiny = tmp.resolve("tiny-weights.yaml");
    Files.writeString(tiny, Files.readString(Path.of("scenarios/russia-weights.yaml"))
        .replace("horizonMonths: 180", "horizonMonths: 24"));
    CommandRunner.Result s = CommandRunner.run("sweep", tiny.toString(), "--samples", "3",
        "--replications", "3", "--threads", "2", "--out", tmp.resolve("sweep").toString());
    assertEquals(0, s.exitCode(), s.err());
    for (String key : List.of("weights.RUS.OPPOSE_SANCTIONS.opposition",
        "weights.RUS.PROPOSE_MULTILATERAL_TALKS.equalBroker",
        "weights.RUS.COORDINATE_WITH_CHINA.partnership")) {
      assertTrue(s.out().contains(key), s.out());
    }
    CommandRunner.Result m = CommandRunner.run("sensitivity", tiny.toString(), "--method",
        "morris", "--samples", "3", "--replications", "3", "--outcome", "resolutionsVetoed",
        "--threads", "2", "--out", tmp.resolve("morris").toString());
    assertEquals(0, m.exitCode(), m.err());
    assertTrue(m.out().contains("Morris, ranked by mu*"), m.out());
    assertTrue(m.out().contains("weights.RUS.COORDINATE_WITH_CHINA.partnership"), m.out());
  }
}
