package org.peninsula.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code trace --json} carries the whole world every month, and the run's outcome can be
 * recomputed from those lines alone.
 */
class TraceJsonWorldTest {

  private static final List<String> WORLD_FIELDS = List.of("tension", "dprkCapability",
      "sanctionsStringency", "effectivePressure", "dprkStress", "dprkChinaDependence",
      "russiaAxisProgress", "russiaStanding", "securityFramework", "nuclearAcceptance",
      "rokLeaning", "usLeaning", "missileDefence", "talksStage", "talks", "talksMomentum",
      "dealInForce", "provocationMemory", "strategicTestMemory", "exerciseMemory",
      "alignmentMemory", "monthsSinceDraft", "war", "warMonth", "enforcement",
      "offersThisMonth", "offersLastMonth", "relations");
  private static final List<String> ACTORS = List.of("USA", "CHN", "RUS", "ROK", "DPRK");

  @Test
  void everyMonthCarriesTheWholeWorldAndAgreesWithTheOutcome() throws Exception {
    ObjectMapper json = new ObjectMapper();
    int talksSeen = 0;
    for (String seed : List.of("3", "7", "11")) {
      CommandRunner.Result r = CommandRunner.run("trace", "scenarios/baseline-2021.yaml",
          "--seed", seed, "--json");
      assertEquals(0, r.exitCode(), r.err());
      List<JsonNode> months = new ArrayList<>();
      JsonNode outcome = null;
      for (String line : r.out().split("\n")) {
        JsonNode n = json.readTree(line);
        if ("month".equals(n.get("type").asText())) {
          months.add(n);
        } else if ("outcome".equals(n.get("type").asText())) {
          outcome = n;
        }
      }
      assertTrue(outcome != null, "seed " + seed + ": an outcome line");
      JsonNode v = outcome.get("values");
      assertEquals(v.get("monthsSimulated").asInt(), months.size(), "one line per month");

      double peak = 0;
      int open = 0;
      int episodes = 0;
      boolean wasOpen = false;
      int firstDeal = -1;
      for (int i = 0; i < months.size(); i++) {
        JsonNode m = months.get(i);
        assertEquals(i, m.get("month").asInt());
        JsonNode w = m.get("world");
        for (String f : WORLD_FIELDS) {
          assertTrue(w.has(f), "seed " + seed + " month " + i + ": world." + f);
        }
        for (String a : ACTORS) {
          assertTrue(w.get("enforcement").has(a), "enforcement of " + a);
          for (String b : ACTORS) {
            double rel = w.get("relations").get(a).get(b).asDouble(Double.NaN);
            assertTrue(rel >= -1 && rel <= 1, a + " on " + b + " month " + i + ": " + rel);
          }
        }
        assertEquals(m.get("tension").asDouble(), w.get("tension").asDouble(), 0.0);
        boolean trackOpen = !"NONE".equals(w.get("talksStage").asText());
        assertEquals(trackOpen, !"NONE".equals(w.get("talks").asText()),
            "a track is open exactly when it has a format");
        assertEquals("DEAL_IN_FORCE".equals(w.get("talksStage").asText()),
            w.get("dealInForce").asBoolean());
        peak = Math.max(peak, w.get("tension").asDouble());
        open += trackOpen ? 1 : 0;
        episodes += trackOpen && !wasOpen ? 1 : 0;
        wasOpen = trackOpen;
        if (firstDeal < 0 && w.get("dealInForce").asBoolean()) {
          firstDeal = i;
        }
      }
      talksSeen += episodes;

      JsonNode last = months.get(months.size() - 1).get("world");
      double eps = 0.0;
      assertEquals(v.get("finalTension").asDouble(), last.get("tension").asDouble(), eps);
      assertEquals(v.get("peakTension").asDouble(), peak, eps);
      assertEquals(v.get("finalStringency").asDouble(),
          last.get("sanctionsStringency").asDouble(), eps);
      assertEquals(v.get("finalSanctionsPressure").asDouble(),
          last.get("effectivePressure").asDouble(), eps);
      assertEquals(v.get("finalEnforcementCHN").asDouble(),
          last.get("enforcement").get("CHN").asDouble(), eps);
      assertEquals(v.get("finalEnforcementRUS").asDouble(),
          last.get("enforcement").get("RUS").asDouble(), eps);
      assertEquals(v.get("russiaMajorRole").asDouble(), last.get("russiaStanding").asDouble(),
          eps);
      assertEquals(v.get("russiaEconomicAxis").asDouble(),
          last.get("russiaAxisProgress").asDouble(), eps);
      assertEquals(v.get("russiaSecurityFramework").asDouble(),
          last.get("securityFramework").asDouble(), eps);
      assertEquals(v.get("dprkChinaDependence").asDouble(),
          last.get("dprkChinaDependence").asDouble(), eps);
      assertEquals(v.get("finalDprkCapability").asDouble(),
          last.get("dprkCapability").asDouble(), eps);
      assertEquals(v.get("nuclearAcceptance").asDouble(),
          last.get("nuclearAcceptance").asDouble(), eps);
      assertEquals(v.get("finalRokRussiaRelation").asDouble(),
          last.get("relations").get("ROK").get("RUS").asDouble(), eps);
      assertEquals(v.get("war").asInt() == 1, last.get("war").asBoolean());
      assertEquals(v.get("dealInForce").asInt() == 1, last.get("dealInForce").asBoolean());
      // The talks' counts follow from the stages: an episode is a month the track opens, and
      // every later month of the episode is a month of talks.
      assertEquals(v.get("talksEpisodes").asInt(), episodes, "seed " + seed);
      assertEquals(v.get("talksMonths").asInt(), open - episodes, "seed " + seed);
      assertEquals(v.get("deal").asInt() == 1, firstDeal >= 0);
      if (firstDeal >= 0) {
        assertEquals(v.get("dealMonth").asInt(), firstDeal);
      }
      String future = outcome.get("future").asText();
      if (last.get("war").asBoolean()) {
        assertEquals("ESCALATION_TO_WAR", future);
      } else if (last.get("dealInForce").asBoolean()) {
        assertEquals("NEGOTIATED_SETTLEMENT", future);
      }
    }
    assertTrue(talksSeen > 0, "the seeds include talks, so the talks checks can fail");
  }
}
