package org.peninsula.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peninsula.experiment.EnsembleBatch;

/**
 * {@code extends:}: the six shipped variants, now short files on top of baseline-2021, resolve to
 * exactly the scenarios their former full copies gave (kept in src/test/resources), and play the
 * same runs byte for byte; the merge rules; the provenance map; the hash.
 */
class ScenarioInheritanceTest {
  private static final Path BASELINE = Path.of("scenarios/baseline-2021.yaml");

  @TempDir Path tmp;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"un-votes-2017", "maximum-pressure", "engagement", "sanctions-erosion",
      "dual-freeze", "sanctions-sensitivity"})
  void aShippedVariantResolvesToItsFormerFullFile(String name) throws Exception {
    Path now = Path.of("scenarios", name + ".yaml");
    Scenario before = Scenario.load(Path.of("src/test/resources/scenarios-before-extends",
        name + ".yaml"));
    Scenario after = Scenario.load(now);
    assertTrue(Files.readString(now).contains("extends: baseline-2021.yaml"));
    assertTrue(Files.readAllLines(now).size() < Files.readAllLines(BASELINE).size() / 2,
        "states only what differs");
    // The former full files are frozen copies: a later change to baseline-2021.yaml reaches the
    // variants through extends: but not them, so such a change must be made to them too.
    assertEquals(before.spec(), after.spec(), "a change to baseline-2021.yaml must also be made"
        + " to the former full files in src/test/resources/scenarios-before-extends/");
    Map<String, Object> described = new LinkedHashMap<>(after.describe());
    assertEquals(List.of(BASELINE.toString()), described.remove("extends"));
    assertNotNull(described.remove("valueFiles"));
    assertEquals(before.describe().toString(), described.toString());
    assertEquals(List.of(now.toString(), BASELINE.toString()), after.chain());
    assertEquals(before.uncertainPaths(), after.uncertainPaths());
    assertEquals(before.seed(), after.seed());
    assertEquals(before.runs(), after.runs());

    // the same code plays the same runs from both files
    byte[][] csv = new byte[2][];
    int k = 0;
    for (Scenario s : List.of(before, after)) {
      Path dir = tmp.resolve(name + "-" + k);
      EnsembleBatch.start(dir, s, new EnsembleBatch.Spec(s.name(), null, s.sha256(), null, 25,
          s.seed(), true, null), 1, null, null);
      csv[k++] = Files.readAllBytes(dir.resolve(EnsembleBatch.RUNS));
    }
    assertArrayEquals(csv[0], csv[1]);
    assertTrue(new String(csv[0], java.nio.charset.StandardCharsets.UTF_8).lines().count() == 26);
  }

  @Test
  void theCalibratedBaselineResolvesToItsFormerFullFile() throws Exception {
    // the former full copy sits beside a copy of the posterior it names, as it did in scenarios/
    Path dir = tmp.resolve("scenarios");
    Files.createDirectories(dir.resolve("calibration"));
    Files.copy(Path.of("src/test/resources/scenarios-before-extends/calibrated",
        "baseline-2021-calibrated.yaml"), dir.resolve("baseline-2021-calibrated.yaml"));
    Files.copy(Path.of("scenarios/calibration/posterior-2016-2020.csv"),
        dir.resolve("calibration/posterior-2016-2020.csv"));
    Scenario before = Scenario.load(dir.resolve("baseline-2021-calibrated.yaml"));
    Path now = Path.of("scenarios/baseline-2021-calibrated.yaml");
    Scenario after = Scenario.load(now);
    assertTrue(Files.readString(now).contains("extends: baseline-2021.yaml"));
    assertTrue(Files.readAllLines(now).size() < 40, "only the posterior and the name");
    assertEquals(before.uncertainPaths(), after.uncertainPaths());
    assertEquals(before.seed(), after.seed());
    assertEquals(before.horizonMonths(), after.horizonMonths());
    assertEquals(before.baseParameters(), after.baseParameters());
    for (long seed = 1; seed <= 20; seed++) {
      assertEquals(before.draw(seed).parameters(), after.draw(seed).parameters(), "seed " + seed);
    }
  }

  @Test
  void provenanceNamesTheFileOfEveryValue() throws Exception {
    Scenario s = Scenario.load(Path.of("scenarios/dual-freeze.yaml"));
    Map<String, String> p = s.provenance();
    assertEquals("scenarios/dual-freeze.yaml", p.get("policies"));
    assertEquals("scenarios/dual-freeze.yaml", p.get("name"));
    assertEquals(BASELINE.toString(), p.get("actors.USA.pressure"));
    assertEquals(BASELINE.toString(), p.get("world.tension"));
    assertEquals(BASELINE.toString(), p.get("injects"));
    assertEquals(p, ScenarioInheritance.provenance(Path.of("scenarios/dual-freeze.yaml")));
    Map<String, String> plain = ScenarioInheritance.provenance(BASELINE);
    assertEquals(BASELINE.toString(), plain.get("actors.USA.pressure"));
    assertTrue(Scenario.load(BASELINE).provenance().isEmpty());
    Scenario m = Scenario.load(Path.of("scenarios/maximum-pressure.yaml"));
    assertEquals("scenarios/maximum-pressure.yaml", m.provenance().get("actors.USA.pressure"));
    assertEquals("scenarios/maximum-pressure.yaml", m.provenance().get("elections.ROK.first"));
    assertEquals(BASELINE.toString(), m.provenance().get("actors.USA.enforcement"));
  }

  @Test
  void mergeRules() throws Exception {
    Files.copy(BASELINE, tmp.resolve("base.yaml"));
    Files.writeString(tmp.resolve("child.yaml"), String.join("\n",
        "extends: base.yaml",
        "horizonMonths: 24",
        "actors:",
        "  USA:",
        "    pressure: {value: 0.4, source: rinna-2021, claim: 'a fixed value instead'}",
        "injects:",
        "  - {date: 2021-05, event: MISSILE_TEST}",
        ""));
    Scenario c = Scenario.load(tmp.resolve("child.yaml"));
    assertEquals("child", c.name(), "the name is never inherited");
    assertNull(c.spec().description(), "nor the description");
    assertEquals(24, c.horizonMonths());
    ParameterSpec pressure = c.spec().actors().get("USA").get("pressure");
    assertNull(pressure.distribution(), "a parameter's mapping is replaced whole");
    assertEquals(0.4, pressure.value());
    assertEquals(Scenario.load(BASELINE).spec().actors().get("USA").get("enforcement"),
        c.spec().actors().get("USA").get("enforcement"), "siblings are inherited");
    assertEquals(1, c.spec().injects().size(), "lists are replaced whole");
    assertTrue(!c.uncertainPaths().contains("actors.USA.pressure"));

    // a grandchild; null removes an inherited value
    Files.writeString(tmp.resolve("grandchild.yaml"), "extends: child.yaml\ninjects: ~\n");
    Scenario g = Scenario.load(tmp.resolve("grandchild.yaml"));
    assertNull(g.spec().injects());
    assertEquals(24, g.horizonMonths());
    assertEquals(List.of(tmp.resolve("grandchild.yaml").toString(),
        tmp.resolve("child.yaml").toString(), tmp.resolve("base.yaml").toString()), g.chain());

    // the hash covers the parents
    String before = g.sha256();
    Files.writeString(tmp.resolve("base.yaml"), Files.readString(tmp.resolve("base.yaml"))
        .replace("seed: 20210325", "seed: 7"));
    Scenario changed = Scenario.load(tmp.resolve("grandchild.yaml"));
    assertNotEquals(before, changed.sha256());
    assertEquals(7, changed.seed());
  }

  @Test
  void selfContainedTextLoadsAsTheSameScenario() throws Exception {
    Path file = Path.of("scenarios/un-votes-2017.yaml");
    String text = ScenarioInheritance.selfContainedText(file);
    assertTrue(!text.contains("extends"));
    Scenario s = ScenarioLoader.parse(text, "un-votes-2017.yaml");
    assertEquals(Scenario.load(file).spec(), s.spec());
    assertEquals(Files.readString(BASELINE), ScenarioInheritance.selfContainedText(BASELINE));
  }
}
