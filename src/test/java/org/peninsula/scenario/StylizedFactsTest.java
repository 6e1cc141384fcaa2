package org.peninsula.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peninsula.model.Actor;
import org.peninsula.model.ChronicleEntry;
import org.peninsula.model.Future;
import org.peninsula.model.Inject;
import org.peninsula.model.InjectEvent;
import org.peninsula.model.ModelParameters;
import org.peninsula.model.Outcome;
import org.peninsula.model.Peninsula;
import org.peninsula.model.RunOutcome;
import org.peninsula.model.UnSecurityCouncil.Vote;
import org.peninsula.model.WorldVariable;

/**
 * The seven stylized facts of the model brief, each over many seeded runs with a stated
 * tolerance. Seeds are fixed (run i uses seed 1000 + i), so a failure is reproducible.
 */
class StylizedFactsTest {
  private static final int RUNS = 500;

  private static Scenario scenario(String name) throws ScenarioException {
    return Scenario.load(Path.of("scenarios", name + ".yaml"));
  }

  private static List<RunOutcome> runs(Scenario s, int n,
      java.util.function.UnaryOperator<ModelParameters.Builder> change,
      org.peninsula.model.Chronicle chronicle) {
    List<RunOutcome> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long seed = 1000L + i;
      Peninsula sim = new Peninsula(
          change.apply(s.draw(seed).parameters().toBuilder()).build(), seed);
      if (chronicle != null) {
        sim.setChronicle(chronicle);
      }
      out.add(sim.runToEnd());
    }
    return out;
  }

  private static double mean(List<RunOutcome> runs, Outcome o) {
    return runs.stream().mapToDouble(r -> r.get(o)).filter(v -> !Double.isNaN(v)).average()
        .orElse(Double.NaN);
  }

  /** Council votes on a draft tabled right after a strategic test, in month 1. */
  private static List<ChronicleEntry.CouncilVote> votesAfterIcbm(Scenario s) {
    List<ChronicleEntry.CouncilVote> votes = new ArrayList<>();
    runs(s, RUNS, p -> p.setHorizonMonths(3).setInjects(List.of(
            new Inject(0, InjectEvent.ICBM_TEST, "test"), new Inject(1, InjectEvent.UN_VOTE, "draft"))),
        e -> {
          if (e instanceof ChronicleEntry.CouncilVote v && v.month() == 1) {
            votes.add(v);
          }
        });
    return votes;
  }

  @Test
  void fact1_with2017StancesADraftAfterAnIcbmTestPassesWithRussiaAndChinaInFavour()
      throws Exception {
    List<ChronicleEntry.CouncilVote> votes = votesAfterIcbm(scenario("un-votes-2017"));
    long passed = votes.stream().filter(v -> v.passed()
        && v.permanentVotes().get(Actor.RUS) == Vote.YES
        && v.permanentVotes().get(Actor.CHN) == Vote.YES).count();
    assertTrue(votes.size() >= RUNS, "a vote every run");
    assertTrue(passed >= 0.7 * votes.size(),
        "passed with Russian and Chinese votes in >= 70% of runs: " + passed + "/" + votes.size());
  }

  @Test
  void fact2_with2021StancesANewDraftIsVetoed() throws Exception {
    List<ChronicleEntry.CouncilVote> votes = votesAfterIcbm(scenario("baseline-2021"));
    long vetoed = votes.stream().filter(ChronicleEntry.CouncilVote::vetoed).count();
    assertTrue(vetoed >= 0.7 * votes.size(),
        "vetoed in >= 70% of runs: " + vetoed + "/" + votes.size());
  }

  @Test
  void fact3_russiaAndChinaVoteAlikeInTheGreatMajorityOfVotes() throws Exception {
    int[] same = new int[2];
    org.peninsula.model.Chronicle count = e -> {
      if (e instanceof ChronicleEntry.CouncilVote v) {
        same[1]++;
        if (v.permanentVotes().get(Actor.RUS) == v.permanentVotes().get(Actor.CHN)) {
          same[0]++;
        }
      }
    };
    runs(scenario("baseline-2021"), 300, p -> p, count);
    runs(scenario("un-votes-2017"), 300, p -> p, count);
    assertTrue(same[1] > 500, "enough votes to judge: " + same[1]);
    assertTrue(same[0] >= 0.85 * same[1], "alike in >= 85% of votes: " + same[0] + "/" + same[1]);
  }

  @Test
  void fact4_confrontationalStabilityIsTheMostLikelyFutureAndWarIsRareButPossible()
      throws Exception {
    List<RunOutcome> runs = runs(scenario("baseline-2021"), 1000, p -> p, null);
    Map<Future, Integer> counts = new EnumMap<>(Future.class);
    runs.forEach(r -> counts.merge(r.future(), 1, Integer::sum));
    int stability = counts.getOrDefault(Future.CONFRONTATIONAL_STABILITY, 0);
    for (Future f : Future.values()) {
      if (f != Future.CONFRONTATIONAL_STABILITY) {
        assertTrue(stability > counts.getOrDefault(f, 0), "stability beats " + f + ": " + counts);
      }
    }
    int wars = counts.getOrDefault(Future.ESCALATION_TO_WAR, 0);
    assertTrue(wars >= 1 && wars <= 100, "war in (0%, 10%] of 1000 runs: " + wars);
    assertTrue(mean(runs, Outcome.CLASHES) >= 0.5, "clashes happen");
  }

  @Test
  void fact5_maximumPressureProvokesMoreAndEngagementTalksMore() throws Exception {
    List<RunOutcome> pressure = runs(scenario("maximum-pressure"), RUNS, p -> p, null);
    List<RunOutcome> engagement = runs(scenario("engagement"), RUNS, p -> p, null);
    double provPressure = mean(pressure, Outcome.MISSILE_TESTS) + mean(pressure, Outcome.ICBM_TESTS)
        + mean(pressure, Outcome.NUCLEAR_TESTS) + mean(pressure, Outcome.BORDER_PROVOCATIONS);
    double provEngage = mean(engagement, Outcome.MISSILE_TESTS)
        + mean(engagement, Outcome.ICBM_TESTS) + mean(engagement, Outcome.NUCLEAR_TESTS)
        + mean(engagement, Outcome.BORDER_PROVOCATIONS);
    assertTrue(provPressure > 1.5 * provEngage, provPressure + " vs " + provEngage);
    assertTrue(mean(pressure, Outcome.MONTHS_HIGH_TENSION)
        > mean(engagement, Outcome.MONTHS_HIGH_TENSION) + 10, "more months of high tension");
    assertTrue(mean(pressure, Outcome.PEAK_TENSION) > mean(engagement, Outcome.PEAK_TENSION));
    assertTrue(mean(engagement, Outcome.TALKS_MONTHS) > 2 * mean(pressure, Outcome.TALKS_MONTHS),
        "engagement brings talks");
    assertTrue(mean(engagement, Outcome.RUSSIA_ECONOMIC_AXIS)
        > mean(pressure, Outcome.RUSSIA_ECONOMIC_AXIS) + 0.02, "and Russia's axis moves");
  }

  @Test
  void fact6_lowerEffectiveSanctionsMeanMoreProgressOnTheEconomicAxis() throws Exception {
    List<RunOutcome> baseline = runs(scenario("baseline-2021"), RUNS, p -> p, null);
    List<RunOutcome> erosion = runs(scenario("sanctions-erosion"), RUNS, p -> p, null);
    assertTrue(mean(erosion, Outcome.FINAL_SANCTIONS_PRESSURE)
        < mean(baseline, Outcome.FINAL_SANCTIONS_PRESSURE) - 0.1);
    assertTrue(mean(erosion, Outcome.RUSSIA_ECONOMIC_AXIS)
            > 1.2 * mean(baseline, Outcome.RUSSIA_ECONOMIC_AXIS),
        mean(erosion, Outcome.RUSSIA_ECONOMIC_AXIS) + " vs "
            + mean(baseline, Outcome.RUSSIA_ECONOMIC_AXIS));
  }

  @Test
  void fact7_aConservativeSeoulCooperatesLessWithMoscow() throws Exception {
    Scenario base = scenario("baseline-2021");
    java.util.function.UnaryOperator<ModelParameters.Builder> noElections = p -> p.setElections(
        new org.peninsula.model.ElectionCalendar(-1, 0, -1, 0));
    List<RunOutcome> conservative = runs(base, RUNS,
        p -> noElections.apply(p).setWorld(WorldVariable.ROK_LEANING, 0.8), null);
    List<RunOutcome> progressive = runs(base, RUNS,
        p -> noElections.apply(p).setWorld(WorldVariable.ROK_LEANING, -0.8), null);
    assertTrue(mean(conservative, Outcome.ROK_RUSSIA_COOPERATION)
        < 0.8 * mean(progressive, Outcome.ROK_RUSSIA_COOPERATION));
    assertTrue(mean(conservative, Outcome.FINAL_ROK_RUSSIA_RELATION)
        < mean(progressive, Outcome.FINAL_ROK_RUSSIA_RELATION));
  }
}
