package org.peninsula.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.peninsula.architecture.fixtures.analysis.AnalysisThing;
import org.peninsula.architecture.fixtures.analysis.stats.StatsFormula;
import org.peninsula.architecture.fixtures.analysis.stats.StatsReadsTheModel;
import org.peninsula.architecture.fixtures.analysis.AnalysisWritesJson;
import org.peninsula.architecture.fixtures.cli.CliPrints;
import org.peninsula.architecture.fixtures.experiment.CountingSketch;
import org.peninsula.architecture.fixtures.experiment.ExperimentShowsProgress;
import org.peninsula.architecture.fixtures.experiment.ExperimentTestsHypotheses;
import org.peninsula.architecture.fixtures.experiment.ExperimentUsesAnalysis;
import org.peninsula.architecture.fixtures.experiment.ExperimentUsesStatistics;
import org.peninsula.architecture.fixtures.experiment.ExperimentWilson;
import org.peninsula.architecture.fixtures.game.GameDrawsCharts;
import org.peninsula.architecture.fixtures.game.GameParsesOptions;
import org.peninsula.architecture.fixtures.game.GamePrints;
import org.peninsula.architecture.fixtures.game.live.a.Alpha;
import org.peninsula.architecture.fixtures.game.live.b.Beta;
import org.peninsula.architecture.fixtures.model.ModelCallsTheNetwork;
import org.peninsula.architecture.fixtures.model.ModelReadsFiles;
import org.peninsula.architecture.fixtures.model.ModelReadsTheScenario;
import org.peninsula.architecture.fixtures.model.ModelReflects;
import org.peninsula.architecture.fixtures.model.ModelSnapshots;
import org.peninsula.architecture.fixtures.model.ModelUsesJackson;
import org.peninsula.architecture.fixtures.model.ModelWritesStreams;
import org.peninsula.architecture.fixtures.report.ReportExits;
import org.peninsula.architecture.fixtures.report.ReportQueriesH2;
import org.peninsula.architecture.fixtures.report.ReportServesHttp;
import org.peninsula.architecture.fixtures.report.ReportSketch;
import org.peninsula.architecture.fixtures.scenario.ScenarioThing;

/**
 * Every house rule fails on a deliberately wrong class: the same {@link HouseRules} that
 * {@link ArchitectureTest} checks on the production code, rooted at the fixtures package, report a
 * violation for each wrong fixture and none for the right ones.
 */
class HouseRulesBiteTest {

  private static final HouseRules RULES =
      new HouseRules("org.peninsula.architecture.fixtures", Set.of());

  /** Rule name -> wrong fixtures, each of which alone must make the rule fail. */
  private static final Map<String, List<Class<?>>> WRONG = Map.ofEntries(
      Map.entry("layers", List.of(ModelReadsTheScenario.class, ExperimentUsesAnalysis.class)),
      Map.entry("modelHasNoIo", List.of(ModelReadsFiles.class, ModelWritesStreams.class,
          ModelCallsTheNetwork.class, ModelReflects.class)),
      Map.entry("modelUsesOnlyMasonAndCommonsMath", List.of(ModelUsesJackson.class)),
      Map.entry("jacksonInScenarioAndResultFiles", List.of(AnalysisWritesJson.class)),
      Map.entry("jfreeChartInReport", List.of(GameDrawsCharts.class)),
      Map.entry("javalinInGame", List.of(ReportServesHttp.class)),
      Map.entry("h2InGame", List.of(ReportQueriesH2.class)),
      Map.entry("picocliInCli", List.of(GameParsesOptions.class)),
      Map.entry("progressbarInCli", List.of(ExperimentShowsProgress.class)),
      Map.entry("inferenceInAnalysis", List.of(ExperimentTestsHypotheses.class)),
      Map.entry("accumulatorsInExperiment", List.of(ReportSketch.class)),
      Map.entry("intervalsInAnalysis", List.of(ExperimentWilson.class)),
      Map.entry("statisticsArePure", List.of(StatsReadsTheModel.class)),
      Map.entry("onlyCliTalksToTheConsoleOrExits",
          List.of(GamePrints.class, ReportExits.class)));

  /** Classes that follow every rule: a rule that flags them is too broad. */
  private static final List<Class<?>> RIGHT = List.of(ModelSnapshots.class, ScenarioThing.class,
      AnalysisThing.class, CountingSketch.class, CliPrints.class, StatsFormula.class,
      ExperimentUsesStatistics.class);

  @Test
  void everyRuleHasAFixtureThatBreaksIt() {
    Set<String> rules = new TreeSet<>(RULES.all().keySet());
    rules.remove("noCyclesAtAnyDepth"); // broken by a pair of classes, below
    assertEquals(rules, new TreeSet<>(WRONG.keySet()));
  }

  @TestFactory
  Stream<DynamicTest> eachRuleFailsOnEachWrongClass() {
    return WRONG.entrySet().stream().flatMap(e -> e.getValue().stream().map(bad ->
        DynamicTest.dynamicTest(e.getKey() + " rejects " + bad.getSimpleName(), () -> {
          // With the right classes present, since a layer is made of the classes imported.
          EvaluationResult r = rule(e.getKey()).evaluate(importOnly(withRight(bad)));
          assertTrue(r.hasViolation(), e.getKey() + " let " + bad.getName() + " through");
        })));
  }

  @Test
  void cyclesAreFoundThreePackagesDown() {
    ArchRule rule = rule("noCyclesAtAnyDepth");
    assertTrue(rule.evaluate(importOnly(Alpha.class, Beta.class)).hasViolation());
    assertFalse(rule.evaluate(importOnly(Alpha.class)).hasViolation(),
        "one side alone is no cycle");
  }

  @TestFactory
  Stream<DynamicTest> noRuleFlagsTheRightClasses() {
    JavaClasses right = importOnly(RIGHT.toArray(Class<?>[]::new));
    return RULES.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(),
        () -> assertFalse(e.getValue().evaluate(right).hasViolation(),
            () -> e.getValue().evaluate(right).getFailureReport().toString())));
  }

  private static Class<?>[] withRight(Class<?> bad) {
    return Stream.concat(Stream.of(bad), RIGHT.stream()).toArray(Class<?>[]::new);
  }

  private static ArchRule rule(String name) {
    ArchRule r = RULES.all().get(name);
    if (r == null) {
      throw new IllegalArgumentException("no rule " + name);
    }
    return r;
  }

  /**
   * Imports just these classes (a filtered view of a larger import would still see accesses from
   * the classes left out). The rules judge dependencies by the target's package, so the targets
   * need not be read from the class path, which makes each import fast.
   */
  private static JavaClasses importOnly(Class<?>... classes) {
    ArchConfiguration config = ArchConfiguration.get();
    boolean before = config.resolveMissingDependenciesFromClassPath();
    config.setResolveMissingDependenciesFromClassPath(false);
    try {
      return new ClassFileImporter().importClasses(classes);
    } finally {
      config.setResolveMissingDependenciesFromClassPath(before);
    }
  }
}
