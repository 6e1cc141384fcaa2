package org.peninsula.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peninsula.analysis.compare.ComparisonResult;
import org.peninsula.analysis.compare.ScenarioComparison;
import org.peninsula.analysis.compare.ScenarioComparison.OutcomeRow;
import org.peninsula.analysis.compare.ScenarioComparison.Role;
import org.peninsula.model.Outcome;

/**
 * The decision rule of docs/analysis.md on baseline-2021 vs sanctions-erosion (the stored runs of
 * ComparisonReferenceTest): one primary test per claim decides the verdict, the sentence and the
 * Holm family; conditional and restating outcomes stay out of the family.
 */
class ComparisonDecisionRuleTest {
  private static ScenarioComparison.Result result;

  @BeforeAll
  static void compare() throws Exception {
    result = new ScenarioComparison(100, 1, 1).compare(StoredRuns.read("baseline-2021"),
        StoredRuns.read("sanctions-erosion"));
  }

  @Test
  void rolesKeepConditionalAndRestatingOutcomesOutOfTheFamily() {
    int family = 1 + result.futures().size();
    for (OutcomeRow o : result.outcomes()) {
      if (ScenarioComparison.RESTATES.containsKey(o.outcome())) {
        assertEquals(Role.RESTATES_FUTURE, o.role(), o.outcome().key());
      }
      if (o.role() == Role.FAMILY && o.primary() != null) {
        family++;
        assertFalse(Double.isNaN(o.primary().adjustedPValue()), o.outcome().key());
      } else if (o.primary() != null) {
        assertTrue(Double.isNaN(o.primary().adjustedPValue()), o.outcome().key()
            + " is outside the family and has no Holm p");
      }
    }
    assertEquals(Role.CONDITIONAL, row(Outcome.WAR_MONTH).role());
    assertEquals(Role.RESTATES_FUTURE, row(Outcome.WAR).role());
    assertEquals(Role.FAMILY, row(Outcome.DEAL).role());
    // Holm's m is the family size: the member with the smallest p gets min(1, m p)
    List<ComparisonResult> members = new java.util.ArrayList<>();
    members.add(result.distribution());
    result.futures().forEach(f -> members.add(f.difference()));
    result.outcomes().stream().filter(o -> o.role() == Role.FAMILY && o.primary() != null)
        .forEach(o -> members.add(o.primary()));
    assertEquals(family, members.size());
    ComparisonResult smallest = members.stream()
        .min(java.util.Comparator.comparingDouble(ComparisonResult::pValue)).orElseThrow();
    double expected = Math.min(1, family * smallest.pValue());
    assertEquals(expected, smallest.adjustedPValue(), 1e-12 * expected);
  }

  @Test
  void verdictsFollowThePrimaryTestAndItsOwnEffect() {
    for (OutcomeRow o : result.outcomes()) {
      if (o.primary() == null || o.role() == Role.RESTATES_FUTURE) {
        continue;
      }
      double p = o.role() == Role.FAMILY ? o.primary().adjustedPValue() : o.primary().pValue();
      String v = o.verdict().replace(" (conditional)", "");
      if (v.equals("higher") || v.equals("lower")) {
        assertTrue(p < ScenarioComparison.ALPHA, o.outcome().key());
        assertEquals(v.equals("higher"), o.effect().estimate() > 0, o.outcome().key());
      } else {
        assertEquals("no clear difference", v, o.outcome().key());
        assertTrue(p >= ScenarioComparison.ALPHA, o.outcome().key());
      }
      // the effect shown is the primary test's own (or, for proportions, the test's result)
      assertTrue(o.effect() == o.primary() || o.effect().quantity().startsWith("Cliff"),
          o.outcome().key() + ": " + o.effect().quantity());
      assertTrue(o.sentence().contains(ScenarioComparison.shortTestName(o.primary())),
          o.sentence());
      assertTrue(o.sentence().contains("rank-biserial r") || o.sentence().contains("Cohen's h")
          || o.sentence().contains("Cliff's delta"), o.sentence());
    }
    for (var f : result.futures()) {
      boolean decided = !f.verdict().equals("no clear difference");
      assertEquals(decided, f.difference().adjustedPValue() < ScenarioComparison.ALPHA,
          f.future().name());
      assertTrue(f.sentence().contains("exact McNemar") && f.sentence().contains("Cohen's h"),
          f.sentence());
    }
    assertTrue(row(Outcome.WAR_MONTH).sentence().contains("conditional, outside the Holm"),
        row(Outcome.WAR_MONTH).sentence());
    assertTrue(result.distribution().method().startsWith("Stuart-Maxwell"));
  }

  @Test
  void noWrittenPValueIsAnUnderflowedZero() {
    int p = ComparisonReport.CSV_HEADER.indexOf("p");
    int bounded = 0;
    for (List<Object> row : ComparisonReport.csvRows(result)) {
      String cell = StudyFiles.cell(row.get(p));
      if (cell.isEmpty()) {
        continue;
      }
      if (cell.equals("<1e-300")) {
        bounded++;
      } else {
        assertTrue(Double.parseDouble(cell) >= ComparisonResult.P_FLOOR, row.toString());
      }
    }
    assertTrue(bounded >= 1, "finalStringency's t-tests are below 1e-300");
  }

  private static OutcomeRow row(Outcome o) {
    return result.outcomes().stream().filter(r -> r.outcome() == o).findFirst().orElseThrow();
  }
}
